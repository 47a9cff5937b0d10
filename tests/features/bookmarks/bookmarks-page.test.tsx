// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportJson } from '@/features/bookmarks/bookmark-transfer'
import { serializeBookmarks, type BookmarkRecord } from '@/lib/bookmark-records'
import {
  BOOKMARKS_STORAGE_KEY,
  getBookmarksStore,
  resetBookmarksStore,
} from '@/stores/bookmarks-store'
import { renderApp } from '../../routes/render-app'
import { topicFixtureResponse } from '../topics/topic-fixture'

const record = (
  storyId: string,
  headline: string,
  savedAt: number,
  issueDate: string | null = null,
): BookmarkRecord => ({
  storyId,
  issueId: 'some-issue',
  headline,
  issueDate,
  savedAt,
  updatedAt: savedAt,
  removed: false,
})
const saved = [
  record('de-facing-imagenet', 'De-Facing ImageNet', Date.UTC(2026, 0, 1)),
  record('speech-for-everyone', 'Speech for Everyone', Date.UTC(2026, 0, 3)),
  record('story-since-removed', 'A Story Since Removed', Date.UTC(2026, 0, 2), '2019-06-12'),
  record('cancer-in-the-crosshairs', 'Cancer in the Crosshairs', Date.UTC(2025, 11, 1)),
]

function seed(records: BookmarkRecord[]) {
  localStorage.setItem(
    BOOKMARKS_STORAGE_KEY,
    serializeBookmarks({ entries: Object.fromEntries(records.map((r) => [r.storyId, r])) }),
  )
}
const listedHeadlines = () =>
  screen
    .getAllByRole('listitem')
    .filter((li) => li.dataset.bookmark)
    .map((li) => within(li).getByRole('heading').textContent)

beforeEach(() => {
  localStorage.clear()
  resetBookmarksStore()
})
afterEach(() => resetBookmarksStore())

async function openBookmarks(url = '/bookmarks') {
  const app = renderApp(url, { fetch: topicFixtureResponse })
  // Generous: the first render pays for loading the app's modules, slow on a busy machine.
  await screen.findByRole('heading', { level: 1, name: 'Bookmarks' }, { timeout: 10_000 })
  return app
}

describe('/bookmarks', () => {
  it('lists saved stories newest save first, with the date saved; a story gone from the corpus stays, marked unavailable', async () => {
    seed(saved)
    await openBookmarks()
    expect(document.title).toBe('Bookmarks · Batch Reader')
    expect(listedHeadlines()).toEqual([
      'Speech for Everyone',
      'A Story Since Removed',
      'De-Facing ImageNet',
      'Cancer in the Crosshairs',
    ])
    const gone = screen.getByText('A Story Since Removed').closest('li')!
    expect(gone).toHaveTextContent(/Unavailable/)
    expect(within(gone).queryByRole('link')).toBeNull()
    expect(within(gone).getByText(/Saved/)).toHaveTextContent('Saved Jan 2, 2026')
    expect(screen.getByRole('link', { name: 'De-Facing ImageNet' })).toHaveAttribute(
      'href',
      '/stories/de-facing-imagenet',
    )
  })

  it('sorts by issue date through the URL, and Back restores the order', async () => {
    seed(saved)
    const user = userEvent.setup()
    const { router } = await openBookmarks()
    await user.click(screen.getByRole('button', { name: 'Issue date' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ sort: 'issue' }))
    expect(listedHeadlines()).toEqual([
      'De-Facing ImageNet',
      'Cancer in the Crosshairs',
      'A Story Since Removed',
      'Speech for Everyone',
    ])
    act(() => router.history.back())
    await waitFor(() => expect(listedHeadlines()[0]).toBe('Speech for Everyone'))
  })

  it('filters by topic chips kept in the URL; unknown topics in a link are ignored quietly', async () => {
    seed(saved)
    const user = userEvent.setup()
    const { router } = await openBookmarks('/bookmarks?topics=health,astrology')
    expect(listedHeadlines()).toEqual(['Cancer in the Crosshairs'])
    expect(screen.getByText(/does not know: astrology/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Privacy, 1' }))
    await waitFor(() => expect(router.state.location.search).toEqual({ topics: 'health,privacy' }))
    expect(listedHeadlines()).toEqual(['De-Facing ImageNet', 'Cancer in the Crosshairs'])
    act(() => router.history.back())
    await waitFor(() => expect(listedHeadlines()).toEqual(['Cancer in the Crosshairs']))
  })

  it('removing offers Undo, which brings the bookmark back with its save date', async () => {
    seed(saved)
    const user = userEvent.setup()
    await openBookmarks()
    await user.click(screen.getByRole('button', { name: 'Remove bookmark: De-Facing ImageNet' }))
    expect(listedHeadlines()).not.toContain('De-Facing ImageNet')
    expect(screen.getByText('Removed “De-Facing ImageNet”.')).toBeInTheDocument()
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus()
    await user.click(screen.getByRole('button', { name: 'Undo' }))
    expect(listedHeadlines()).toContain('De-Facing ImageNet')
    expect(getBookmarksStore().getState().entries['de-facing-imagenet']!.savedAt).toBe(
      Date.UTC(2026, 0, 1),
    )
  })

  it('imports an export, merging and deduplicating; an invalid file is rejected with a message and changes nothing', async () => {
    seed(saved.slice(0, 1))
    const user = userEvent.setup()
    const { container } = await openBookmarks()
    const input = container.querySelector<HTMLInputElement>('input[type=file]')!

    const before = localStorage.getItem(BOOKMARKS_STORAGE_KEY)
    await user.upload(
      input,
      new File(['{"format": "nope"'], 'broken.json', { type: 'application/json' }),
    )
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'broken.json: This file is not valid JSON, so nothing was imported.',
    )
    expect(localStorage.getItem(BOOKMARKS_STORAGE_KEY)).toBe(before)

    const file = new File([exportJson(saved.slice(0, 2), Date.now())], 'export.json', {
      type: 'application/json',
    })
    await user.upload(input, file)
    expect(await screen.findByText('Imported 1 bookmark. 1 was already saved.')).toBeInTheDocument()
    expect(listedHeadlines()).toEqual(['Speech for Everyone', 'De-Facing ImageNet'])
  })

  it('damaged storage: the page still loads, the copy is kept, and the reader is told', async () => {
    localStorage.setItem(BOOKMARKS_STORAGE_KEY, '{"state":{"entries":')
    await openBookmarks()
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Some saved bookmarks could not be read',
    )
    const backups = Object.keys(localStorage).filter((k) =>
      k.startsWith(`${BOOKMARKS_STORAGE_KEY}:backup:`),
    )
    expect(backups.map((k) => localStorage.getItem(k))).toEqual(['{"state":{"entries":'])
    expect(screen.getByText('No saved stories yet.')).toBeInTheDocument()
  })
})
