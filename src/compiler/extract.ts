// Stage 4, extract: turns the roles given by segment into structured drafts: the letter, stories
// with their labeled sections and take, sponsor blocks, job postings, footer, unplaced lines.
import type {
  Block,
  JobPosting,
  ListBlock,
  ParagraphBlock,
  Section,
  SponsorBlock,
  Take,
  TextLink,
  UnplacedLine,
} from '../corpus/schema'
import { slugWithFallback } from '../lib/slug'
import { diagnostic, type Diagnostic, type StageResult } from './diagnostics'
import { linksWithin } from './inline-markdown'
import { parseLabel } from './line-kinds'
import type { SourceLine } from './normalize'
import type { Role, SegmentedIssue } from './segment'

export interface LetterDraft {
  greeting: string | null
  blocks: Block[]
  signOff: string | null
  signature: string | null
}

export interface StoryDraft {
  headline: string
  dek: string
  sections: Section[]
  take: Take | null
  sourceLine: number
}

export interface IssueDraft {
  name: string
  format: SegmentedIssue['format']
  letter: LetterDraft | null
  stories: StoryDraft[]
  sponsors: SponsorBlock[]
  jobsHeading: string | null
  jobs: JobPosting[]
  footer: string[]
  unplaced: UnplacedLine[]
  /** Raw lines kept for date evidence (first lines and footer). */
  lines: SourceLine[]
}

/** Consecutive bullets become one list; every other line is a paragraph. */
export function linesToBlocks(lines: readonly SourceLine[]): Block[] {
  const blocks: Block[] = []
  for (const line of lines) {
    const last = blocks[blocks.length - 1]
    if (line.shape === 'bullet') {
      const list: ListBlock =
        last?.type === 'list' ? last : { type: 'list', ordered: line.ordered, items: [] }
      if (list !== last) blocks.push(list)
      list.items.push(line.text)
      // Links per item, kept only for lists that have any, so plain lists stay as they were.
      if (line.links || list.itemLinks) {
        list.itemLinks ??= list.items.slice(0, -1).map(() => [])
        list.itemLinks.push(line.links ?? [])
      }
    } else {
      const paragraph: ParagraphBlock = { type: 'paragraph', text: line.text }
      if (line.links) paragraph.links = line.links
      blocks.push(paragraph)
    }
  }
  return blocks
}

/** Plain text of blocks, paragraphs and list items separated by blank lines. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => (block.type === 'paragraph' ? block.text : block.items.join('\n')))
    .join('\n\n')
}

/** Gives a line or paragraph these links, or none: no empty `links` in the output. */
function keepLinks(target: { links?: TextLink[] }, links: TextLink[] | undefined): void {
  if (links) target.links = links
  else delete target.links
}

const STRAY_MARKER = /\s*\(\d{1,3}\)$/

interface SectionBuilder {
  label: string | null
  kind: Section['kind']
  isTake: boolean
  lines: SourceLine[]
}

function uniqueAnchor(base: string, used: Set<string>): string {
  let anchor = base
  for (let n = 2; used.has(anchor); n++) anchor = `${base}-${n}`
  used.add(anchor)
  return anchor
}

interface StoryParts {
  headline: SourceLine | undefined
  dek: SourceLine | undefined
  body: SourceLine[]
}

function buildStory(
  name: string,
  { headline, dek: dekLine, body }: StoryParts,
  diagnostics: Diagnostic[],
): StoryDraft {
  const builders: SectionBuilder[] = []
  for (const line of body) {
    const label = parseLabel(line)
    if (label) {
      const builder: SectionBuilder = {
        label: label.label,
        kind: label.kind,
        isTake: label.isTake,
        lines: [],
      }
      if (label.rest) {
        // The rest ends the line (trimmed already), so its links are the line's last ones.
        const from = line.text.length - label.rest.length
        const restLine: SourceLine = { ...line, text: label.rest }
        keepLinks(restLine, linksWithin(line.links, from, line.text.length))
        builder.lines.push(restLine)
      }
      builders.push(builder)
    } else {
      if (builders.length === 0)
        builders.push({ label: null, kind: 'intro', isTake: false, lines: [] })
      ;(builders[builders.length - 1] as SectionBuilder).lines.push(line)
    }
  }
  const used = new Set<string>(['take'])
  const sections: Section[] = []
  let take: Take | null = null
  for (const builder of builders) {
    const blocks = linesToBlocks(builder.lines)
    if (builder.isTake && !take) {
      const last = blocks[blocks.length - 1]
      if (last?.type === 'paragraph' && STRAY_MARKER.test(last.text)) {
        const markerLine = builder.lines[builder.lines.length - 1]
        diagnostics.push(
          diagnostic(
            name,
            markerLine?.no ?? 0,
            'STRAY_MARKER_REMOVED',
            `removed stray marker "${last.text.match(STRAY_MARKER)?.[0]?.trim()}" from the take`,
          ),
        )
        last.text = last.text.replace(STRAY_MARKER, '')
        keepLinks(last, linksWithin(last.links, 0, last.text.length))
      }
      const nonEmpty = blocks.filter((block) => block.type === 'list' || block.text.length > 0)
      if (nonEmpty.length > 0) {
        take = {
          label: builder.label ?? 'We’re thinking',
          blocks: nonEmpty,
          text: blocksToText(nonEmpty),
        }
        continue
      }
    }
    const anchor = uniqueAnchor(builder.label ? slugWithFallback(builder.label, 40) : 'intro', used)
    sections.push({
      label: builder.label,
      kind: builder.isTake ? 'other' : builder.kind,
      anchor,
      blocks,
    })
  }
  return {
    headline: headline?.text ?? '',
    dek: dekLine?.text ?? '',
    sections,
    take,
    sourceLine: headline?.no ?? 1,
  }
}

