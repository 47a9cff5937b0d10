import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchKey } from '../../src/compiler/line-kinds'

// The definition matchKey() has a fast path for.
const reference = (text: string) =>
  text
    .replace(/[’‘`´]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()

describe('matchKey', () => {
  it('is quotes made straight, lowercase and single spaces, whatever the text', () => {
    const tricky = fc.constantFrom(...'aZ ’‘`´“”\'"\t\u00a0\u2003\u2028\ufeffİ'.split(''))
    const text = fc.oneof(
      fc.array(tricky, { maxLength: 20 }).map((chars) => chars.join('')),
      fc.string({ maxLength: 20, unit: 'binary' }),
    )
    fc.assert(
      fc.property(text, (input) => {
        expect(matchKey(input)).toBe(reference(input))
      }),
      { numRuns: 500 },
    )
  })
})
