// Topic chips as URL state: `?topics=vision,health&match=all`. Parsing never fails: unknown or
// malformed slugs are dropped and reported so the view can mention them quietly.

export const topicMatchModes = ['any', 'all'] as const
export type TopicMatch = (typeof topicMatchModes)[number]

export interface TopicSelection {
  /** Selected slugs, deduplicated, in the order the reader picked them. */
  topics: readonly string[]
  match: TopicMatch
}

/** The search params as they sit in the URL; defaults are left out so plain URLs stay plain. */
export interface TopicSearch {
  topics?: string
  match?: TopicMatch
}

export interface ParsedTopicSelection {
  selection: TopicSelection
  /** Slugs in the URL that name no topic. */
  unknown: string[]
}

export const emptySelection: TopicSelection = { topics: [], match: 'any' }

/** A topic slug, unanchored: the search index's topic lists are built of it too. */
export const SLUG_PATTERN = '[a-z0-9]+(?:-[a-z0-9]+)*'
const SLUG = new RegExp(`^${SLUG_PATTERN}$`)
/** Far more than the taxonomy holds; caps the work a hostile URL can cause. */
const MAX_TOPICS_IN_URL = 32

function splitTopics(value: unknown): string[] {
  // TanStack Router may hand over an array (`?topics=["a"]`) or a number-like value; accept strings only.
  const raw = Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string').join(',')
    : value
  if (typeof raw !== 'string') return []
  return raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s.length > 0)
    .slice(0, MAX_TOPICS_IN_URL)
}

/**
 * For a route's `validateSearch`: keeps the two params in canonical form and passes nothing else
 * through. Unknown slugs stay in the URL until the reader changes the chips, so the view can say
 * which ones it ignored.
 */
export function validateTopicSearch(search: Record<string, unknown>): TopicSearch {
  const slugs = [...new Set(splitTopics(search.topics))]
  const out: TopicSearch = {}
  if (slugs.length > 0) out.topics = slugs.join(',')
  if (search.match === 'all') out.match = 'all'
  return out
}

/** The selection a view filters by: known slugs only, the rest reported as unknown. */
export function readTopicSelection(
  search: TopicSearch,
  known: ReadonlySet<string>,
): ParsedTopicSelection {
  const topics: string[] = []
  const unknown: string[] = []
  for (const slug of new Set(splitTopics(search.topics))) {
    if (SLUG.test(slug) && known.has(slug)) topics.push(slug)
    else unknown.push(slug)
  }
  return { selection: { topics, match: search.match === 'all' ? 'all' : 'any' }, unknown }
}

/** Search params for a selection (undefined values remove the param). */
export function topicSearchFor(selection: TopicSelection): {
  topics: string | undefined
  match: TopicMatch | undefined
} {
  return {
    topics: selection.topics.length > 0 ? selection.topics.join(',') : undefined,
    match: selection.match === 'all' ? 'all' : undefined,
  }
}

export function toggleTopic(selection: TopicSelection, slug: string): TopicSelection {
  const topics = selection.topics.includes(slug)
    ? selection.topics.filter((t) => t !== slug)
    : [...selection.topics, slug]
  return { ...selection, topics }
}

export function matchesSelection(
  itemTopics: readonly string[],
  selection: TopicSelection,
): boolean {
  if (selection.topics.length === 0) return true
  return selection.match === 'all'
    ? selection.topics.every((t) => itemTopics.includes(t))
    : selection.topics.some((t) => itemTopics.includes(t))
}

/** The items that match the selection, in their original order. */
export function filterByTopics<T>(
  items: readonly T[],
  topicsOf: (item: T) => readonly string[],
  selection: TopicSelection,
): T[] {
  return items.filter((item) => matchesSelection(topicsOf(item), selection))
}

/** How many items of the current (unfiltered) list carry each topic: the number on each chip. */
export function countTopics<T>(
  items: readonly T[],
  topicsOf: (item: T) => readonly string[],
): Map<string, number> {
  const counts = new Map<string, number>()
  for (const item of items)
    for (const slug of new Set(topicsOf(item))) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  return counts
}
