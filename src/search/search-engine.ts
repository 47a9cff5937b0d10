// The search engine over a prebuilt index: parse, expand terms, rank from postings, then describe
// the top hits (section, snippet, phrase check) from whatever document text is at hand.
import { matchesSelection, type TopicSelection } from '../lib/topic-filter'
import type { DocType } from './doc-source'
import type { DocTextStore } from './doc-text-store'
import type { TextPart } from './highlight'
import { DOC_TYPE_CODES, searchIndexSchema, storyDocOf, type SearchIndexData } from './index-schema'
import { parseQuery, type ParsedQuery } from './query-parse'
import { rankDocuments, RankScratch } from './rank'
import { describeMatch } from './snippet'
import { fuzzyExpansions } from './term-expansion'
import { DocTopics } from './doc-topics'
import { Vocabulary } from './vocabulary'

export interface SearchOptions {
  type?: DocType
  limit?: number
  /** Only documents about the selected topics (all documents when none is selected). */
  topics?: TopicSelection
}

export interface SearchHit {
  type: DocType
  issueId: string
  issueDate: string | null
  /** Story for stories and takes; null for letters. */
  storyId: string | null
  title: string
  score: number
  /** Query terms matched, out of `SearchResults.termCount`. */
  matched: number
  /** Filled in by `describe` when the document's text is available. */
  anchor: string | null
  snippet: TextPart[] | null
}

export interface SearchResults {
  query: string
  hits: SearchHit[]
  /** Documents that matched, before the limit (an upper bound when the query has phrases). */
  total: number
  /**
   * Documents that matched before the topic filter: `total` counts those it kept. Like
   * `topicCounts`, an upper bound when the query has phrases (counted before they are checked).
   */
  totalBeforeTopics: number
  /** [slug, documents] for each topic among the matches before the topic filter: the chips. */
  topicCounts: [string, number][]
  /**
   * Per type, the documents that matched within the selected topics, whatever type was asked
   * for: the type chips, and whether another type has what this one lacks. Upper bounds when
   * the query has phrases, like `topicCounts`.
   */
  typeCounts: Record<DocType, number>
  /**
   * Documents that hold the query's words, of any type and about any topic: 0 when the words are
   * nowhere in the archive. An upper bound when the query has phrases.
   */
  totalEverywhere: number
  termCount: number
  /** Normalized vocabulary words that matched, for marks and the reader's `hl` parameter. */
  words: string[]
  onlyStopWords: boolean
  hasPhrases: boolean
}

const TYPE_BY_CODE: Record<string, DocType> = { s: 'story', l: 'letter', t: 'take' }
const DEFAULT_LIMIT = 20
/** Phrase queries look further down the ranking, since the text check may reject hits. */
const PHRASE_CANDIDATES = 120

export class SearchEngine {
  private readonly data: SearchIndexData
  private readonly vocabulary: Vocabulary
  private readonly scratch: RankScratch
  private readonly topics: DocTopics
  readonly docCount: number

  private constructor(data: SearchIndexData) {
    this.data = data
    this.vocabulary = new Vocabulary(data.terms, data.postings)
    this.docCount = data.docs.types.length
    this.scratch = new RankScratch(this.docCount)
    this.topics = new DocTopics(data.docs)
  }

  /** Validates untrusted JSON (the fetched index) before using it. */
  static load(json: unknown): SearchEngine {
    return new SearchEngine(searchIndexSchema.parse(json))
  }

  /** For data built in this process (tests, bench): skips validation. */
  static fromData(data: SearchIndexData): SearchEngine {
    return new SearchEngine(data)
  }

  /** Builds lazy lookup tables now, so the first keystroke does not pay for them. */
  warm(): void {
    this.vocabulary.warm()
    this.topics.warm()
  }

