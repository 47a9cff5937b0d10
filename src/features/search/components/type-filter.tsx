import { Link } from '@tanstack/react-router'
import { docTypes, type DocType } from '@/search/doc-source'
import type { SearchPageParams, SearchTypeFilter } from '../search-params'

const OPTIONS: { value: SearchTypeFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'story', label: 'Stories' },
  { value: 'letter', label: 'Letters' },
  { value: 'take', label: 'Takes' },
]

/** How many results each type chip leads to; All is their sum. */
function countFor(value: SearchTypeFilter, counts: Record<DocType, number>): number {
  return value === 'all' ? docTypes.reduce((sum, type) => sum + counts[type], 0) : counts[value]
}

/**
 * Type chips as links: the filter lives in the URL like the query, beside the topic chips. With
 * `counts` (none for a quoted phrase, whose counts are only upper bounds) each chip says how many
 * results it leads to; `countsPending` marks them as the previous query's while a new one runs.
 */
export function TypeFilter({
  query,
  current,
  counts,
  countsPending = false,
}: {
  query: string
  current: SearchTypeFilter
  counts?: Record<DocType, number>
  countsPending?: boolean
}) {
  return (
    <nav
      className={countsPending ? 'search-filter is-pending' : 'search-filter'}
      aria-label="Result type"
      aria-busy={countsPending || undefined}
    >
      <ul className="search-filter__list">
        {OPTIONS.map(({ value, label }) => {
          const count = counts ? countFor(value, counts) : null
          return (
            <li key={value}>
              <Link
                to="/search"
                search={(previous: SearchPageParams) => ({
                  ...previous,
                  q: query || undefined,
                  type: value === 'all' ? undefined : value,
                })}
                replace
                // The chip of the current type is the current page. Matched exactly, the router
                // marks no other: by default it also marked All, whose search is a part of every
                // other chip's.
                activeOptions={{ exact: true }}
                className={`chip${value === current ? ' is-active' : ''}`}
                aria-current={value === current ? 'page' : undefined}
                // The name starts with the visible label (voice control), then the count.
                aria-label={count === null ? undefined : `${label}, ${count}`}
              >
                {label}
                {count === null ? null : <span className="chip__count">{count}</span>}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
