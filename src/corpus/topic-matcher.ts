// Deterministic keyword matching for the topic taxonomy: text is tokenized once per field, then
// each weighted term (a word, a phrase, optionally ending in a `*` prefix wildcard) is counted.
// Pure and dependency-free: it runs in the Node compiler and could run in the app.

/** A term as written in the taxonomy, split into tokens; the last may be a prefix. */
export interface ParsedTerm {
  source: string
  tokens: string[]
  prefix: boolean
}

/** Tokens of one field plus where each distinct token occurs, so lookups are not linear scans. */
export interface TokenIndex {
  tokens: string[]
  positions: Map<string, number[]>
  /** Distinct tokens in code-unit order, so a prefix finds its words by binary search. */
  sorted: string[]
}

/** Lowercase ascii words: accents folded, apostrophes dropped, every other character a separator. */
export function tokenize(text: string): string[] {
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

export function parseTerm(source: string): ParsedTerm {
  const prefix = source.trimEnd().endsWith('*')
  const tokens = tokenize(source)
  return { source, tokens, prefix }
}

export function indexTokens(text: string): TokenIndex {
  const tokens = tokenize(text)
  const positions = new Map<string, number[]>()
  tokens.forEach((token, at) => {
    const list = positions.get(token)
    if (list) list.push(at)
    else positions.set(token, [at])
  })
  return { tokens, positions, sorted: [...positions.keys()].sort() }
}

/** First index in `sorted` whose token is ≥ `key`. */
function lowerBound(sorted: readonly string[], key: string): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if ((sorted[mid] as string) < key) low = mid + 1
    else high = mid
  }
  return low
}

function tokenMatches(token: string | undefined, wanted: string, prefix: boolean): boolean {
  if (token === undefined) return false
  return prefix ? token.startsWith(wanted) : token === wanted
}

/** Start positions of the first token of `term`, using the index (prefix terms scan distinct tokens). */
function candidateStarts(index: TokenIndex, term: ParsedTerm): number[] {
  const first = term.tokens[0]
  if (first === undefined) return []
  const firstIsPrefix = term.prefix && term.tokens.length === 1
  if (!firstIsPrefix) return index.positions.get(first) ?? []
  // Tokens sharing a prefix sit together in sorted order: scan only that run.
  const starts: number[] = []
  for (let i = lowerBound(index.sorted, first); i < index.sorted.length; i++) {
    const token = index.sorted[i] as string
    if (!token.startsWith(first)) break
    starts.push(...(index.positions.get(token) ?? []))
  }
  return starts.sort((a, b) => a - b)
}

export interface TermHit {
  /** Token position where the match starts. */
  start: number
  /** The words as they appear in the text (lowercased), e.g. "radiologists" for `radiolog*`. */
  surface: string
}

/** Every occurrence of `term` in the indexed field. */
export function findTerm(index: TokenIndex, term: ParsedTerm): TermHit[] {
  const hits: TermHit[] = []
  const last = term.tokens.length - 1
  for (const start of candidateStarts(index, term)) {
    const ok = term.tokens.every((wanted, offset) =>
      tokenMatches(index.tokens[start + offset], wanted, term.prefix && offset === last),
    )
    if (ok)
      hits.push({ start, surface: index.tokens.slice(start, start + term.tokens.length).join(' ') })
  }
  return hits
}

/** Token positions covered by any of `phrases`: matches starting there are ignored for a topic. */
export function maskedPositions(index: TokenIndex, phrases: readonly ParsedTerm[]): Set<number> {
  const masked = new Set<number>()
  for (const phrase of phrases) {
    for (const hit of findTerm(index, phrase)) {
      for (let at = hit.start; at < hit.start + phrase.tokens.length; at++) masked.add(at)
    }
  }
  return masked
}
