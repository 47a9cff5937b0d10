// @vitest-environment jsdom
// Recent searches: newest first, distinct, capped, and never trusting what storage hands back.
import { beforeEach, describe, expect, it } from 'vitest'
import {
  MAX_RECENT_SEARCHES,
  sanitizeRecentQueries,
  useRecentSearchesStore,
} from '@/stores/recent-searches-store'

const KEY = 'batch-reader:recent-searches'

beforeEach(() => {
  localStorage.clear()
  useRecentSearchesStore.setState({ queries: [] })
})

describe('recent searches', () => {
  it('keeps the newest first, without duplicates, up to the cap', () => {
    const { addRecentSearch } = useRecentSearchesStore.getState()
    for (let i = 0; i < 12; i++) addRecentSearch(`query ${i}`)
    addRecentSearch('QUERY 5')
    const { queries } = useRecentSearchesStore.getState()
    expect(queries).toHaveLength(MAX_RECENT_SEARCHES)
    expect(queries[0]).toBe('QUERY 5')
    expect(queries.filter((q) => q.toLowerCase() === 'query 5')).toHaveLength(1)
  })

  it('persists to this device', () => {
    useRecentSearchesStore.getState().addRecentSearch('imagenet')
    expect(JSON.parse(localStorage.getItem(KEY)!).state.queries).toEqual(['imagenet'])
  })

  it('drops malformed stored data instead of failing', async () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ state: { queries: [1, null, { x: 1 }] }, version: 1 }),
    )
    await useRecentSearchesStore.persist.rehydrate()
    expect(useRecentSearchesStore.getState().queries).toEqual([])
    localStorage.setItem(KEY, '{not json')
    await useRecentSearchesStore.persist.rehydrate()
    expect(useRecentSearchesStore.getState().queries).toEqual([])
  })

  it('keeps the good entries of a partly bad list', () => {
    expect(
      sanitizeRecentQueries({ queries: ['  deepfake ', '', 'deepfake', 'x'.repeat(500)] }),
    ).toEqual(['deepfake', 'x'.repeat(200)])
    expect(sanitizeRecentQueries('nonsense')).toEqual([])
  })
})