/** Groups line indices by a key derived from their roles, keeping order. */
function groupBy<K>(roles: readonly Role[], keyOf: (role: Role) => K | null): Map<K, number[]> {
  const groups = new Map<K, number[]>()
  roles.forEach((role, i) => {
    const key = keyOf(role)
    if (key === null) return
    const group = groups.get(key)
    if (group) group.push(i)
    else groups.set(key, [i])
  })
  return groups
}

/** Between the paragraphs of a job posting's description, as the reader shows them. */
const PARAGRAPH_BREAK = '\n\n'

/** A job posting's lines: `Title: description` first, then more of the description. */
export function jobPosting([first, ...more]: readonly SourceLine[]): JobPosting {
  if (!first) return { title: '', description: '' }
  const colon = first.text.indexOf(':')
  const title = colon > 0 ? first.text.slice(0, colon).trim() : first.text
  // The description's paragraphs, each with its links moved to where it starts in the whole.
  const rest = colon > 0 ? first.text.slice(colon + 1) : ''
  const restStart = colon + 1 + (rest.length - rest.trimStart().length)
  const parts = [
    { text: rest.trim(), links: linksWithin(first.links, restStart, first.text.length) },
    ...more.map((line) => ({ text: line.text, links: line.links })),
  ].filter((part) => part.text.length > 0)
  const descriptionLinks: TextLink[] = []
  let at = 0
  for (const part of parts) {
    for (const link of part.links ?? [])
      descriptionLinks.push({ ...link, start: at + link.start, end: at + link.end })
    at += part.text.length + PARAGRAPH_BREAK.length
  }
  const titleLinks = linksWithin(first.links, 0, title.length)
  return {
    title,
    description: parts.map((part) => part.text).join(PARAGRAPH_BREAK),
    // Only postings with links carry the fields, as paragraphs do.
    ...(titleLinks ? { titleLinks } : {}),
    ...(descriptionLinks.length > 0 ? { descriptionLinks } : {}),
  }
}

export function extractIssue(segmented: SegmentedIssue): StageResult<IssueDraft> {
  const { lines, roles, name } = segmented
  const diagnostics: Diagnostic[] = []
  const linesOf = (indices: readonly number[]) => indices.map((i) => lines[i] as SourceLine)
  const textOfPart = (part: string) => {
    const i = roles.findIndex((role) => role.kind === 'letter' && role.part === part)
    return i === -1 ? null : (lines[i] as SourceLine).text
  }

  const hasLetter = roles.some((role) => role.kind === 'letter')
  const letter: LetterDraft | null = hasLetter
    ? {
        greeting: textOfPart('greeting'),
        blocks: linesToBlocks(
          linesOf([
            ...(groupBy(roles, (r) => (r.kind === 'letter' && r.part === 'body' ? 0 : null)).get(
              0,
            ) ?? []),
          ]),
        ),
        signOff: textOfPart('sign-off'),
        signature: textOfPart('signature'),
      }
    : null

  const storyLines = groupBy(roles, (r) => (r.kind === 'story' ? r.story : null))
  const stories = segmented.stories.map((frame, s) => {
    const body = (storyLines.get(s) ?? []).filter((i) => i !== frame.headline && i !== frame.dek)
    const parts = {
      headline: lines[frame.headline],
      dek: frame.dek === null ? undefined : lines[frame.dek],
      body: linesOf(body),
    }
    return buildStory(name, parts, diagnostics)
  })

  const sponsorLines = groupBy(roles, (r) => (r.kind === 'sponsor' ? r.block : null))
  const sponsors: SponsorBlock[] = segmented.sponsorPositions.map((afterStories, block) => {
    const indices = sponsorLines.get(block) ?? []
    const heading = indices.find(
      (i) =>
        (roles[i] as Role).kind === 'sponsor' && (roles[i] as { part: string }).part === 'heading',
    )
    const body = indices.filter((i) => i !== heading)
    return {
      heading: heading === undefined ? null : (lines[heading] as SourceLine).text,
      blocks: linesToBlocks(linesOf(body)),
      afterStories,
    }
  })

  const jobsHeadingIndex = roles.findIndex((role) => role.kind === 'jobs-heading')
  const jobs: JobPosting[] = [
    ...groupBy(roles, (r) => (r.kind === 'job' ? r.posting : null)).values(),
  ].map((indices) => jobPosting(linesOf(indices)))

  return {
    result: {
      name,
      format: segmented.format,
      letter,
      stories,
      sponsors,
      jobsHeading: jobsHeadingIndex === -1 ? null : (lines[jobsHeadingIndex] as SourceLine).text,
      jobs,
      footer: linesOf(roles.flatMap((role, i) => (role.kind === 'footer' ? [i] : []))).map(
        (line) => line.text,
      ),
      unplaced: linesOf(roles.flatMap((role, i) => (role.kind === 'unplaced' ? [i] : []))).map(
        (line) => ({ line: line.no, text: line.text }),
      ),
      lines,
    },
    diagnostics,
  }
}
