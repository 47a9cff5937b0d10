// The corpus schemas' shared ground: zod's configuration, the schema version, and the id, date
// and date-source types that both the catalog (lists) and the issue bodies use.
import * as z from 'zod/mini'

// No `new Function` probe: a strict CSP reports it as a violation even though zod catches it.
z.config({ jitless: true })

/** Bumped when the emitted shape changes in a way an old app cannot read. */
export const CORPUS_SCHEMA_VERSION = 2

export const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'))
/** URL-safe id: lowercase ascii letters, digits and single hyphens. */
export const slugId = z
  .string()
  .check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a URL-safe id'))

/** Counts, orders and line numbers: one schema each, shared, since every zod schema costs time to build. */
export const nonNegativeInt = z.int().check(z.gte(0))
export const positiveInt = z.int().check(z.gt(0))

export const dateSourceSchema = z.enum(['text', 'inferred', 'unknown'])
