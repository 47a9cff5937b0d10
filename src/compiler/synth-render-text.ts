// Prints a synthetic issue as the plain-text email export: the seeds' conventions, including their
// mess (non-breaking-space lines, trailing NBSPs, `Label:\u00a0text`, three bullet styles).
import type { SynthBlock, SynthIssue, SynthSection, SynthSponsor, SynthStory } from './synth-model'
import type { Random } from './synth-random'

const NBSP = '\u00a0'
const BULLETS = ['  • ', '- ', '• '] as const

class TextWriter {
  readonly lines: string[] = []
  /** Airy stories put a blank line after every line; some stories in an airy issue are compact. */
  compact = false
  private readonly random: Random
  private readonly spacing: SynthIssue['spacing']
  private readonly bullet: string

  constructor(random: Random, spacing: SynthIssue['spacing'], bullet: string) {
    this.random = random
    this.spacing = spacing
    this.bullet = bullet
  }

  private get airy(): boolean {
    return this.spacing === 'airy' && !this.compact
  }

  /** Trailing non-breaking spaces, as copy-pasted email text often has. */
  private decorate(text: string): string {
    if (this.spacing === 'dense' || !this.random.chance(0.08)) return text
    return text + this.random.pick([NBSP, ` ${NBSP}`, `${NBSP}${NBSP}`])
  }

  line(text: string): void {
    this.lines.push(this.decorate(text))
    if (this.airy) this.lines.push('')
  }

  /** The gap between major blocks: a non-breaking-space line in airy issues. */
  gap(): void {
    if (this.spacing === 'airy') this.lines.push(NBSP, '')
    else if (this.spacing === 'mixed') this.lines.push('')
  }

  /** The wider gap between stories. */
  storyGap(): void {
    if (this.spacing === 'airy') this.lines.push(NBSP, '', '')
    else if (this.spacing === 'mixed')
      this.lines.push(...this.random.pick([[''], ['', ''], ['', '', ''], [NBSP, '']]))
  }

  list(items: readonly string[]): void {
    const bullet = this.random.chance(0.8) ? this.bullet : this.random.pick(BULLETS)
    const spaced = this.spacing === 'mixed' && this.random.chance(0.3)
    if (spaced) this.lines.push('')
    for (const item of items) this.lines.push(this.decorate(bullet + item))
    if (this.airy || spaced) this.lines.push('')
  }

  blocks(blocks: readonly SynthBlock[]): void {
    for (const block of blocks) {
      if (block.kind === 'paragraph') this.line(block.text)
      else this.list(block.items)
    }
  }

  labeled(label: string, text: string): void {
    // The seeds print both `What’s new: text` and `What’s new:\u00a0text`.
    const separator = this.random.chance(0.15) ? NBSP : ' '
    this.line(`${label}:${separator}${text}`)
  }
}

function writeSection(w: TextWriter, section: SynthSection): void {
  const [first, ...rest] = section.blocks
  if (first?.kind === 'paragraph') w.labeled(section.label, first.text)
  else w.line(`${section.label}:`)
  w.blocks(first?.kind === 'paragraph' ? rest : section.blocks)
}

function writeStory(
  w: TextWriter,
  story: SynthStory,
  random: Random,
  spacing: SynthIssue['spacing'],
): void {
  w.compact = spacing === 'airy' && random.chance(0.3)
  if (story.image) w.line(story.image)
  if (w.compact) w.lines.push('')
  w.line(story.headline)
  if (w.compact) w.lines.push('')
  w.line(story.dek)
  for (const section of story.sections) writeSection(w, section)
  if (story.take)
    w.labeled(story.take.label, story.take.text + (story.takeMarker ? ` ${story.takeMarker}` : ''))
  w.compact = false
}

function writeSponsor(w: TextWriter, sponsor: SynthSponsor): void {
  if (sponsor.heading) w.line(sponsor.heading)
  if (sponsor.image) w.line(sponsor.image)
  for (const paragraph of sponsor.paragraphs) w.line(paragraph)
}

export function renderText(issue: SynthIssue, random: Random): string {
  const w = new TextWriter(random, issue.spacing, random.pick(BULLETS))
  if (issue.dateLine) {
    w.line(issue.dateLine)
    w.gap()
  }
  if (issue.leadImage) w.line(issue.leadImage)
  if (issue.letter) {
    w.line('Dear friends,')
    if (issue.spacing === 'airy') w.gap()
    issue.letter.blocks.forEach((block, i) => {
      if (i === issue.letter?.imageBefore && issue.letterImage) {
        w.gap()
        w.line(issue.letterImage)
        w.gap()
      }
      w.blocks([block])
    })
    w.gap()
    w.line(issue.letter.signOff)
    if (issue.letter.signature) w.line(issue.letter.signature)
    w.gap()
    w.gap()
  }
  if (issue.newsHeading) w.line('News')
  issue.stories.forEach((story, s) => {
    for (const sponsor of issue.sponsors.filter((sp) => sp.afterStories === s)) {
      writeSponsor(w, sponsor)
      w.storyGap()
    }
    writeStory(w, story, random, issue.spacing)
    w.storyGap()
  })
  if (issue.jobsHeading) {
    w.line(issue.jobsHeading)
    w.gap()
    for (const job of issue.jobs) w.line(`${job.title}: ${job.description}`)
    w.storyGap()
  }
  for (const line of issue.footer ?? []) w.line(line)

  const text = w.lines.join('\n') + (random.chance(0.7) ? '\n' : '')
  // A few exports come from Windows mail clients.
  return random.chance(0.05) ? text.replace(/\n/g, '\r\n') : text
}
