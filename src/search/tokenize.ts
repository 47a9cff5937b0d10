// One tokenizer for indexing, querying and highlighting, so a word marked in a snippet is exactly
// a word the index matched. Pure and DOM-free: the Node compiler imports it too.

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

/** Whether a term belongs in the index: not a stop word, not a lone latin letter. */
export function isIndexable(term: string): boolean {
  if (STOP_WORDS.has(term)) return false
  return term.length > 1 || !/[a-z]/.test(term)
}
