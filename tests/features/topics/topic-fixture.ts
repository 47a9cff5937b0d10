// The shared fixture corpus with varied topics (it files every story under vision), so chips,
// counts and topic pages have something to tell apart.
import { selectFrontPage } from '@/corpus/front-page'
import type { Catalog } from '@/corpus/schema'
import { topicTaxonomy } from '@/corpus/topics'
import { fixtureCatalog, fixtureResponse, jsonResponse } from '../../fixtures/corpus-fixture'

export const storyTopics: Record<string, string[]> = {
  'de-facing-imagenet': ['vision', 'privacy'],
  'pretraining-on-uncurated-data': ['vision', 'data'],
  'cancer-in-the-crosshairs': ['vision', 'health'],
  'robots-in-the-warehouse': ['hardware'],
  'speech-for-everyone': ['speech-and-audio'],
}

const stories = fixtureCatalog.stories.map((s) => ({
  ...s,
  topics: storyTopics[s.id] ?? ['ml-research'],
}))

export const topicCatalog: Catalog = {
  ...fixtureCatalog,
  issues: fixtureCatalog.issues.map((i) =>
    i.hasLetter ? { ...i, letterTopics: ['ai-and-society'] } : i,
  ),
  stories,
  topics: topicTaxonomy.map((t) => ({
    slug: t.slug,
    name: t.name,
    description: t.description,
    storyCount: stories.filter((s) => s.topics.includes(t.slug)).length,
  })),
}

export function topicFixtureResponse(url: string): Response {
  if (url.endsWith('corpus/catalog.json')) return jsonResponse(topicCatalog)
  if (url.endsWith('corpus/front.json')) return jsonResponse(selectFrontPage(topicCatalog))
  return fixtureResponse(url)
}
