// Whatever a reader types or pastes, search answers without throwing and without hanging.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_QUERY_CHARS } from '../../src/search/query-limits'
import { parseQuery } from '../../src/search/query-parse'
import { seedSearch } from './seed-search'

/** Generous on purpose: this guards against hangs, not slowness (timings live in the bench). */
const BOUND_MS = 500

function searchTimed(query: string) {
  const { engine, texts } = seedSearch()
  const start = performance.now()
  const results = engine.search(query, texts)
  const suggestions = results.hits.length === 0 ? engine.nearestTerms(query) : []
  return { results, suggestions, ms: performance.now() - start }
}

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['spaces', '   '],
    ['one character', 'a'],
    ['extended-search operators', `'imagenet !face ^deep =fake | gpu$`],
    ['regex characters', '(.*+?[]{}\\'],
    ['only punctuation', `' ! ^ = | $`],
    ['emoji', '🤖 deepfake 🎭'],
    ['mixed scripts', 'ImageNet 画像 данные صور'],
    ['unclosed quote', '"small world'],
    ['empty quotes', '""'],
    ['only stop words', 'the and of'],
    ['500-character paste', 'imagenet '.repeat(56).slice(0, 500)],
  ])('%s: no crash, bounded time', (_name, query) => {
    const { results, ms } = searchTimed(query)
    expect(Array.isArray(results.hits)).toBe(true)
    expect(ms).toBeLessThan(BOUND_MS)
  })

  it('treats operator characters as text, not syntax', () => {
    const plain = searchTimed('imagenet').results.hits.map((h) => h.storyId)
    expect(searchTimed(`'imagenet`).results.hits.map((h) => h.storyId)).toEqual(plain)
    expect(searchTimed('^imagenet$').results.hits.map((h) => h.storyId)).toEqual(plain)
    expect(searchTimed('!imagenet').results.hits.map((h) => h.storyId)).toEqual(plain)
  })

  it('finds words in emoji and mixed-script queries', () => {
    expect(searchTimed('🤖 deepfakes').results.hits[0]?.storyId).toBe(
      '2020-01-08-facebook-vs-deepfakes',
    )
  })

  it('truncates a long paste', () => {
    const parsed = parseQuery(`${'x'.repeat(MAX_QUERY_CHARS)} imagenet`)
    expect(parsed.terms.map((t) => t.term)).not.toContain('imagenet')
  })

  it('says when every word is too common', () => {
    const { results } = searchTimed('the and of')
    expect(results.onlyStopWords).toBe(true)
    expect(results.hits).toEqual([])
  })

  it('never throws and stays bounded on random strings', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 600 }),
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom(...`'!^=|$"“” -*?()[]{}\\`.split('')), maxLength: 40 }),
      fc
        .array(
          fc.constantFrom(
            'imagenet',
            'imagnet',
            'deepfake',
            '"',
            'the',
            'gpu',
            '🤖',
            'ß',
            'İ',
            'ﬁ',
          ),
          { maxLength: 12 },
        )
        .map((w) => w.join(' ')),
    )
    fc.assert(
      fc.property(text, (query) => {
        const { ms } = searchTimed(query)
        return ms < BOUND_MS
      }),
      { numRuns: 300 },
    )
  })
})
