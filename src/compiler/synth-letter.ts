// Andrew's letter for a synthetic issue: "Dear friends," then paragraphs (sometimes a bulleted
// list and an image line), "Keep learning!" and usually "Andrew".
import type { Random } from './synth-random'
import type { SynthBlock } from './synth-model'
import { countWords } from './synth-text'

interface LetterTheme {
  openers: readonly string[]
  body: readonly string[]
  listIntro: string
  items: readonly string[]
}

const themes: readonly LetterTheme[] = [
  {
    openers: [
      'Many accomplished students and newly minted AI engineers ask me how they can advance their careers.',
      'Last week, I spoke with a group of engineers who were wondering how to break into machine learning.',
    ],
    body: [
      'Companies in many industries are building AI teams, but it may not be obvious how to join one of them.',
      'Different companies organize their teams differently and use different terms to describe the same job.',
      'I’ve found that the people who grow fastest are the ones who keep learning a little every week, even when they are busy.',
      'Working on projects, even small ones, teaches lessons that no course can.',
      'It’s fine to feel lost at the start; almost everyone I know in AI felt that way at some point.',
    ],
    listIntro:
      'If you’re looking to take the next step, here are a few things that have helped many people I’ve worked with:',
    items: [
      'Build a foundation. A solid grasp of machine learning and software engineering will serve you for decades.',
      'Work on projects. Start small, ship something, and then take on something a little harder.',
      'Find a community. Friends who are learning alongside you will keep you motivated when the going gets tough.',
      'Be patient. Careers are long, and the skills you build compound over time.',
    ],
  },
  {
    openers: [
      'Much of the AI community’s attention goes to building better models, but I’ve come to believe that for many applications, improving the data is the more effective path.',
      'When a machine learning system underperforms, the instinct of many engineers is to reach for a bigger model.',
    ],
    body: [
      'In many projects I’ve seen, cleaning up inconsistent labels did more for performance than months of model tuning.',
      'A small dataset with consistent labels can beat a large, noisy one.',
      'Tools for managing data are still immature compared with the tools we have for managing code.',
      'I hope more teams will treat data as something to engineer systematically rather than something to collect once and forget.',
      'This is especially important in manufacturing, health care and agriculture, where datasets are often small.',
    ],
    listIntro: 'A few practices that have helped teams I’ve worked with:',
    items: [
      'Ask two labelers to annotate the same examples and look closely at where they disagree.',
      'Write down labeling instructions and revise them as you discover ambiguous cases.',
      'Track which slices of the data the model performs worst on, and collect more of those.',
    ],
  },
  {
    openers: [
      'Each year, surveys of public opinion track how much people trust technology companies, and the latest numbers are worrisome.',
      'Trust is much harder to build than to destroy.',
    ],
    body: [
      'One company that hypes AI can do more damage than ten others that speak about it responsibly.',
      'Tech can be a huge force for moving the world forward, but well-meaning efforts will run into headwinds if we aren’t able to gain others’ trust.',
      'Society has reasonable worries about concentration of power, fairness and privacy, and we should take them seriously.',
      'All employees, not just executives, have a responsibility to help build trustworthy businesses.',
    ],
    listIntro: 'How can we earn that trust? Several steps are needed, but chief among them are:',
    items: [
      'Straight talk. Speak honestly about what our systems can and can’t do.',
      'Take responsibility. Acknowledge the influence we have and use it to benefit society.',
      'Engage and empathize. When someone has a concern about our work, try first to understand their point of view.',
    ],
  },
  {
    openers: [
      'I recently spent a week visiting factories that are experimenting with computer vision for quality inspection.',
      'Over the past weekend, I spent some time reflecting on how AI is spreading beyond the software industry.',
    ],
    body: [
      'Most of the value AI will create lies outside the consumer internet, in industries that have barely begun to adopt it.',
      'Each of those factories had only a few hundred examples of defects, far fewer than the datasets we use in research.',
      'The teams that succeeded were the ones that brought domain experts and machine learning engineers together early.',
      'I’m optimistic that the next decade will see AI reach farms, hospitals and small businesses around the world.',
      'Getting there will take patience, because each industry has its own data, workflows and regulations.',
    ],
    listIntro: 'A few lessons stood out to me:',
    items: [
      'Start with a problem the business cares about, not with a technology looking for a use.',
      'Plan for deployment from day one, including how the system will be monitored.',
      'Expect the data in production to drift, and budget time to update the model.',
    ],
  },
  {
    openers: [
      'This week, I’d like to talk about the responsibility that comes with building powerful technology.',
      'I’m going to come out and say this, knowing that some people will disagree.',
    ],
    body: [
      'Every one of us has an obligation to serve others, and AI gives us new ways to do that.',
      'Engineers make many small decisions that affect how a system treats the people who use it.',
      'I feel grateful every day to work in a field where so many people are trying to make the world better.',
      'We don’t have to solve every problem at once, but we should keep asking who our work helps and who it might harm.',
      'If you see a way your skills could help your community, I hope you’ll take it.',
    ],
    listIntro: 'Here are some questions I find it useful to ask at the start of a project:',
    items: [
      'Who benefits if this system works well?',
      'Who could be harmed if it fails, and how would we know?',
      'What would it take to explain the system’s decisions to the people they affect?',
    ],
  },
  {
    openers: [
      'The pace of progress in generative AI has been breathtaking, and many people have asked me what it means for them.',
      'Large language models have gone from research curiosity to everyday tool in a remarkably short time.',
    ],
    body: [
      'I use these tools daily for brainstorming and drafting, and they save me hours each week.',
      'The biggest opportunities may lie not in chatbots but in the many applications that developers can now build quickly.',
      'Prompting lets a developer build in days what once took months of data collection and training.',
      'At the same time, these models make mistakes, and building reliable systems around them requires careful engineering.',
      'I encourage everyone, whether or not you write code, to learn how these tools work.',
    ],
    listIntro: 'If you’re building with language models, I’d suggest:',
    items: [
      'Prototype quickly with prompting before investing in fine-tuning.',
      'Build a small evaluation set early, so you can tell whether a change helps.',
      'Keep a human in the loop wherever errors would be costly.',
    ],
  },
]

