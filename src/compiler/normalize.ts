// Stage 2, normalize: text → numbered, cleaned, non-blank lines with their shape (text, bullet,
// heading, image). Both input formats come out of here in one form, so later stages are shared.
import type { TextLink } from '../corpus/schema'
import type { StageResult } from './diagnostics'
import { findLinks, stripInlineMarkdown } from './inline-markdown'
import type { ReadText } from './read'

export type LineShape = 'text' | 'bullet' | 'heading' | 'image'

export interface SourceLine {
  /** 1-based line number in the source file. */
  no: number
  /** Cleaned text: spacing normalized, Markdown markup and bullet markers removed. */
  text: string
  shape: LineShape
  /** For bullets: numbered (`1.`) rather than marked (`•`, `-`, `*`). */
  ordered: boolean
  /** Markdown links in `text`, when it has any. */
  links?: TextLink[]
}

export interface NormalizedIssue {
  name: string
  format: 'text' | 'markdown'
  /** Non-blank lines only; blank and whitespace-only lines carry no content. */
  lines: SourceLine[]
}

const MARKDOWN_IMAGE = /^\[?!\[[^\]]*\]\([^)]*\)(\]\([^)]*\))?$/
const MARKDOWN_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/
const MARKDOWN_BOLD_LABEL = /^\*\*[^*\n]{1,60}:\s*\*\*/
const UNORDERED_BULLET = /^[•·▪◦‣*\-–]\s+(.*)$/
const ORDERED_BULLET = /^(\d{1,3})[.)]\s+(.*)$/

/** Splits on CRLF, lone CR and LF alike. */
export function splitLines(text: string): string[] {
  return text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/)
}

const ZERO_WIDTH = /\u200b|\u200c|\u200d|\u2060|\ufeff/g
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g
/** What cleanSpacing() changes besides trimming; most lines have none of it. */
const NEEDS_CLEANING = new RegExp(`${ZERO_WIDTH.source}|${ODD_SPACE.source}| {2}`)

/** Non-breaking and odd spaces become plain spaces; zero-width characters go; runs collapse. */
export function cleanSpacing(line: string): string {
  if (!NEEDS_CLEANING.test(line)) return line.trim()
  return line.replace(ZERO_WIDTH, '').replace(ODD_SPACE, ' ').replace(/ {2,}/g, ' ').trim()
}

const MARKDOWN_LINE_START = new Set(['#', '*', '[', '!'])

/** A file is Markdown when it uses Markdown's block syntax more than once. */
export function detectFormat(rawLines: readonly string[]): 'text' | 'markdown' {
  let marks = 0
  for (const raw of rawLines) {
    const line = raw.trim()
    // Each pattern starts with `#`, `*`, `[` or `!`.
    if (!MARKDOWN_LINE_START.has(line.charAt(0))) continue
    if (
      MARKDOWN_HEADING.test(line) ||
      MARKDOWN_BOLD_LABEL.test(line) ||
      MARKDOWN_IMAGE.test(line)
    ) {
      marks++
      if (marks >= 2) return 'markdown'
    }
  }
  return 'text'
}

/** `---`, `***`, `___` (with optional spaces): a visual rule, never content. */
const THEMATIC_BREAK = /^([-*_])(\s*\1){2,}$/

/** A line's shape and text; `markup` is the Markdown its text was cleaned from, if any. */
interface ShapedLine extends Omit<SourceLine, 'no' | 'links'> {
  markup: string | null
}

function shapeLine(cleaned: string, format: 'text' | 'markdown'): ShapedLine {
  if (THEMATIC_BREAK.test(cleaned))
    return { text: cleaned, shape: 'image', ordered: false, markup: null }
  if (format === 'markdown') {
    if (MARKDOWN_IMAGE.test(cleaned))
      return { text: cleaned, shape: 'image', ordered: false, markup: null }
    const heading = MARKDOWN_HEADING.exec(cleaned)
    if (heading)
      return {
        text: stripInlineMarkdown(heading[2] ?? ''),
        shape: 'heading',
        ordered: false,
        markup: null,
      }
  }
  const markdown = format === 'markdown'
  const unordered = UNORDERED_BULLET.exec(cleaned)
  // `**Label:**` starts with `*` but is not a bullet: the bullet pattern needs a space after it.
  const bullet = unordered ? (unordered[1] ?? '') : null
  const ordered = bullet === null ? ORDERED_BULLET.exec(cleaned) : null
  const content = bullet ?? (ordered ? (ordered[2] ?? '') : cleaned)
  return {
    text: markdown ? stripInlineMarkdown(content) : content,
    shape: bullet !== null || ordered ? 'bullet' : 'text',
    ordered: ordered !== null,
    markup: markdown ? content : null,
  }
}

export function normalizeIssue(source: ReadText): StageResult<NormalizedIssue> {
  const rawLines = splitLines(source.text)
  const format = detectFormat(rawLines)
  const lines: SourceLine[] = []
  rawLines.forEach((raw, index) => {
    const cleaned = cleanSpacing(raw)
    if (!cleaned) return
    const shaped = shapeLine(cleaned, format)
    const text = shaped.text.trim()
    // A bullet marker alone on a line, or markup with no text, is noise: kept, never read as text.
    if (!text) {
      lines.push({ no: index + 1, text: cleaned, shape: 'image', ordered: false })
      return
    }
    const line: SourceLine = { no: index + 1, text, shape: shaped.shape, ordered: shaped.ordered }
    const links = shaped.markup === null ? [] : findLinks(shaped.markup, text)
    if (links.length > 0) line.links = links
    lines.push(line)
  })
  return { result: { name: source.name, format, lines }, diagnostics: [] }
}
