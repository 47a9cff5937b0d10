import { createFileRoute } from '@tanstack/react-router'
import { useStoryTopicFilter } from '@/components/ui/topic-filter'
import { IssueArchive } from '@/features/reader/components/issue-archive'
import { loadCatalog } from '@/features/reader/route-loaders'
import { validateTopicSearch } from '@/lib/topic-filter'
import { useCorpusIndex } from '@/stores/corpus-store'

export const Route = createFileRoute('/issues/')({
  validateSearch: validateTopicSearch,
  loader: () => loadCatalog(),
  component: ArchiveRoute,
})

function ArchiveRoute() {
  const { catalog } = useCorpusIndex()
  return <IssueArchive {...useStoryTopicFilter(catalog.stories, 'Filter the archive by topic')} />
}
