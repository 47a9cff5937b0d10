// What the reader's routes load before they render. Unknown ids become notFound() (rendered in
// the layout); a failed catalog throws (the route's error view offers Retry); a failed issue
// body does not throw, so the page still renders and shows that issue's error in place.
import { notFound } from '@tanstack/react-router'
import type { FrontPage } from '@/corpus/schema'
import { corpusStore, type CorpusIndex } from '@/stores/corpus-store'

/** `/` needs only its own small file, so the first headline never waits for the catalog. */
export function loadFrontPage(): Promise<FrontPage> {
  return corpusStore.getState().ensureFrontPage()
}

export function loadCatalog(): Promise<CorpusIndex> {
  return corpusStore.getState().ensureCatalog()
}

async function loadBody(issueId: string): Promise<void> {
  // The failure is kept in the store and shown by IssueBodyGate; don't fail the whole route.
  await corpusStore
    .getState()
    .ensureIssueBody(issueId)
    .catch(() => undefined)
}

export async function loadIssue(issueId: string): Promise<void> {
  const index = await loadCatalog()
  if (!index.issuesById.has(issueId)) throw notFound()
  await loadBody(issueId)
}

export async function loadLetter(issueId: string): Promise<void> {
  const index = await loadCatalog()
  if (!index.issuesById.get(issueId)?.hasLetter) throw notFound()
  await loadBody(issueId)
}

export async function loadStory(storyId: string): Promise<void> {
  const index = await loadCatalog()
  const story = index.storiesById.get(storyId)
  if (!story) throw notFound()
  await loadBody(story.issueId)
}
