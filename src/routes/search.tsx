import { createFileRoute } from '@tanstack/react-router'
import { useCallback } from 'react'
import { useTopicListFilter } from '@/components/ui/topic-filter'
import { renderBookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { loadCatalog } from '@/features/reader/route-loaders'
import { SearchResultsPage } from '@/features/search/components/search-results-page'
import { validateSearchPageParams } from '@/features/search/search-params'
import { validateTopicSearch } from '@/lib/topic-filter'
import type { SearchHit } from '@/search/search-engine'
import { useCorpusIndex } from '@/stores/corpus-store'

export const Route = createFileRoute('/search')({
  validateSearch: (search: Record<string, unknown>) => ({
    ...validateSearchPageParams(search),
    ...validateTopicSearch(search),
  }),
  // The catalog gives each hit its topics (for the chips) and its story (for the bookmark).
  loader: () => loadCatalog(),
  component: SearchRoute,
})

function SearchRoute() {
  const { q, type } = Route.useSearch()
  const { storiesById, issuesById } = useCorpusIndex()
  const topicsOfHit = useCallback(
    (hit: SearchHit) =>
      hit.storyId
        ? (storiesById.get(hit.storyId)?.topics ?? [])
        : (issuesById.get(hit.issueId)?.letterTopics ?? []),
    [storiesById, issuesById],
  )
  const useResultFilter = useCallback(
    function useTopicChips(hits: readonly SearchHit[], total: number) {
      const { keeps, chips } = useTopicListFilter({
        items: hits,
        topicsOf: topicsOfHit,
        label: 'Filter results by topic',
        // The chips count and filter the results listed so far, which the count says when
        // more match than are listed ("20 results loaded" above "29 results").
        noun: hits.length < total ? 'results loaded' : 'results',
      })
      return { keep: keeps, toolbar: chips }
    },
    [topicsOfHit],
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
      useResultFilter={useResultFilter}
      renderHitActions={renderHitActions}
    />
  )
}
