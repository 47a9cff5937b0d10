// Export (JSON for another device, Markdown for people) and import (JSON, merged, all-or-nothing).
import { useId, useState, type ChangeEvent } from 'react'
import type { BookmarkRecord } from '@/lib/bookmark-records'
import { getBookmarksStore } from '@/stores/bookmarks-store'
import { exportJson, exportMarkdown, parseImport } from '../bookmark-transfer'
import { downloadText } from '../download'
import type { ResolvedBookmark } from '../resolve-bookmarks'

type Message = { kind: 'ok' | 'error'; text: string } | null

/** FileReader rather than Blob.text(): it is older, so it also works in older browsers and jsdom. */
function readText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(String(reader.result))
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'))
    reader.readAsText(file)
  })
}

function appUrl(): string {
  return new URL(import.meta.env.BASE_URL, window.location.origin).href
}

export function BookmarkTransferControls({
  records,
  resolved,
}: {
  records: readonly BookmarkRecord[]
  resolved: readonly ResolvedBookmark[]
}) {
  const inputId = useId()
  const [message, setMessage] = useState<Message>(null)
  const stamp = () => new Date().toISOString().slice(0, 10)

  async function onImport(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    // Cleared so choosing the same file again still fires a change.
    input.value = ''
    if (!file) return
    let text: string
    try {
      text = await readText(file)
    } catch {
      setMessage({
        kind: 'error',
        text: `${file.name}: the file could not be read, so nothing was imported.`,
      })
      return
    }
    const outcome = parseImport(text)
    if (!outcome.ok) {
      setMessage({ kind: 'error', text: `${file.name}: ${outcome.message}` })
      return
    }
    const { added, alreadySaved } = getBookmarksStore().getState().importRecords(outcome.records)
    const already =
      alreadySaved > 0
        ? ` ${alreadySaved} ${alreadySaved === 1 ? 'was' : 'were'} already saved.`
        : ''
    setMessage({
      kind: 'ok',
      text: `Imported ${added} ${added === 1 ? 'bookmark' : 'bookmarks'}.${already}`,
    })
  }

  return (
    <div className="bookmark-transfer">
      <button
        type="button"
        className="button"
        disabled={records.length === 0}
        onClick={() =>
          downloadText(
            `batch-bookmarks-${stamp()}.json`,
            exportJson(records, Date.now()),
            'application/json',
          )
        }
      >
        Export JSON
      </button>
      <button
        type="button"
        className="button"
        disabled={resolved.length === 0}
        onClick={() =>
          downloadText(
            `batch-reading-list-${stamp()}.md`,
            exportMarkdown(resolved, appUrl()),
            'text/markdown',
          )
        }
      >
        Export reading list (Markdown)
      </button>
      <input
        id={inputId}
        className="bookmark-transfer__file"
        type="file"
        accept="application/json,.json"
        onChange={(e) => void onImport(e)}
      />
      <label htmlFor={inputId} className="button">
        Import JSON…
      </label>
      {message ? (
        <p
          className={`bookmark-transfer__message bookmark-transfer__message--${message.kind}`}
          role={message.kind === 'error' ? 'alert' : 'status'}
        >
          {message.text}
        </p>
      ) : null}
    </div>
  )
}
