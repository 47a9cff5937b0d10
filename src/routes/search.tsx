import { createFileRoute } from '@tanstack/react-router'
import { useCallback } from 'react'
import { TopicChips } from '@/components/ui/topic-chips'
import { useTopicSelection } from '@/components/ui/topic-filter'
import { topicTaxonomy } from '@/corpus/topics'
import { renderBookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { loadCatalog } from '@/features/reader/route-loaders'
import { SearchResultsPage } from '@/features/search/components/search-results-page'
import { searchPageState } from '@/features/search/search-params'
import type { SearchHit } from '@/search/search-engine'
import type { SearchAnswer } from '@/search/search-protocol'
import { useCorpusIndex } from '@/stores/corpus-store'

export const Route = createFileRoute('/search')({
  validateSearch: searchPageState,
  // The catalog gives each hit its story, for the bookmark toggle.
  loader: () => loadCatalog(),
  component: SearchRoute,
})

function SearchRoute() {
  const { q, type } = Route.useSearch()
  const { storiesById } = useCorpusIndex()
  const { selection, unknown, setSelection } = useTopicSelection()
  // The engine filters by topic before it pages and counts every match, so the chips' numbers
  // and "12 of 40 results" cover all results, not only those listed so far. With a quoted
  // phrase the counts are of documents holding its words, before the phrase itself is checked:
  // the chips still filter, but no "of" line claims a total.
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
  const renderHitActions = useCallback(
    (hit: SearchHit) => {
      const story = hit.storyId ? storiesById.get(hit.storyId) : undefined
      return story ? renderBookmarkToggle(story) : null
    },
    [storiesById],
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