export interface SynthLetter {
  blocks: SynthBlock[]
  /** Index in `blocks` before which an image line sits, or null. */
  imageBefore: number | null
  signOff: string
  signature: string | null
  wordCount: number
}

/** A letter of roughly 220-520 words built from one theme. */
export function generateLetter(random: Random): SynthLetter {
  const theme = random.pick(themes)
  const target = random.int(220, 520)
  // The theme's own sentences first, then others for length; a Set drops repeats.
  const others = themes.filter((t) => t !== theme).flatMap((t) => t.body)
  const sentences = [
    ...new Set([...random.sample(theme.body, theme.body.length), ...random.sample(others, 12)]),
  ]
  const blocks: SynthBlock[] = []
  let words = 0
  let paragraph: string[] = [random.pick(theme.openers)]
  let paragraphSize = random.int(2, 4)
  const listAfter = random.chance(0.45) ? random.int(1, 2) : Infinity
  const flush = () => {
    if (paragraph.length === 0) return
    const text = paragraph.join(' ')
    blocks.push({ kind: 'paragraph', text })
    words += countWords(text)
    paragraph = []
  }
  for (const sentence of sentences) {
    if (words + countWords(paragraph.join(' ')) >= target) break
    paragraph.push(sentence)
    if (paragraph.length < paragraphSize) continue
    flush()
    paragraphSize = random.int(1, 4)
    if (blocks.length === listAfter) {
      // The list follows its own introducing sentence, which ends in a colon.
      blocks.push({ kind: 'paragraph', text: theme.listIntro })
      const items = random.sample(theme.items, random.int(2, theme.items.length))
      blocks.push({ kind: 'list', ordered: false, items })
      words += countWords([theme.listIntro, ...items].join(' '))
    }
  }
  flush()
  const imageBefore =
    random.chance(0.3) && blocks.length > 2 ? random.int(1, blocks.length - 1) : null
  return {
    blocks,
    imageBefore,
    signOff: 'Keep learning!',
    signature: random.chance(0.9) ? 'Andrew' : null,
    wordCount: words,
  }
}
