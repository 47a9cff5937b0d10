import { Link } from '@tanstack/react-router'
import { docTypes, type DocType } from '@/search/doc-source'
import { countLabel } from '@/lib/neighbours'
import type { SearchAnswer } from '@/search/search-protocol'
import type { SearchPageParams, SearchTypeFilter } from '../search-params'

interface NoResultsProps {
  query: string
  type: SearchTypeFilter
  /** The empty answer: its counts say where the words are, if anywhere. */
  answer: SearchAnswer
  /** The selected topics, not the words, left nothing (the topic chips are shown above). */
  emptiedByTopics: boolean
}

const NOUNS: Record<DocType, [singular: string, plural: string]> = {
  story: ['story', 'stories'],
  letter: ['letter', 'letters'],
  take: ['take', 'takes'],
}

/**
 * These links lead elsewhere from this page. Matched exactly, the router does not mark them as
 * the current page, as it would by default: their search is a part of the current one.
 */
const NEVER_THIS_PAGE = { exact: true } as const

/**
 * "3 letters and 1 take do", "1 letter does": the other types that hold matches, or null when
 * none does.
 */
function elsewhere(type: DocType, counts: Record<DocType, number>): string | null {
  const others = docTypes.filter((other) => other !== type && counts[other] > 0)
  if (others.length === 0) return null
  const verb = others.length === 1 && counts[others[0]!] === 1 ? 'does' : 'do'
  return `${others.map((other) => countLabel(counts[other], ...NOUNS[other])).join(' and ')} ${verb}`
}

/**
 * Why a search shows nothing, said plainly: the selected topics, or where the words are when the
 * type and topics hid them: in another type (with a
 * way there), or only outside the chosen type and topics (with a way to search everything).
 * When the words are nowhere, the nearest words that do occur in the archive. A link replaces
 * only what it is about; the other filters stay, as they do when the reader types. With a quoted
 * phrase the counts are of documents holding its words, not the phrase, so nothing is promised.
 */
export function NoResults({ query, type, answer, emptiedByTopics }: NoResultsProps) {
  const { suggestions, onlyStopWords, typeCounts, totalEverywhere, hasPhrases } = answer
  if (emptiedByTopics)
    return (
      <p className="search-empty" role="status">
        {answer.totalBeforeTopics === 1
          ? 'The only result is not about the selected topics.'
          : `None of the ${answer.totalBeforeTopics} results is about the selected topics.`}
      </p>
    )
  const filtered = type !== 'all' && !hasPhrases && !onlyStopWords
  const heldElsewhere = filtered ? elsewhere(type, typeCounts) : null
  return (
    <div className="search-empty" role="status">
      <p>
        {onlyStopWords ? (
          <>Those words are too common to search for. Try a more specific word.</>
        ) : filtered && heldElsewhere ? (
          <>
            No {NOUNS[type][1]} match <q>{query}</q>; {heldElsewhere}.{' '}
            <Link
              to="/search"
              search={(previous: SearchPageParams) => ({ ...previous, type: undefined })}
              activeOptions={NEVER_THIS_PAGE}
            >
              Show every type
            </Link>
          </>
        ) : filtered && totalEverywhere > 0 ? (
          <>
            No {NOUNS[type][1]} match <q>{query}</q>, nor anything about the selected topics.{' '}
            <Link
              to="/search"
              search={(previous: SearchPageParams) => ({ q: previous.q })}
              activeOptions={NEVER_THIS_PAGE}
            >
              Search every type and topic
            </Link>
          </>
        ) : (
          <>
            No results for <q>{query}</q>.
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
                activeOptions={NEVER_THIS_PAGE}
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
