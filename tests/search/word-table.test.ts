import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WordCursor } from '../../src/search/tokenize'
import { WordTable, wordHash } from '../../src/search/word-table'

describe('WordTable', () => {
  it('numbers each distinct word once, as a map would, however large it grows', () => {
    const word = fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom(...'abcé東𝑥') })
    fc.assert(
      fc.property(fc.array(word, { maxLength: 400 }), (words) => {
        // A small table, so that the property runs through several doublings of its slots and
        // of the space its words are kept in.
        const table = new WordTable(4, 4)
        // Every word given the same hash: only comparing the words themselves tells them apart.
        const colliding = new WordTable(4, 4)
        const reference = new Map<string, number>()
        const text = words.join(' ')
        for (const cursor = new WordCursor().reset(text); cursor.next();) {
          const { start, end, hash } = cursor
          const word = text.slice(start, end)
          // The hash the scan hands over is the word's own, astral letters included.
          expect(hash).toBe(wordHash(text, start, end))
          const isNew = !reference.has(word)
          if (isNew) reference.set(word, reference.size)
          const asked: string[] = []
          const number = table.lookup(
            text,
            start,
            end,
            hash,
            (w) => (asked.push(w), reference.size - 1),
          )
          expect(number).toBe(reference.get(word))
          expect(asked).toEqual(isNew ? [word] : [])
          expect(colliding.lookup(text, start, end, 0, () => reference.size - 1)).toBe(number)
        }
      }),
      { numRuns: 100 },
    )
  })

  it('refuses an empty word, which would read as an empty slot', () => {
    expect(() => new WordTable().lookup('ab', 1, 1, 0, () => 0)).toThrow(RangeError)
  })
})
