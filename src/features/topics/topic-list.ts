// The topics a view can offer: the catalog's list (names, descriptions, counts as compiled),
// with each topic's kind from the taxonomy so /topics can group sections apart from subjects.
import type { Catalog } from '@/corpus/schema'
import { findTopic, type TopicKind } from '@/corpus/topics'

export interface TopicEntry {
  slug: string
  name: string
  description: string
  storyCount: number
  /** Andrew's letters filed under the topic (the catalog counts stories only). */
  letterCount: number
  kind: TopicKind
}

export function topicEntries(catalog: Catalog): TopicEntry[] {
  const letters = new Map<string, number>()
  for (const issue of catalog.issues) {
    if (issue.hasLetter)
      for (const slug of issue.letterTopics) letters.set(slug, (letters.get(slug) ?? 0) + 1)
  }
  return catalog.topics.map((t) => ({
    slug: t.slug,
    name: t.name,
    description: t.description,
    storyCount: t.storyCount,
    letterCount: letters.get(t.slug) ?? 0,
    kind: findTopic(t.slug)?.kind ?? 'subject',
  }))
}
