// Loaders for /topics and /topics/$topic: the catalog, and notFound() for a slug it does not list.
import { notFound } from '@tanstack/react-router'
import { corpusStore } from '@/stores/corpus-store'

export async function loadTopics(): Promise<void> {
  await corpusStore.getState().ensureCatalog()
}

export async function loadTopic(slug: string): Promise<void> {
  const index = await corpusStore.getState().ensureCatalog()
  if (!index.catalog.topics.some((t) => t.slug === slug)) throw notFound()
}
