// Builds the compact search index the compiler emits as public/corpus/search-index.json.
// Runs under Node (compiler, via tsx) and in vite.config.ts: relative imports only, no DOM.
//
// Two steps, so the compiler can run the costly one on worker threads: indexIssue() turns each
// document of one issue into (term number, posting code) pairs; mergeSearchIndex() numbers the
// documents across the archive and merges the pairs into postings.
import type { IssueBody } from '../corpus/schema'
import { docsFromIssue, type SourceDoc } from './doc-source'
import { DOC_TYPE_CODES, SEARCH_INDEX_VERSION, type SearchIndexData } from './index-schema'
import { encodePackedPostings, FIELD_BITS, packPosting, tfBucket } from './postings-codec'
import { isIndexable, normalizeTerm, WordCursor } from './tokenize'
import { WordTable } from './word-table'

/**
 * Numbers index terms as they are first seen and remembers what each word maps to: an archive
 * repeats a small vocabulary millions of times, so each distinct word is normalized once.
 */
export class TermVocabulary {
  /** Term by number. Only ever appended to, so a copy elsewhere can be kept up to date. */
  readonly terms: string[] = []
  private readonly numberOfTerm = new Map<string, number>()
  /** Word → term number, or -1 when the word is not indexed. */
  private readonly numberOfWord = new WordTable()
  private readonly numberOfNewWord = (word: string): number => {
    const term = normalizeTerm(word)
    return isIndexable(term) ? this.ofTerm(term) : -1
  }

  /**
   * The term number of the word `text.slice(start, end)`, whose wordHash() is `hash`, or -1 when
   * it is not indexed.
   */
  ofWordIn(text: string, start: number, end: number, hash: number): number {
    return this.numberOfWord.lookup(text, start, end, hash, this.numberOfNewWord)
  }

  ofTerm(term: string): number {
    let number = this.numberOfTerm.get(term)
    if (number === undefined) {
      number = this.terms.push(term) - 1
      this.numberOfTerm.set(term, number)
      this.fields.push(0)
      this.tf.push(0)
    }
    return number
  }

  // Scratch space for counting one document, by term number: numbers beat a map per document.
  readonly fields: number[] = []
  readonly tf: number[] = []
  readonly cursor = new WordCursor()
}

/**
 * One issue's share of the index: its documents, in docsFromIssue() order, as the index's
 * columns, and the terms each contains. Small and flat, so a worker thread can hand it over.
 */
export interface IndexedIssue {
  id: string
  date: string | null
  /** One DOC_TYPE_CODES character per document. */
  types: string
  story: string[]
  title: string[]
  /** Per document: its topic slugs, space-separated ('' for takes: see SearchIndexData). */
  topics: string[]
  /** Per document: its number of pairs, then its (term number, posting code) pairs. */
  pairs: Int32Array
  /** The vocabulary the term numbers refer to (its `terms`, or a copy kept up to date). */
  terms: readonly string[]
}

/** Appends one document's count and (term number, code) pairs to `out`. */
function countDocTerms(doc: SourceDoc, vocabulary: TermVocabulary, out: number[]): void {
  const { fields, tf } = vocabulary
  const found: number[] = []
  const word = vocabulary.cursor
  for (const { field, text } of doc.segments) {
    const bit = FIELD_BITS[field]
    for (word.reset(text); word.next();) {
      const term = vocabulary.ofWordIn(text, word.start, word.end, word.hash)
      if (term < 0) continue
      if (tf[term] === 0) found.push(term)
      fields[term]! |= bit
      tf[term]!++
    }
  }
  out.push(found.length)
  for (const term of found) {
    out.push(term, fields[term]! | (tfBucket(tf[term]!) << 4))
    fields[term] = 0
    tf[term] = 0
  }
}

/** A document's topics as the index holds them; a take borrows its story's, like its title. */
function topicsColumn(body: IssueBody, doc: SourceDoc): string {
  if (doc.type === 'take') return ''
  const topics =
    doc.type === 'letter'
      ? body.issue.letter?.topics
      : body.stories.find((story) => story.id === doc.storyId)?.topics
  return (topics ?? []).map((topic) => topic.slug).join(' ')
}

