// A small router around the search feature (header box + /search page + stub reader routes),
// with fetch serving the compiled seed corpus and its index, as the real app would.
import {
  createMemoryHistory,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  RouterProvider,
} from '@tanstack/react-router'
import { render } from '@testing-library/react'
import { vi } from 'vitest'
import { corpusPaths } from '@/corpus/schema'
import { SearchBox } from '@/features/search/components/search-box'
import { useTopicSelection } from '@/components/ui/topic-filter'
import { SearchResultsPage } from '@/features/search/components/search-results-page'
import { searchPageState } from '@/features/search/search-params'
import { buildSearchIndex } from '@/search/build-index'
import { setSearchClient } from '@/search/search-client'
import { useRecentSearchesStore } from '@/stores/recent-searches-store'
import { compileSeedBodies } from '../../search/seed-search'

const bodies = compileSeedBodies()
const files = new Map<string, unknown>([
  [`/${corpusPaths.searchIndex}`, buildSearchIndex(bodies)],
  ...bodies.map((body) => [`/${corpusPaths.issueBody(body.issue.id)}`, body] as const),
])

export function serveCorpus(url: string): Response {
  const path = new URL(url, 'http://localhost').pathname
  const json = files.get(path)
  return json === undefined
    ? new Response('not found', { status: 404 })
    : new Response(JSON.stringify(json), { status: 200 })
}

function buildRouter(url: string) {
  const root = createRootRoute({
    component: () => (
      <>
        <header>
          <SearchBox />
        </header>
        <main>
          <Outlet />
        </main>
      </>
    ),
  })
  const home = createRoute({
    getParentRoute: () => root,
    path: '/',
    component: () => <p>Front page</p>,
  })
  const search = createRoute({
    getParentRoute: () => root,
    path: '/search',
    validateSearch: searchPageState,
    component: function SearchRoute() {
      const { q, type } = search.useSearch()
      const { selection } = useTopicSelection()
      return <SearchResultsPage q={q} type={type} topics={selection} />
    },
  })
  const story = createRoute({
    getParentRoute: () => root,
    path: '/stories/$storyId',
    component: () => <p>Story page</p>,
  })
  const letter = createRoute({
    getParentRoute: () => root,
    path: '/letters/$issueId',
    component: () => <p>Letter page</p>,
  })
  return createRouter({
    routeTree: root.addChildren([home, search, story, letter]),
    history: createMemoryHistory({ initialEntries: [url] }),
  })
}

export function renderSearchApp(
  url = '/',
  options: { fetch?: (url: string) => Response | Promise<Response> } = {},
) {
  const handler = options.fetch ?? serveCorpus
  // jsdom has no Worker, so the client searches on the main thread through the stubbed fetch.
  setSearchClient(null)
  useRecentSearchesStore.setState({ queries: [] })
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL) => handler(String(input))),
  )
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
  const router = buildRouter(url)
  return { ...render(<RouterProvider router={router as never} />), router }
}
