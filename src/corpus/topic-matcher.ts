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
/** NOTHING_TO_FOLD for one character. */
const needsNoFold = (code: number) =>
  code < 0x80 || code === 0xa0 || (code >= 0x2000 && code <= 0x206f)

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

/** A text as the matcher scanned it: how many words it has, and the words of the hits. */
export interface ScannedText {
  wordCount: number
  /**
   * The words as reading time counts them: runs of letters and digits that ' ’ . - join ("don't",
   * "U.S.", "self-driving"), the compiler's countWords(). Counted on the way through English text;
   * null when the text took the general path.
   */
  readingWordCount: number | null
  /** The word at `position`, as tokenize() gives it; only for positions inside a hit. */
  wordAt(position: number): string
}

export interface TermMatcher {
  /** Reports every occurrence of every term in `tokens`, in order of start position. */
  scan(tokens: readonly string[], onHit: OnTermHit): void
  /** scan(tokenize(text)), without making a string per word of English text. */
  scanText(text: string, onHit: OnTermHit): ScannedText
}

const APOSTROPHE = /['’‘`]/
const NO_TERMS: readonly number[] = []

/** a–z and 0–9: the only characters a token holds. */
const SYMBOLS = 36
const symbolOf = (code: number) => (code <= 57 ? code - 48 : code - 97 + 10)
const lowerAscii = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code)
/**
 * A character's class in English text: its symbol (a letter of either case, a digit), or one of
 * these. Tokens and reading words (see ScannedText) treat a few characters differently.
 */
const SEPARATOR_CLASS = -1
/** Separates tokens, joins reading words: `.` and `-` ("U.S.", "self-driving"). */
const JOINER_CLASS = -2
/** Joins both: `'` and `’` ("don't"). */
const APOSTROPHE_CLASS = -3
/** Joins tokens, separates reading words: `‘` and the backtick. */
const QUOTE_CLASS = -4
/** Classes of the ASCII characters: one lookup per character instead of several tests. */
const ASCII_CLASS = Int8Array.from({ length: 128 }, (_, code) => {
  const lower = lowerAscii(code)
  if (isAsciiAlnum(lower)) return symbolOf(lower)
  if (code === 39 /* ' */) return APOSTROPHE_CLASS
  if (code === 96 /* ` */) return QUOTE_CLASS
  return code === 46 /* . */ || code === 45 /* - */ ? JOINER_CLASS : SEPARATOR_CLASS
})
const classOf = (code: number): number =>
  code < 128
    ? (ASCII_CLASS[code] as number)
    : code === 0x2019 /* ’ */
      ? APOSTROPHE_CLASS
      : code === 0x2018 /* ‘ */
        ? QUOTE_CLASS
        : SEPARATOR_CLASS

/**
 * A character trie of the terms' words. Node 0 is the empty string; each node has `word`, the
 * number of the term word it spells (or -1), and `prefix`, that number when a term ends in it as
 * a prefix (or -1).
 */
class WordTrie {
  private children = new Int32Array(SYMBOLS * 64)
  readonly word: number[] = [-1]
  readonly prefix: number[] = [-1]

  add(text: string, id: number, isPrefix: boolean): void {
    let node = 0
    for (let i = 0; i < text.length; i++) {
      const slot = node * SYMBOLS + symbolOf(text.charCodeAt(i))
      if (this.children[slot] === 0) {
        const child = this.word.push(-1) - 1
        this.prefix.push(-1)
        if (this.children.length < (child + 1) * SYMBOLS) {
          const grown = new Int32Array(this.children.length * 2)
          grown.set(this.children)
          this.children = grown
        }
        this.children[slot] = child
      }
      node = this.children[slot] as number
    }
    if (isPrefix) this.prefix[node] = id
    else this.word[node] = id
  }

  /** The node reached from `node` by the character `code` (a–z, 0–9), or -1 when none is. */
  step(node: number, code: number): number {
    return this.stepSymbol(node, symbolOf(code))
  }

  /** The node reached from `node` by the character whose symbol is `symbol`, or -1. */
  stepSymbol(node: number, symbol: number): number {
    return (this.children[node * SYMBOLS + symbol] as number) || -1
  }
}

