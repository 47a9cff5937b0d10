// Stage 3, segment: gives every non-blank line exactly one role (letter, story, sponsor, job,
// footer, image, heading, or unplaced). Stories are found by their structure: a headline, a
// one- or two-sentence dek, then labeled sections; never by a list of known titles.
import { diagnostic, type Diagnostic, type StageResult } from './diagnostics'
import {
  isFooterStart,
  isGreeting,
  isHeadlineShaped,
  isImageName,
  isJobsHeading,
  isLooseImageName,
  isNewsHeading,
  isSignOff,
  isSponsorHeading,
  isTitleCased,
  parseLabel,
} from './line-kinds'
import type { NormalizedIssue, SourceLine } from './normalize'

export type Role =
  | { kind: 'image' }
  | { kind: 'heading' }
  | { kind: 'footer' }
  | { kind: 'unplaced' }
  | { kind: 'letter'; part: 'greeting' | 'body' | 'sign-off' | 'signature' }
  | { kind: 'story'; story: number; part: 'headline' | 'dek' | 'body' }
  | { kind: 'sponsor'; block: number; part: 'heading' | 'body' }
  | { kind: 'jobs-heading' }
  | { kind: 'job'; posting: number }

export interface StoryFrame {
  headline: number
  dek: number | null
  /** Index of the first labeled section line. */
  firstLabel: number
}

export interface SegmentedIssue {
  name: string
  format: NormalizedIssue['format']
  lines: SourceLine[]
  /** One role per line, index-aligned with `lines`. */
  roles: Role[]
  stories: StoryFrame[]
  /** For each sponsor block, how many stories precede it. */
  sponsorPositions: number[]
}

/** A job posting line: `Title: description`. */
const POSTING = /^[^:]{2,90}:\s+\S/

interface Bounds {
  /** Index of the first line of job postings, footer, or lines.length. */
  contentEnd: number
  jobsHeading: number | null
  footerStart: number | null
}

function findBounds(lines: readonly SourceLine[]): Bounds {
  const footerAt = lines.findIndex(isFooterStart)
  const footerStart = footerAt === -1 ? null : footerAt
  const searchEnd = footerStart ?? lines.length
  let jobsHeading: number | null = null
  for (let i = 0; i < searchEnd; i++) {
    const line = lines[i] as SourceLine
    if ((line.shape !== 'text' && line.shape !== 'heading') || !isJobsHeading(line)) continue
    // A lone image named `jobs` is not the jobs section: a posting must follow the heading.
    let next = i + 1
    while (next < searchEnd && isImageName(lines[next] as SourceLine)) next++
    if (next < searchEnd && POSTING.test((lines[next] as SourceLine).text)) {
      jobsHeading = i
      break
    }
  }
  return { contentEnd: jobsHeading ?? searchEnd, jobsHeading, footerStart }
}

/**
 * Walks back from a story's first label to find its dek and headline. Markdown headings are
 * headlines outright; in plain text the headline is the nearest headline-shaped line, and a
 * short question directly above the label is a dek when a title-cased line sits above it.
 */
