// Describes a ranked document with its text: the section that matched best (for the deep link),
// a short snippet around the best match with matched words marked, and whether every quoted
// phrase really occurs (the index has no positions, so phrases are verified here).
import type { SourceDoc } from './doc-source'
import { partsFromTokens, phraseTokenHits, type TextPart } from './highlight'
import { foldWord, tokenize, type Token } from './tokenize'

export interface DocMatch {
  anchor: string | null
  snippet: TextPart[]
  phrasesFound: boolean
}

const WINDOW_TOKENS = 28
const LEAD_TOKENS = 6

interface SegmentMatch {
  index: number
  tokens: Token[]
  marked: Set<number>
  score: number
}

/** The part of a normalized word its surface forms share ("copy" -> "cop" for "copies"). */
function rootOf(word: string): string {
  return word.length > 3 && word.endsWith('y') ? word.slice(0, -1) : word
}

/**
 * Cheap substring test before tokenizing: most paragraphs of a long letter contain none of the
 * words, and tokenizing them all would cost more than ranking did.
 */
function mightMatch(text: string, roots: readonly string[]): boolean {
  const folded = foldWord(text)
  return roots.some((root) => folded.includes(root))
}

/**
 * A loose pattern for a phrase on folded text (each word's root, then any word ending): it may
 * accept a near miss, which the token check then rejects, but never rejects a real occurrence.
 */
function phrasePattern(phrase: readonly string[]): RegExp {
  const escaped = phrase.map((word) => rootOf(word).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(escaped.join('[\\p{L}\\p{N}\\p{M}]*[^\\p{L}\\p{N}\\p{M}]+'), 'u')
}

function mayHavePhrases(doc: SourceDoc, phrases: readonly string[][]): boolean {
  const folded = doc.segments.map((segment) => foldWord(segment.text))
  return phrases.every((phrase) => {
    const pattern = phrasePattern(phrase)
    return folded.some((text) => pattern.test(text))
  })
}

const noMatch = (index: number): SegmentMatch => ({
  index,
  tokens: [],
  marked: new Set(),
  score: 0,
})

function matchSegment(
  text: string,
  index: number,
  words: ReadonlySet<string>,
  phrases: readonly string[][],
): SegmentMatch {
  const tokens = tokenize(text)
  const phraseHits = phraseTokenHits(tokens, phrases)
  const marked = new Set(phraseHits)
  const distinct = new Set<string>()
  tokens.forEach((token, i) => {
    if (words.has(token.term)) {
      marked.add(i)
      distinct.add(token.term)
    }
  })
  // Distinct words count most, then phrase hits, then sheer repetition.
  return {
    index,
    tokens,
    marked,
    score: distinct.size * 4 + (phraseHits.size > 0 ? 20 : 0) + marked.size * 0.1,
  }
}

/** Start of the window of WINDOW_TOKENS tokens that holds the most marked tokens. */
function bestWindowStart(match: SegmentMatch): number {
  const positions = [...match.marked].sort((a, b) => a - b)
  let best = 0
  let bestCount = -1
  for (let i = 0, j = 0; i < positions.length; i++) {
    while (j < positions.length && positions[j]! < positions[i]! + WINDOW_TOKENS - LEAD_TOKENS) j++
    if (j - i > bestCount) {
      bestCount = j - i
      best = positions[i]!
    }
  }
  return Math.max(0, best - LEAD_TOKENS)
}

function snippetOf(text: string, match: SegmentMatch): TextPart[] {
  // A segment skipped by mightMatch has no tokens yet; its snippet is just its opening.
  const tokens = match.tokens.length > 0 ? match.tokens : tokenize(text)
  if (tokens.length <= WINDOW_TOKENS)
    return partsFromTokens(text, tokens, (i) => match.marked.has(i))
  const first = bestWindowStart(match)
  const last = Math.min(tokens.length - 1, first + WINDOW_TOKENS - 1)
  const from = first === 0 ? 0 : tokens[first]!.start
  const to = last === tokens.length - 1 ? text.length : tokens[last]!.end
  const parts = partsFromTokens(text, tokens, (i) => match.marked.has(i), from, to)
  if (from > 0) parts.unshift({ text: '…', marked: false })
  if (to < text.length) parts.push({ text: '…', marked: false })
  return parts
}

export function describeMatch(
  doc: SourceDoc,
  words: ReadonlySet<string>,
  phrases: readonly string[][],
): DocMatch {
  // Phrase queries check many candidates; most fail, so fail them before tokenizing anything.
  if (phrases.length > 0 && !mayHavePhrases(doc, phrases))
    return { anchor: null, snippet: [], phrasesFound: false }
  const roots = [...words, ...phrases.flat()].map(rootOf)
  const matches = doc.segments.map((segment, i) =>
    mightMatch(segment.text, roots) ? matchSegment(segment.text, i, words, phrases) : noMatch(i),
  )
  const phrasesFound = phrases.every((phrase) =>
    matches.some((m) => phraseTokenHits(m.tokens, [phrase]).size > 0),
  )
  // The headline is shown anyway, so prefer a snippet from the text below it.
  const shown = matches.filter((m) => doc.segments[m.index]!.field !== 'headline')
  const pool = shown.some((m) => m.score > 0) ? shown : matches
  const best = pool.reduce<SegmentMatch | undefined>(
    (a, m) => (!a || m.score > a.score ? m : a),
    undefined,
  )
  if (!best) return { anchor: null, snippet: [], phrasesFound }
  const segment = doc.segments[best.index]!
  return { anchor: segment.anchor, snippet: snippetOf(segment.text, best), phrasesFound }
}
