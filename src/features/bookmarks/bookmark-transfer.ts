// Export and import of bookmarks. Exports are a versioned JSON file (for import on another
// device) and a Markdown reading list (for people). Import is all-or-nothing: a file that does
// not validate changes nothing and says why.
import * as z from 'zod/mini'
import { bookmarkRecordSchema, recoverBookmarks, type BookmarkRecord } from '@/lib/bookmark-records'
import type { ResolvedBookmark } from './resolve-bookmarks'

export const EXPORT_FORMAT = 'batch-reader-bookmarks'

const exportedBookmarkSchema = z.object({
  storyId: z.string().check(z.minLength(1)),
  issueId: z.string().check(z.minLength(1)),
  headline: z.string(),
  issueDate: z._default(z.nullable(z.string()), null),
  savedAt: z.iso.datetime({ offset: true }),
})

const exportFileSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(1),
  exportedAt: z.optional(z.string()),
  bookmarks: z.array(exportedBookmarkSchema),
})

export function exportJson(records: readonly BookmarkRecord[], now: number): string {
  const file: z.input<typeof exportFileSchema> = {
    format: EXPORT_FORMAT,
    version: 1,
    exportedAt: new Date(now).toISOString(),
    bookmarks: records.map((r) => ({
      storyId: r.storyId,
      issueId: r.issueId,
      headline: r.headline,
      issueDate: r.issueDate,
      savedAt: new Date(r.savedAt).toISOString(),
    })),
  }
  return `${JSON.stringify(file, null, 2)}\n`
}

/** Markdown link text must not close the brackets early or start markup. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\[\]*_`<>]/g, (c) => `\\${c}`)
}

/** A reading list: one line per story, linking to it in this app (absolute, so it works when pasted). */
export function exportMarkdown(list: readonly ResolvedBookmark[], appUrl: string): string {
  const base = appUrl.replace(/\/?$/, '/')
  const lines = list.map((b) => {
    const title = escapeMarkdown(b.headline)
    const date = b.issueDate ? ` (The Batch, ${b.issueDate})` : ''
    const link =
      b.available === false
        ? title
        : `[${title}](${base}stories/${encodeURIComponent(b.record.storyId)})`
    return `- ${link}${date}${b.available === false ? ' (no longer in the archive)' : ''}`
  })
  return `# Reading list\n\n${lines.length > 0 ? lines.join('\n') : '_No saved stories._'}\n`
}

export type ImportOutcome = { ok: true; records: BookmarkRecord[] } | { ok: false; message: string }

/** Largest file read: an export of ten thousand bookmarks is under 3 MB. */
export const MAX_IMPORT_BYTES = 5_000_000

/**
 * Reads an exported file; also accepts a copy of the stored value (for example the backup the
 * app keeps when stored data is damaged), so a reader can restore from it.
 */
export function parseImport(text: string): ImportOutcome {
  if (text.length > MAX_IMPORT_BYTES)
    return { ok: false, message: 'This file is too large to be a bookmarks export.' }
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return { ok: false, message: 'This file is not valid JSON, so nothing was imported.' }
  }
  const exported = exportFileSchema.safeParse(json)
  if (exported.success) {
    return {
      ok: true,
      records: exported.data.bookmarks.map((b) => {
        const at = Date.parse(b.savedAt)
        return { ...b, savedAt: at, updatedAt: at, removed: false }
      }),
    }
  }
  if (json !== null && typeof json === 'object' && 'state' in json && 'version' in json) {
    const stored = recoverBookmarks(text)
    if (!stored.problem) {
      const records = Object.values(stored.data.entries).filter((r) => !r.removed)
      return { ok: true, records: records.map((r) => bookmarkRecordSchema.parse(r)) }
    }
    return { ok: false, message: 'This stored copy is damaged, so nothing was imported.' }
  }
  const issue = exported.error.issues[0]
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : ''
  return {
    ok: false,
    message: `This is not a Batch Reader bookmarks export${where}, so nothing was imported.`,
  }
}
