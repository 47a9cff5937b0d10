// Where a search result leads: the story (or letter), the section that matched, and the matched
// words as `hl` so the reader view can mark them.
import type { SearchHit } from '@/search/search-engine'

/** Enough words to mark typos' corrections and prefixes, not a whole vocabulary. */
const MAX_HIGHLIGHT_WORDS = 12

export function highlightParam(words: readonly string[]): string | undefined {
  const picked = words.slice(0, MAX_HIGHLIGHT_WORDS).join(' ')
  return picked || undefined
}

export type ResultLink =
  | { to: '/stories/$storyId'; params: { storyId: string }; hash?: string; search: { hl?: string } }
  | { to: '/letters/$issueId'; params: { issueId: string }; hash?: string; search: { hl?: string } }

export function resultLink(hit: SearchHit, words: readonly string[]): ResultLink {
  const search = { hl: highlightParam(words) }
  const hash = hit.anchor ?? undefined
  if (hit.type === 'letter' || hit.storyId === null) {
    return { to: '/letters/$issueId', params: { issueId: hit.issueId }, hash, search }
  }
  return { to: '/stories/$storyId', params: { storyId: hit.storyId }, hash, search }
}
