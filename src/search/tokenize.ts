// One tokenizer for indexing, querying and highlighting, so a word marked in a snippet is exactly
// a word the index matched. Pure and DOM-free: the Node compiler imports it too.
import { foldIntoHash, WORD_HASH_SEED } from './word-table'

export interface Token {
  /** Normalized form: lowercase, accents folded, light plural stemming. */
  term: string
  /** Offsets of the word in the original text, for snippets and marks. */
  start: number
  end: number
}

// Letters, digits and marks; apostrophes and hyphens split words ("ImageNet’s" -> imagenet + s).
const WORD = /[\p{L}\p{N}\p{M}]+/gu
const DIACRITICS = /[\u0300-\u036f]/g

/**
 * Printable ASCII, spaces and the General Punctuation block (’ “ ” — …): NFKD changes no letter
 * or digit here, so lowercasing is the whole fold. Folding a word and folding a paragraph stay
 * consistent, and almost all English text skips Unicode normalization.
 */
const NOTHING_TO_FOLD = /^[\s!-~\u2000-\u206f]*$/

/** Lowercase and fold accents ("Café" -> "cafe"); other scripts pass through unchanged. */
export function foldWord(word: string): string {
  const lower = word.toLowerCase()
  if (NOTHING_TO_FOLD.test(lower)) return lower
  return lower.normalize('NFKD').replace(DIACRITICS, '').normalize('NFC')
}

/**
 * Light English plural folding, so "deepfakes" finds "deepfake" and "radiologists" finds
 * "radiologist". Deliberately conservative: a full stemmer merges words readers tell apart.
 */
export function stem(word: string): string {
  // Cheap tests first: this runs for every word of every snippet.
  if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 115 /* s */) return word
  if (!/^[a-z]+$/.test(word)) return word
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`
  if (word.endsWith('sses')) return word.slice(0, -2)
  if (/(?:ss|us|is|ous)$/.test(word)) return word
  return word.slice(0, -1)
}

export function normalizeTerm(word: string): string {
  return stem(foldWord(word))
}

/** Very common words carry no meaning for ranking and would bloat the index. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be but by for from had has have he her his i if in into is it its me my ' +
    'no not of on or our she so than that the their them then there these they this to too us ' +
    'was we were what when which who will with you your s t d ll m re ve'
  ).split(' '),
)

/** Every word of `text` with its normalized term and offsets, stop words included. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(WORD)) {
    const term = normalizeTerm(match[0])
    tokens.push({ term, start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

// One character of WORD, tested in place (sticky) so no string is made per character.
const WORD_CHAR_AT = /[\p{L}\p{N}\p{M}]/uy

/** 1 for the ASCII characters of WORD: 0-9, A-Z, a-z. */
const ASCII_WORD_CHAR = new Uint8Array(128)
for (let code = 0; code < 128; code++)
  ASCII_WORD_CHAR[code] = /[0-9A-Za-z]/.test(String.fromCharCode(code)) ? 1 : 0

/**
 * Steps through the words of a text as tokenize() finds them, giving each one's bounds and its
 * wordHash(): one pass over the characters and no string, match object or callback per word, for
 * the index builder, which reads every word of the archive.
 */
export class WordCursor {
  private text = ''
  private at = 0
  /** The current word: `text.slice(start, end)`, and its wordHash(). */
  start = 0
  end = 0
  hash = WORD_HASH_SEED

  /** Starts over on `text`; next() then moves to its first word. */
  reset(text: string): this {
    this.text = text
    this.at = 0
    return this
  }

  /** Moves to the next word; false when there is none left. */
  next(): boolean {
    const text = this.text
    const length = text.length
    let start = -1
    let hash = WORD_HASH_SEED
    let i = this.at
    for (; i < length; i++) {
      const code = text.charCodeAt(i)
      let isWordChar: boolean
      // A letter outside the Basic Multilingual Plane takes two code units.
      let pair = false
      if (code < 0x80) isWordChar = ASCII_WORD_CHAR[code] === 1
      else {
        pair = code >= 0xd800 && code <= 0xdbff && (text.codePointAt(i) as number) > 0xffff
        WORD_CHAR_AT.lastIndex = i
        isWordChar = WORD_CHAR_AT.test(text)
      }
      if (isWordChar) {
        if (start < 0) start = i
        hash = foldIntoHash(hash, code)
        if (pair) hash = foldIntoHash(hash, text.charCodeAt(++i))
      } else if (start >= 0) break
      else if (pair) i++
    }
    this.at = i
    if (start < 0) return false
    this.start = start
    this.end = i
    this.hash = hash
    return true
  }
}

/** Whether a term belongs in the index: not a stop word, not a lone latin letter. */
export function isIndexable(term: string): boolean {
  if (STOP_WORDS.has(term)) return false
  return term.length > 1 || !/[a-z]/.test(term)
}
