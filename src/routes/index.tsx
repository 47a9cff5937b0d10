import { createFileRoute } from '@tanstack/react-router'
import { renderBookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { FrontPage } from '@/features/reader/components/front-page'
import { loadFrontPage } from '@/features/reader/route-loaders'

export const Route = createFileRoute('/')({
  loader: () => loadFrontPage(),
  component: () => <FrontPage renderStoryActions={renderBookmarkToggle} />,
})
