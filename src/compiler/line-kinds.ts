// Recognizers for single lines: labels, headings that structure an issue, image names, and the
// shape of a headline. Pure and format-agnostic (Markdown markup is already stripped).
import type { SectionKind } from '../corpus/schema'
import type { SourceLine } from './normalize'

/** What matchKey() would change besides case: curly quotes, any space but single inner ones. */
const NEEDS_MORE_THAN_LOWERCASE =
  /[’‘`´“”\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}|^ | $/

/** Comparison key: curly and straight quotes alike, lowercase, single spaces. */
export function matchKey(text: string): string {
  // Normalized lines rarely need more than lowercasing; this runs on most lines of an archive.
  if (!NEEDS_MORE_THAN_LOWERCASE.test(text)) return text.toLowerCase()
  return text
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
}

const LABEL = /^([A-Z“"‘'][^:.!?;]{0,48}?):(?:\s+|$)([\s\S]*)$/
/** LABEL's colon is the line's first and stands within this many characters of its start. */
const LABEL_COLON_BY = 49
/** Whether LABEL can match: a cheap look at the first 50 characters spares most lines the regex. */
const mayBeLabel = (text: string) => text.lastIndexOf(':', LABEL_COLON_BY) > 0
const KNOWN_KINDS: Record<string, SectionKind> = {
  "what's new": 'whats-new',
  'how it works': 'how-it-works',
  'how it worked': 'how-it-works',
  'how they work': 'how-it-works',
  'how they worked': 'how-it-works',
  'key insight': 'key-insight',
  'key insights': 'key-insight',
  results: 'results',
  'the results': 'results',
  'behind the news': 'behind-the-news',
  'why it matters': 'why-it-matters',
  'yes, but': 'yes-but',
  'what happened': 'what-happened',
  "what's happening": 'what-happened',
  'what it says': 'what-it-says',
  'the story': 'the-story',
  'the response': 'the-response',
}
const TAKE_KEY = "we're thinking"

export interface Label {
  /** The label as printed, without its colon. */
  label: string
  kind: SectionKind
  isTake: boolean
  /** Text after the colon on the same line ('' when the label stands alone). */
  rest: string
}

/** A run-in section label such as `What’s new:` or `Cloned like a pro:`; never a bullet. */
export function parseLabel(line: SourceLine): Label | null {
  if (line.shape !== 'text' || !mayBeLabel(line.text)) return null
  const match = LABEL.exec(line.text)
  if (!match) return null
  const label = (match[1] ?? '').trim()
  const words = label.split(/\s+/)
  if (words.length > 6 || /https?$|\d{2}/i.test(label)) return null
  const key = matchKey(label)
  return {
    label,
    kind: KNOWN_KINDS[key] ?? 'other',
    isTake: key === TAKE_KEY,
    rest: (match[2] ?? '').trim(),
  }
}

// Several recognizers look at the same line in a row; its comparison key is computed once. One
// remembered line, not a WeakMap: a WeakMap entry per line of the archive cost more GC time than
// the keys it saved.
let keyedLine: SourceLine | null = null
let lineKey = ''
function keyOf(line: SourceLine): string {
  if (line !== keyedLine) {
    lineKey = matchKey(line.text)
    keyedLine = line
  }
  return lineKey
}

/** Structural lines (headings, sign-offs, footers) are short; long paragraphs skip the regexes. */
const SHORT_LINE = 120
const isShort = (line: SourceLine) => line.text.length <= SHORT_LINE

export const isNewsHeading = (line: SourceLine): boolean =>
  isShort(line) && /^(news|the news|top news|news roundup|this week'?s news)$/i.test(keyOf(line))

export const isSponsorHeading = (line: SourceLine): boolean =>
  isShort(line) &&
  /^(a |special )?message from\b|^sponsored( by\b|$)|^presented by\b|^from our sponsors?\b/i.test(
    keyOf(line),
  )

export const isJobsHeading = (line: SourceLine): boolean =>
  isShort(line) &&
  /^(work with andrew ng|jobs?|job board|careers|open (roles|positions)|we're hiring)$/.test(
    keyOf(line),
  )

export const isFooterStart = (line: SourceLine): boolean =>
  /^(?:Subscribe|Thoughts|Copyright|Not rendering|Unsubscribe|You are receiving)/i.test(
    line.text,
  ) &&
  /^(subscribe and view previous issues|thoughts, suggestions, feedback|copyright (©\s*)?\d{4}|not rendering correctly\?|unsubscribe\b|you are receiving this)/.test(
    keyOf(line),
  )

export const isGreeting = (line: SourceLine): boolean =>
  line.shape !== 'bullet' &&
  isShort(line) &&
  /^dear (friends|readers|all|everyone|colleagues)\b/.test(keyOf(line))

export const isSignOff = (line: SourceLine): boolean =>
  line.text.length < 40 && /^(keep (on )?learning|keep building|happy learning)\b/.test(keyOf(line))

const SOCIAL =
  /^(facebook|twitter|linkedin|instagram|youtube|behance|tw|link|fb|ig|yt|x|[a-z]+-dark-\S+)$/i
const IMAGE_NAME_PATTERNS: readonly RegExp[] = [
  /\.(png|jpe?g|gif|webp|svg|mp4|mov)$/i,
  /^(screen ?shot|screenshot|ezgif|artboard|gif\b|img[_\- ]?\d|unnamed|copy of|image\s*\d|photo\s*\d)/i,
  /\bcopy( \d+)?$/i,
  /\(\d+\)(-\d+)?$/,
  /\d{4}-\d{2}-\d{2}T\d{3,}/,
  /^\d{1,2}[_-]\d{1,2}$/,
]

/**
 * A line that names an image (file names, alt text, social icons), wherever it stands. Such
 * names are noise, never text; the patterns are the ones raw exports actually show.
 */
export function isImageName(line: SourceLine): boolean {
  if (line.shape === 'image') return true
  if (line.shape !== 'text' || line.text.length > 90) return false
  const text = line.text
  if (/[.!?,;:]["”’)]?$/.test(text) && !/\.(png|jpe?g|gif|webp|svg|mp4|mov)$/i.test(text))
    return false
  // A sentence inside (`We like it. (61)`) or a run-in label makes it text, whatever its ending.
  if (/[.!?]["”’)]?\s/.test(text) || (mayBeLabel(text) && LABEL.test(text))) return false
  if (IMAGE_NAME_PATTERNS.some((pattern) => pattern.test(text))) return true
  const tokens = text.split(/\s+/)
  return tokens.length >= 2 && tokens.every((token) => SOCIAL.test(token))
}

/**
 * A short line that is not a sentence: in the gaps between stories such a line is an image name
 * even when it follows no known pattern (`upmix`, `BLUR TG`).
 */
export function isLooseImageName(line: SourceLine): boolean {
  if (isImageName(line)) return true
  if (line.shape !== 'text') return false
  const words = line.text.split(/\s+/)
  return words.length <= 6 && line.text.length <= 60 && !/[.!?:]["”’)]?$/.test(line.text)
}

const SMALL_WORDS = new Set(
  'a an and as at but by for from in into of on or the to vs via with over after under about than'.split(
    ' ',
  ),
)

/** Headline shape: short, no closing period, colon or comma. */
export function isHeadlineShaped(line: SourceLine): boolean {
  if (line.shape === 'heading') return true
  if (line.shape !== 'text' || line.text.length > 110) return false
  const words = line.text.split(/\s+/)
  if (words.length > 14) return false
  if (/[.,;:]["”’)]?$/.test(line.text)) return false
  return /^[^\p{Ll}\s•*-]/u.test(line.text)
}

/** Title case: most words longer than a small word start with a capital or a digit. */
export function isTitleCased(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => !SMALL_WORDS.has(word.toLowerCase()))
  if (words.length === 0) return false
  const capitalized = words.filter((word) => /^[“"‘'(]?[\p{Lu}\p{N}]/u.test(word)).length
  return capitalized / words.length >= 0.6
}
