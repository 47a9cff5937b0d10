import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  countTopics,
  filterByTopics,
  readTopicSelection,
  toggleTopic,
  topicSearchFor,
  validateTopicSearch,
  type TopicSelection,
} from '../../src/lib/topic-filter'

const known = new Set(['vision', 'health', 'privacy'])
const stories = [
  { id: 'a', topics: ['vision', 'privacy'] },
  { id: 'b', topics: ['vision', 'health'] },
  { id: 'c', topics: ['health'] },
  { id: 'd', topics: [] as string[] },
]
const ids = (selection: TopicSelection) =>
  filterByTopics(stories, (s) => s.topics, selection).map((s) => s.id)

describe('topic search params', () => {
  it('reads ?topics=vision,health&match=all', () => {
    const search = validateTopicSearch({ topics: 'vision,health', match: 'all' })
    expect(readTopicSelection(search, known)).toEqual({
      selection: { topics: ['vision', 'health'], match: 'all' },
      unknown: [],
    })
  })

  it('drops unknown and malformed slugs and reports them, never throwing', () => {
    const search = validateTopicSearch({
      topics: 'vision,astrology,<script>,Health,vision',
      match: 'sometimes',
    })
    expect(search).toEqual({ topics: 'vision,astrology,<script>,health' })
    expect(readTopicSelection(search, known)).toEqual({
      selection: { topics: ['vision', 'health'], match: 'any' },
      unknown: ['astrology', '<script>'],
    })
  })

  it('keeps plain URLs plain: no params for the default selection, and nothing else passes through', () => {
    expect(validateTopicSearch({})).toEqual({})
    expect(validateTopicSearch({ topics: ' , ', match: 'any', page: 3 })).toEqual({})
    expect(topicSearchFor({ topics: [], match: 'any' })).toEqual({
      topics: undefined,
      match: undefined,
    })
    expect(topicSearchFor({ topics: ['health', 'vision'], match: 'all' })).toEqual({
      topics: 'health,vision',
      match: 'all',
    })
  })

  it('accepts odd shapes the router may produce (numbers, arrays) without failing', () => {
    expect(validateTopicSearch({ topics: 42 })).toEqual({})
    expect(validateTopicSearch({ topics: ['vision', 3, 'health'] })).toEqual({
      topics: 'vision,health',
    })
  })

  it('round-trips any selection of known topics through the URL', () => {
    const selection = fc.record({
      topics: fc.uniqueArray(fc.constantFrom(...known)),
      match: fc.constantFrom('any' as const, 'all' as const),
    })
    fc.assert(
      fc.property(selection, (sel) => {
        const search = validateTopicSearch(topicSearchFor(sel))
        expect(readTopicSelection(search, known).selection).toEqual(sel)
      }),
    )
  })
})

describe('filtering and counting', () => {
  it('no selection keeps every item', () => {
    expect(ids({ topics: [], match: 'all' })).toEqual(['a', 'b', 'c', 'd'])
  })

  it('any: items with at least one selected topic; all: items with every one', () => {
    expect(ids({ topics: ['privacy', 'health'], match: 'any' })).toEqual(['a', 'b', 'c'])
    expect(ids({ topics: ['vision', 'health'], match: 'all' })).toEqual(['b'])
  })

  it('counts each topic once per item in the current list', () => {
    const counts = countTopics(
      [...stories, { id: 'e', topics: ['health', 'health'] }],
      (s) => s.topics,
    )
    expect(Object.fromEntries(counts)).toEqual({ vision: 2, privacy: 1, health: 3 })
  })

  it('toggling adds at the end and removes in place', () => {
    const once = toggleTopic({ topics: ['vision'], match: 'any' }, 'health')
    expect(once.topics).toEqual(['vision', 'health'])
    expect(toggleTopic(once, 'vision').topics).toEqual(['health'])
  })
})
