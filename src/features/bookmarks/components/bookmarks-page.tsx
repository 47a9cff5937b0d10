// /bookmarks: saved stories, newest save first or by issue date, filterable by topic chips, with
// Undo after a removal, export/import, and any storage notices.
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useEffect, useMemo, useRef, useState } from 'react'
import { PageHeading } from '@/components/ui/page-heading'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import { TopicFilter } from '@/components/ui/topic-filter'
import type { BookmarkRecord } from '@/lib/bookmark-records'
import { activeBookmarks, getBookmarksStore, useBookmarksStore } from '@/stores/bookmarks-store'
import { useCorpusStore } from '@/stores/corpus-store'
import {
  resolveBookmarks,
  sortBookmarks,
  type BookmarkSort,
  type ResolvedBookmark,
} from '../resolve-bookmarks'
import { BookmarkListItem } from './bookmark-list-item'
import { BookmarkTransferControls } from './bookmark-transfer-controls'

const topicsOf = (b: ResolvedBookmark) => b.topics

export function BookmarksPage() {
  useDocumentTitle('Bookmarks')
  const entries = useBookmarksStore((s) => s.entries)
  const catalog = useCorpusStore((s) => s.catalog)
  const index = catalog.status === 'ready' ? catalog.data : null
  const { sort: rawSort } = useSearch({ strict: false }) as { sort?: unknown }
  const sort: BookmarkSort = rawSort === 'issue' ? 'issue' : 'saved'
  const navigate = useNavigate()
  const [removed, setRemoved] = useState<BookmarkRecord | null>(null)
  const undoRef = useRef<HTMLButtonElement>(null)

  const records = useMemo(() => activeBookmarks(entries), [entries])
  const resolved = useMemo(
    () => sortBookmarks(resolveBookmarks(records, index), sort),
    [records, index, sort],
  )

  const setSort = (next: BookmarkSort) =>
    void navigate({
      to: '.',
      search: ((prev: Record<string, unknown>) => ({
        ...prev,
        sort: next === 'issue' ? 'issue' : undefined,
      })) as never,
    })

  const remove = (bookmark: ResolvedBookmark) => {
    const record = bookmarkActions().remove(bookmark.record.storyId)
    setRemoved(record)
  }

  // The Remove button just pressed is gone; focus goes where the next useful action is.
  useEffect(() => {
    if (removed) undoRef.current?.focus()
  }, [removed])

  const undo = () => {
    if (removed) bookmarkActions().restore(removed)
    setRemoved(null)
  }

  const count = records.length
  return (
    <div className="page bookmarks-page">
      <PageHeading
        subtitle={
          <p>
            {count === 0
              ? 'No saved stories yet.'
              : `${count} saved ${count === 1 ? 'story' : 'stories'}, kept on this device.`}
          </p>
        }
      >
        Bookmarks
      </PageHeading>
      <div className="bookmarks-toolbar">
        <div className="bookmarks-sort" role="group" aria-label="Sort bookmarks">
          <span aria-hidden="true">Sort by</span>
          <button type="button" aria-pressed={sort === 'saved'} onClick={() => setSort('saved')}>
            Date saved
          </button>
          <button type="button" aria-pressed={sort === 'issue'} onClick={() => setSort('issue')}>
            Issue date
          </button>
        </div>
        <BookmarkTransferControls records={records} resolved={resolved} />
      </div>
      <div className="bookmarks-undo" role="status">
        {removed ? (
          <>
            <span>Removed “{removed.headline}”.</span>{' '}
            <button ref={undoRef} type="button" className="button" onClick={undo}>
              Undo
            </button>
          </>
        ) : null}
      </div>
      {count === 0 ? (
        <p className="empty-note">
          Use the bookmark button on any story (or press b on a story page) to keep it here.
        </p>
      ) : (
        <TopicFilter
          items={resolved}
          topicsOf={topicsOf}
          label="Filter bookmarks by topic"
          noun="bookmarks"
        >
          {(shown) =>
            shown.length === 0 ? (
              <p className="empty-note">No bookmarks match these topics.</p>
            ) : (
              <ol className="bookmark-list">
                {shown.map((b) => (
                  <BookmarkListItem key={b.record.storyId} bookmark={b} onRemove={remove} />
                ))}
              </ol>
            )
          }
        </TopicFilter>
      )}
    </div>
  )
}

/** Actions are read at call time, not subscribed to: they never change. */
function bookmarkActions() {
  return getBookmarksStore().getState()
}
