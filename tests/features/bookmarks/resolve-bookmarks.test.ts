import { describe, expect, it } from 'vitest'
import { resolveBookmarks, sortBookmarks } from '@/features/bookmarks/resolve-bookmarks'
import type { BookmarkRecord } from '@/lib/bookmark-records'
import { indexCatalog } from '@/stores/corpus-store'
import { topicCatalog } from '../topics/topic-fixture'

const record = (
  storyId: string,
  savedAt: number,
  issueDate: string | null = null,
): BookmarkRecord => ({
  storyId,
  issueId: 'old-issue',
  headline: `Saved: ${storyId}`,
  issueDate,
  savedAt,
  updatedAt: savedAt,
  removed: false,
})
const index = indexCatalog(topicCatalog)

describe('resolveBookmarks', () => {
  it('takes headline, issue date and topics from the corpus when the story is there', () => {
    const [b] = resolveBookmarks([record('de-facing-imagenet', 1)], index)
    expect(b).toMatchObject({
      headline: 'De-Facing ImageNet',
      issueDate: '2021-04-07',
      topics: ['vision', 'privacy'],
      available: true,
    })
  })

  it('keeps a bookmark whose story left the corpus, as unavailable, under its saved headline (§10)', () => {
    const [b] = resolveBookmarks([record('gone-story', 1, '2019-06-12')], index)
    expect(b).toMatchObject({
      headline: 'Saved: gone-story',
      issueDate: '2019-06-12',
      story: null,
      available: false,
      topics: [],
    })
  })

  it('does not call stories unavailable when the corpus could not be loaded', () => {
    expect(resolveBookmarks([record('de-facing-imagenet', 1)], null)[0]!.available).toBeNull()
  })
})

describe('sortBookmarks', () => {
  const list = resolveBookmarks(
    [
      record('de-facing-imagenet', 1),
      record('robots-in-the-warehouse', 3),
      record('gone-story', 2),
      record('speech-for-everyone', 4),
    ],
    index,
  )
  it('by date saved: newest save first', () => {
    expect(sortBookmarks(list, 'saved').map((b) => b.record.storyId)).toEqual([
      'speech-for-everyone',
      'robots-in-the-warehouse',
      'gone-story',
      'de-facing-imagenet',
    ])
  })

  it('by issue date: newest issue first, undated last', () => {
    expect(sortBookmarks(list, 'issue').map((b) => b.record.storyId)).toEqual([
      'de-facing-imagenet',
      'robots-in-the-warehouse',
      'speech-for-everyone',
      'gone-story',
    ])
  })
})
