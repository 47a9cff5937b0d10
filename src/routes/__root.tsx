import { createRootRoute, Link, Outlet } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { NotFoundView } from '@/features/reader/components/not-found-view'
import { RootLayout } from '@/features/reader/components/root-layout'
import { OfflineStatus } from '@/features/offline/components/offline-status'
import { SearchBox } from '@/features/search/components/search-box'

export const Route = createRootRoute({
  component: Root,
  // Unknown paths render inside the layout, with links back.
  notFoundComponent: () => <NotFoundView />,
})

// Lazy: the bookmarks store and its validators load just after the first paint.
const BookmarkNotices = lazy(() =>
  import('@/features/bookmarks/components/bookmark-notices').then((m) => ({
    default: m.BookmarkNotices,
  })),
)

const activeNavLink = { 'aria-current': 'page', className: 'is-active' } as const

function Root() {
  return (
    <RootLayout
      // SEARCH SLOT (issue 4): the search engineer's box.
      search={<SearchBox />}
      extraNav={
        <>
          <li>
            <Link to="/topics" className="site-nav__link" activeProps={activeNavLink}>
              Topics
            </Link>
          </li>
          <li>
            <Link to="/bookmarks" className="site-nav__link" activeProps={activeNavLink}>
              Bookmarks
            </Link>
          </li>
        </>
      }
      notices={<OfflineStatus />}
    >
      {/* Also runs recovery of damaged bookmark storage at start, so the reader is told at once. */}
      <Suspense fallback={null}>
        <BookmarkNotices />
      </Suspense>
      <Outlet />
    </RootLayout>
  )
}
