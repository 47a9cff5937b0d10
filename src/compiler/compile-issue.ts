// One raw file through read → normalize → segment → extract: a draft issue plus everything the
// stages noticed. Ids, enrichment and validation happen across the batch in compile.ts.
import type { Diagnostic } from './diagnostics'
import { extractIssue, type IssueDraft } from './extract'
import { normalizeIssue } from './normalize'
import { readSource, type SourceInput } from './read'
import { segmentIssue } from './segment'

export interface CompiledFile {
  draft: IssueDraft | null
  diagnostics: Diagnostic[]
}

export function compileFile(file: SourceInput): CompiledFile {
  const read = readSource(file)
  if (!read.result) return { draft: null, diagnostics: read.diagnostics }
  const normalized = normalizeIssue(read.result)
  const segmented = segmentIssue(normalized.result)
  const extracted = extractIssue(segmented.result)
  return {
    draft: extracted.result,
    diagnostics: [
      ...read.diagnostics,
      ...normalized.diagnostics,
      ...segmented.diagnostics,
      ...extracted.diagnostics,
    ],
  }
}
