// Decides the content of one synthetic issue: date, format, letter, 4-7 stories, sponsor blocks,
// job postings, footer. Rendering to text or Markdown happens in synth-render-*.ts.
import {
  addDays,
  footerLines,
  imageName,
  jobPosting,
  monthDayMarker,
  screenshotName,
  sponsorImageName,
  sponsorParagraphs,
} from './synth-extras'
import { generateLetter } from './synth-letter'
import type { SynthIssue, SynthSponsor, SynthStory } from './synth-model'
import { createRandom, deriveSeed, type Random } from './synth-random'
import { generateStory } from './synth-story'
import { applyQuotes, type QuoteStyle } from './synth-text'
import { synthTopics } from './synth-topics'

/** The newest synthetic issue is dated the first Wednesday of 2026; each older one a week earlier. */
export const NEWEST_ISSUE_DATE = '2026-01-07'

export const STORIES_PER_ISSUE = { min: 4, max: 7 } as const

/** Share of issues in the Markdown (web page) format; the rest are plain-text email exports. */
const MARKDOWN_SHARE = 0.3

function generateStories(
  random: Random,
  date: string,
  quotes: QuoteStyle,
  labelQuotes: QuoteStyle,
  markdown: boolean,
): SynthStory[] {
  const count = random.int(STORIES_PER_ISSUE.min, STORIES_PER_ISSUE.max)
  const topics = random.sample(synthTopics, count)
  const usedHeadlines = new Set<string>()
  // Some issues print an image above every story, some above a few, some above none.
  const imageRate = random.pick([0, 0.5, 0.9, 1, 1])
  return topics.map((topic) => {
    const story = generateStory(random, {
      topic,
      quotes,
      labelQuotes,
      allowOrderedLists: markdown,
      usedHeadlines,
    })
    const { cast, ...rest } = story
    const image = random.chance(imageRate)
      ? imageName(random, date, { system: cast.system ?? 'model', noun: cast.noun ?? 'AI' })
      : null
    const takeMarker =
      !markdown && story.take && random.chance(0.04) ? `(${random.int(10, 99)})` : null
    return { ...rest, image, takeMarker }
  })
}

function generateSponsors(
  random: Random,
  date: string,
  storyCount: number,
  quotes: QuoteStyle,
): SynthSponsor[] {
  const count = random.weighted([
    [0, 2],
    [1, 6],
    [2, 2],
  ] as const)
  const positions = random
    .sample(
      Array.from({ length: storyCount - 1 }, (_, i) => i + 1),
      count,
    )
    .sort((a, b) => a - b)
  return positions.map((afterStories) => {
    // Without a heading the block is introduced by its artwork alone, as in seed 002.
    const heading = random.chance(0.75) ? 'A MESSAGE FROM DEEPLEARNING.AI' : null
    const image = heading === null || random.chance(0.5) ? sponsorImageName(random, date) : null
    const paragraphs = sponsorParagraphs(random, date).map((text) => applyQuotes(text, quotes))
    return { heading, image, paragraphs, afterStories }
  })
}

/** Issue `index` (0 = newest) of the archive seeded with `seed`; independent of the archive size. */
export function generateIssueModel(seed: number, index: number): SynthIssue {
  const random = createRandom(deriveSeed(seed, index))
  const date = addDays(NEWEST_ISSUE_DATE, -7 * index)
  const format = random.chance(MARKDOWN_SHARE) ? 'markdown' : 'text'
  const markdown = format === 'markdown'
  const quotes: QuoteStyle = random.chance(0.8) ? 'curly' : 'straight'
  const labelQuotes: QuoteStyle = random.chance(0.65)
    ? quotes
    : quotes === 'curly'
      ? 'straight'
      : 'curly'

  const letter = random.chance(0.97) ? generateLetter(random) : null
  if (letter && quotes === 'straight') {
    for (const block of letter.blocks) {
      if (block.kind === 'paragraph') block.text = applyQuotes(block.text, quotes)
      else block.items = block.items.map((item) => applyQuotes(item, quotes))
    }
  }
  const letterImage =
    letter?.imageBefore != null ? screenshotName(random, addDays(date, -random.int(0, 1))) : null
  const stories = generateStories(random, date, quotes, labelQuotes, markdown)
  const sponsors = generateSponsors(random, date, stories.length, quotes)
  const usedTitles = new Set<string>()
  const jobs = random.chance(0.35)
    ? Array.from({ length: random.int(1, 4) }, () => jobPosting(random, usedTitles))
    : []
  const footer = random.chance(0.7) ? footerLines(random, date) : null
  const dateLine = !markdown && random.chance(0.15) ? monthDayMarker(date) : null
  const leadImage = random.chance(0.1) ? `Artboard ${random.int(1, 3)} – ${random.int(1, 3)}` : null

  const year = date.slice(0, 4)
  const dateEvidence =
    dateLine && footer
      ? {
          source: 'text' as const,
          evidence: `first line \`${dateLine}\` (month_day) and \`Copyright ${year}\``,
        }
      : {
          source: 'inferred' as const,
          evidence: `synthetic archive: issue ${index} counting back one Wednesday a week from ${NEWEST_ISSUE_DATE}`,
        }

  return {
    index,
    date,
    format,
    spacing: random.pick(['airy', 'mixed', 'dense'] as const),
    dateLine,
    leadImage,
    letter,
    letterImage,
    newsHeading: random.chance(0.7),
    stories,
    sponsors,
    jobsHeading: jobs.length > 0 ? 'Work With Andrew Ng' : null,
    jobs: jobs.map((job) => ({
      title: applyQuotes(job.title, quotes),
      description: applyQuotes(job.description, quotes),
    })),
    footer,
    dateEvidence,
  }
}
