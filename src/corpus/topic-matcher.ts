// Deterministic keyword matching for the topic taxonomy: text is tokenized once per field, then
// every weighted term (a word, a phrase, optionally ending in a `*` prefix wildcard) is found in
// a single pass over the tokens. Pure and dependency-free: it runs in the Node compiler and could
// run in the app.

/** A term as written in the taxonomy, split into tokens; the last may be a prefix. */
export interface ParsedTerm {
  source: string
  tokens: string[]
  prefix: boolean
}

/** The general case, for any script and accents; exported so tests can hold the fast path to it. */
export function tokenizeAnyText(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // "AI’s" and "don't" stay one word; a possessive must not leak a stray "s" token.
      .replace(/['’‘`]s\b/g, '')
      .replace(/['’‘`]/g, '')
      .split(/[^a-z0-9]+/)
      .filter((token) => token.length > 0)
  )
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 48 && code <= 57)
}
/** What `\b` counts as a word character once the text is lowercase. */
function isRegexWordChar(code: number): boolean {
  return isAsciiAlnum(code) || code === 95 /* _ */
}
function isApostrophe(code: number): boolean {
  return (
    code === 39 /* ' */ || code === 0x2019 /* ’ */ || code === 0x2018 /* ‘ */ || code === 96
  ) /* ` */
}
/**
 * Ascii, the no-break space and the General Punctuation block (’ “ ” — …): NFKD turns none of
 * them into a letter, digit, apostrophe or accent, so such text needs no Unicode normalization.
 */
const NOTHING_TO_FOLD = /^[\0-\x7f\u00a0\u2000-\u206f]*$/

/**
 * Lowercase ascii words: accents folded, apostrophes dropped, every other character a separator.
 * English text takes a single pass over its characters; anything else takes the general path.
 */
export function tokenize(text: string): string[] {
  if (!NOTHING_TO_FOLD.test(text)) return tokenizeAnyText(text)
  const lower = text.toLowerCase()
  const tokens: string[] = []
  let token = ''
  let pieceStart = -1
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i)
    if (isAsciiAlnum(code)) {
      if (pieceStart < 0) pieceStart = i
      continue
    }
    if (pieceStart >= 0) token += lower.slice(pieceStart, i)
    pieceStart = -1
    if (isApostrophe(code)) {
      // The apostrophe joins "don't" into one word; a possessive "’s" is dropped with it.
      if (lower.charCodeAt(i + 1) === 115 /* s */ && !isRegexWordChar(lower.charCodeAt(i + 2))) i++
      continue
    }
    if (token) tokens.push(token)
    token = ''
  }
  if (pieceStart >= 0) token += lower.slice(pieceStart)
  if (token) tokens.push(token)
  return tokens
}

export function parseTerm(source: string): ParsedTerm {
  const prefix = source.trimEnd().endsWith('*')
  const tokens = tokenize(source)
  return { source, tokens, prefix }
}

/** Called once per occurrence: which term (its index in the matcher's list) and where it starts. */
export type OnTermHit = (term: number, start: number) => void

export interface TermMatcher {
  /** Reports every occurrence of every term in `tokens`, in order of start position. */
  scan(tokens: readonly string[], onHit: OnTermHit): void
}

function tokenMatches(token: string | undefined, wanted: string, prefix: boolean): boolean {
  if (token === undefined) return false
  return prefix ? token.startsWith(wanted) : token === wanted
}

/**
 * A test on a word's first two characters that rules out most words before any lookup: can a
 * term start with this word? `openings` are the terms' first tokens, each exact or a prefix.
 */
function firstCharsFilter(
  openings: readonly { token: string; prefix: boolean }[],
): (word: string) => boolean {
  const ASCII = 128
  const END = ASCII // stands for "no second character"
  const WIDTH = ASCII + 1
  const table = new Uint8Array(ASCII * WIDTH)
  for (const { token, prefix } of openings) {
    const first = token.charCodeAt(0)
    const second = token.length > 1 ? token.charCodeAt(1) : END
    // Words beyond ascii are rare; the filter then lets every word through.
    if (first >= ASCII || second > END) return () => true
    // A one-letter prefix starts every word with that letter.
    if (prefix && token.length === 1) table.fill(1, first * WIDTH, (first + 1) * WIDTH)
    else table[first * WIDTH + second] = 1
  }
  return (word) => {
    const first = word.charCodeAt(0)
    const second = word.length > 1 ? word.charCodeAt(1) : END
    if (!(first < ASCII) || second > END) return true
    return table[first * WIDTH + second] === 1
  }
}

/** Distinct words seen before the first-token cache is dropped, so memory stays bounded. */
const MAX_CACHED_WORDS = 200_000

/**
 * Finds many terms at once. Each distinct word is looked up once to learn which terms can start
 * there (an exact first token, or a one-word prefix term); later words of a phrase are checked in
 * place. The answer per word is cached: an archive repeats a small vocabulary millions of times.
 */
export function termMatcher(terms: readonly ParsedTerm[]): TermMatcher {
  const byFirstToken = new Map<string, number[]>()
  const prefixTerms: { prefix: string; term: number }[] = []
  terms.forEach((term, index) => {
    const first = term.tokens[0]
    if (first === undefined) return
    if (term.prefix && term.tokens.length === 1) prefixTerms.push({ prefix: first, term: index })
    else byFirstToken.set(first, [...(byFirstToken.get(first) ?? []), index])
  })
  const mightStartATerm = firstCharsFilter([
    ...[...byFirstToken.keys()].map((token) => ({ token, prefix: false })),
    ...prefixTerms.map(({ prefix }) => ({ token: prefix, prefix: true })),
  ])

  const startingAt = new Map<string, readonly number[]>()
  function termsStartingWith(word: string): readonly number[] {
    const cached = startingAt.get(word)
    if (cached) return cached
    const found = [...(byFirstToken.get(word) ?? [])]
    for (const { prefix, term } of prefixTerms) if (word.startsWith(prefix)) found.push(term)
    if (startingAt.size >= MAX_CACHED_WORDS) startingAt.clear()
    startingAt.set(word, found)
    return found
  }

  return {
    scan(tokens, onHit) {
      for (let start = 0; start < tokens.length; start++) {
        const word = tokens[start] as string
        if (!mightStartATerm(word)) continue
        for (const index of termsStartingWith(word)) {
          const term = terms[index] as ParsedTerm
          const last = term.tokens.length - 1
          let ok = true
          for (let offset = 1; ok && offset <= last; offset++)
            ok = tokenMatches(
              tokens[start + offset],
              term.tokens[offset] as string,
              term.prefix && offset === last,
            )
          if (ok) onHit(index, start)
        }
      }
    },
  }
}
