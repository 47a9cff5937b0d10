import { createFileRoute } from '@tanstack/react-router'
import { useCallback } from 'react'
import { TopicChips } from '@/components/ui/topic-chips'
import { useTopicSelection } from '@/components/ui/topic-filter'
import { topicTaxonomy } from '@/corpus/topics'
import {
  renderBookmarkToggle,
  type BookmarkStory,
} from '@/features/bookmarks/components/bookmark-toggle'
import { SearchResultsPage } from '@/features/search/components/search-results-page'
import { searchPageState } from '@/features/search/search-params'
import type { SearchHit } from '@/search/search-engine'
import type { SearchAnswer } from '@/search/search-protocol'

// No loader: the results need only the search index, which the page asks the search worker for.
// A hit knows enough of its story for the bookmark toggle, so a deep link to results never
// waits for the catalog (a megabyte at archive scale).
export const Route = createFileRoute('/search')({
  validateSearch: searchPageState,
  component: SearchRoute,
})

/** A story or take hit as the bookmark toggle needs it: a take bookmarks its story. */
function hitStory(hit: SearchHit): BookmarkStory | null {
  if (!hit.storyId) return null
  return { id: hit.storyId, issueId: hit.issueId, headline: hit.title, issueDate: hit.issueDate }
}

function renderHitActions(hit: SearchHit) {
  const story = hitStory(hit)
  return story ? renderBookmarkToggle(story) : null
}

function SearchRoute() {
  const { q, type } = Route.useSearch()
  const { selection, unknown, setSelection } = useTopicSelection()
  // The engine filters by topic before it pages and counts every match, so the chips' numbers
  // and "12 of 40 results" cover all results, not only those listed so far. With a quoted phrase
  // the counts are of documents holding its words, before the phrase itself is checked: the
  // chips still filter, but no "of" line claims a total.
  const renderToolbar = useCallback(
    (answer: SearchAnswer) => (
      <TopicChips
        topics={topicTaxonomy}
        counts={new Map(answer.topicCounts)}
        selection={selection}
        onChange={setSelection}
        unknown={unknown}
        label="Filter results by topic"
        shown={
          answer.hasPhrases
            ? undefined
            : { count: answer.total, total: answer.totalBeforeTopics, noun: 'results' }
        }
      />
    ),
    [selection, unknown, setSelection],
  )
  return (
    <SearchResultsPage
      q={q}
      type={type}
      topics={selection}
      renderToolbar={renderToolbar}
      renderHitActions={renderHitActions}
    />
  )
}
