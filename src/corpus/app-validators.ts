// How the app checks each corpus file it loads. Loaded lazily, with the first corpus request, so
// zod is not part of the initial JavaScript.
import { catalogSchema, issueSummarySchema, storySummarySchema } from './schema'
import { validateInSlices } from './validate-in-slices'

export { frontPageSchema, issueBodySchema } from './schema'

/** The catalog holds every story: checked in slices so a long archive never blocks typing. */
export const catalogValidator = validateInSlices(catalogSchema, {
  issues: issueSummarySchema,
  stories: storySummarySchema,
})
