import { createFileRoute } from '@tanstack/react-router'
import { IssuePage } from '@/features/reader/components/issue-page'
import { NotFoundView } from '@/features/reader/components/not-found-view'
import { loadIssue } from '@/features/reader/route-loaders'

export const Route = createFileRoute('/issues/$issueId')({
  loader: ({ params }) => loadIssue(params.issueId),
  notFoundComponent: () => <NotFoundView thing="issue" />,
  component: IssueRoute,
})

function IssueRoute() {
  const { issueId } = Route.useParams()
  return <IssuePage issueId={issueId} />
}
