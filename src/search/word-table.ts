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

/**
 * Open addressing over typed arrays. The words themselves are kept as UTF-16 code units in one
 * array, not as strings: comparing a word of the text with a string key char by char cost more
 * than everything else the index builder does per word.
 */
export class WordTable {
  /** Per slot: the word's length, 0 for an empty slot (no word is empty). */
  private lengths: Int32Array
  private hashes: Int32Array
  private values: Int32Array
  /** Per slot: where the word's code units start in `units`. */
  private offsets: Int32Array
  private mask: number
  private size = 0
  private units: Uint16Array
  private unitsUsed = 0

  constructor(initialSlots = 1 << 14, initialUnits = 1 << 16) {
    this.units = new Uint16Array(initialUnits)
    this.lengths = new Int32Array(initialSlots)
    this.hashes = new Int32Array(initialSlots)
    this.values = new Int32Array(initialSlots)
    this.offsets = new Int32Array(initialSlots)
    this.mask = initialSlots - 1
  }

  /**
   * The number of `text.slice(start, end)`, whose wordHash() is `hash`; `numberOf` gives it the
   * first time. A word is never empty (length 0 marks an empty slot).
   */
  lookup(
    text: string,
    start: number,
    end: number,
    hash: number,
    numberOf: (word: string) => number,
  ): number {
    const length = end - start
    if (length <= 0) throw new RangeError(`WordTable: an empty word (${start}, ${end})`)
    let slot = hash & this.mask
    for (let stored = this.lengths[slot]; stored !== 0; stored = this.lengths[slot]) {
      if (stored === length && this.hashes[slot] === hash && this.holds(slot, text, start, length))
        return this.values[slot] as number
      slot = (slot + 1) & this.mask
    }
    const value = numberOf(text.slice(start, end))
    this.lengths[slot] = length
    this.hashes[slot] = hash
    this.values[slot] = value
    this.offsets[slot] = this.store(text, start, length)
    if (++this.size * 2 > this.lengths.length) this.grow()
    return value
  }

  /** Whether the word in `slot` is `text.slice(start, start + length)`. */
  private holds(slot: number, text: string, start: number, length: number): boolean {
    const units = this.units
    const offset = this.offsets[slot] as number
    for (let i = 0; i < length; i++)
      if (units[offset + i] !== text.charCodeAt(start + i)) return false
    return true
  }

  /** Appends the word's code units to `units`; where they start. */
  private store(text: string, start: number, length: number): number {
    if (this.unitsUsed + length > this.units.length) {
      const grown = new Uint16Array(Math.max(this.units.length * 2, this.unitsUsed + length))
      grown.set(this.units)
      this.units = grown
    }
    const offset = this.unitsUsed
    for (let i = 0; i < length; i++) this.units[offset + i] = text.charCodeAt(start + i)
    this.unitsUsed += length
    return offset
  }

  /** Doubles the slots, keeping the table at most half full so probes stay short. */
  private grow(): void {
    const { lengths, hashes, values, offsets } = this
    const slots = lengths.length * 2
    this.lengths = new Int32Array(slots)
    this.hashes = new Int32Array(slots)
    this.values = new Int32Array(slots)
    this.offsets = new Int32Array(slots)
    this.mask = slots - 1
    for (let old = 0; old < lengths.length; old++) {
      if (lengths[old] === 0) continue
      let slot = (hashes[old] as number) & this.mask
      while (this.lengths[slot] !== 0) slot = (slot + 1) & this.mask
      this.lengths[slot] = lengths[old] as number
      this.hashes[slot] = hashes[old] as number
      this.values[slot] = values[old] as number
      this.offsets[slot] = offsets[old] as number
    }
  }
}