function frameStory(
  lines: readonly SourceLine[],
  labelIndex: number,
  floor: number,
): StoryFrame | null {
  const at = (i: number) => lines[i] as SourceLine
  const notAHeadline = (line: SourceLine) =>
    isSponsorHeading(line) || isNewsHeading(line) || isJobsHeading(line)
  for (let i = labelIndex - 1; i >= floor && i >= labelIndex - 4; i--) {
    if (at(i).shape === 'heading') {
      if (notAHeadline(at(i))) return null
      const dek = i + 1 < labelIndex && at(i + 1).shape === 'text' ? i + 1 : null
      return { headline: i, dek, firstLabel: labelIndex }
    }
  }
  let candidate = labelIndex - 1
  while (candidate >= floor && candidate >= labelIndex - 3) {
    const line = at(candidate)
    if (line.shape !== 'text' || isImageName(line) || parseLabel(line) || notAHeadline(line))
      return null
    if (isHeadlineShaped(line)) {
      const above = candidate - 1 >= floor ? at(candidate - 1) : null
      const questionDek =
        candidate === labelIndex - 1 &&
        /[?!]["”’]?$/.test(line.text) &&
        !isTitleCased(line.text) &&
        above !== null &&
        isHeadlineShaped(above) &&
        !isImageName(above) &&
        isTitleCased(above.text)
      if (!questionDek) {
        return {
          headline: candidate,
          dek: candidate + 1 < labelIndex ? candidate + 1 : null,
          firstLabel: labelIndex,
        }
      }
    }
    candidate--
  }
  return null
}

interface StoryScan {
  stories: StoryFrame[]
  /** For each story, the line of its take label (or null). */
  takes: (number | null)[]
  /** For each story, the line of its last label: its trail starts after it. */
  lastLabels: number[]
}

/**
 * Finds every story in [start, end) from its labels. A label opens a new story when it can be
 * framed by a headline and dek and: no story is open, the open story already has its take, it
 * is a `What’s new:` with a full headline-and-dek frame, or a Markdown heading stands between it
 * and the last label. After a take, a label that cannot open a story belongs to no story (a
 * sponsor's run-in text, say); the gap rules place it.
 */
function findStories(lines: readonly SourceLine[], start: number, end: number): StoryScan {
  const scan: StoryScan = { stories: [], takes: [], lastLabels: [] }
  const current = () => scan.stories.length - 1
  for (let i = start; i < end; i++) {
    const label = parseLabel(lines[i] as SourceLine)
    if (!label) continue
    const open = scan.stories.length > 0
    const hasTake = open && scan.takes[current()] !== null
    const floor = open ? (scan.lastLabels[current()] as number) + 1 : start
    if (label.isTake) {
      if (open && !hasTake) {
        scan.takes[current()] = i
        scan.lastLabels[current()] = i
      }
      continue
    }
    const frame = frameStory(lines, i, Math.max(start, floor))
    const opens =
      frame !== null &&
      (!open ||
        hasTake ||
        (label.kind === 'whats-new' && frame.dek !== null) ||
        hasHeadingBetween(lines, floor - 1, i))
    if (opens) {
      scan.stories.push(frame)
      scan.takes.push(null)
      scan.lastLabels.push(i)
    } else if (open && !hasTake && !hasHardBreakBetween(lines, floor - 1, i)) {
      scan.lastLabels[current()] = i
    }
  }
  return scan
}

/** Sponsor, news and jobs headings (and Markdown headings) end whatever story came before. */
function hasHardBreakBetween(lines: readonly SourceLine[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const line = lines[i] as SourceLine
    if (
      line.shape === 'heading' ||
      isSponsorHeading(line) ||
      isNewsHeading(line) ||
      isJobsHeading(line)
    )
      return true
  }
  return false
}

function hasHeadingBetween(lines: readonly SourceLine[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (lines[i]?.shape === 'heading') return true
  return false
}

/**
 * After a story's last label, text keeps belonging to it until a break: an image name, a
 * heading, a sponsor heading or the next story. What follows a break is a gap.
 */
function storyTrailEnd(lines: readonly SourceLine[], from: number, limit: number): number {
  for (let i = from; i < limit; i++) {
    const line = lines[i] as SourceLine
    if (line.shape === 'heading' || isSponsorHeading(line) || isNewsHeading(line)) return i
    if (isLooseImageName(line)) return i
  }
  return limit
}

export function segmentIssue(issue: NormalizedIssue): StageResult<SegmentedIssue> {
  const { lines, name } = issue
  const diagnostics: Diagnostic[] = []
  const roles: Role[] = lines.map(() => ({ kind: 'unplaced' }))
  const set = (i: number, role: Role) => {
    roles[i] = role
  }
  const bounds = findBounds(lines)
  const greeting = lines.findIndex((line, i) => i < bounds.contentEnd && isGreeting(line))
  const scanStart = greeting === -1 ? 0 : greeting + 1
  const { stories, takes, lastLabels } = findStories(lines, scanStart, bounds.contentEnd)
  const firstStoryStart = stories[0]?.headline ?? bounds.contentEnd

  // Before the greeting: banner images and date stamps.
  const prefaceEnd = greeting === -1 ? 0 : greeting
  for (let i = 0; i < prefaceEnd; i++)
    set(i, isLooseImageName(lines[i] as SourceLine) ? { kind: 'image' } : { kind: 'unplaced' })

  // The letter: greeting to sign-off (and signature), or up to the gap before the first story.
  let gapStart = greeting === -1 ? 0 : firstStoryStart
  if (greeting !== -1) {
    set(greeting, { kind: 'letter', part: 'greeting' })
    let letterEnd = firstStoryStart
    for (let i = greeting + 1; i < firstStoryStart; i++) {
      const line = lines[i] as SourceLine
      if (isSignOff(line)) {
        set(i, { kind: 'letter', part: 'sign-off' })
        letterEnd = i + 1
        const next = lines[i + 1]
        if (next && i + 1 < firstStoryStart && isSignature(next)) {
          set(i + 1, { kind: 'letter', part: 'signature' })
          letterEnd = i + 2
        }
        break
      }
      if (isNewsHeading(line) || isSponsorHeading(line) || line.shape === 'heading') {
        letterEnd = i
        break
      }
      set(i, isImageName(line) ? { kind: 'image' } : { kind: 'letter', part: 'body' })
    }
    gapStart = letterEnd
  } else {
    diagnostics.push(
      diagnostic(
        name,
        lines[0]?.no ?? 1,
        'NO_LETTER',
        'no "Dear friends," letter found in this issue',
      ),
    )
  }

  const sponsorPositions: number[] = []
  const placeGap = (from: number, to: number, storiesBefore: number) => {
    let block = -1
    let blockHasText = false
    for (let i = from; i < to; i++) {
      const line = lines[i] as SourceLine
      if (isNewsHeading(line)) {
        set(i, { kind: 'heading' })
      } else if (isSponsorHeading(line)) {
        block = sponsorPositions.push(storiesBefore) - 1
        blockHasText = false
        set(i, { kind: 'sponsor', block, part: 'heading' })
      } else if (line.shape === 'heading') {
        set(i, { kind: 'heading' })
      } else if (isLooseImageName(line)) {
        set(i, { kind: 'image' })
        if (blockHasText) block = -1
      } else if (greeting === -1 && storiesBefore === 0 && block === -1) {
        // Text before the first story of an issue with no letter has no known place.
        set(i, { kind: 'unplaced' })
      } else {
        if (block === -1) block = sponsorPositions.push(storiesBefore) - 1
        blockHasText = true
        set(i, { kind: 'sponsor', block, part: 'body' })
      }
    }
  }
  placeGap(gapStart, firstStoryStart, 0)

  stories.forEach((frame, s) => {
    const nextStart = stories[s + 1]?.headline ?? bounds.contentEnd
    set(frame.headline, { kind: 'story', story: s, part: 'headline' })
    if (frame.dek !== null) set(frame.dek, { kind: 'story', story: s, part: 'dek' })
    const takeAt = takes[s] ?? null
    const lastLabel = lastLabels[s] as number
    const trailEnd = storyTrailEnd(lines, lastLabel + 1, nextStart)
    for (let i = (frame.dek ?? frame.headline) + 1; i < trailEnd; i++) {
      set(
        i,
        isImageName(lines[i] as SourceLine)
          ? { kind: 'image' }
          : { kind: 'story', story: s, part: 'body' },
      )
    }
    if (takeAt === null) {
      diagnostics.push(
        diagnostic(
          name,
          lines[frame.headline]?.no ?? 1,
          'MISSING_TAKE',
          `story "${lines[frame.headline]?.text}" has no "We’re thinking:" take`,
        ),
      )
    }
    placeGap(trailEnd, nextStart, s + 1)
  })

  if (greeting === -1 && stories.length === 0) {
    diagnostics.push(
      diagnostic(name, lines[0]?.no ?? 1, 'NO_STORIES', 'found neither a letter nor any story'),
    )
  } else if (stories.length === 0) {
    diagnostics.push(
      diagnostic(
        name,
        lines[greeting]?.no ?? 1,
        'NO_STORIES',
        'no story found (a story is a headline, a dek, then labeled sections)',
      ),
    )
  }

  placeJobsAndFooter(lines, bounds, set)

  roles.forEach((role, i) => {
    if (role.kind === 'unplaced') {
      const line = lines[i] as SourceLine
      diagnostics.push(
        diagnostic(name, line.no, 'UNPLACED_LINE', `could not place: "${truncate(line.text, 80)}"`),
      )
    }
  })
  return {
    result: { name, format: issue.format, lines, roles, stories, sponsorPositions },
    diagnostics,
  }
}

/** A signature is a short name on its own line, such as `Andrew`. */
function isSignature(line: SourceLine): boolean {
  return (
    line.shape === 'text' &&
    /^[\p{Lu}][\p{L}.'’ -]{0,30}$/u.test(line.text) &&
    /\p{Ll}/u.test(line.text) &&
    line.text.split(/\s+/).length <= 3 &&
    !isNewsHeading(line) &&
    !isImageName(line)
  )
}

function placeJobsAndFooter(
  lines: readonly SourceLine[],
  bounds: Bounds,
  set: (i: number, role: Role) => void,
): void {
  const footerStart = bounds.footerStart ?? lines.length
  if (bounds.jobsHeading !== null) {
    set(bounds.jobsHeading, { kind: 'jobs-heading' })
    let posting = -1
    for (let i = bounds.jobsHeading + 1; i < footerStart; i++) {
      const line = lines[i] as SourceLine
      if (isImageName(line)) set(i, { kind: 'image' })
      else if (POSTING.test(line.text) && line.shape !== 'bullet')
        set(i, { kind: 'job', posting: ++posting })
      else if (posting >= 0) set(i, { kind: 'job', posting })
      else set(i, { kind: 'unplaced' })
    }
  }
  if (bounds.footerStart !== null) {
    for (let i = bounds.footerStart; i < lines.length; i++) {
      set(i, isImageName(lines[i] as SourceLine) ? { kind: 'image' } : { kind: 'footer' })
    }
  }
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}
