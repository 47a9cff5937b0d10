import { Link } from '@tanstack/react-router'
import type { SearchPageParams, SearchTypeFilter } from '../search-params'

const OPTIONS: { value: SearchTypeFilter; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'story', label: 'Stories' },
  { value: 'letter', label: 'Letters' },
  { value: 'take', label: 'Takes' },
]

/** Type chips as links: the filter lives in the URL like the query, beside the topic chips. */
export function TypeFilter({ query, current }: { query: string; current: SearchTypeFilter }) {
  return (
    <nav className="search-filter" aria-label="Result type">
      <ul className="search-filter__list">
        {OPTIONS.map(({ value, label }) => (
          <li key={value}>
            <Link
              to="/search"
              search={(previous: SearchPageParams) => ({
                ...previous,
                q: query || undefined,
                type: value === 'all' ? undefined : value,
              })}
              replace
              className={`chip${value === current ? ' is-active' : ''}`}
              aria-current={value === current ? 'true' : undefined}
            >
              {label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  )
}
