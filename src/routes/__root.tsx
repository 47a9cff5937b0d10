import { createRootRoute, Link, Outlet, useRouter } from '@tanstack/react-router'
import { lazy, Suspense, useEffect, useState } from 'react'
import { NotFoundView } from '@/features/reader/components/not-found-view'
import { RootLayout } from '@/features/reader/components/root-layout'
import { OfflineStatus } from '@/features/offline/components/offline-status'
import { SearchBox } from '@/features/search/components/search-box'
import { afterFirstView } from '@/lib/after-first-view'

export const Route = createRootRoute({
  component: Root,
  // Unknown paths render inside the layout, with links back.
  notFoundComponent: () => <NotFoundView />,
})

// Lazy, and only after the first page: the notices are rare, and their code is one more request.
const BookmarkNotices = lazy(() =>
  import('@/features/bookmarks/components/bookmark-notices').then((m) => ({
    default: m.BookmarkNotices,
  })),
)

const activeNavLink = { 'aria-current': 'page', className: 'is-active' } as const

function useAfterFirstView(): boolean {
  const router = useRouter()
  const [done, setDone] = useState(false)
  useEffect(() => afterFirstView(router, () => setDone(true)), [router])
  return done
}

function Root() {
  const afterFirstPage = useAfterFirstView()
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
      {/* Also runs recovery of damaged bookmark storage, so the reader is told at once. */}
      {afterFirstPage ? (
        <Suspense fallback={null}>
          <BookmarkNotices />
        </Suspense>
      ) : null}
      <Outlet />
    </RootLayout>
  )
}
