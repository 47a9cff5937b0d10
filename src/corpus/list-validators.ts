// How the app checks the catalog and the front page. Loaded lazily with the first of them, so zod
// is not part of the initial JavaScript; builds only the list schemas, not the issue bodies'.
import {
  catalogSchema,
  frontPageSchema,
  issueSummarySchema,
  storySummarySchema,
} from './list-schema'
import { validateInSlices } from './validate-in-slices'

export { frontPageSchema }
/** The compiler writes the catalog a story to a line (see compile.ts): read it in slices too. */
export { readListsByLine as readCatalog } from '../lib/lined-json'

/** The catalog holds every story: checked in slices so a long archive never blocks typing. */
export const catalogValidator = validateInSlices(catalogSchema, {
  issues: issueSummarySchema,
  stories: storySummarySchema,
})
