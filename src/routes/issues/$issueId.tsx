import { createFileRoute } from '@tanstack/react-router'
import { useStoryTopicFilter } from '@/components/ui/topic-filter'
import { renderBookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { IssuePage } from '@/features/reader/components/issue-page'
import { NotFoundView } from '@/features/reader/components/not-found-view'
import { loadIssue } from '@/features/reader/route-loaders'
import { validateTopicSearch } from '@/lib/topic-filter'
import { useCorpusIndex } from '@/stores/corpus-store'

const noStories: never[] = []

export const Route = createFileRoute('/issues/$issueId')({
  validateSearch: validateTopicSearch,
  loader: ({ params }) => loadIssue(params.issueId),
  notFoundComponent: () => <NotFoundView thing="issue" />,
  component: IssueRoute,
})

function IssueRoute() {
  const { issueId } = Route.useParams()
  const stories = useCorpusIndex().storiesByIssue.get(issueId) ?? noStories
  const topics = useStoryTopicFilter(stories, 'Filter this issue’s stories by topic')
  return <IssuePage issueId={issueId} {...topics} renderStoryActions={renderBookmarkToggle} />
}
