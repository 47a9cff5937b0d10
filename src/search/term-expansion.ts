// Maps one query term to the vocabulary words it should match, each with a similarity in 0..1:
// the word itself, words it begins (while typing), and near spellings. Fuse.js judges near
// spellings, but only among a few dozen trigram neighbours, never the whole vocabulary: that is
// what keeps a typo-tolerant query inside a frame at archive scale.
import Fuse from 'fuse.js'
import type { QueryTerm } from './query-parse'
import type { Vocabulary } from './vocabulary'

export interface Expansion {
  term: number
  similarity: number
}

const MIN_FUZZY_LENGTH = 4
/** Two letters would expand to hundreds of words; completions start at three. */
const MIN_PREFIX_LENGTH = 3
/** Fuse's bitap handles at most 32 characters per pattern; longer words are not typos. */
const MAX_FUZZY_LENGTH = 32
const NEIGHBOUR_LIMIT = 48
const PREFIX_LIMIT = 10
const FUZZY_LIMIT = 4

const FUSE_OPTIONS = {
  includeScore: true,
  ignoreLocation: true,
  ignoreFieldNorm: true,
  isCaseSensitive: true,
  threshold: 0.4,
} as const

function maxLengthDiff(length: number): number {
  return length >= 8 ? 2 : 1
}

/** Words starting with the term, most frequent first; longer completions count for less. */
function prefixExpansions(term: string, vocabulary: Vocabulary): Expansion[] {
  if (term.length < MIN_PREFIX_LENGTH) return []
  const [start, end] = vocabulary.prefixRange(term)
  const found: { term: number; df: number }[] = []
  for (let i = start; i < end; i++) {
    if (vocabulary.terms[i] !== term) found.push({ term: i, df: vocabulary.docFrequency(i) })
  }
  found.sort((a, b) => b.df - a.df)
  return found.slice(0, PREFIX_LIMIT).map(({ term: index }) => ({
    term: index,
    similarity: 0.55 + 0.35 * (term.length / vocabulary.terms[index]!.length),
  }))
}

/**
 * Near spellings among the trigram neighbours, scored by Fuse; trigram overlap breaks Fuse's
 * ties (bitap scores "imagnet" against "magnet" and "imagenet" alike).
 */
export function fuzzyExpansions(
  term: string,
  vocabulary: Vocabulary,
  options: { limit?: number; threshold?: number; extraLengthDiff?: number } = {},
): Expansion[] {
  if (term.length < MIN_FUZZY_LENGTH || term.length > MAX_FUZZY_LENGTH) return []
  const lengthDiff = maxLengthDiff(term.length) + (options.extraLengthDiff ?? 0)
  const neighbours = vocabulary.trigramNeighbours(term, NEIGHBOUR_LIMIT, lengthDiff)
  if (neighbours.length === 0) return []
  const words = neighbours.map((n) => vocabulary.terms[n.term]!)
  const fuse = new Fuse(words, {
    ...FUSE_OPTIONS,
    threshold: options.threshold ?? FUSE_OPTIONS.threshold,
  })
  const scored = fuse.search(term).map(({ refIndex, score = 1 }) => {
    const neighbour = neighbours[refIndex]!
    return { term: neighbour.term, similarity: 0.8 * (0.65 * (1 - score) + 0.35 * neighbour.dice) }
  })
  scored.sort((a, b) => b.similarity - a.similarity)
  const best = scored[0]?.similarity ?? 0
  // Keep only spellings nearly as close as the best one: one good correction beats five guesses.
  return scored.filter((e) => e.similarity >= best * 0.85).slice(0, options.limit ?? FUZZY_LIMIT)
}

const INFLECTION = /(?:ing|ed|es|er|ers|ion|ions|e|s)$/
const SUFFIXES: ReadonlySet<string> = new Set([
  '',
  'e',
  's',
  'es',
  'ed',
  'ing',
  'er',
  'ers',
  'ion',
  'ions',
])
const VARIANT_SIMILARITY = 0.7

/**
 * Other inflections of the same word ("blurring" -> blur, blurred; "face" -> facing), found by
 * suffix rules on the sorted vocabulary rather than a stemmer baked into the index.
 */
function variantExpansions(term: string, vocabulary: Vocabulary): Expansion[] {
  if (!/^[a-z]+$/.test(term)) return []
  const base = term.replace(INFLECTION, '')
  if (base.length < 3) return []
  const doubled = base[base.length - 1]!
  const [start, end] = vocabulary.prefixRange(base)
  const out: Expansion[] = []
  for (let i = start; i < end; i++) {
    const word = vocabulary.terms[i]!
    if (word === term) continue
    const rest = word.slice(base.length)
    if (SUFFIXES.has(rest) || (rest[0] === doubled && SUFFIXES.has(rest.slice(1)))) {
      out.push({ term: i, similarity: VARIANT_SIMILARITY })
    }
  }
  return out
}

/** All vocabulary words a query term matches. Exact hits skip fuzzy matching entirely. */
export function expandTerm(query: QueryTerm, vocabulary: Vocabulary): Expansion[] {
  const exact = vocabulary.find(query.term)
  const out: Expansion[] = exact >= 0 ? [{ term: exact, similarity: 1 }] : []
  const add = (found: Expansion[]) => {
    const taken = new Set(out.map((e) => e.term))
    out.push(...found.filter((e) => !taken.has(e.term)))
  }
  if (query.prefix) add(prefixExpansions(query.term, vocabulary))
  if (query.inPhrase) return out
  add(variantExpansions(query.term, vocabulary))
  if (exact < 0) add(fuzzyExpansions(query.term, vocabulary))
  return out
}
