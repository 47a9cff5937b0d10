// Stage 6, emit: writes the compiled corpus as JSON files: catalog, front page, one body per
// issue, search index. Bodies an earlier run left that the new catalog does not list are removed
// last, so the folder matches the catalog.
import { readdirSync } from 'node:fs'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import {
  compileInParallel,
  startWorkerBuild,
  type ParallelOptions,
  type ParallelOutput,
} from './compile-parallel'
import { diagnostic, hasErrors, type Diagnostic } from './diagnostics'
import { MANIFEST_FILE } from './manifest'
import { overwriteFileSync } from './overwrite-file'
import type { Catalog } from '../corpus/schema'
import type { CompileReport } from './report'

const ISSUE_FILE = /\.(txt|md|markdown)$/i

/** The names of the raw issues in `inDir`, sorted. */
function issueFileNames(inDir: string): string[] {
  return readdirSync(inDir)
    .filter((name) => ISSUE_FILE.test(name))
    .sort()
}

/** The manifest of `inDir`, or null when it has none. */
async function readManifest(inDir: string): Promise<string | null> {
  try {
    return await readFile(path.join(inDir, MANIFEST_FILE), 'utf8')
  } catch {
    return null
  }
}

/**
 * The issues folder under `outDir`. An earlier run's bodies stay while the new ones overwrite
 * them: creating thousands of files where thousands were just deleted is several times slower
 * on this kind of disk than rewriting them.
 */
async function issuesDirIn(outDir: string): Promise<string> {
  const issuesDir = path.join(outDir, 'issues')
  await mkdir(issuesDir, { recursive: true })
  return issuesDir
}

/** Removes what the issues folder holds beyond the bodies of `catalog`. */
async function removeStaleBodies(issuesDir: string, catalog: Catalog): Promise<void> {
  const bodies = new Set(catalog.issues.map((issue) => `${issue.id}.json`))
  const stale = (await readdir(issuesDir)).filter((name) => !bodies.has(name))
  await Promise.all(
    stale.map((name) => rm(path.join(issuesDir, name), { recursive: true, force: true })),
  )
}

/** The files that describe the bodies, written after them. */
function writeIndexFiles(output: ParallelOutput, outDir: string): void {
  overwriteFileSync(path.join(outDir, 'search-index.json'), output.searchIndexJson)
  // The catalog and front page go last: a reader never sees either before its bodies exist.
  overwriteFileSync(path.join(outDir, 'front.json'), JSON.stringify(output.frontPage))
  overwriteFileSync(path.join(outDir, 'catalog.json'), output.catalogJson)
}

export interface CompileDirectoryOptions {
  inDir: string
  outDir: string
  /** Compile and report only; write nothing. */
  check?: boolean
  /** How large batches use the other cores. */
  parallel?: ParallelOptions
}

export interface CompileDirectoryResult {
  /** Every diagnostic, a failed write included. */
  diagnostics: Diagnostic[]
  /** The compile report (a failed write is not part of it). */
  report: CompileReport
  exitCode: 0 | 1
}

export async function compileDirectory({
  inDir,
  outDir,
  check = false,
  parallel,
}: CompileDirectoryOptions): Promise<CompileDirectoryResult> {
  const names = issueFileNames(inDir)
  // The workers' code builds while this thread reads the manifest and makes the output folder.
  startWorkerBuild(names.length, parallel)
  // Each file is read by the thread that compiles it.
  const files = names.map((name) => ({ name, path: path.join(inDir, name) }))
  const manifestText = await readManifest(inDir)
  let writeFailure: string | null = null
  let issuesDir: string | null = null
  if (!check) {
    try {
      issuesDir = await issuesDirIn(outDir)
    } catch (error) {
      writeFailure = (error as Error).message
    }
  }
  // The workers write each body as soon as it is finished; this thread writes the rest.
  const output = await compileInParallel(files, manifestText, { ...parallel, issuesDir })
  writeFailure ??= output.writeError
  if (issuesDir !== null && writeFailure === null) {
    try {
      writeIndexFiles(output, outDir)
      await removeStaleBodies(issuesDir, output.catalog)
    } catch (error) {
      writeFailure = (error as Error).message
    }
  }
  const diagnostics =
    writeFailure === null
      ? output.diagnostics
      : [...output.diagnostics, diagnostic(outDir, 0, 'WRITE_FAILED', writeFailure)]
  return { diagnostics, report: output.report, exitCode: hasErrors(diagnostics) ? 1 : 0 }
}
