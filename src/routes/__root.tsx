import { createRootRoute, Outlet } from '@tanstack/react-router'
import { NotFoundView } from '@/features/reader/components/not-found-view'
import { RootLayout } from '@/features/reader/components/root-layout'
import { SearchBox } from '@/features/search/components/search-box'

export const Route = createRootRoute({
  component: Root,
  // Unknown paths render inside the layout, with links back.
  notFoundComponent: () => <NotFoundView />,
})

function Root() {
  return (
    <RootLayout
      // SEARCH SLOT (issue 4): the search engineer's box.
      search={<SearchBox />}
      // EXTRA NAV SLOT (issue 5): <li> links to /topics and /bookmarks go here.
      extraNav={undefined}
      // NOTICES SLOT (issues 5, 6): offline status and bookmark storage notices go here.
      notices={undefined}
    >
      <Outlet />
    </RootLayout>
  )
}
