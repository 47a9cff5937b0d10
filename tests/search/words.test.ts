import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { tokenize, WordCursor } from '../../src/search/tokenize'

/** The words a WordCursor steps through, as strings. */
function cursorWords(text: string): string[] {
  const words: string[] = []
  for (const word = new WordCursor().reset(text); word.next();)
    words.push(text.slice(word.start, word.end))
  return words
}

describe('WordCursor', () => {
  it('finds the words tokenize() finds, in order', () => {
    const tricky = fc.constantFrom(..."aZ9 ’'-.é東\u0301".split(''), '𝑥', '\ud800')
    const text = fc.oneof(
      fc.array(tricky, { maxLength: 30 }).map((chars) => chars.join('')),
      fc.string({ maxLength: 30, unit: 'binary' }),
    )
    fc.assert(
      fc.property(text, (input) => {
        const words = tokenize(input).map(({ start, end }) => input.slice(start, end))
        expect(cursorWords(input)).toEqual(words)
      }),
      { numRuns: 300 },
    )
  })
})
