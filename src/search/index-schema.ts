// The prebuilt search index (public/corpus/search-index.json): shape, version and types. The
// compiler builds it, the app validates it on arrival like the rest of the corpus.
import * as z from 'zod/mini'
import { SLUG_PATTERN } from '../lib/topic-filter'
import { POSTINGS_PATTERN } from './postings-codec'

// The worker validates under the same CSP as the page: no `new Function` probe. zod/mini, as the
// rest of the corpus: the search chunks (and the compiler's workers) carry its small core only.
z.config({ jitless: true })

/** Bumped whenever the emitted index changes shape or encoding. */
export const SEARCH_INDEX_VERSION = 2

/** One character per document type in `docs.types`. */
export const DOC_TYPE_CODES = { story: 's', letter: 'l', take: 't' } as const

/**
 * The document whose story `doc` shows: a take sits right after its story and borrows its id,
 * headline and topics; any other document is its own.
 */
export function storyDocOf(types: string, doc: number): number {
  return types[doc] === DOC_TYPE_CODES.take && doc > 0 ? doc - 1 : doc
}

/** A document's topics: slugs separated by single spaces, or nothing. */
const TOPIC_LIST = new RegExp(`^(?:${SLUG_PATTERN}(?: ${SLUG_PATTERN})*)?$`)

/**
 * Arrays of many thousands of strings are checked with one plain loop each: per-element zod
 * schemas cost more than the rest of loading the index.
 */
function stringArray(what: string, pattern?: RegExp) {
  return z.custom<string[]>(
    (value) =>
      Array.isArray(value) &&
      value.every((item) => typeof item === 'string' && (!pattern || pattern.test(item))),
    { message: `expected an array of ${what}` },
  )
}

function indexArray() {
  return z.custom<number[]>(
    (value) => Array.isArray(value) && value.every((item) => Number.isInteger(item) && item >= 0),
    { message: 'expected an array of non-negative integers' },
  )
}

export const searchIndexSchema = z
  .object({
    version: z.literal(SEARCH_INDEX_VERSION),
    /** [issue id, date or null]; documents point here by position. */
    issues: z.array(z.tuple([z.string(), z.nullable(z.string())])),
    docs: z.object({
      /** One of s|l|t per document. */
      types: z.string().check(z.regex(/^[slt]*$/)),
      /** Position in `issues`. */
      issue: indexArray(),
      /** Story id for stories; empty for letters and takes (a take belongs to the story before it). */
      story: stringArray('story ids'),
      /** Display title; empty for takes, which show their story's headline. */
      title: stringArray('titles'),
      /** Topic slugs, space-separated; empty for takes, which have their story's. */
      topics: stringArray('topic lists', TOPIC_LIST),
    }),
    /** Sorted, distinct vocabulary of normalized terms. */
    terms: stringArray('terms'),
    /** Encoded postings, parallel to `terms` (see postings-codec.ts). */
    postings: stringArray('encoded postings', POSTINGS_PATTERN),
  })
  .check(
    z.superRefine((index, ctx) => {
      const n = index.docs.types.length
      if (
        index.docs.issue.length !== n ||
        index.docs.story.length !== n ||
        index.docs.title.length !== n ||
        index.docs.topics.length !== n
      ) {
        ctx.addIssue({ code: 'custom', message: 'document columns differ in length' })
      }
      if (index.terms.length !== index.postings.length) {
        ctx.addIssue({ code: 'custom', message: 'terms and postings differ in length' })
      }
      if (index.docs.issue.some((i) => i >= index.issues.length)) {
        ctx.addIssue({ code: 'custom', message: 'document points past the issue table' })
      }
    }),
  )

export type SearchIndexData = z.infer<typeof searchIndexSchema>
