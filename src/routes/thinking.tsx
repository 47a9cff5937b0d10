import { createFileRoute } from '@tanstack/react-router'
import { useStoryTopicFilter } from '@/components/ui/topic-filter'
import { renderBookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { ThinkingFeed } from '@/features/reader/components/thinking-feed'
import { loadCatalog } from '@/features/reader/route-loaders'
import { validateTopicSearch } from '@/lib/topic-filter'
import { useCorpusIndex } from '@/stores/corpus-store'

export const Route = createFileRoute('/thinking')({
  validateSearch: validateTopicSearch,
  loader: () => loadCatalog(),
  component: ThinkingRoute,
})

function ThinkingRoute() {
  const { takes } = useCorpusIndex()
  const topics = useStoryTopicFilter(takes, 'Filter takes by topic', 'takes')
  return <ThinkingFeed {...topics} renderStoryActions={renderBookmarkToggle} />
}
