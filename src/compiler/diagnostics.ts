// Diagnostics: every stage reports problems as data, never by throwing. A closed set of codes,
// each with a fixed severity, so tools and tests can rely on them.

export const diagnosticCodes = {
  READ_FAILED: 'error',
  EMPTY_FILE: 'error',
  BINARY_FILE: 'error',
  INVALID_UTF8: 'warning',
  LARGE_FILE: 'warning',
  MANIFEST_INVALID: 'error',
  MANIFEST_UNKNOWN_FILE: 'warning',
  NO_DATE: 'warning',
  NO_LETTER: 'warning',
  NO_STORIES: 'warning',
  MISSING_HEADLINE: 'error',
  MISSING_TAKE: 'warning',
  UNPLACED_LINE: 'error',
  DUPLICATE_ISSUE_ID: 'error',
  DUPLICATE_STORY_ID: 'warning',
  STRAY_MARKER_REMOVED: 'info',
  SCHEMA_VIOLATION: 'error',
  WRITE_FAILED: 'error',
  INTERNAL_ERROR: 'error',
} as const

export type DiagnosticCode = keyof typeof diagnosticCodes
export type Severity = (typeof diagnosticCodes)[DiagnosticCode]

export interface Diagnostic {
  file: string
  /** 1-based line, or 0 when the diagnostic concerns the whole file. */
  line: number
  code: DiagnosticCode
  severity: Severity
  message: string
}

export function diagnostic(
  file: string,
  line: number,
  code: DiagnosticCode,
  message: string,
): Diagnostic {
  return { file, line, code, severity: diagnosticCodes[code], message }
}

/** A bug in a compiler stage, caught so that it costs one file, never the batch. */
export function internalError(file: string, error: unknown): Diagnostic {
  const message = `the compiler failed on this file (${(error as Error).message}); this issue was left out`
  return diagnostic(file, 0, 'INTERNAL_ERROR', message)
}

/** `file:line: CODE: message`, the format editors and CI logs understand. */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}: ${d.code}: ${d.message}`
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error')
}

/** The first problem a zod validation found, as `path.to.field: message`. */
export function firstSchemaProblem(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
}): string {
  const issue = error.issues[0]
  return `${issue?.path.map(String).join('.') || '(root)'}: ${issue?.message}`
}

/** What each stage returns: its result plus what it noticed on the way. */
export interface StageResult<T> {
  result: T
  diagnostics: Diagnostic[]
}
