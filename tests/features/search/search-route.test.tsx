// @vitest-environment jsdom
// The real app's /search route: results come from the search index alone, so a deep link to them
// never waits for the catalog, and a hit's bookmark toggle saves its story with the hit's date.
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, it, vi } from 'vitest'
import { setSearchClient } from '@/search/search-client'
import { getBookmarksStore, resetBookmarksStore } from '@/stores/bookmarks-store'
import { seedSearch } from '../../search/seed-search'
import { renderApp } from '../../routes/render-app'
import { serveCorpus } from './search-test-app'

afterEach(() => {
  resetBookmarksStore()
  vi.unstubAllGlobals()
})

it('shows results with bookmark toggles without fetching the catalog', async () => {
  const user = userEvent.setup()
  setSearchClient(null)
  // The seed corpus's index and bodies; catalog.json answers 404, so a wait for it would fail.
  const { fetchMock } = renderApp('/search?q=imagenet', { fetch: serveCorpus })
  const list = await screen.findByRole('list', { name: 'Search results' }, { timeout: 10_000 })
  const [first] = seedSearch().engine.rank('imagenet', { type: 'story', limit: 1 }).hits
  const toggle = within(list).getAllByRole('button', { name: `Bookmark: ${first!.title}` })[0]!
  await user.click(toggle)
  expect(getBookmarksStore().getState().entries[first!.storyId!]).toMatchObject({
    issueId: first!.issueId,
    issueDate: first!.issueDate,
    headline: first!.title,
  })
  const requested = fetchMock.mock.calls.map(([url]) => String(url))
  expect(requested).toContain('/corpus/search-index.json')
  expect(requested).not.toContain('/corpus/catalog.json')
})
