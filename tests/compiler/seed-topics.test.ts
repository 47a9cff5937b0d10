// Topics as the compiler assigns them to the seed corpus (issue 5 §1–2): pinned where a reader
// would agree, and no story or letter left without one.
import { describe, expect, it } from 'vitest'
import { topicTaxonomy } from '../../src/corpus/topics'
import { compileSeeds } from './helpers'

const output = compileSeeds()
const stories = output.bodies.flatMap((body) => body.stories)
const topicsOf = (headline: string) => {
  const story = stories.find((s) => s.headline === headline)
  if (!story) throw new Error(`no story "${headline}"`)
  return story.topics.map((t) => t.slug)
}

describe('topics of the compiled seed corpus', () => {
  it.each([
    ['De-Facing ImageNet', ['vision', 'privacy']],
    ['Cancer in the Crosshairs', ['vision', 'health']],
    ['ImageNet Gets a Makeover', ['bias-and-fairness', 'vision']],
    ['Language Modeling on One GPU', ['language-models']],
    ['Your Words, Their Voices', ['speech-and-audio', 'generative-media']],
    ['Old Drugs for New Ailments', ['health', 'science']],
  ])('%s is about %j', (headline, expected) => {
    expect(topicsOf(headline)).toEqual(expect.arrayContaining(expected))
  })

  it('gives all 21 stories and all 4 letters 1–4 topics, each with the words that decided it', () => {
    expect(stories).toHaveLength(21)
    const assigned = [
      ...stories.map((s) => s.topics),
      ...output.bodies.map((b) => b.issue.letter?.topics ?? []),
    ]
    for (const topics of assigned) {
      expect(topics.length).toBeGreaterThanOrEqual(1)
      expect(topics.length).toBeLessThanOrEqual(4)
      // Only the fallback may lack deciding words, and none of the seeds needs it.
      for (const topic of topics) expect(topic.matched.length).toBeGreaterThan(0)
    }
  })

  it('puts every taxonomy topic in the catalog with its story count', () => {
    const catalogTopics = output.catalog.topics
    expect(catalogTopics.map((t) => t.slug)).toEqual(topicTaxonomy.map((t) => t.slug))
    const vision = catalogTopics.find((t) => t.slug === 'vision')!
    expect(vision.storyCount).toBe(
      output.catalog.stories.filter((s) => s.topics.includes('vision')).length,
    )
    expect(vision.storyCount).toBeGreaterThanOrEqual(8)
  })
})
