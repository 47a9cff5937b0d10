import { createFileRoute } from '@tanstack/react-router'
import { SearchResultsPage } from '@/features/search/components/search-results-page'
import { validateSearchPageParams } from '@/features/search/search-params'

export const Route = createFileRoute('/search')({
  validateSearch: validateSearchPageParams,
  component: SearchRoute,
})

function SearchRoute() {
  const { q, type } = Route.useSearch()
  return <SearchResultsPage q={q} type={type} />
}
