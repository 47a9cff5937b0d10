// Turns what a reader typed into terms and quoted phrases. Every character is text: regex and
// Fuse extended-search operators (' ! ^ = | $) never reach a matcher as syntax.
import { MAX_QUERY_CHARS, MAX_QUERY_TERMS } from './query-limits'
import { isIndexable, tokenize } from './tokenize'

export interface QueryTerm {
  /** Normalized like the index (see tokenize.ts). */
  term: string
  /** The last word while the reader is still typing it: also matches as a prefix. */
  prefix: boolean
  /** Inside quotes: matched exactly, never fuzzily. */
  inPhrase: boolean
}

export interface ParsedQuery {
  terms: QueryTerm[]
  /** Each quoted phrase as its normalized words, stop words included, for verification. */
  phrases: string[][]
  /** The query had words, but all of them too common to search for. */
  onlyStopWords: boolean
}

const QUOTES = /["“”„«»]/

export function parseQuery(raw: string): ParsedQuery {
  const text = raw.slice(0, MAX_QUERY_CHARS)
  // Even-numbered pieces are outside quotes; an unclosed quote runs to the end (still typing).
  const pieces = text.split(QUOTES)
  const endsInWord = /[\p{L}\p{N}\p{M}]$/u.test(text)
  const terms: QueryTerm[] = []
  const phrases: string[][] = []
  const seen = new Set<string>()
  let sawWords = false

  pieces.forEach((piece, index) => {
    const inPhrase = index % 2 === 1
    const words = tokenize(piece).map((t) => t.term)
    if (words.length === 0) return
    sawWords = true
    if (inPhrase && words.length > 1) phrases.push(words)
    words.forEach((term, position) => {
      if (!isIndexable(term) || seen.has(term)) return
      seen.add(term)
      const lastTyped = index === pieces.length - 1 && position === words.length - 1 && endsInWord
      terms.push({ term, prefix: lastTyped && !inPhrase, inPhrase })
    })
  })

  return {
    terms: terms.slice(0, MAX_QUERY_TERMS),
    phrases,
    onlyStopWords: sawWords && terms.length === 0,
  }
}
