// Tells the reader when their bookmarks are at risk: stored data that could not all be read
// (and where the copy is), or storage that refuses to save. Renders nothing when all is well.
import { getBookmarksStore, useBookmarksStore } from '@/stores/bookmarks-store'
import { downloadText } from '../download'

function downloadBackup(key: string) {
  let raw: string | null = null
  try {
    raw = globalThis.localStorage.getItem(key)
  } catch {
    raw = null
  }
  if (raw !== null) downloadText('batch-reader-bookmarks-damaged.json', raw, 'application/json')
}

export function BookmarkNotices() {
  const recovery = useBookmarksStore((s) => s.recovery)
  const notPersisted = useBookmarksStore((s) => s.notPersisted)
  if (!recovery && !notPersisted) return null
  return (
    <div className="bookmark-notices">
      {recovery ? (
        <div className="bookmark-notice" role="alert" data-notice="recovered">
          <p>
            <strong>Some saved bookmarks could not be read.</strong>{' '}
            {recovery.kept > 0 ? `${recovery.kept} were recovered. ` : 'None could be recovered. '}
            {recovery.backupKey
              ? 'A copy of the stored data was kept in this browser, so nothing was thrown away.'
              : 'The stored data is left untouched, and new changes will not be saved until it can be copied.'}
          </p>
          <p className="bookmark-notice__actions">
            {recovery.backupKey ? (
              <button
                type="button"
                className="button"
                onClick={() => downloadBackup(recovery.backupKey!)}
              >
                Download the copy
              </button>
            ) : null}
            <button
              type="button"
              className="button"
              onClick={() => getBookmarksStore().getState().dismissRecovery()}
            >
              Dismiss
            </button>
          </p>
        </div>
      ) : null}
      {notPersisted ? (
        <div className="bookmark-notice" role="status" data-notice="not-persisted">
          <p>
            <strong>Bookmarks are not being saved on this device.</strong> This browser is refusing
            to store them (storage may be full or turned off). They will stay while this tab is
            open; export them to keep them.
          </p>
        </div>
      ) : null}
    </div>
  )
}
