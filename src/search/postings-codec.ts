// Postings as short ascii strings: per document a delta-coded doc number and one "code" character
// holding which fields contain the term and a term-frequency bucket. JSON keeps them as plain
// strings (no escapes) and gzip compresses them well; the engine decodes a term only when queried.

// 64 characters that JSON never escapes. Values 0-31 end a number, 32-63 continue it.
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_'
const VALUE = new Int8Array(128).fill(-1)
for (let i = 0; i < ALPHABET.length; i++) VALUE[ALPHABET.charCodeAt(i)] = i

/** Field bits in the code character, in ranking order. */
export const FIELD_BITS = { headline: 1, dek: 2, text: 4, body: 8 } as const
export const MAX_TF_BUCKET = 3

export interface Posting {
  doc: number
  /** FIELD_BITS mask | (tf bucket << 4). */
  code: number
}

/** 1 -> 0, 2-3 -> 1, 4-7 -> 2, 8+ -> 3: enough to tell a passing mention from a topic. */
export function tfBucket(tf: number): number {
  return tf >= 8 ? MAX_TF_BUCKET : tf >= 4 ? 2 : tf >= 2 ? 1 : 0
}

/** Codes fit in 6 bits (4 field bits, a 2-bit tf bucket), so a posting packs into one small integer. */
const CODE_SPAN = 64

/** One posting as a single number: an archive has millions, and numbers cost no allocation. */
export function packPosting(doc: number, code: number): number {
  return doc * CODE_SPAN + code
}

/** ASCII characters as a string: every character of the alphabet is one byte in UTF-8. */
const ascii = new TextDecoder()
/** Where encodings are written, reused across calls and grown as needed. */
let scratch = new Uint8Array(1 << 16)

/** The alphabet's character codes, by value. */
const ALPHABET_CODES = Uint8Array.from(ALPHABET, (char) => char.charCodeAt(0))

/** Writes the characters of `value` at `at`: 5 bits each, most significant first. */
function writeNumber(value: number, at: number): number {
  let shift = 0
  while (shift < 30 && value >>> (shift + 5) > 0) shift += 5
  // Higher groups go first, each marked as continuing the number (32-63).
  for (; shift > 0; shift -= 5) scratch[at++] = ALPHABET_CODES[32 + ((value >>> shift) & 31)]!
  scratch[at++] = ALPHABET_CODES[value & 31]!
  return at
}

/**
 * Packed postings (see packPosting) must be sorted by doc, ascending and distinct. Written as
 * bytes into one reused buffer and decoded once: appending to a string per posting would leave
 * millions of string pieces for the garbage collector to copy around.
 */
export function encodePackedPostings(packed: ArrayLike<number>): string {
  // A posting takes at most 7 characters for the doc gap and 1 for its code.
  if (scratch.length < packed.length * 8) scratch = new Uint8Array(packed.length * 8)
  let at = 0
  let previous = -1
  for (let i = 0; i < packed.length; i++) {
    const posting = packed[i] as number
    const doc = Math.floor(posting / CODE_SPAN)
    at = writeNumber(doc - previous - 1, at)
    scratch[at++] = ALPHABET_CODES[posting - doc * CODE_SPAN]!
    previous = doc
  }
  return ascii.decode(scratch.subarray(0, at))
}

/** Postings must be sorted by doc, ascending and distinct. */
export function encodePostings(postings: readonly Posting[]): string {
  return encodePackedPostings(postings.map(({ doc, code }) => packPosting(doc, code)))
}

/** Calls `visit` for each posting; throws on malformed input (the loader validates first). */
export function forEachPosting(encoded: string, visit: (doc: number, code: number) => void): void {
  let doc = -1
  let acc = 0
  let expectCode = false
  for (let i = 0; i < encoded.length; i++) {
    const value = VALUE[encoded.charCodeAt(i)] ?? -1
    if (value < 0) throw new Error(`bad postings character at ${i}`)
    if (expectCode) {
      visit(doc, value)
      expectCode = false
    } else if (value >= 32) {
      acc = acc * 32 + (value - 32)
    } else {
      doc += acc * 32 + value + 1
      acc = 0
      expectCode = true
    }
  }
  if (expectCode || acc !== 0) throw new Error('truncated postings')
}

export function decodePostings(encoded: string): Posting[] {
  const out: Posting[] = []
  forEachPosting(encoded, (doc, code) => out.push({ doc, code }))
  return out
}

/** Pattern a valid postings string matches, for the index schema. */
export const POSTINGS_PATTERN = /^[0-9A-Za-z_-]*$/
