// Everything a search needs besides the UI: loads the index, answers queries, fetches the issue
// bodies whose text the top hits need. The worker wraps it; without workers (tests, old
// browsers) the UI can use it directly on the main thread.
import { corpusPaths, issueBodySchema } from '../corpus/schema'
import { fetchValidated } from '../lib/fetch-validated'
import { DocTextStore } from './doc-text-store'
import { searchIndexSchema } from './index-schema'
import type { QueryRequest, SearchAnswer } from './search-protocol'
import { SearchEngine } from './search-engine'

type Fetch = (input: string) => Promise<Response>

export class SearchSession {
  private readonly texts = new DocTextStore()
  private readonly pendingIssues = new Map<string, Promise<void>>()
  private readonly engine: SearchEngine
  private readonly url: (path: string) => string
  private readonly fetchFn: Fetch

  private constructor(engine: SearchEngine, url: (path: string) => string, fetchFn: Fetch) {
    this.engine = engine
    this.url = url
    this.fetchFn = fetchFn
  }

  static async open(
    baseUrl: string,
    fetchFn: Fetch = (input) => globalThis.fetch(input),
  ): Promise<SearchSession> {
    const url = (path: string) => `${baseUrl.replace(/\/?$/, '/')}${path}`
    const data = await fetchValidated(fetchFn, url(corpusPaths.searchIndex), searchIndexSchema)
    const engine = SearchEngine.fromData(data)
    engine.warm()
    return new SearchSession(engine, url, fetchFn)
  }

  get docCount(): number {
    return this.engine.docCount
  }

  /**
   * Ranks at once, then waits for the text of the hits it will show. Phrase queries are checked
   * in pages of candidates, fetching only the issues each page needs, until enough hits hold the
   * phrase. `isStale` lets a newer query cut the wait short; the caller then ignores the answer.
   */
  async query(request: QueryRequest, isStale: () => boolean = () => false): Promise<SearchAnswer> {
    const limit = request.limit ?? 20
    const { type, topics } = request
    const ranked = this.engine.rank(request.query, { type, topics, limit })
    let results = ranked
    for (let end = limit; ; end += limit) {
      const page = ranked.hits.slice(0, end)
      await Promise.all([...new Set(page.map((h) => h.issueId))].map((id) => this.loadIssue(id)))
      if (isStale()) break
      results = this.engine.describe({ ...ranked, hits: page }, this.texts, limit)
      if (!ranked.hasPhrases || results.hits.length >= limit || end >= ranked.hits.length) break
    }
    // Other spellings help when the words are nowhere in the archive, not when the chips or the
    // type left nothing: then the page says where the words are.
    const wordsMissed = results.totalEverywhere === 0 || results.hasPhrases
    const suggestions =
      results.hits.length === 0 && wordsMissed && !results.onlyStopWords
        ? this.engine.nearestTerms(request.query)
        : []
    return { ...results, suggestions }
  }

  /** A body that fails to load only costs its hits their snippets. */
  private loadIssue(issueId: string): Promise<void> {
    if (this.texts.hasIssue(issueId)) return Promise.resolve()
    let pending = this.pendingIssues.get(issueId)
    if (!pending) {
      pending = fetchValidated(
        this.fetchFn,
        this.url(corpusPaths.issueBody(issueId)),
        issueBodySchema,
      )
        .then((body) => this.texts.add(body))
        .catch(() => undefined)
        .finally(() => this.pendingIssues.delete(issueId))
      this.pendingIssues.set(issueId, pending)
    }
    return pending
  }
}
