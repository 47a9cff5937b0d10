// `/search?q=&type=`: results for the query in the URL, updated as the header's field changes it.
import { Link } from '@tanstack/react-router'
import {
  memo,
  useCallback,
  useDeferredValue,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { PageHeading } from '@/components/ui/page-heading'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import type { SearchHit } from '@/search/search-engine'
import { useRecentSearchesStore } from '@/stores/recent-searches-store'
import { useSearchResults } from '../hooks/use-search-results'
import type { SearchPageParams } from '../search-params'
import { NoResults } from './no-results'
import { SearchResultItem } from './search-result-item'
import { TypeFilter } from './type-filter'
import '../search.css'

const PAGE_SIZE = 20
const noHits: readonly SearchHit[] = []

export interface ResultFilter {
  /** Keep only the hits this returns true for (e.g. selected topic chips). */
  keep?: (hit: SearchHit) => boolean
  /** Shown above the results (e.g. the chip row). */
  toolbar?: ReactNode
}

interface SearchResultsPageProps extends SearchPageParams {
  /**
   * A hook given the loaded hits and how many match in all, returning a filter and toolbar for
   * them: lets the route add topic chips without this feature importing another.
   */
  useResultFilter?: (hits: readonly SearchHit[], total: number) => ResultFilter
  /** Per-hit controls (e.g. a bookmark toggle). */
  renderHitActions?: (hit: SearchHit) => ReactNode
}

const noFilter = (): ResultFilter => ({})

/**
 * The query in the URL changes with every keystroke. The page follows it in a deferred render,
 * which React splits into short slices, so the keystroke's own task stays short: the field
 * updates at once and the results a moment later.
 */
export function SearchResultsPage({ q = '', ...rest }: SearchResultsPageProps) {
  const deferredQuery = useDeferredValue(q)
  return <SearchResultsView q={deferredQuery} {...rest} />
}

const SearchResultsView = memo(function SearchResultsView({
  q = '',
  type,
  useResultFilter = noFilter,
  renderHitActions,
}: SearchResultsPageProps) {
  const filter = type ?? 'all'
  // Keyed by query: a new query starts again from the first page.
  const [more, setMore] = useState({ query: q, pages: 1 })
  const pages = more.query === q ? more.pages : 1
  const limit = PAGE_SIZE * pages
  const { answer, pending, error } = useSearchResults(q, type, limit)
  const addRecentSearch = useRecentSearchesStore((s) => s.addRecentSearch)
  // Opening a result records the query typed so far; read through a ref, so the handler (and the
  // memoized rows that hold it) stay the same while the reader types.
  const latestQuery = useRef(q)
  useEffect(() => {
    latestQuery.current = q
  }, [q])
  const recordQuery = useCallback(() => addRecentSearch(latestQuery.current), [addRecentSearch])
  const shown = q.trim() ? answer : null
  const { keep = () => true, toolbar } = useResultFilter(shown?.hits ?? noHits, shown?.total ?? 0)
  const hits = shown ? shown.hits.filter(keep) : noHits
  useDocumentTitle(q ? `Search: ${q}` : 'Search')

  return (
    <div className="page search-page">
      <PageHeading subtitle={q ? <TypeFilter query={q} current={filter} /> : null}>
        {q ? <>Search: {q}</> : 'Search'}
      </PageHeading>
      {!q.trim() ? <EmptyQuery /> : null}
      {error ? (
        <p className="search-error" role="alert">
          Search is unavailable right now ({error}). Reload the page to try again.
        </p>
      ) : null}
      {q.trim() && !shown && !error ? (
        // The first answer waits for the index, which takes a while on a slow network.
        <p className="search-results__count" role="status">
          Searching…
        </p>
      ) : null}
      {shown && shown.hits.length > 0 ? toolbar : null}
      {shown ? (
        <section
          aria-busy={pending}
          className={pending ? 'search-results is-pending' : 'search-results'}
        >
          <p className="search-results__count" role="status">
            {shown.hits.length > 0 ? countLabel(shown.total, shown.hasPhrases) : null}
          </p>
          {shown.hits.length === 0 && !pending ? (
            <NoResults
              query={q}
              type={filter}
              suggestions={shown.suggestions}
              onlyStopWords={shown.onlyStopWords}
            />
          ) : (
            <ol className="search-results__list" aria-label="Search results">
              {hits.map((hit) => (
                <SearchResultItem
                  key={`${hit.type}:${hit.storyId ?? hit.issueId}`}
                  hit={hit}
                  words={shown.words}
                  onOpen={recordQuery}
                  renderActions={renderHitActions}
                />
              ))}
            </ol>
          )}
          {shown.total > shown.hits.length && !shown.hasPhrases ? (
            <button
              type="button"
              className="button"
              onClick={() => setMore({ query: q, pages: pages + 1 })}
            >
              Show more results
            </button>
          ) : null}
        </section>
      ) : null}
    </div>
  )
})

function countLabel(total: number, approximate: boolean): string {
  if (approximate) return `${total} ${total === 1 ? 'result' : 'results'} shown`
  return `${total} ${total === 1 ? 'result' : 'results'}`
}

function EmptyQuery() {
  const recent = useRecentSearchesStore((s) => s.queries)
  return (
    <div className="search-empty">
      <p>
        Type in the search field above (press / to get there). Typos are fine; use quotes for a
        phrase.
      </p>
      {recent.length > 0 ? (
        <>
          <h2 className="search-empty__title">Recent searches</h2>
          <ul className="search-empty__recent">
            {recent.map((query) => (
              <li key={query}>
                <Link to="/search" search={{ q: query }}>
                  {query}
                </Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
