import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords } from '../../src/compiler/enrich'
import {
  parseTerm,
  termMatcher,
  tokenize,
  tokenizeAnyText,
  type ParsedTerm,
} from '../../src/corpus/topic-matcher'

/** The obvious way: try every term at every position. */
function referenceHits(tokens: readonly string[], terms: readonly ParsedTerm[]): string[] {
  const hits: string[] = []
  for (let start = 0; start < tokens.length; start++) {
    terms.forEach((term, index) => {
      if (term.tokens.length === 0) return
      const last = term.tokens.length - 1
      const ok = term.tokens.every((wanted, offset) => {
        const token = tokens[start + offset]
        if (token === undefined) return false
        return term.prefix && offset === last ? token.startsWith(wanted) : token === wanted
      })
      if (ok) hits.push(`${index}@${start}`)
    })
  }
  return hits
}

function matcherHits(tokens: readonly string[], terms: readonly ParsedTerm[]): string[] {
  const hits: string[] = []
  termMatcher(terms).scan(tokens, (index, start) => hits.push(`${index}@${start}`))
  return hits
}

const byPosition = (hits: string[]) =>
  [...hits].sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1]) || (a < b ? -1 : 1))

describe('termMatcher', () => {
  it('finds words, phrases and prefixes, and stops a phrase at the end of the text', () => {
    const terms = ['gpu', 'radiolog*', 'language model*', 'fine tun*', 'model'].map(parseTerm)
    const tokens = 'a gpu for radiologists fine tuned language models language'.split(' ')
    expect(matcherHits(tokens, terms)).toEqual(['0@1', '1@3', '3@4', '2@6'])
  })

  it('reports the same hits as trying every term at every position', () => {
    // A tiny alphabet makes shared prefixes, repeats and overlapping phrases common.
    const word = fc.stringMatching(/^[ab]{1,3}$/)
    const term = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 3 }), fc.boolean())
      .map(([words, prefix]) => parseTerm(`${words.join(' ')}${prefix ? '*' : ''}`))
    fc.assert(
      fc.property(
        fc.array(term, { maxLength: 8 }),
        fc.array(word, { maxLength: 40 }),
        (terms, tokens) => {
          expect(byPosition(matcherHits(tokens, terms))).toEqual(
            byPosition(referenceHits(tokens, terms)),
          )
        },
      ),
      { numRuns: 300 },
    )
  })
})

describe('termMatcher.scanText', () => {
  // English text takes a path of its own that never makes the words: hold it to tokenize().
  const terms = ['ai', 'don*', 'rock n roll', 'fine s', 'a*', 'ss', 's9'].map(parseTerm)
  const matcher = termMatcher(terms)
  const tricky = fc.constantFrom(...'aSs9_ \n\'’‘`"—…\u00a0éÉİK\u0301ﬁ①AIDonrckl'.split(''))
  const text = fc.oneof(
    fc.array(tricky, { maxLength: 40 }).map((chars) => chars.join('')),
    fc
      .array(
        fc.constantFrom('AI’s', 'AI’s_', 'don’t', 'Rock', 'n', 'roll', 'fine_s', ' ', ' ', '—'),
        {
          maxLength: 12,
        },
      )
      .map((words) => words.join('')),
  )

  it('finds what scan() finds in tokenize(), and spells each hit’s words as tokenize() does', () => {
    fc.assert(
      fc.property(text, (input) => {
        const tokens = tokenize(input)
        const hits: string[] = []
        const scanned = matcher.scanText(input, (index, start) => hits.push(`${index}@${start}`))
        expect(scanned.wordCount).toBe(tokens.length)
        expect(hits).toEqual(matcherHits(tokens, terms))
        for (const hit of hits) {
          const [index, start] = hit.split('@').map(Number) as [number, number]
          const length = (terms[index] as ParsedTerm).tokens.length
          const words = Array.from({ length }, (_, i) => scanned.wordAt(start + i))
          expect(words).toEqual(tokens.slice(start, start + length))
        }
      }),
      { numRuns: 1000 },
    )
  })

  it('counts the words of English text as the reading time counts them, and leaves other text to it', () => {
    const readingTricky = fc.constantFrom(...'aSs9_ .-\'’‘`"—…,\u00a0é'.split(''))
    fc.assert(
      fc.property(
        fc.oneof(
          text,
          fc.array(readingTricky, { maxLength: 40 }).map((chars) => chars.join('')),
        ),
        (input) => {
          const { readingWordCount } = matcher.scanText(input, () => {})
          // Beyond ASCII, the no-break space and General Punctuation, the scan leaves it.
          if (/[^\0-\x7f\u00a0\u2000-\u206f]/.test(input)) expect(readingWordCount).toBeNull()
          else expect(readingWordCount).toBe(countWords(input))
        },
      ),
      { numRuns: 1000 },
    )
    const sentence = "U.S. self-driving cars don't ‘stop’ at 3.5 km"
    expect(matcher.scanText(sentence, () => {}).readingWordCount).toBe(8)
    expect(countWords(sentence)).toBe(8)
  })
})

describe('tokenize', () => {
  it('splits English text into lowercase words, joining "don’t" and dropping possessives', () => {
    expect(tokenize('AI’s rise: Don’t “panic” — it’s fine_s rock ’n’ roll‘s')).toEqual([
      'ai',
      'rise',
      'dont',
      'panic',
      'it',
      'fine',
      's',
      'rock',
      'n',
      'roll',
    ])
  })

  it('gives the same words as the general Unicode path for any text', () => {
    const tricky = fc.constantFrom(...'aSs9_ \n\'’‘`"—…\u00a0éÉİK\u0301ﬁ①'.split(''))
    const text = fc.oneof(
      fc.array(tricky, { maxLength: 30 }).map((chars) => chars.join('')),
      fc.string({ maxLength: 30 }),
    )
    fc.assert(
      fc.property(text, (input) => {
        expect(tokenize(input)).toEqual(tokenizeAnyText(input))
      }),
      { numRuns: 500 },
    )
  })
})