  /** Ranks without text: what the latency budget covers. Hits have no snippet yet. */
  rank(query: string, options: SearchOptions = {}): SearchResults {
    const parsed = parseQuery(query)
    const limit = options.limit ?? DEFAULT_LIMIT
    const typeCode = options.type ? DOC_TYPE_CODES[options.type] : undefined
    const types = this.data.docs.types
    const selection = options.topics
    const counter = this.topics.counter()
    const typeCounts: Record<DocType, number> = { story: 0, letter: 0, take: 0 }
    let totalEverywhere = 0
    const ranking = rankDocuments(parsed, this.vocabulary, this.scratch, {
      limit: parsed.phrases.length > 0 ? Math.max(limit, PHRASE_CANDIDATES) : limit,
      // Each kind of chip counts the matches the other kind lets through: topic chips those of
      // the asked type, type chips those about the selected topics.
      accept: (doc) => {
        totalEverywhere++
        const aboutTopics = !selection || matchesSelection(this.topics.of(doc), selection)
        if (aboutTopics) typeCounts[TYPE_BY_CODE[types[doc]!]!]++
        if (typeCode && types[doc] !== typeCode) return false
        counter.add(doc)
        return aboutTopics
      },
    })
    return {
      query,
      hits: ranking.docs.map(({ doc, matched, score }) => this.hitOf(doc, matched, score)),
      total: ranking.total,
      totalBeforeTopics: counter.documents,
      topicCounts: counter.counts(),
      typeCounts,
      totalEverywhere,
      termCount: parsed.terms.length,
      words: ranking.words,
      onlyStopWords: parsed.onlyStopWords,
      hasPhrases: parsed.phrases.length > 0,
    }
  }

  /**
   * Adds section anchors and snippets from `texts` and drops hits whose text shows a quoted
   * phrase missing. Hits without text stay as they are, except in phrase queries.
   */
  describe(results: SearchResults, texts: DocTextStore, limit = DEFAULT_LIMIT): SearchResults {
    const parsed: ParsedQuery = parseQuery(results.query)
    const words = new Set(results.words)
    const hits: SearchHit[] = []
    for (const hit of results.hits) {
      if (hits.length >= limit) break
      const doc = texts.get(hit.type, hit.issueId, hit.storyId)
      if (!doc) {
        if (!results.hasPhrases) hits.push(hit)
        continue
      }
      const match = describeMatch(doc, words, parsed.phrases)
      if (!match.phrasesFound) continue
      hits.push({ ...hit, anchor: match.anchor, snippet: match.snippet })
    }
    return { ...results, hits, total: results.hasPhrases ? hits.length : results.total }
  }

  /** Rank and describe in one go, for callers that hold all text (tests, bench, Node). */
  search(query: string, texts: DocTextStore, options: SearchOptions = {}): SearchResults {
    return this.describe(this.rank(query, options), texts, options.limit ?? DEFAULT_LIMIT)
  }

  /** Existing words closest to the query's words, for "did you mean" when nothing matched. */
  nearestTerms(query: string, limit = 5): string[] {
    const found = new Map<string, number>()
    for (const { term } of parseQuery(query).terms) {
      for (const e of fuzzyExpansions(term, this.vocabulary, {
        limit: 5,
        threshold: 0.6,
        extraLengthDiff: 2,
      })) {
        const word = this.vocabulary.terms[e.term]!
        const weight = e.similarity * Math.log(2 + this.vocabulary.docFrequency(e.term))
        found.set(word, Math.max(found.get(word) ?? 0, weight))
      }
    }
    return [...found.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([word]) => word)
  }

  private hitOf(doc: number, matched: number, score: number): SearchHit {
    const { docs, issues } = this.data
    const type = TYPE_BY_CODE[docs.types[doc]!]!
    const owner = storyDocOf(docs.types, doc)
    const [issueId, issueDate] = issues[docs.issue[doc]!]!
    return {
      type,
      issueId,
      issueDate,
      storyId: type === 'letter' ? null : docs.story[owner]!,
      title: docs.title[owner]!,
      score,
      matched,
      anchor: null,
      snippet: null,
    }
  }
}
