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

function isWordCharAt(text: string, at: number, code: number): boolean {
  if (code < 0x80)
    return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) /* 0-9 a-z A-Z */
  WORD_CHAR_AT.lastIndex = at
  return WORD_CHAR_AT.test(text)
}

/**
 * Calls `visit` with the bounds of each word of `text`, as tokenize() finds them, and the word's
 * wordHash(): one pass over the characters and no string or match object per word, for the index
 * builder.
 */
export function forEachWord(
  text: string,
  visit: (start: number, end: number, hash: number) => void,
): void {
  let start = -1
  let hash = WORD_HASH_SEED
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    // A letter outside the Basic Multilingual Plane takes two code units.
    const pair = code >= 0xd800 && code <= 0xdbff && (text.codePointAt(i) as number) > 0xffff
    if (isWordCharAt(text, i, code)) {
      if (start < 0) {
        start = i
        hash = WORD_HASH_SEED
      }
      hash = foldIntoHash(hash, code)
      if (pair) hash = foldIntoHash(hash, text.charCodeAt(i + 1))
    } else if (start >= 0) {
      visit(start, i, hash)
      start = -1
    }
    if (pair) i++
  }
  if (start >= 0) visit(start, text.length, hash)
}

/** The words of `text` as tokenize() finds them, not yet normalized and without offsets. */
export function wordsOf(text: string): string[] {
  const words: string[] = []
  forEachWord(text, (start, end) => words.push(text.slice(start, end)))
  return words
}

/** Whether a term belongs in the index: not a stop word, not a lone latin letter. */
export function isIndexable(term: string): boolean {
  if (STOP_WORDS.has(term)) return false
  return term.length > 1 || !/[a-z]/.test(term)
}
