// Topic chips on the search page: the engine filters by topic before it pages, so a selected
// topic shows every matching result, and the chips count all matches, not only those listed.
import { describe, expect, it } from 'vitest'
import { matchesSelection, type TopicSelection } from '../../src/lib/topic-filter'
import type { SearchHit } from '../../src/search/search-engine'
import { seedSearch } from './seed-search'

/** A hit's topics as the reader's views know them: a take has its story's. */
function topicsOfHit(hit: SearchHit): string[] {
  const { bodies } = seedSearch()
  const body = bodies.find((b) => b.issue.id === hit.issueId)!
  const topics = hit.storyId
    ? body.stories.find((story) => story.id === hit.storyId)!.topics
    : body.issue.letter!.topics
  return topics.map((topic) => topic.slug)
}

const ALL = 10_000

function everyHit(query: string, topics?: TopicSelection) {
  return seedSearch().engine.rank(query, { limit: ALL, topics })
}

describe('topic filter in the search engine', () => {
  const query = 'model'

  it('counts the topics of every match, each take with its story', () => {
    const results = everyHit(query)
    expect(results.hits.length).toBe(results.total)
    expect(results.hits.some((hit) => hit.type === 'take')).toBe(true)
    const expected = new Map<string, number>()
    for (const hit of results.hits)
      for (const slug of topicsOfHit(hit)) expected.set(slug, (expected.get(slug) ?? 0) + 1)
    expect(new Map(results.topicCounts)).toEqual(expected)
    expect(results.totalBeforeTopics).toBe(results.total)
  })

  it('keeps exactly the matches about a selected topic, in rank order, whatever the page size', () => {
    const unfiltered = everyHit(query)
    const [slug, count] = [...unfiltered.topicCounts].sort((a, b) => b[1] - a[1])[0]!
    const selection: TopicSelection = { topics: [slug], match: 'any' }
    const wanted = unfiltered.hits.filter((hit) => topicsOfHit(hit).includes(slug))
    const key = (hit: SearchHit) => `${hit.type}:${hit.storyId ?? hit.issueId}`

    const firstPage = seedSearch().engine.rank(query, { limit: 3, topics: selection })
    expect(firstPage.hits.map(key)).toEqual(wanted.slice(0, 3).map(key))
    expect(firstPage.total).toBe(count)
    expect(firstPage.totalBeforeTopics).toBe(unfiltered.total)
    // The chips keep counting every match, so the reader can add or swap a topic.
    expect(new Map(firstPage.topicCounts)).toEqual(new Map(unfiltered.topicCounts))
  })

  it('combines topics with any or all, as the chips say', () => {
    const unfiltered = everyHit(query)
    const [a, b] = [...unfiltered.topicCounts].sort((x, y) => y[1] - x[1]).map(([slug]) => slug)
    for (const match of ['any', 'all'] as const) {
      const selection: TopicSelection = { topics: [a!, b!], match }
      const expected = unfiltered.hits.filter((hit) =>
        matchesSelection(topicsOfHit(hit), selection),
      )
      expect(everyHit(query, selection).hits).toEqual(expected)
    }
    expect(everyHit(query, { topics: [a!, b!], match: 'all' }).total).toBeLessThan(
      everyHit(query, { topics: [a!, b!], match: 'any' }).total,
    )
  })

  it('counts only the type asked for', () => {
    const stories = seedSearch().engine.rank(query, { limit: ALL, type: 'story' })
    expect(stories.totalBeforeTopics).toBe(stories.hits.length)
    expect(stories.hits.every((hit) => hit.type === 'story')).toBe(true)
    const counted = stories.topicCounts.reduce((sum, [, n]) => sum + n, 0)
    const expected = stories.hits.reduce((sum, hit) => sum + topicsOfHit(hit).length, 0)
    expect(counted).toBe(expected)
  })

  it('counts each type’s matches about the selected topics, whatever type was asked for', () => {
    const unfiltered = everyHit(query)
    const [slug] = [...unfiltered.topicCounts].sort((a, b) => b[1] - a[1])[0]!
    const selection: TopicSelection = { topics: [slug], match: 'any' }
    const aboutTopic = everyHit(query, selection).hits
    const expected = { story: 0, letter: 0, take: 0 }
    for (const hit of aboutTopic) expected[hit.type]++
    expect(expected.story * expected.take).toBeGreaterThan(0)
    for (const type of [undefined, 'story', 'letter', 'take'] as const) {
      const results = seedSearch().engine.rank(query, { limit: 3, type, topics: selection })
      expect(results.typeCounts).toEqual(expected)
      // Whatever the filters, how many documents hold the words at all.
      expect(results.totalEverywhere).toBe(unfiltered.total)
    }
    const everyType = { story: 0, letter: 0, take: 0 }
    for (const hit of unfiltered.hits) everyType[hit.type]++
    expect(unfiltered.typeCounts).toEqual(everyType)
  })

  it('finds nothing for a topic no document has, yet still counts the rest', () => {
    const results = everyHit(query, { topics: ['no-such-topic'], match: 'any' })
    expect(results.hits).toEqual([])
    expect(results.total).toBe(0)
    expect(results.totalBeforeTopics).toBeGreaterThan(0)
    expect(results.topicCounts.length).toBeGreaterThan(0)
  })
})
