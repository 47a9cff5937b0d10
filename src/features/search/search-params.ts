// The /search page's URL state: the query, the type filter and (from lib/topic-filter) the topic
// chips. Anything unexpected in the URL falls back to a default instead of failing the route.
import { validateTopicSearch, type TopicSearch } from '@/lib/topic-filter'
import { MAX_QUERY_CHARS } from '@/search/query-limits'

export const searchTypeFilters = ['all', 'story', 'letter', 'take'] as const
export type SearchTypeFilter = (typeof searchTypeFilters)[number]

export interface SearchPageParams {
  q?: string
  /** Absent means all types. */
  type?: Exclude<SearchTypeFilter, 'all'>
}

const searchTypes = ['story', 'letter', 'take'] as const

/** `?q=` as text (a number-looking query arrives as a number), capped; anything else dropped. */
function readQuery(value: unknown): string {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : ''
  return text.slice(0, MAX_QUERY_CHARS)
}

const isSearchType = (value: unknown): value is (typeof searchTypes)[number] =>
  searchTypes.includes(value as (typeof searchTypes)[number])

export function validateSearchPageParams(raw: Record<string, unknown>): SearchPageParams {
  const q = readQuery(raw.q)
  return {
    ...(q ? { q } : {}),
    ...(isSearchType(raw.type) ? { type: raw.type } : {}),
  }
}

/** Everything `/search` keeps in its URL: query, type and topic chips (the route's validateSearch). */
export function searchPageState(raw: Record<string, unknown>): SearchPageParams & TopicSearch {
  return { ...validateSearchPageParams(raw), ...validateTopicSearch(raw) }
}
