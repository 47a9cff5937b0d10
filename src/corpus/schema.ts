// The corpus, defined once. The compiler validates what it emits against these schemas and the
// app validates what it loads against them; every corpus type is inferred from here. The issue
// bodies are defined in this file; the catalog and front page in `list-schema.ts`, and the shared
// ids and dates in `schema-base.ts`, both re-exported here.
// zod/mini: the same schemas with a tree-shakable API, so validation costs the app a few KB.
import * as z from 'zod/mini'
import type {
  catalogSchema,
  frontPageSchema,
  issueSummarySchema,
  storySummarySchema,
  takeSummarySchema,
  topicSummarySchema,
} from './list-schema'
import {
  CORPUS_SCHEMA_VERSION,
  dateSourceSchema,
  isoDate,
  nonNegativeInt,
  positiveInt,
  slugId,
} from './schema-base'
import { SAFE_HREF } from './safe-href'

export { CORPUS_SCHEMA_VERSION, dateSourceSchema, slugId } from './schema-base'
export * from './list-schema'

/** Characters [start, end) of a text link to `href` (Markdown sources keep their links). */
export const textLinkSchema = z.object({
  start: nonNegativeInt,
  end: positiveInt,
  href: z.string().check(z.regex(SAFE_HREF, 'expected an http(s) or mailto link')),
})
export type TextLink = z.infer<typeof textLinkSchema>

/** In order, apart, and inside a text of `length` characters. */
export function linksFit(links: readonly TextLink[], length: number): boolean {
  let from = 0
  for (const link of links) {
    if (link.start < from || link.end <= link.start || link.end > length) return false
    from = link.end
  }
  return true
}

export const paragraphBlockSchema = z
  .object({
    type: z.literal('paragraph'),
    text: z.string().check(z.minLength(1)),
    links: z.optional(z.array(textLinkSchema)),
  })
  .check(
    z.refine(
      (block) => linksFit(block.links ?? [], block.text.length),
      'a link lies outside its text',
    ),
  )
export const listBlockSchema = z
  .object({
    type: z.literal('list'),
    ordered: z.boolean(),
    items: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
    /** Per item, its links; present only when some item has one. */
    itemLinks: z.optional(z.array(z.array(textLinkSchema))),
  })
  .check(
    z.refine(
      (block) =>
        !block.itemLinks ||
        (block.itemLinks.length === block.items.length &&
          block.itemLinks.every((links, i) => linksFit(links, block.items[i]?.length ?? 0))),
      'a link lies outside its list item',
    ),
  )
/** A block of body text: a paragraph or a list, in reading order. */
export const blockSchema = z.discriminatedUnion('type', [paragraphBlockSchema, listBlockSchema])

/** Normalized section kinds; `other` is a one-off run-in label, `intro` is text before any label. */
export const sectionKinds = [
  'intro',
  'whats-new',
  'how-it-works',
  'key-insight',
  'results',
  'behind-the-news',
  'why-it-matters',
  'yes-but',
  'what-happened',
  'what-it-says',
  'the-story',
  'the-response',
  'other',
] as const
export const sectionKindSchema = z.enum(sectionKinds)

export const sectionSchema = z.object({
  /** The label exactly as printed, without its colon; null for the intro. */
  label: z.nullable(z.string()),
  kind: sectionKindSchema,
  /** In-page anchor, unique within the story (`whats-new`, `why-it-matters`, ...). */
  anchor: slugId,
  blocks: z.array(blockSchema),
})

/** The "We're thinking" take that closes a story: the editors' voice. */
export const takeSchema = z.object({
  label: z.string(),
  blocks: z.array(blockSchema).check(z.minLength(1)),
  /** Plain text of the take, for feeds and search. */
  text: z.string().check(z.minLength(1)),
})

export const topicAssignmentSchema = z.object({
  slug: slugId,
  score: z.number(),
  /** The words and phrases that decided this topic. */
  matched: z.array(z.string()),
})

