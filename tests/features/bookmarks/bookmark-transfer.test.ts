import { describe, expect, it } from 'vitest'
import { exportJson, exportMarkdown, parseImport } from '@/features/bookmarks/bookmark-transfer'
import { resolveBookmarks } from '@/features/bookmarks/resolve-bookmarks'
import { serializeBookmarks, type BookmarkRecord } from '@/lib/bookmark-records'
import { indexCatalog } from '@/stores/corpus-store'
import { topicCatalog } from '../topics/topic-fixture'

const records: BookmarkRecord[] = [
  {
    storyId: 'de-facing-imagenet',
    issueId: '2021-04-07',
    headline: 'De-Facing ImageNet',
    issueDate: '2021-04-07',
    savedAt: Date.UTC(2021, 3, 8),
    updatedAt: Date.UTC(2021, 3, 8),
    removed: false,
  },
  {
    storyId: 'gone-story',
    issueId: 'x',
    headline: 'A [weird] *title*',
    issueDate: null,
    savedAt: Date.UTC(2021, 3, 9),
    updatedAt: Date.UTC(2021, 3, 9),
    removed: false,
  },
]

describe('export and import', () => {
  it('a JSON export imports back to the same bookmarks', () => {
    const outcome = parseImport(exportJson(records, Date.UTC(2026, 0, 1)))
    expect(outcome).toEqual({ ok: true, records })
  })

  it('the Markdown reading list links available stories and escapes headlines', () => {
    const md = exportMarkdown(
      resolveBookmarks(records, indexCatalog(topicCatalog)),
      'https://example.org/reader',
    )
    expect(md).toBe(
      '# Reading list\n\n' +
        '- [De-Facing ImageNet](https://example.org/reader/stories/de-facing-imagenet) (The Batch, 2021-04-07)\n' +
        '- A \\[weird\\] \\*title\\* (no longer in the archive)\n',
    )
  })

  it('accepts a copy of the stored value, such as the backup of damaged storage', () => {
    const outcome = parseImport(
      serializeBookmarks({ entries: { 'de-facing-imagenet': records[0]! } }),
    )
    expect(outcome).toEqual({ ok: true, records: [records[0]] })
  })

  it.each([
    ['not JSON', '{"format":', /not valid JSON/],
    ['another app’s JSON', '{"hello":"world"}', /not a Batch Reader bookmarks export/],
    [
      'an export with a broken bookmark',
      JSON.stringify({
        format: 'batch-reader-bookmarks',
        version: 1,
        bookmarks: [{ storyId: 'a' }],
      }),
      /at bookmarks\.0/,
    ],
    ['a damaged stored copy', '{"state":{"entries":{"a":{"storyId":"a"}}},"version":3}', /damaged/],
  ])('rejects %s with a clear message', (_label, text, message) => {
    const outcome = parseImport(text)
    expect(outcome.ok).toBe(false)
    if (!outcome.ok) expect(outcome.message).toMatch(message)
  })
})
