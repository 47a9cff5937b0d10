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
import type { TopicSelection } from '@/lib/topic-filter'
import type { SearchHit } from '@/search/search-engine'
import type { SearchAnswer } from '@/search/search-protocol'
import { useRecentSearchesStore } from '@/stores/recent-searches-store'
import { useSearchResults } from '../hooks/use-search-results'
import type { SearchPageParams } from '../search-params'
import { NoResults } from './no-results'
import { SearchResultItem } from './search-result-item'
import { TypeFilter } from './type-filter'
import '../search.css'

const PAGE_SIZE = 20

interface SearchResultsPageProps extends SearchPageParams {
  /** Only results about these topics: the engine filters before it pages, so none is missed. */
  topics?: TopicSelection
  /**
   * Shown above the results when there are any, or when the topics left none, given the answer
   * (its topic counts): lets the route add topic chips without this feature importing another.
   */
  renderToolbar?: (answer: SearchAnswer) => ReactNode
  /** Per-hit controls (e.g. a bookmark toggle). */
  renderHitActions?: (hit: SearchHit) => ReactNode
}

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
  topics,
  renderToolbar,
  renderHitActions,
}: SearchResultsPageProps) {
  const filter = type ?? 'all'
  // Keyed by query, type and topics: any other list starts again from the first page.
  const listKey = JSON.stringify([q, type ?? null, topics ?? null])
  const [more, setMore] = useState({ listKey, pages: 1 })
  const pages = more.listKey === listKey ? more.pages : 1
  const limit = PAGE_SIZE * pages
  const { answer, pending, error } = useSearchResults(q, type, limit, topics)
  const addRecentSearch = useRecentSearchesStore((s) => s.addRecentSearch)
  // Opening a result records the query typed so far; read through a ref, so the handler (and the
  // memoized rows that hold it) stay the same while the reader types.
  const latestQuery = useRef(q)
  useEffect(() => {
    latestQuery.current = q
  }, [q])
  const recordQuery = useCallback(() => addRecentSearch(latestQuery.current), [addRecentSearch])
  const shown = q.trim() ? answer : null
  // A phrase's missing words rule results out after the topic filter has counted them, so only
  // without phrases can an empty list be put down to the selected topics.
  const choosingTopics = (topics?.topics.length ?? 0) > 0
  const emptiedByTopics =
    !!shown && choosingTopics && !shown.hasPhrases && shown.totalBeforeTopics > 0
  useDocumentTitle(q ? `Search: ${q}` : 'Search')

  return (
    <div className="page search-page">
      <PageHeading
        subtitle={
          q ? (
            <TypeFilter
              query={q}
              current={filter}
              counts={shown && !shown.hasPhrases ? shown.typeCounts : undefined}
              countsPending={pending}
            />
          ) : null
        }
      >
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
      {shown && (shown.hits.length > 0 || emptiedByTopics) ? renderToolbar?.(shown) : null}
      {shown ? (
        <section
          aria-busy={pending}
          className={pending ? 'search-results is-pending' : 'search-results'}
        >
          <p className="search-results__count" role="status">
            {shown.hits.length > 0 ? countLabel(shown.total, shown.hasPhrases) : null}
          </p>
          {shown.hits.length === 0 && !pending ? (
            <NoResults query={q} type={filter} answer={shown} emptiedByTopics={emptiedByTopics} />
          ) : (
            <ol className="search-results__list" aria-label="Search results">
              {shown.hits.map((hit) => (
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
              onClick={() => setMore({ listKey, pages: pages + 1 })}
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