/**
 * The words of a text that a term could use, in order: each one's position among all the text's
 * words, the term word it equals (or -1), the term prefixes it starts with, and how to spell it.
 */
class WordsOfInterest {
  readonly positions: number[] = []
  readonly words: number[] = []
  readonly prefixFrom: number[] = []
  readonly prefixTo: number[] = []
  /** Per word of interest: the word itself, or where it starts in the scanned text... */
  readonly spelled: (string | number)[] = []
  /** ...and where it ends (when it starts there). */
  readonly ends: number[] = []
  /** Every word's prefixes, one run per word of interest; scratch while a word is read. */
  readonly prefixes: number[] = []
  /** Reading words counted on the way (see ScannedText). */
  readingWords = 0

  /** Keeps the word just read, whose prefixes were pushed since `prefixMark`, if it matters. */
  keep(position: number, word: number, prefixMark: number, spelled: string | number, end = 0) {
    if (word < 0 && this.prefixes.length === prefixMark) return
    this.positions.push(position)
    this.words.push(word)
    this.prefixFrom.push(prefixMark)
    this.prefixTo.push(this.prefixes.length)
    this.spelled.push(spelled)
    this.ends.push(end)
  }

  /** The entry of the word at `position`, or -1: positions only grow, so a binary search. */
  entryAt(position: number): number {
    let low = 0
    let high = this.positions.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const at = this.positions[middle] as number
      if (at === position) return middle
      if (at < position) low = middle + 1
      else high = middle - 1
    }
    return -1
  }

  hasPrefix(entry: number, prefix: number): boolean {
    for (let i = this.prefixFrom[entry] as number; i < (this.prefixTo[entry] as number); i++)
      if (this.prefixes[i] === prefix) return true
    return false
  }
}

/**
 * Finds many terms at once. Every word is read through a trie of the terms' words, so a word no
 * term uses is dropped after a character or two, with no string made for it; the later words of
 * a phrase are checked against the words of interest that follow.
 */
