// /bookmarks needs the catalog to link saved stories and spot missing ones, but bookmarks must
// show even when the corpus fails to load: the page then lists saved headlines as they are.
import { corpusStore } from '@/stores/corpus-store'
import { validateTopicSearch, type TopicSearch } from '@/lib/topic-filter'
import type { BookmarkSort } from './resolve-bookmarks'

export async function loadBookmarksPage(): Promise<void> {
  await corpusStore
    .getState()
    .ensureCatalog()
    .catch(() => undefined)
}

export type BookmarksSearch = TopicSearch & { sort?: Exclude<BookmarkSort, 'saved'> }

export function validateBookmarksSearch(search: Record<string, unknown>): BookmarksSearch {
  return {
    ...validateTopicSearch(search),
    ...(search.sort === 'issue' ? { sort: 'issue' as const } : {}),
  }
}
