// Query parsing, suggestions and snippets as a reader sees them.
import { describe, expect, it } from 'vitest'
import {
  highlightTermsFromParam,
  splitForHighlight,
  validateHighlightSearch,
} from '../../src/search/highlight'
import { parseQuery } from '../../src/search/query-parse'
import { seedSearch } from './seed-search'

describe('query parsing', () => {
  it('separates quoted phrases and marks the word still being typed as a prefix', () => {
    const parsed = parseQuery('"gaussian blur" face imag')
    expect(parsed.phrases).toEqual([['gaussian', 'blur']])
    expect(parsed.terms).toEqual([
      { term: 'gaussian', prefix: false, inPhrase: true },
      { term: 'blur', prefix: false, inPhrase: true },
      { term: 'face', prefix: false, inPhrase: false },
      { term: 'imag', prefix: true, inPhrase: false },
    ])
    expect(parseQuery('imag ').terms[0]!.prefix).toBe(false)
  })

  it('keeps stop words inside phrases for verification only', () => {
    const parsed = parseQuery('"who audits the auditors"')
    expect(parsed.phrases).toEqual([['who', 'audit', 'the', 'auditor']])
    expect(parsed.terms.map((t) => t.term)).toEqual(['audit', 'auditor'])
  })
})

describe('results as shown', () => {
  it('completes a half-typed word', () => {
    const { engine, texts } = seedSearch()
    expect(engine.search('radiolo', texts).hits.map((h) => h.storyId)).toContain(
      '2020-01-08-cancer-in-the-crosshairs',
    )
  })

  it('offers the nearest existing words when nothing matches', () => {
    const { engine, texts } = seedSearch()
    expect(engine.search('"imagenet deepfake"', texts).hits).toEqual([])
    expect(engine.nearestTerms('radiolgy')).toContain('radiologist')
  })

  it('filters by type', () => {
    const { engine, texts } = seedSearch()
    const takes = engine.search('imagenet', texts, { type: 'take' }).hits
    expect(takes.length).toBeGreaterThan(0)
    expect(takes.every((h) => h.type === 'take' && h.anchor === 'take')).toBe(true)
    const letters = engine.search('trust', texts, { type: 'letter' }).hits
    expect(letters.map((h) => [h.type, h.storyId])).toEqual([['letter', null]])
  })

  it('gives a take its story’s headline and a letter its opening line', () => {
    const { engine, texts } = seedSearch()
    const take = engine.search('amoebanet', texts).hits[0]!
    expect([take.type, take.title]).toEqual(['take', 'Easy on the Eyes'])
    const letter = engine.search('edelman', texts).hits[0]!
    expect(letter.type).toBe('letter')
    expect(letter.title).toMatch(/^Each year, the public relations agency Edelman/)
  })

  it('cuts a short snippet around the match and marks the matched words', () => {
    const { engine, texts } = seedSearch()
    const hit = engine.search('harmonicas', texts).hits[0]!
    const text = hit.snippet!.map((p) => p.text).join('')
    expect(text.length).toBeLessThan(260)
    expect(hit.snippet!.filter((p) => p.marked).map((p) => p.text)).toEqual(['harmonicas'])
  })
})

describe('reader highlight parameter', () => {
  it('marks every surface form of the words in `hl`', () => {
    const terms = highlightTermsFromParam('deepfake imagenet')
    const parts = splitForHighlight('Deepfakes and ImageNet’s deepfake', terms)
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual([
      'Deepfakes',
      'ImageNet',
      'deepfake',
    ])
    expect(parts.map((p) => p.text).join('')).toBe('Deepfakes and ImageNet’s deepfake')
    expect(highlightTermsFromParam(42).size).toBe(0)
  })
})

describe('reader route search validation', () => {
  it('keeps a string hl and drops anything else', () => {
    expect(validateHighlightSearch({ hl: 'imagenet blur' })).toEqual({ hl: 'imagenet blur' })
    expect(validateHighlightSearch({ hl: 42 })).toEqual({})
    expect(validateHighlightSearch({ hl: '  ' })).toEqual({})
    expect(validateHighlightSearch({ hl: 'x'.repeat(1000) }).hl).toHaveLength(300)
  })
})
