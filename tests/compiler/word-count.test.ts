import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords } from '../../src/compiler/enrich'

/** The definition countWords() implements without a regular expression. */
const referenceCount = (text: string) => text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu)?.length ?? 0

describe('countWords', () => {
  it('counts contractions, abbreviations and hyphenated words once, and punctuation never', () => {
    expect(countWords("AI’s self-driving U.S. cars don't — “stop” at 3.5 km… 東京 café 𝑥")).toBe(12)
    expect(countWords(' -- ’ . ')).toBe(0)
  })

  it('agrees with the regular expression on any text', () => {
    const tricky = fc.constantFrom(..."aZ9 \n’'.-_—“é東\u0301".split(''), '𝑥', '\ud800')
    const text = fc.oneof(
      fc.array(tricky, { maxLength: 40 }).map((chars) => chars.join('')),
      fc.string({ maxLength: 40, unit: 'grapheme' }),
      fc.string({ maxLength: 40, unit: 'binary' }),
    )
    fc.assert(
      fc.property(text, (input) => {
        expect(countWords(input)).toBe(referenceCount(input))
      }),
      { numRuns: 200 },
    )
  })
})