export function termMatcher(terms: readonly ParsedTerm[]): TermMatcher {
  const trie = new WordTrie()
  const wordIds = new Map<string, number>()
  const idOf = (word: string) => {
    let id = wordIds.get(word)
    if (id === undefined) wordIds.set(word, (id = wordIds.size))
    return id
  }
  const termWords = terms.map((term) => term.tokens.map(idOf))
  // Terms by the word they start with; one-word prefix terms by their prefix.
  const byFirstWord = new Map<number, number[]>()
  const byPrefix = new Map<number, number[]>()
  terms.forEach((term, index) => {
    const words = termWords[index] as number[]
    const last = words.length - 1
    if (last < 0) return
    const byFirst = term.prefix && last === 0 ? byPrefix : byFirstWord
    byFirst.set(words[0] as number, [...(byFirst.get(words[0] as number) ?? []), index])
    words.forEach((id, offset) =>
      trie.add(term.tokens[offset] as string, id, term.prefix && offset === last),
    )
  })

  function readWord(word: string, position: number, found: WordsOfInterest): void {
    const mark = found.prefixes.length
    let node = 0
    for (let i = 0; i < word.length && node >= 0; i++) {
      node = trie.step(node, word.charCodeAt(i))
      if (node >= 0 && (trie.prefix[node] as number) >= 0) found.prefixes.push(trie.prefix[node]!)
    }
    found.keep(position, node >= 0 ? (trie.word[node] as number) : -1, mark, word)
  }

  /**
   * tokenize()'s English path, reading each word through the trie as it goes: the same words at
   * the same positions. Returns the number of words, or -1 when the text has a character that
   * needs the general path (checked here rather than by a pass of its own over the text).
   */
  function readEnglish(text: string, found: WordsOfInterest): number {
    let position = 0
    let start = -1
    let node = 0
    let mark = 0
    // Reading words: counted, and whether the last character read left one open (1) or not.
    let readingWords = 0
    let inReadingWord = 0
    const length = text.length
    for (let i = 0; i < length; i++) {
      const code = text.charCodeAt(i)
      const symbol = classOf(code)
      if (symbol >= 0) {
        readingWords += inReadingWord ^ 1
        inReadingWord = 1
        if (start < 0) {
          start = i
          node = 0
          mark = found.prefixes.length
        }
        if (node < 0) continue
        node = trie.stepSymbol(node, symbol)
        if (node >= 0 && (trie.prefix[node] as number) >= 0) found.prefixes.push(trie.prefix[node]!)
      } else if (symbol <= APOSTROPHE_CLASS) {
        if (symbol === QUOTE_CLASS) inReadingWord = 0
        // The apostrophe joins "don't" into one word; a possessive "’s" is dropped with it.
        if (
          i + 1 < length &&
          lowerAscii(text.charCodeAt(i + 1)) === 115 /* s */ &&
          (i + 2 >= length || !isRegexWordChar(lowerAscii(text.charCodeAt(i + 2))))
        ) {
          i++
          // Dropped from the tokens, the "s" is still a letter to a reader.
          readingWords += inReadingWord ^ 1
          inReadingWord = 1
        }
      } else {
        if (symbol === SEPARATOR_CLASS) inReadingWord = 0
        if (!needsNoFold(code)) return -1
        if (start >= 0) {
          found.keep(position++, node >= 0 ? (trie.word[node] as number) : -1, mark, start, i)
          start = -1
        }
      }
    }
    if (start >= 0)
      found.keep(position++, node >= 0 ? (trie.word[node] as number) : -1, mark, start, length)
    found.readingWords = readingWords
    return position
  }

  /** Whether term `index` occurs from the word of interest `entry` on (its first word does). */
  function occursAt(found: WordsOfInterest, entry: number, index: number): boolean {
    const { positions, words } = found
    const start = positions[entry] as number
    const wanted = termWords[index] as number[]
    const last = wanted.length - 1
    const prefixTerm = (terms[index] as ParsedTerm).prefix
    for (let offset = 1; offset <= last; offset++) {
      const at = entry + offset
      const ok =
        positions[at] === start + offset &&
        (prefixTerm && offset === last
          ? found.hasPrefix(at, wanted[offset] as number)
          : words[at] === wanted[offset])
      if (!ok) return false
    }
    return true
  }

  function report(found: WordsOfInterest, onHit: OnTermHit): void {
    const { positions, words } = found
    for (let entry = 0; entry < positions.length; entry++) {
      const start = positions[entry] as number
      // Terms starting with the word, then those starting with each of its prefixes, in order.
      for (const index of byFirstWord.get(words[entry] as number) ?? NO_TERMS)
        if (occursAt(found, entry, index)) onHit(index, start)
      for (let i = found.prefixFrom[entry] as number; i < (found.prefixTo[entry] as number); i++)
        for (const index of byPrefix.get(found.prefixes[i] as number) ?? NO_TERMS)
          if (occursAt(found, entry, index)) onHit(index, start)
    }
  }

  return {
    scan(tokens, onHit) {
      const found = new WordsOfInterest()
      tokens.forEach((token, position) => readWord(token, position, found))
      report(found, onHit)
    },
    scanText(text, onHit) {
      let found = new WordsOfInterest()
      let wordCount = readEnglish(text, found)
      const readingWordCount = wordCount < 0 ? null : found.readingWords
      if (wordCount < 0) {
        found = new WordsOfInterest()
        const tokens = tokenizeAnyText(text)
        tokens.forEach((token, position) => readWord(token, position, found))
        wordCount = tokens.length
      }
      report(found, onHit)
      return {
        wordCount,
        readingWordCount,
        wordAt(position) {
          const entry = found.entryAt(position)
          const spelled = found.spelled[entry]
          if (spelled === undefined) throw new Error(`no word of interest at ${position}`)
          if (typeof spelled === 'string') return spelled
          const end = found.ends[entry] as number
          const word = text.slice(spelled, end)
          // Only an apostrophe makes the word differ from its letters; the character after the
          // word then decides whether a final "’s" is a possessive.
          return APOSTROPHE.test(word)
            ? (tokenize(text.slice(spelled, end + 1))[0] ?? '')
            : word.toLowerCase()
        },
      }
    },
  }
}
