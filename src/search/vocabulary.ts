// The index's sorted vocabulary, with the lookups term expansion needs: exact, prefix range and
// trigram neighbours. The trigram table is built on first use so loading the index stays cheap.

export interface TrigramNeighbour {
  term: number
  /** Dice coefficient of the two trigram sets, 0..1. */
  dice: number
}

function trigramsOf(word: string): string[] {
  const padded = ` ${word} `
  const grams = new Set<string>()
  for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3))
  return [...grams]
}

export class Vocabulary {
  readonly terms: readonly string[]
  private readonly postings: readonly string[]
  private trigramTable: Map<string, number[]> | null = null
  private trigramCounts: Uint8Array | null = null
  // Scratch space for neighbour counting, reused across queries.
  private shared: Uint16Array | null = null

  constructor(terms: readonly string[], postings: readonly string[]) {
    this.terms = terms
    this.postings = postings
  }

  get size(): number {
    return this.terms.length
  }

  postingsOf(term: number): string {
    return this.postings[term] ?? ''
  }

  /**
   * Documents containing the term, estimated from the encoded length (about two characters per
   * posting). Exact counts would cost a decode; ranking only needs the order of magnitude.
   */
  docFrequency(term: number): number {
    return Math.max(1, Math.round(this.postingsOf(term).length / 2))
  }

  /** Position of `word` in the vocabulary, or -1. */
  find(word: string): number {
    const at = this.lowerBound(word)
    return this.terms[at] === word ? at : -1
  }

  /** Vocabulary positions of the words that start with `prefix`, in sorted order. */
  prefixRange(prefix: string): [number, number] {
    const start = this.lowerBound(prefix)
    // '\uffff' sorts after any continuation a real word can have.
    const end = this.lowerBound(`${prefix}\uffff`)
    return [start, end]
  }

  /** Words sharing character trigrams with `word`, best first, at most `limit`. */
  trigramNeighbours(word: string, limit: number, maxLengthDiff: number): TrigramNeighbour[] {
    const table = this.ensureTrigrams()
    const counts = this.trigramCounts!
    const shared = (this.shared ??= new Uint16Array(this.terms.length))
    const grams = trigramsOf(word)
    const touched: number[] = []
    for (const gram of grams) {
      const list = table.get(gram)
      if (!list) continue
      for (const term of list) {
        if (shared[term] === 0) touched.push(term)
        shared[term]!++
      }
    }
    // Two typos can break up to six trigrams; requiring a third of them keeps noise out.
    const minShared = Math.max(1, Math.floor(grams.length / 3))
    const out: TrigramNeighbour[] = []
    for (const term of touched) {
      const common = shared[term]!
      shared[term] = 0
      if (common < minShared) continue
      if (Math.abs(this.terms[term]!.length - word.length) > maxLengthDiff) continue
      out.push({ term, dice: (2 * common) / (grams.length + counts[term]!) })
    }
    out.sort((a, b) => b.dice - a.dice)
    return out.length > limit ? out.slice(0, limit) : out
  }

  /** Builds the trigram table now (the worker calls this while the reader is still idle). */
  warm(): void {
    this.ensureTrigrams()
  }

  private ensureTrigrams(): Map<string, number[]> {
    if (this.trigramTable) return this.trigramTable
    const table = new Map<string, number[]>()
    const counts = new Uint8Array(this.terms.length)
    this.terms.forEach((term, index) => {
      const grams = trigramsOf(term)
      counts[index] = Math.min(255, grams.length)
      for (const gram of grams) {
        const list = table.get(gram)
        if (list) list.push(index)
        else table.set(gram, [index])
      }
    })
    this.trigramCounts = counts
    this.trigramTable = table
    return table
  }

  private lowerBound(word: string): number {
    let lo = 0
    let hi = this.terms.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (this.terms[mid]! < word) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}
