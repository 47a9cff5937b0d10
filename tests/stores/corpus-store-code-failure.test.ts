// A deploy or a dropped connection can leave the app unable to fetch one of its own lazily loaded
// chunks. The reader should then hear that the app's code did not load, not that a file broke.
import { afterEach, expect, it, vi } from 'vitest'
import { fixtureResponse } from '../fixtures/corpus-fixture'

afterEach(() => {
  vi.doUnmock('@/corpus/list-validators')
  vi.resetModules()
})

it('blames the app’s code, not the corpus file, when the validators cannot be loaded', async () => {
  vi.resetModules()
  vi.doMock('@/corpus/list-validators', () => {
    throw new TypeError('Failed to fetch dynamically imported module: /assets/list-validators.js')
  })
  const { createCorpusStore } = await import('@/stores/corpus-store')
  const store = createCorpusStore({ fetch: async (url) => fixtureResponse(url), baseUrl: '/' })
  const codeMissing = {
    kind: 'network',
    message: expect.stringMatching(/^Could not load the part of the app that reads this file/),
  }
  // The catalog is read a line at a time by that code; the front page is checked by it.
  await expect(store.getState().ensureCatalog()).rejects.toMatchObject({
    ...codeMissing,
    url: '/corpus/catalog.json',
  })
  await expect(store.getState().ensureFrontPage()).rejects.toMatchObject(codeMissing)
  const state = store.getState().catalog
  expect(state.status === 'error' && state.error.message).not.toMatch(/broke off/)
})
