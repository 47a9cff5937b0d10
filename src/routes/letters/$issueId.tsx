import { createFileRoute } from '@tanstack/react-router'
import { useMemo } from 'react'
import { SearchMarks } from '@/components/ui/text-blocks'
import { LetterPage } from '@/features/reader/components/letter-page'
import { NotFoundView } from '@/features/reader/components/not-found-view'
import { loadLetter } from '@/features/reader/route-loaders'
import { highlightTermsFromParam, validateHighlightSearch } from '@/search/highlight'

export const Route = createFileRoute('/letters/$issueId')({
  validateSearch: validateHighlightSearch,
  loader: ({ params }) => loadLetter(params.issueId),
  notFoundComponent: () => <NotFoundView thing="letter" />,
  component: LetterRoute,
})

function LetterRoute() {
  const { issueId } = Route.useParams()
  const { hl } = Route.useSearch()
  const terms = useMemo(() => highlightTermsFromParam(hl), [hl])
  return (
    <SearchMarks terms={terms}>
      <LetterPage issueId={issueId} />
    </SearchMarks>
  )
}
