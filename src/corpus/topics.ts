// PLACEHOLDER owned by the topics work (issue 5): the taxonomy and its deterministic matcher.
// The compiler's enrich stage calls assignTopics(); keep this signature.
import type { TopicAssignment } from './schema'

export interface TopicText {
  headline: string
  dek: string
  body: string
}

export interface TopicDefinition {
  slug: string
  name: string
  description: string
}

export const topicTaxonomy: readonly TopicDefinition[] = []

export function assignTopics(_text: TopicText): TopicAssignment[] {
  return []
}
