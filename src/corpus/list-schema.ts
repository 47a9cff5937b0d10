// The catalog and the front page: the small files every list, feed and `/` reads. Kept apart
// from the issue-body schemas so that checking them builds only these (zod schemas cost
// main-thread time to construct, and `/` is waiting).
import * as z from 'zod/mini'
import {
  CORPUS_SCHEMA_VERSION,
  dateSourceSchema,
  isoDate,
  nonNegativeInt,
  positiveInt,
  slugId,
} from './schema-base'

// ---- Catalog: the small file every list and feed reads ----

export const storySummarySchema = z.object({
  id: slugId,
  issueId: slugId,
  order: nonNegativeInt,
  headline: z.string().check(z.minLength(1)),
  dek: z.string(),
  /** Plain text of the take, or null when the story has none. */
  take: z.nullable(z.string()),
  topics: z.array(slugId),
  wordCount: nonNegativeInt,
  readingMinutes: positiveInt,
})

export const issueSummarySchema = z.object({
  id: slugId,
  date: z.nullable(isoDate),
  dateSource: dateSourceSchema,
  /** The issue's stories are the catalog's stories with this issueId, in `order`. */
  storyCount: nonNegativeInt,
  hasLetter: z.boolean(),
  /** First paragraph of the letter, for the front page and the letters feed. */
  letterExcerpt: z.nullable(z.string()),
  letterTopics: z.array(slugId),
  letterReadingMinutes: nonNegativeInt,
  sponsorCount: nonNegativeInt,
  jobCount: nonNegativeInt,
})

export const topicSummarySchema = z.object({
  slug: slugId,
  name: z.string(),
  description: z.string(),
  storyCount: nonNegativeInt,
})

export const catalogSchema = z.object({
  schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
  /** Content hash of the whole corpus; changes whenever any emitted byte changes. */
  version: z.string(),
  /** Newest first; undated issues last. */
  issues: z.array(issueSummarySchema),
  /** In issue order (newest issue first), then story order. */
  stories: z.array(storySummarySchema),
  topics: z.array(topicSummarySchema),
})

/** The catalog's lists that grow with the archive: written an item to a line (lined-json.ts). */
export const CATALOG_LINE_LISTS = ['issues', 'stories'] as const satisfies readonly (keyof z.output<
  typeof catalogSchema
>)[]

// ---- Front page: the one small file `/` waits for, so the first headline needs no catalog ----

/** A story summary that carries a take. */
export const takeSummarySchema = z.extend(storySummarySchema, { take: z.string() })

export const frontPageSchema = z.object({
  schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
  /** The catalog's version: front.json and catalog.json always come from the same compile. */
  version: z.string(),
  issueCount: nonNegativeInt,
  /** The newest issue, or null when the archive is empty. */
  latest: z.nullable(issueSummarySchema),
  /** The newest issue's stories, in order. */
  latestStories: z.array(storySummarySchema),
  /** The newest takes, newest issue first. */
  latestTakes: z.array(takeSummarySchema),
  /** The issues after the newest, each with its lead story's headline. */
  recentIssues: z.array(
    z.object({ issue: issueSummarySchema, leadHeadline: z.nullable(z.string()) }),
  ),
})
