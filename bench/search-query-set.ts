// A deterministic query set drawn from the corpus under test, the way readers type: single words
// with one typo, half-typed words, two or three words (one misspelled), quoted phrases.
import type { IssueBody } from '../src/corpus/schema'

export interface BenchQuery {
  kind: 'typo' | 'prefix' | 'multi-word' | 'phrase' | 'exact'
  text: string
}

function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** One edit a hurried reader makes: drop, swap or double a letter, or hit a neighbour. */
function typo(word: string, next: () => number): string {
  const i = 1 + Math.floor(next() * (word.length - 2))
  switch (Math.floor(next() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1)
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    case 2:
      return word.slice(0, i) + word[i] + word.slice(i)
    default:
      return word.slice(0, i) + 'etaoinsr'[Math.floor(next() * 8)] + word.slice(i + 1)
  }
}

const words = (text: string) => text.toLowerCase().match(/[a-z]{6,}/g) ?? []

export function buildQuerySet(bodies: readonly IssueBody[], perKind = 20, seed = 4): BenchQuery[] {
  const next = random(seed)
  const stories = bodies.flatMap((b) => b.stories)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!
  const storyWords = () => {
    const story = pick(stories)
    return words(`${story.headline} ${story.dek}`)
  }
  const queries: BenchQuery[] = []
  for (let i = 0; queries.length < perKind * 5 && i < perKind * 50; i++) {
    const found = storyWords()
    if (found.length < 3) continue
    const [a, b, c] = [pick(found), pick(found), pick(found)]
    const kind = (['typo', 'prefix', 'multi-word', 'phrase', 'exact'] as const)[queries.length % 5]!
    const text = {
      typo: typo(a, next),
      prefix: a.slice(0, 4),
      'multi-word': `${typo(a, next)} ${b} ${c}`,
      phrase: `"${found.slice(0, 2).join(' ')}"`,
      exact: `${a} ${b}`,
    }[kind]
    queries.push({ kind, text })
  }
  return queries
}
