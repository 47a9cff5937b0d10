// Ranks documents from postings. Order: documents matching more of the query's terms first (all
// terms above some), then by score, where a term's score in a document is its best expansion's
// similarity x idf x field weight (headline > dek > take/letter text > body).
import { forEachPosting, FIELD_BITS } from './postings-codec'
import type { ParsedQuery } from './query-parse'
import { expandTerm, type Expansion } from './term-expansion'
import type { Vocabulary } from './vocabulary'

const FIELD_WEIGHTS = { headline: 8, dek: 4, text: 2, body: 1 } as const

/** Score of one posting's code character: field weights, frequency boosting the long fields. */
const CODE_SCORE: Float64Array = (() => {
  const table = new Float64Array(64)
  for (let code = 0; code < 64; code++) {
    const tfBoost = 1 + 0.35 * (code >> 4)
    let score = 0
    if (code & FIELD_BITS.headline) score += FIELD_WEIGHTS.headline
    if (code & FIELD_BITS.dek) score += FIELD_WEIGHTS.dek
    if (code & FIELD_BITS.text) score += FIELD_WEIGHTS.text * tfBoost
    if (code & FIELD_BITS.body) score += FIELD_WEIGHTS.body * tfBoost
    table[code] = score
  }
  return table
})()

export interface RankedDoc {
  doc: number
  /** How many of the query's terms the document contains. */
  matched: number
  score: number
}

export interface Ranking {
  /** Best first, at most the requested number. */
  docs: RankedDoc[]
  /** All documents that qualified (before the limit). */
  total: number
  /** Vocabulary words the query's terms expanded to, for highlighting. */
  words: string[]
  /** How many query terms found any vocabulary word at all. */
  termsFound: number
}

export interface RankOptions {
  limit: number
  /**
   * Only documents for which this returns true qualify (type and topic filters). Called once for
   * each document that holds the query's terms, so it may also count them.
   */
  accept?: (doc: number) => boolean
}

/** Per-document accumulators, allocated once per engine and cleaned after each query. */
export class RankScratch {
  readonly total: Float64Array
  readonly termBest: Float64Array
  readonly matched: Uint8Array
  readonly required: Uint8Array

  constructor(docCount: number) {
    this.total = new Float64Array(docCount)
    this.termBest = new Float64Array(docCount)
    this.matched = new Uint8Array(docCount)
    this.required = new Uint8Array(docCount)
  }

  clear(docs: readonly number[]): void {
    for (const doc of docs) {
      this.total[doc] = 0
      this.matched[doc] = 0
      this.required[doc] = 0
    }
  }
}

/** Whether document a ranks above document b: more terms matched, then score, then order. */
function ranksAbove(scratch: RankScratch, a: number, b: number): boolean {
  const byMatched = scratch.matched[a]! - scratch.matched[b]!
  if (byMatched !== 0) return byMatched > 0
  const byScore = scratch.total[a]! - scratch.total[b]!
  return byScore !== 0 ? byScore > 0 : a < b
}

/**
 * The `limit` best documents, best first, with a bounded heap: "model" can hit every document
 * in the archive, and sorting them all would cost more than scoring them.
 */
function topK(scratch: RankScratch, docs: readonly number[], limit: number): number[] {
  // Min-heap by rank: the root is the weakest document kept so far.
  const heap: number[] = []
  const weaker = (i: number, j: number) => ranksAbove(scratch, heap[j]!, heap[i]!)
  const swap = (i: number, j: number) => {
    const t = heap[i]!
    heap[i] = heap[j]!
    heap[j] = t
  }
  for (const doc of docs) {
    if (heap.length < limit) {
      heap.push(doc)
      for (let i = heap.length - 1; i > 0 && weaker(i, (i - 1) >> 1); i = (i - 1) >> 1)
        swap(i, (i - 1) >> 1)
    } else if (limit > 0 && ranksAbove(scratch, doc, heap[0]!)) {
      heap[0] = doc
      for (let i = 0; ;) {
        const l = 2 * i + 1
        const r = l + 1
        let m = i
        if (l < heap.length && weaker(l, m)) m = l
        if (r < heap.length && weaker(r, m)) m = r
        if (m === i) break
        swap(i, m)
        i = m
      }
    }
  }
  return heap.sort((a, b) => (ranksAbove(scratch, a, b) ? -1 : 1))
}

export function rankDocuments(
  query: ParsedQuery,
  vocabulary: Vocabulary,
  scratch: RankScratch,
  options: RankOptions,
): Ranking {
  const docCount = scratch.total.length
  const { total, termBest, matched, required } = scratch
  const hitDocs: number[] = []
  const words = new Set<string>()
  let requiredTerms = 0
  let termsFound = 0

  for (const queryTerm of query.terms) {
    const expansions: Expansion[] = expandTerm(queryTerm, vocabulary)
    if (queryTerm.inPhrase) requiredTerms++
    if (expansions.length > 0) termsFound++
    const touched: number[] = []
    for (const { term, similarity } of expansions) {
      words.add(vocabulary.terms[term]!)
      const weight = similarity * Math.log(1 + docCount / vocabulary.docFrequency(term))
      forEachPosting(vocabulary.postingsOf(term), (doc, code) => {
        const score = weight * CODE_SCORE[code]!
        if (termBest[doc] === 0) touched.push(doc)
        if (score > termBest[doc]!) termBest[doc] = score
      })
    }
    for (const doc of touched) {
      if (matched[doc] === 0) hitDocs.push(doc)
      matched[doc]!++
      total[doc]! += termBest[doc]!
      if (queryTerm.inPhrase) required[doc]!++
      termBest[doc] = 0
    }
  }

  const qualified = hitDocs.filter(
    (doc) => required[doc] === requiredTerms && (!options.accept || options.accept(doc)),
  )
  const docs = topK(scratch, qualified, options.limit).map((doc) => ({
    doc,
    matched: matched[doc]!,
    score: total[doc]!,
  }))
  scratch.clear(hitDocs)
  return { docs, total: qualified.length, words: [...words], termsFound }
}
