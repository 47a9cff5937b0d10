// Joins saved bookmarks with the corpus: a story still in the corpus gets its current headline,
// issue date and topics; a story that left it stays, marked unavailable, under its saved headline.
import type { StorySummary } from '@/corpus/schema'
import type { BookmarkRecord } from '@/lib/bookmark-records'
import type { CorpusIndex } from '@/stores/corpus-store'

export interface ResolvedBookmark {
  record: BookmarkRecord
  /** The story as the corpus has it now; null when it is missing or the corpus is not loaded. */
  story: StorySummary | null
  headline: string
  issueDate: string | null
  topics: readonly string[]
  /** False when the corpus is loaded and lacks the story; null when the corpus could not be read. */
  available: boolean | null
}

export const bookmarkSorts = ['saved', 'issue'] as const
export type BookmarkSort = (typeof bookmarkSorts)[number]

export function resolveBookmarks(
  records: readonly BookmarkRecord[],
  index: CorpusIndex | null,
): ResolvedBookmark[] {
  return records.map((record) => {
    const story = index?.storiesById.get(record.storyId) ?? null
    const issueDate =
      (story ? index?.issuesById.get(story.issueId)?.date : null) ?? record.issueDate
    return {
      record,
      story,
      headline: story?.headline ?? record.headline,
      issueDate,
      topics: story?.topics ?? [],
      available: index ? story !== null : null,
    }
  })
}

const newestSave = (a: ResolvedBookmark, b: ResolvedBookmark) =>
  b.record.savedAt - a.record.savedAt || a.record.storyId.localeCompare(b.record.storyId)

/** Newest save first, or newest issue first (undated issues last, then by save). */
export function sortBookmarks(
  list: readonly ResolvedBookmark[],
  sort: BookmarkSort,
): ResolvedBookmark[] {
  if (sort === 'saved') return [...list].sort(newestSave)
  return [...list].sort((a, b) => {
    if (a.issueDate !== b.issueDate) {
      if (a.issueDate === null) return 1
      if (b.issueDate === null) return -1
      return a.issueDate < b.issueDate ? 1 : -1
    }
    return newestSave(a, b)
  })
}