export const storySchema = z.object({
  id: slugId,
  issueId: slugId,
  /** 0-based position of the story in its issue. */
  order: nonNegativeInt,
  headline: z.string().check(z.minLength(1)),
  dek: z.string(),
  sections: z.array(sectionSchema),
  take: z.nullable(takeSchema),
  topics: z.array(topicAssignmentSchema),
  wordCount: nonNegativeInt,
  readingMinutes: positiveInt,
  /** 1-based line of the headline in the source file. */
  sourceLine: positiveInt,
})

export const letterSchema = z.object({
  issueId: slugId,
  greeting: z.nullable(z.string()),
  blocks: z.array(blockSchema),
  /** Closing line such as "Keep learning!". */
  signOff: z.nullable(z.string()),
  /** Signature line such as "Andrew"; null when the issue prints none. */
  signature: z.nullable(z.string()),
  topics: z.array(topicAssignmentSchema),
  wordCount: nonNegativeInt,
  readingMinutes: positiveInt,
})

export const sponsorBlockSchema = z.object({
  heading: z.nullable(z.string()),
  blocks: z.array(blockSchema),
  /** Number of stories that precede the block in the issue (0 = before the first story). */
  afterStories: nonNegativeInt,
})

export const jobPostingSchema = z
  .object({
    title: z.string().check(z.minLength(1)),
    /** Its paragraphs, a blank line apart. */
    description: z.string(),
    titleLinks: z.optional(z.array(textLinkSchema)),
    /** Links in `description` (where to apply, say), by their place in the whole description. */
    descriptionLinks: z.optional(z.array(textLinkSchema)),
  })
  .check(
    z.refine(
      (job) =>
        linksFit(job.titleLinks ?? [], job.title.length) &&
        linksFit(job.descriptionLinks ?? [], job.description.length),
      'a link lies outside its job posting',
    ),
  )

export const unplacedLineSchema = z.object({
  line: positiveInt,
  text: z.string(),
})

export const issueSchema = z.object({
  id: slugId,
  date: z.nullable(isoDate),
  dateSource: dateSourceSchema,
  dateEvidence: z.nullable(z.string()),
  sourceFile: z.string(),
  format: z.enum(['text', 'markdown']),
  letter: z.nullable(letterSchema),
  storyIds: z.array(slugId),
  sponsors: z.array(sponsorBlockSchema),
  jobsHeading: z.nullable(z.string()),
  jobs: z.array(jobPostingSchema),
  footer: z.array(z.string()),
  /** Lines the compiler could not place; reported with file:line. */
  unplaced: z.array(unplacedLineSchema),
})

/** One issue in full: what `/issues/$issueId` and `/stories/$storyId` need. */
export const issueBodySchema = z.object({
  schemaVersion: z.literal(CORPUS_SCHEMA_VERSION),
  issue: issueSchema,
  stories: z.array(storySchema),
})

export type Block = z.infer<typeof blockSchema>
export type ParagraphBlock = z.infer<typeof paragraphBlockSchema>
export type ListBlock = z.infer<typeof listBlockSchema>
export type SectionKind = z.infer<typeof sectionKindSchema>
export type Section = z.infer<typeof sectionSchema>
export type Take = z.infer<typeof takeSchema>
export type TopicAssignment = z.infer<typeof topicAssignmentSchema>
export type Story = z.infer<typeof storySchema>
export type Letter = z.infer<typeof letterSchema>
export type SponsorBlock = z.infer<typeof sponsorBlockSchema>
export type JobPosting = z.infer<typeof jobPostingSchema>
export type UnplacedLine = z.infer<typeof unplacedLineSchema>
export type DateSource = z.infer<typeof dateSourceSchema>
export type Issue = z.infer<typeof issueSchema>
export type IssueBody = z.infer<typeof issueBodySchema>
export type StorySummary = z.infer<typeof storySummarySchema>
export type IssueSummary = z.infer<typeof issueSummarySchema>
export type TopicSummary = z.infer<typeof topicSummarySchema>
export type Catalog = z.infer<typeof catalogSchema>
export type TakeSummary = z.infer<typeof takeSummarySchema>
export type FrontPage = z.infer<typeof frontPageSchema>

export { corpusPaths } from './paths'
