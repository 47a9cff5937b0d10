// Prints a synthetic issue as Markdown scraped from the web page: `#`/`##` headlines, `**Label:**`
// runs, `![alt](url)` images, `*`/`-`/`•`/`1.` bullets, links, and blank lines between blocks.
import { slugify } from '../lib/slug'
import type { SynthBlock, SynthIssue, SynthSection, SynthSponsor, SynthStory } from './synth-model'
import type { Random } from './synth-random'

const BULLETS = ['* ', '- ', '• '] as const

interface Style {
  headline: '#' | '##'
  bullet: string
  /** Loose lists (a blank line between items), as web-page scrapes often produce. */
  looseLists: boolean
}

function imageLine(random: Random, name: string, date: string): string {
  const ext = random.pick(['gif', 'png', 'jpg', 'webp'])
  const url = `https://dl-staging-website.ghost.io/content/images/${date.slice(0, 4)}/${date.slice(5, 7)}/${slugify(name) || 'image'}.${ext}`
  const alt = random.weighted([
    [name, 3],
    ['', 1],
    ['Animated diagram', 1],
  ] as const)
  return `![${alt}](${url})`
}

/** Calls to action become links, as they are on the web page. */
function linkCallToAction(text: string, url: string): string {
  return text.replace(
    /(Enroll now|Enroll today|Register now|Learn more|Apply here)$/,
    `[$1](${url})`,
  )
}

class MarkdownWriter {
  readonly parts: string[] = []
  private readonly random: Random
  readonly style: Style

  constructor(random: Random, style: Style) {
    this.random = random
    this.style = style
  }

  block(text: string): void {
    this.parts.push(text)
  }

  list(block: Extract<SynthBlock, { kind: 'list' }>): void {
    const bullet = this.random.chance(0.85) ? this.style.bullet : this.random.pick(BULLETS)
    const items = block.items.map((item, i) => (block.ordered ? `${i + 1}. ` : bullet) + item)
    this.parts.push(items.join(this.style.looseLists ? '\n\n' : '\n'))
  }

  blocks(blocks: readonly SynthBlock[]): void {
    for (const block of blocks) {
      if (block.kind === 'paragraph') this.block(block.text)
      else this.list(block)
    }
  }

  labeled(label: string, text: string): void {
    // Mostly `**Label:**`; now and then the colon sits outside the bold run.
    this.block(this.random.chance(0.9) ? `**${label}:** ${text}` : `**${label}**: ${text}`)
  }
}

function writeSection(w: MarkdownWriter, section: SynthSection): void {
  const [first, ...rest] = section.blocks
  if (first?.kind === 'paragraph') {
    w.labeled(section.label, first.text)
    w.blocks(rest)
  } else {
    w.block(`**${section.label}:**`)
    w.blocks(section.blocks)
  }
}

function writeStory(w: MarkdownWriter, story: SynthStory, random: Random, date: string): void {
  if (story.image) w.block(imageLine(random, story.image, date))
  w.block(`${w.style.headline} ${story.headline}`)
  w.block(story.dek)
  for (const section of story.sections) writeSection(w, section)
  if (story.take) w.labeled(story.take.label, story.take.text)
}

function writeSponsor(
  w: MarkdownWriter,
  sponsor: SynthSponsor,
  random: Random,
  date: string,
): void {
  if (sponsor.heading)
    w.block(random.chance(0.7) ? `## ${sponsor.heading}` : `**${sponsor.heading}**`)
  if (sponsor.image) w.block(imageLine(random, sponsor.image, date))
  for (const paragraph of sponsor.paragraphs)
    w.block(linkCallToAction(paragraph, 'https://www.deeplearning.ai/courses/'))
}

export function renderMarkdown(issue: SynthIssue, random: Random): string {
  const w = new MarkdownWriter(random, {
    headline: random.pick(['#', '##'] as const),
    bullet: random.pick(BULLETS),
    looseLists: random.chance(0.6),
  })
  if (issue.leadImage) w.block(imageLine(random, issue.leadImage, issue.date))
  if (issue.letter) {
    w.block('Dear friends,')
    issue.letter.blocks.forEach((block, i) => {
      if (i === issue.letter?.imageBefore && issue.letterImage)
        w.block(imageLine(random, issue.letterImage, issue.date))
      w.blocks([block])
    })
    w.block(issue.letter.signOff)
    if (issue.letter.signature) w.block(issue.letter.signature)
  }
  if (issue.newsHeading) w.block(random.chance(0.8) ? '## News' : 'News')
  const rules = random.chance(0.3)
  issue.stories.forEach((story, s) => {
    for (const sponsor of issue.sponsors.filter((sp) => sp.afterStories === s))
      writeSponsor(w, sponsor, random, issue.date)
    writeStory(w, story, random, issue.date)
    // Some scrapes keep the page's horizontal rules between stories.
    if (rules && s < issue.stories.length - 1) w.block('---')
  })
  if (issue.jobsHeading) {
    w.block(`## ${issue.jobsHeading}`)
    for (const job of issue.jobs)
      w.block(
        `**${job.title}:** ${linkCallToAction(job.description, 'https://www.deeplearning.ai/careers/')}`,
      )
  }
  for (const line of issue.footer ?? []) w.block(line)
  return `${w.parts.join('\n\n')}\n`
}
