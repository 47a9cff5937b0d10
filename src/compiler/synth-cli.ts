// `npm run corpus:synth -- --issues N --out DIR [--seed S]`: writes a synthetic archive of N raw
// issues plus manifest.json. Exit codes: 0 written, 2 usage errors (nothing written).
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { parseCommandLine, usageError as commandUsageError, type Command } from './command-line'
import { DEFAULT_SEED, synthIssues, type SynthManifestEntry } from './synth'

const MAX_ISSUES = 100_000

const USAGE = `usage: npm run corpus:synth -- --issues N --out DIR [--seed S]
  --issues N   number of issues to write (1-${MAX_ISSUES})
  --out DIR    folder to write them to; must be new or empty
  --seed S     integer seed (default ${DEFAULT_SEED}); the same seed writes the same bytes`

const COMMAND: Command = { name: 'corpus:synth', usage: USAGE }
function usageError(message: string): never {
  return commandUsageError(COMMAND, message)
}

/** A whole number in [min, max] written in decimal, else null. */
function parseInteger(text: string, min: number, max: number): number | null {
  if (!/^-?\d+$/.test(text.trim())) return null
  const value = Number(text)
  return Number.isSafeInteger(value) && value >= min && value <= max ? value : null
}

function main(): void {
  const values = parseCommandLine(COMMAND, {
    issues: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
  })
  if (values.issues === undefined) usageError('--issues is required')
  if (values.out === undefined || values.out.trim() === '') usageError('--out is required')
  const issues = parseInteger(values.issues, 1, MAX_ISSUES)
  if (issues === null)
    usageError(`--issues must be a whole number from 1 to ${MAX_ISSUES}, not "${values.issues}"`)
  const seed = values.seed === undefined ? DEFAULT_SEED : parseInteger(values.seed, 0, 0xffffffff)
  if (seed === null)
    usageError(`--seed must be a whole number from 0 to ${0xffffffff}, not "${values.seed}"`)

  const outDir = values.out
  // Refuse to mix with existing files: a stale issue left in the folder would be compiled too.
  if (existsSync(outDir)) {
    if (!statSync(outDir).isDirectory()) usageError(`--out "${outDir}" exists and is not a folder`)
    if (readdirSync(outDir).length > 0)
      usageError(`--out "${outDir}" is not empty; choose a new or empty folder`)
  }
  mkdirSync(outDir, { recursive: true })

  const manifest: Record<string, SynthManifestEntry> = {}
  const counts = { text: 0, markdown: 0, stories: 0, bytes: 0 }
  for (const { file, manifest: entry, expected } of synthIssues({ issues, seed })) {
    writeFileSync(path.join(outDir, file.name), file.text)
    manifest[file.name] = entry
    counts[file.format]++
    counts.stories += expected.headlines.length
    counts.bytes += Buffer.byteLength(file.text)
  }
  writeFileSync(path.join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
  process.stderr.write(
    `wrote ${issues} issues (${counts.text} text, ${counts.markdown} Markdown; ${counts.stories} stories; ` +
      `${(counts.bytes / 1048576).toFixed(1)} MB) and manifest.json to ${outDir} (seed ${seed})\n`,
  )
}

main()
