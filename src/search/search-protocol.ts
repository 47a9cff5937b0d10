// Messages between the UI and the search worker. Results carry a query id so the UI can drop
// answers to queries the reader has already typed past.
import type { TopicSelection } from '../lib/topic-filter'
import type { DocType } from './doc-source'
import type { SearchResults } from './search-engine'

export interface QueryRequest {
  query: string
  type?: DocType
  limit?: number
  topics?: TopicSelection
}

export type ToWorker =
  { kind: 'init'; baseUrl: string } | ({ kind: 'query'; id: number } & QueryRequest)

export interface SearchAnswer extends SearchResults {
  /** Existing words close to the query's, when nothing matched. */
  suggestions: string[]
}

export type FromWorker =
  | { kind: 'ready'; docCount: number }
  | { kind: 'results'; id: number; answer: SearchAnswer }
  /** One query failed; when the index itself failed to load, every waiting query gets one. */
  | { kind: 'error'; id: number; message: string }
