import { createFileRoute } from '@tanstack/react-router'
import { BookmarksPage } from '@/features/bookmarks/components/bookmarks-page'
import { loadBookmarksPage, validateBookmarksSearch } from '@/features/bookmarks/route-loader'

export const Route = createFileRoute('/bookmarks')({
  validateSearch: validateBookmarksSearch,
  loader: () => loadBookmarksPage(),
  component: () => <BookmarksPage />,
})
