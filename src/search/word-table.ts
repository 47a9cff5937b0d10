// A hash table from words to numbers that finds a word where it stands in a text, so that no
// string is made for a word already seen: nearly every word of an archive is one. Runs under Node
// and in the browser: no dependencies.

/** FNV-1a over UTF-16 code units: start from WORD_HASH_SEED, then fold in each unit. */
export const WORD_HASH_SEED = 0x811c9dc5
const FNV_PRIME = 0x01000193
export const foldIntoHash = (hash: number, code: number) => Math.imul(hash ^ code, FNV_PRIME)

export function wordHash(text: string, start: number, end: number): number {
  let hash = WORD_HASH_SEED
  for (let i = start; i < end; i++) hash = foldIntoHash(hash, text.charCodeAt(i))
  return hash
}

function sameChars(key: string, text: string, start: number): boolean {
  for (let i = 0; i < key.length; i++)
    if (key.charCodeAt(i) !== text.charCodeAt(start + i)) return false
  return true
}

export class WordTable {
  private keys: (string | undefined)[]
  private hashes: Int32Array
  private values: Int32Array
  private mask: number
  private size = 0

  constructor(initialSlots = 1 << 14) {
    this.keys = new Array<string | undefined>(initialSlots).fill(undefined)
    this.hashes = new Int32Array(initialSlots)
    this.values = new Int32Array(initialSlots)
    this.mask = initialSlots - 1
  }

  /**
   * The number of `text.slice(start, end)`, whose wordHash() is `hash`; `numberOf` gives it the
   * first time.
   */
  lookup(
    text: string,
    start: number,
    end: number,
    hash: number,
    numberOf: (word: string) => number,
  ): number {
    const length = end - start
    let slot = hash & this.mask
    for (let key = this.keys[slot]; key !== undefined; key = this.keys[slot]) {
      if (this.hashes[slot] === hash && key.length === length && sameChars(key, text, start))
        return this.values[slot] as number
      slot = (slot + 1) & this.mask
    }
    const word = text.slice(start, end)
    const value = numberOf(word)
    this.place(word, hash, value)
    if (++this.size * 2 > this.keys.length) this.grow()
    return value
  }

  private place(word: string, hash: number, value: number): void {
    let slot = hash & this.mask
    while (this.keys[slot] !== undefined) slot = (slot + 1) & this.mask
    this.keys[slot] = word
    this.hashes[slot] = hash
    this.values[slot] = value
  }

  /** Doubles the slots, keeping the table at most half full so probes stay short. */
  private grow(): void {
    const { keys, hashes, values } = this
    const slots = keys.length * 2
    this.keys = new Array<string | undefined>(slots).fill(undefined)
    this.hashes = new Int32Array(slots)
    this.values = new Int32Array(slots)
    this.mask = slots - 1
    keys.forEach((key, i) => {
      if (key !== undefined) this.place(key, hashes[i] as number, values[i] as number)
    })
  }
}
