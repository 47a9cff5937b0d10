// Inline Markdown in one line: the cleaned text keeps only the words, and each link is kept beside
// it as a character range, so the reader can show it while search and topics read plain text.
import { SAFE_HREF } from '../corpus/safe-href'
import type { TextLink } from '../corpus/schema'

// A link's target may hold one level of parentheses, as Wikipedia's do: `…/GAN_(disambiguation)`.
const TARGET = String.raw`\((?:[^()]|\([^()]*\))*\)`
const IMAGE = new RegExp(String.raw`!\[([^\]]*)\]` + TARGET, 'g')
const ANY_LINK = new RegExp(String.raw`\[([^\]]+)\]` + TARGET, 'g')
/** `[words](url)`, `[words](<url>)`, with or without a "title"; the words may hold markup. */
const LINK = new RegExp(
  String.raw`\[([^\]]+)\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]*\))+)>?(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)`,
  'g',
)

/** Every pattern stripInlineMarkdown() removes holds one of these characters. */
const INLINE_MARKUP = /[[*_\\]/

/** Removes inline Markdown: links keep their text, emphasis markers go, escapes resolve. */
export function stripInlineMarkdown(text: string): string {
  if (!INLINE_MARKUP.test(text)) return text
  return text
    .replace(IMAGE, '$1')
    .replace(ANY_LINK, '$1')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/(^|[\s(])\*([^*\s][^*]*?)\*(?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/\\([\\`*_{}[\]()#+\-.!'"])/g, '$1')
}

/**
 * The links of `markup` (one line of Markdown) as ranges of `text`, the same line once cleaned.
 * Each link's words are looked for where the markup before them ends up; a link to anything but
 * the web or an e-mail address (`javascript:`, `data:`) keeps its words and loses its target.
 */
export function findLinks(markup: string, text: string): TextLink[] {
  const links: TextLink[] = []
  if (!markup.includes('](')) return links
  const withoutImages = markup.replace(IMAGE, '$1')
  let from = 0
  for (const match of withoutImages.matchAll(LINK)) {
    const words = stripInlineMarkdown(match[1] ?? '').trim()
    const href = match[2] ?? ''
    if (!words || !SAFE_HREF.test(href)) continue
    // The words can occur more than once: take the occurrence nearest to where the markup
    // before the link ends up once cleaned (cleaned alone, it can differ by a marker or two).
    const estimate = stripInlineMarkdown(withoutImages.slice(0, match.index)).trimStart().length
    const start = nearestOccurrence(text, words, from, estimate)
    if (start < 0) continue
    links.push({ start, end: start + words.length, href })
    from = start + words.length
  }
  return links
}

/** The start of the occurrence of `words` in `text`, at or after `from`, nearest to `estimate`. */
function nearestOccurrence(text: string, words: string, from: number, estimate: number): number {
  const after = text.indexOf(words, Math.max(from, estimate))
  const before = estimate > from ? text.lastIndexOf(words, estimate - 1) : -1
  if (before < from) return after
  if (after < 0) return before
  return estimate - before <= after - estimate ? before : after
}

/** The links inside characters [from, to) of their text, counted from `from`. */
export function linksWithin(
  links: readonly TextLink[] | undefined,
  from: number,
  to: number,
): TextLink[] | undefined {
  const kept = (links ?? [])
    .filter((link) => link.start >= from && link.end <= to)
    .map((link) => ({ ...link, start: link.start - from, end: link.end - from }))
  return kept.length > 0 ? kept : undefined
}
