// The manifest gives per-file metadata the raw text lacks: above all the issue date, with the
// evidence for it. It is optional: a file without an entry still compiles.
import { z } from 'zod'
import { diagnostic, firstSchemaProblem, type StageResult } from './diagnostics'

export const manifestEntrySchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD'),
  dateSource: z.enum(['text', 'inferred']),
  evidence: z.string().min(1),
})
export const manifestSchema = z.record(z.string(), manifestEntrySchema)

export type ManifestEntry = z.infer<typeof manifestEntrySchema>
export type Manifest = z.infer<typeof manifestSchema>

export const MANIFEST_FILE = 'manifest.json'

/** Parses manifest.json; an invalid manifest is reported and ignored, never fatal. */
export function parseManifest(
  text: string | null,
  fileNames: readonly string[],
): StageResult<Manifest> {
  if (text === null) return { result: {}, diagnostics: [] }
  // An unusable manifest is reported once and ignored: dates then come from the text.
  const ignored = (problem: string): StageResult<Manifest> => ({
    result: {},
    diagnostics: [diagnostic(MANIFEST_FILE, 0, 'MANIFEST_INVALID', `${problem}; ignoring it`)],
  })
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    return ignored(`not valid JSON (${(error as Error).message})`)
  }
  const parsed = manifestSchema.safeParse(json)
  if (!parsed.success) return ignored(firstSchemaProblem(parsed.error))
  const known = new Set(fileNames)
  const diagnostics = Object.keys(parsed.data)
    .filter((name) => !known.has(name))
    .map((name) =>
      diagnostic(
        MANIFEST_FILE,
        0,
        'MANIFEST_UNKNOWN_FILE',
        `entry for "${name}", which is not in the input folder`,
      ),
    )
  return { result: parsed.data, diagnostics }
}
