import { Link } from '@tanstack/react-router'
import { memo, type ReactNode } from 'react'
import { IssueDate } from '@/components/ui/issue-date'
import type { SearchHit } from '@/search/search-engine'
import { resultLink } from '../result-link'
import { MarkedText } from './marked-text'

const TYPE_LABELS = { story: 'Story', letter: 'Letter', take: 'We’re thinking' } as const

interface SearchResultItemProps {
  hit: SearchHit
  words: readonly string[]
  onOpen: () => void
  /** Controls for the hit (e.g. a bookmark toggle), shown after the title. */
  renderActions?: (hit: SearchHit) => ReactNode
}

/**
 * One result. Memoized: every keystroke re-renders the results page while the next answer is on
 * its way, and the rows of the answer on screen have not changed.
 */
export const SearchResultItem = memo(function SearchResultItem({
  hit,
  words,
  onOpen,
  renderActions,
}: SearchResultItemProps) {
  const link = resultLink(hit, words)
  const actions = renderActions?.(hit)
  return (
    <li className={`search-result search-result--${hit.type}`}>
      <p className="search-result__meta">
        <span className="search-result__type">{TYPE_LABELS[hit.type]}</span>
        <span aria-hidden="true"> · </span>
        <IssueDate date={hit.issueDate} />
      </p>
      <h2 className="search-result__title">
        {/* `search` goes in as a variable: routes that do not declare `hl` yet still accept it. */}
        <Link {...link} onClick={onOpen}>
          {hit.title}
        </Link>
      </h2>
      {actions ? <div className="search-result__actions">{actions}</div> : null}
      {hit.snippet && hit.snippet.length > 0 ? (
        <p className="search-result__snippet">
          <MarkedText parts={hit.snippet} />
        </p>
      ) : null}
    </li>
  )
})
