import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { slugId } from '../../src/corpus/schema'
import { tokenize } from '../../src/corpus/topic-matcher'
import { assignTopics, FALLBACK_TOPIC, MAX_TOPICS, topicTaxonomy } from '../../src/corpus/topics'
import { seedLetters, seedStories } from './seed-stories'

const slugsOf = (text: Parameters<typeof assignTopics>[0]) => assignTopics(text).map((t) => t.slug)
const story = (headline: string) => {
  const found = seedStories().find((s) => s.headline === headline)
  if (!found) throw new Error(`no seed story ${headline}`)
  return found
}

describe('topic taxonomy', () => {
  it('has unique URL-safe slugs, a name and a one-line description for every topic', () => {
    const slugs = topicTaxonomy.map((t) => t.slug)
    expect(new Set(slugs).size).toBe(slugs.length)
    for (const topic of topicTaxonomy) {
      expect(slugId.safeParse(topic.slug).success).toBe(true)
      expect(topic.name.length).toBeGreaterThan(0)
      expect(topic.description).toMatch(/^[^\n]{10,100}$/)
      expect(Object.keys(topic.terms).length).toBeGreaterThan(5)
      for (const weight of Object.values(topic.terms)) expect(weight).toBeGreaterThanOrEqual(1)
    }
  })

  it('has no term twice in one topic (two spellings of one phrase would count it twice)', () => {
    for (const topic of topicTaxonomy) {
      const seen = Object.keys(topic.terms).map(
        (term) => `${tokenize(term).join(' ')}${term.endsWith('*') ? '*' : ''}`,
      )
      expect(new Set(seen).size, topic.slug).toBe(seen.length)
    }
  })

  it("starts from The Batch's own sections and the subjects its stories cover", () => {
    const slugs = topicTaxonomy.map((t) => t.slug)
    for (const section of [
      'ml-research',
      'business',
      'science',
      'culture',
      'hardware',
      'ai-and-society',
    ])
      expect(slugs).toContain(section)
    for (const subject of [
      'vision',
      'language-models',
      'generative-media',
      'speech-and-audio',
      'health',
      'privacy',
      'bias-and-fairness',
      'policy-and-law',
      'reinforcement-learning',
      'data',
    ])
      expect(slugs).toContain(subject)
    expect(slugs).toContain(FALLBACK_TOPIC)
  })
})

describe('assignTopics on the seed issues', () => {
  it.each([
    ['De-Facing ImageNet', ['vision', 'privacy']],
    ['Cancer in the Crosshairs', ['vision', 'health']],
    ['ImageNet Gets a Makeover', ['bias-and-fairness', 'vision', 'data']],
    ['Language Modeling on One GPU', ['language-models']],
    ['New Life for Old Songs', ['speech-and-audio', 'culture']],
    ['It’s a Small World Model After All', ['reinforcement-learning']],
    ['Old Drugs for New Ailments', ['health', 'science']],
    ['Facebook vs Deepfakes', ['generative-media']],
    ['Who Audits the Auditors?', ['policy-and-law']],
    ['AI Truths, AI Falsehoods', ['ai-and-society', 'vision']],
  ])('%s is about %j', (headline, expected) => {
    expect(slugsOf(story(headline))).toEqual(expect.arrayContaining(expected))
  })

  it('does not mistake "hate speech" for speech and audio', () => {
    expect(slugsOf(story('Social Engagement vs. Social Good'))).not.toContain('speech-and-audio')
  })

  it('gives every seed story and letter 1–4 topics, best first, each explained by words from its text', () => {
    for (const text of [...seedStories(), ...seedLetters()]) {
      const topics = assignTopics(text)
      expect(topics.length, text.headline).toBeGreaterThanOrEqual(1)
      expect(topics.length).toBeLessThanOrEqual(MAX_TOPICS)
      const words = new Set(tokenize(`${text.headline} ${text.dek} ${text.body}`))
      for (const topic of topics)
        for (const phrase of topic.matched)
          for (const w of phrase.split(' ')) expect(words).toContain(w)
    }
    expect(seedStories()).toHaveLength(21)
  })

  it('reads letters too: the careers letter is about careers, the democracy letter about society and law', () => {
    const [, , democracy, careers] = seedLetters()
    expect(slugsOf(careers!)[0]).toBe('careers-and-learning')
    expect(slugsOf(democracy!)).toEqual(['ai-and-society', 'policy-and-law'])
  })
})

describe('assignTopics rules', () => {
  it('weighs the headline above the body', () => {
    const body = 'The hospital used a dataset of labeled scans.'
    expect(slugsOf({ headline: 'Cancer screening', dek: '', body })[0]).toBe('health')
  })

  it('falls back to one topic when no rule matches, and gives none to text without words', () => {
    expect(assignTopics({ headline: 'Lorem ipsum', dek: '', body: 'dolor sit amet' })).toEqual([
      { slug: FALLBACK_TOPIC, score: 0, matched: [] },
    ])
    expect(assignTopics({ headline: '', dek: '  ', body: '—' })).toEqual([])
  })

  it('is deterministic and well-formed for any text: 1–4 unique topics sorted by score, then slug', () => {
    const vocabulary = topicTaxonomy.flatMap((t) =>
      Object.keys(t.terms).map((k) => k.replace('*', 's')),
    )
    const word = fc.oneof(
      fc.constantFrom(...vocabulary, 'the', 'of', 'AI’s'),
      fc.string({ minLength: 1, maxLength: 8 }),
    )
    const text = fc.array(word, { maxLength: 60 }).map((ws) => ws.join(' '))
    fc.assert(
      fc.property(text, text, text, (headline, dek, body) => {
        const input = { headline: `${headline} x`, dek, body }
        const topics = assignTopics(input)
        expect(assignTopics(input)).toEqual(topics)
        expect(topics.length).toBeGreaterThanOrEqual(1)
        expect(topics.length).toBeLessThanOrEqual(MAX_TOPICS)
        expect(new Set(topics.map((t) => t.slug)).size).toBe(topics.length)
        for (let i = 1; i < topics.length; i++) {
          const [a, b] = [topics[i - 1]!, topics[i]!]
          expect(a.score > b.score || (a.score === b.score && a.slug < b.slug)).toBe(true)
        }
      }),
      { numRuns: 200 },
    )
  })
})
