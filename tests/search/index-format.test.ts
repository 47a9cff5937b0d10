// The index format: postings survive a round trip, the built index validates, a damaged one is
// refused on load, and its words come out normalized the way queries are.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  buildSearchIndex,
  indexIssue,
  mergeSearchIndex,
  TermVocabulary,
} from '../../src/search/build-index'
import { searchIndexSchema } from '../../src/search/index-schema'
import { decodePostings, encodePostings, tfBucket } from '../../src/search/postings-codec'
import { SearchEngine } from '../../src/search/search-engine'
import { isIndexable, normalizeTerm, tokenize } from '../../src/search/tokenize'
import { compileSeedBodies } from './seed-search'

describe('postings codec', () => {
  it('round-trips any sorted postings', () => {
    const postings = fc
      .uniqueArray(fc.nat({ max: 200_000 }), { maxLength: 300 })
      .chain((docs) =>
        fc.tuple(
          fc.constant([...docs].sort((a, b) => a - b)),
          fc.array(fc.nat({ max: 63 }), { minLength: docs.length, maxLength: docs.length }),
        ),
      )
      .map(([docs, codes]) => docs.map((doc, i) => ({ doc, code: codes[i]! })))
    fc.assert(
      fc.property(postings, (list) => {
        expect(decodePostings(encodePostings(list))).toEqual(list)
      }),
    )
  })

  it('buckets a term frequency by its power of two: one mention, a few, several, many', () => {
    const buckets = [1, 2, 3, 4, 7, 8, 9, 1000].map(tfBucket)
    expect(buckets).toEqual([0, 1, 1, 2, 2, 3, 3, 3])
  })

  it('refuses damaged postings instead of inventing documents', () => {
    expect(() => decodePostings('0')).toThrow()
    expect(() => decodePostings('a!')).toThrow()
  })
})

describe('tokenizer', () => {
  it('folds case, accents, curly apostrophes and plurals the same way for text and queries', () => {
    expect(tokenize('ImageNet’s Café deepfakes radiologists copies').map((t) => t.term)).toEqual([
      'imagenet',
      's',
      'cafe',
      'deepfake',
      'radiologist',
      'copy',
    ])
    expect(normalizeTerm('Deepfakes')).toBe(normalizeTerm('deepfake'))
  })

  it('keeps offsets into the original text', () => {
    const text = 'De-Facing ImageNet'
    expect(tokenize(text).map((t) => text.slice(t.start, t.end))).toEqual([
      'De',
      'Facing',
      'ImageNet',
    ])
  })

  it('leaves stop words and lone letters out of the index', () => {
    expect(['the', 'of', 's', 'a'].some(isIndexable)).toBe(false)
    expect(['gpu', '3', '画像'].every(isIndexable)).toBe(true)
  })
})

describe('built index', () => {
  const bodies = compileSeedBodies()
  const index = buildSearchIndex(bodies)

  it('validates against its schema and indexes every story, take and letter', () => {
    expect(searchIndexSchema.safeParse(JSON.parse(JSON.stringify(index))).success).toBe(true)
    const stories = bodies.reduce((n, b) => n + b.stories.length, 0)
    const takes = bodies.reduce((n, b) => n + b.stories.filter((s) => s.take).length, 0)
    expect(index.docs.types.length).toBe(
      stories + takes + bodies.filter((b) => b.issue.letter).length,
    )
    expect([...index.terms].sort()).toEqual(index.terms)
  })

  it('is deterministic', () => {
    expect(JSON.stringify(buildSearchIndex(bodies))).toBe(JSON.stringify(index))
  })

  it('holds only the terms of the issues merged, even when their vocabulary knows more', () => {
    const vocabulary = new TermVocabulary()
    const [first, ...others] = bodies.map((body) => indexIssue(body, vocabulary))
    expect(JSON.stringify(mergeSearchIndex([first!]))).toBe(
      JSON.stringify(buildSearchIndex([bodies[0]!])),
    )
    expect(others.length).toBeGreaterThan(0)
  })

  it('is refused on load when damaged', () => {
    expect(() => SearchEngine.load({ ...index, version: 99 })).toThrow()
    expect(() => SearchEngine.load({ ...index, postings: index.postings.slice(1) })).toThrow()
    expect(() =>
      SearchEngine.load({ ...index, postings: ['<script>', ...index.postings.slice(1)] }),
    ).toThrow()
    const topics = index.docs.topics
    for (const damaged of [
      topics.slice(1),
      ['<b>vision</b>', ...topics.slice(1)],
      [' ', ...topics.slice(1)],
    ])
      expect(() =>
        SearchEngine.load({ ...index, docs: { ...index.docs, topics: damaged } }),
      ).toThrow()
  })

  it('holds each story and letter its topics, and leaves takes to borrow their story’s', () => {
    let doc = 0
    for (const body of bodies) {
      if (body.issue.letter)
        expect(index.docs.topics[doc++]).toBe(body.issue.letter.topics.map((t) => t.slug).join(' '))
      for (const story of body.stories) {
        expect(index.docs.topics[doc++]).toBe(story.topics.map((t) => t.slug).join(' '))
        if (story.take) expect(index.docs.topics[doc++]).toBe('')
      }
    }
    expect(doc).toBe(index.docs.types.length)
    expect(index.docs.topics.some((topics) => topics.includes(' '))).toBe(true)
  })
})
