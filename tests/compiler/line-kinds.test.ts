import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matchKey, parseLabel } from '../../src/compiler/line-kinds'
import type { SourceLine } from '../../src/compiler/normalize'

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

describe('parseLabel', () => {
  const line = (text: string): SourceLine => ({ no: 1, text, shape: 'text', ordered: false })

  it('reads a label whose colon stands within 50 characters, and no further', () => {
    const word = (length: number) => `L${'a'.repeat(length - 1)}`
    expect(parseLabel(line(`${word(49)}: rest`))).toMatchObject({ label: word(49), rest: 'rest' })
    expect(parseLabel(line(`${word(50)}: rest`))).toBeNull()
    expect(parseLabel(line(`What’s new: more: text`))).toMatchObject({ kind: 'whats-new' })
    expect(
      parseLabel(line(`A long paragraph without any colon at all in it, ${'x'.repeat(80)}`)),
    ).toBeNull()
  })
})