/** The costly step, one issue at a time, on any thread: terms are numbered by `vocabulary`. */
export function indexIssue(body: IssueBody, vocabulary: TermVocabulary): IndexedIssue {
  const docs = docsFromIssue(body)
  const pairs: number[] = []
  for (const doc of docs) countDocTerms(doc, vocabulary, pairs)
  return {
    id: body.issue.id,
    date: body.issue.date,
    types: docs.map((doc) => DOC_TYPE_CODES[doc.type]).join(''),
    // A take sits right after its story, so it can borrow the story's id and headline.
    story: docs.map((doc) => (doc.type === 'story' ? (doc.storyId ?? '') : '')),
    title: docs.map((doc) => (doc.type === 'take' ? '' : doc.title)),
    topics: docs.map((doc) => topicsColumn(body, doc)),
    pairs: new Int32Array(pairs),
    terms: vocabulary.terms,
  }
}

/**
 * Numbers the documents of `issues`, in their order, and merges their terms into postings. Two
 * passes, so that the archive's millions of postings go in one typed array, outside the heap the
 * garbage collector copies around, rather than in an array per term.
 */
export function mergeSearchIndex(issues: readonly IndexedIssue[]): SearchIndexData {
  // Each counted vocabulary's term numbers, translated once to this index's numbering.
  const vocabulary = new TermVocabulary()
  const translations = new Map<readonly string[], Int32Array>()
  for (const { terms } of issues)
    if (!translations.has(terms))
      translations.set(
        terms,
        Int32Array.from(terms, (term) => vocabulary.ofTerm(term)),
      )
  const termCount = vocabulary.terms.length
  // Loops over typed arrays rather than a callback per pair: there are millions.
  const counts = new Int32Array(termCount)
  for (const { pairs, terms } of issues) {
    const translation = translations.get(terms) as Int32Array
    for (let at = 0; at < pairs.length;) {
      const end = at + 1 + 2 * (pairs[at] as number)
      for (at++; at < end; at += 2) counts[translation[pairs[at] as number] as number]!++
    }
  }
  // Where each term's postings start in `packed`; `next` is where its next one goes.
  const starts = new Int32Array(termCount + 1)
  for (let term = 0; term < termCount; term++)
    starts[term + 1] = (starts[term] as number) + (counts[term] as number)
  const next = starts.slice(0, -1)
  const packed = new Float64Array(starts[termCount] as number)

  const issueRows: SearchIndexData['issues'] = []
  const docs: SearchIndexData['docs'] = { types: '', issue: [], story: [], title: [], topics: [] }
  for (const issue of issues) {
    const issuePosition = issueRows.length
    issueRows.push([issue.id, issue.date])
    const translation = translations.get(issue.terms) as Int32Array
    const { pairs } = issue
    for (let i = 0, at = 0; i < issue.types.length; i++) {
      const doc = docs.issue.length
      docs.issue.push(issuePosition)
      docs.story.push(issue.story[i] as string)
      docs.title.push(issue.title[i] as string)
      docs.topics.push(issue.topics[i] as string)
      const end = at + 1 + 2 * (pairs[at] as number)
      for (at++; at < end; at += 2) {
        const term = translation[pairs[at] as number] as number
        packed[(next[term] as number)++] = packPosting(doc, pairs[at + 1] as number)
      }
    }
    docs.types += issue.types
  }

  // Code-unit order, so the engine can binary-search with plain < and >. A vocabulary can hold
  // a term none of these issues uses (an issue counted, then left out): it has no postings.
  const order = vocabulary.terms
    .map((term, number) => ({ term, number }))
    .filter(({ number }) => counts[number]! > 0)
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0))
  return {
    version: SEARCH_INDEX_VERSION,
    issues: issueRows,
    docs,
    terms: order.map(({ term }) => term),
    postings: order.map(({ number }) =>
      encodePackedPostings(packed.subarray(starts[number], starts[number + 1])),
    ),
  }
}

const utf8 = new TextEncoder()

/** mergeSearchIndex() serialized, as the compiler writes it: JSON in UTF-8. */
export function mergedIndexJson(issues: readonly IndexedIssue[]): Uint8Array {
  return utf8.encode(JSON.stringify(mergeSearchIndex(issues)))
}

/** The index of `bodies`, in their order. */
export function buildSearchIndex(bodies: readonly IssueBody[]): SearchIndexData {
  const vocabulary = new TermVocabulary()
  return mergeSearchIndex(bodies.map((body) => indexIssue(body, vocabulary)))
}
