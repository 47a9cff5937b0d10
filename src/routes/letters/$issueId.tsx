import { createFileRoute } from '@tanstack/react-router'
import { LetterPage } from '@/features/reader/components/letter-page'
import { NotFoundView } from '@/features/reader/components/not-found-view'
import { loadLetter } from '@/features/reader/route-loaders'

export const Route = createFileRoute('/letters/$issueId')({
  loader: ({ params }) => loadLetter(params.issueId),
  notFoundComponent: () => <NotFoundView thing="letter" />,
  component: LetterRoute,
})

function LetterRoute() {
  const { issueId } = Route.useParams()
  return <LetterPage issueId={issueId} />
}
