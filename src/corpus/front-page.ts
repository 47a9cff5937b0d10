// What `/` shows, selected from the catalog. The compiler emits it as its own small file so the
// first headline does not wait for the whole catalog; the app derives the same thing from the
// catalog when that is already loaded. One function, so both always agree.
import type { Catalog, FrontPage, StorySummary, TakeSummary } from './schema'

export const FRONT_PAGE_TAKES = 3
export const FRONT_PAGE_RECENT_ISSUES = 5

const hasTake = (story: StorySummary): story is TakeSummary => story.take !== null

/** `catalog.stories` is in issue order, then story order, as the compiler emits it. */
export function selectFrontPage(catalog: Catalog): FrontPage {
  const [latest = null, ...older] = catalog.issues
  const recent = older.slice(0, FRONT_PAGE_RECENT_ISSUES)
  const leadHeadline = new Map<string, string>()
  for (const story of catalog.stories)
    if (!leadHeadline.has(story.issueId)) leadHeadline.set(story.issueId, story.headline)
  return {
    schemaVersion: catalog.schemaVersion,
    version: catalog.version,
    issueCount: catalog.issues.length,
    latest,
    latestStories: latest ? catalog.stories.filter((story) => story.issueId === latest.id) : [],
    latestTakes: catalog.stories.filter(hasTake).slice(0, FRONT_PAGE_TAKES),
    recentIssues: recent.map((issue) => ({
      issue,
      leadHeadline: leadHeadline.get(issue.id) ?? null,
    })),
  }
}
