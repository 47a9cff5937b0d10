// What a check of loaded JSON reports, independent of the validator that ran: either the data or
// readable problems (`path: message`). Type-only zod import: this stays out of the initial bundle.
import type * as z from 'zod/mini'

export type Validation<T> = { success: true; data: T } | { success: false; problems: string[] }

/** A check that runs in steps (e.g. yielding to the main thread); see validateInSlices. */
export type JsonValidator<T> = (json: unknown) => Promise<Validation<T>>

type Issue = Pick<z.core.$ZodIssue, 'path' | 'message'>

/** `stories.3.headline: Too small…`; `prefix` places issues found inside a list item. */
export function describeIssues(issues: readonly Issue[], prefix: PropertyKey[] = []): string[] {
  return issues.map((issue) => {
    const path = [...prefix, ...issue.path].map(String).join('.')
    return `${path || '(root)'}: ${issue.message}`
  })
}
