// Splits text into plain and marked parts, for search snippets and for the reader view's `hl`
// marks. Returns data, never HTML: the UI renders marked parts as <mark> elements.
import { tokenize, type Token } from './tokenize'

export interface TextPart {
  text: string
  marked: boolean
}

/** Token positions of every occurrence of each phrase (normalized words, stop words included). */
export function phraseTokenHits(
  tokens: readonly Token[],
  phrases: readonly (readonly string[])[],
): Set<number> {
  const hits = new Set<number>()
  for (const phrase of phrases) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (phrase.every((word, k) => tokens[i + k]!.term === word)) {
        for (let k = 0; k < phrase.length; k++) hits.add(i + k)
      }
    }
  }
  return hits
}

/** Cuts `text` into parts; a run of marked tokens and the spaces between them form one part. */
export function partsFromTokens(
  text: string,
  tokens: readonly Token[],
  marked: (index: number) => boolean,
  from = 0,
  to = text.length,
): TextPart[] {
  const parts: TextPart[] = []
  let cursor = from
  const push = (end: number, isMarked: boolean) => {
    if (end <= cursor) return
    const last = parts[parts.length - 1]
    const piece = text.slice(cursor, end)
    if (last && last.marked === isMarked) last.text += piece
    else parts.push({ text: piece, marked: isMarked })
    cursor = end
  }
  tokens.forEach((token, index) => {
    if (token.start < from || token.end > to || !marked(index)) return
    const gapIsSpace = /^\s*$/.test(text.slice(cursor, token.start))
    push(token.start, parts[parts.length - 1]?.marked === true && gapIsSpace)
    push(token.end, true)
  })
  push(to, false)
  return parts
}

/**
 * Marks the words of `text` whose normalized form is in `terms` (as produced by tokenize.ts),
 * e.g. the words of a search result's `hl` parameter in the story it opens.
 */
export function splitForHighlight(text: string, terms: ReadonlySet<string>): TextPart[] {
  if (terms.size === 0) return text ? [{ text, marked: false }] : []
  const tokens = tokenize(text)
  return partsFromTokens(text, tokens, (i) => terms.has(tokens[i]!.term))
}

/** Parses an `hl` search parameter ("imagenet blur") into normalized terms. */
export function highlightTermsFromParam(param: unknown): Set<string> {
  if (typeof param !== 'string') return new Set()
  return new Set(tokenize(param.slice(0, 300)).map((t) => t.term))
}

/**
 * `validateSearch` for reader routes that accept search marks: keeps a string `hl` (capped),
 * drops anything else, so `/stories/$storyId?hl=imagenet` is typed and safe.
 */
export function validateHighlightSearch(raw: Record<string, unknown>): { hl?: string } {
  return typeof raw.hl === 'string' && raw.hl.trim() ? { hl: raw.hl.slice(0, 300) } : {}
}
