import { Link } from '@tanstack/react-router'
import type { SearchPageParams, SearchTypeFilter } from '../search-params'

interface NoResultsProps {
  query: string
  type: SearchTypeFilter
  suggestions: readonly string[]
  onlyStopWords: boolean
}

/**
 * Says so plainly, then offers the nearest words that do occur in the archive. A suggestion
 * replaces only the query: the type and topic chips stay, as they do when the reader types.
 */
export function NoResults({ query, type, suggestions, onlyStopWords }: NoResultsProps) {
  return (
    <div className="search-empty" role="status">
      <p>
        {onlyStopWords ? (
          <>Those words are too common to search for. Try a more specific word.</>
        ) : (
          <>
            No results for <q>{query}</q>
            {type !== 'all' ? ' in this type; try All' : ''}.
          </>
        )}
      </p>
      {suggestions.length > 0 ? (
        <p className="search-empty__suggestions">
          Nearest words in the archive:{' '}
          {suggestions.map((word, i) => (
            <span key={word}>
              {i > 0 ? ', ' : null}
              <Link
                to="/search"
                search={(previous: SearchPageParams) => ({ ...previous, q: word })}
              >
                {word}
              </Link>
            </span>
          ))}
        </p>
      ) : null}
    </div>
  )
}
