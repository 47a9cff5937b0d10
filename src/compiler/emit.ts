// Stage 6, emit: writes the compiled corpus as JSON files: catalog, one body per issue, search
// index. Stale issue bodies from an earlier run are removed so the folder matches the catalog.
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { compileSources, type CompileOutput } from './compile'
import { diagnostic, hasErrors } from './diagnostics'
import { MANIFEST_FILE } from './manifest'
import type { SourceFile } from './read'

const ISSUE_FILE = /\.(txt|md|markdown)$/i

export async function readSourceFolder(
  inDir: string,
): Promise<{ files: SourceFile[]; manifestText: string | null }> {
  const names = (await readdir(inDir)).filter((name) => ISSUE_FILE.test(name)).sort()
  const files = await Promise.all(
    names.map(async (name) => ({
      name,
      bytes: new Uint8Array(await readFile(path.join(inDir, name))),
    })),
  )
  let manifestText: string | null = null
  try {
    manifestText = await readFile(path.join(inDir, MANIFEST_FILE), 'utf8')
  } catch {
    manifestText = null
  }
  return { files, manifestText }
}

export async function emitCorpus(output: CompileOutput, outDir: string): Promise<void> {
  const issuesDir = path.join(outDir, 'issues')
  await rm(issuesDir, { recursive: true, force: true })
  await mkdir(issuesDir, { recursive: true })
  await Promise.all(
    output.bodies.map((body, i) =>
      writeFile(path.join(issuesDir, `${body.issue.id}.json`), output.bodyJson[i] as string),
    ),
  )
  await writeFile(path.join(outDir, 'search-index.json'), JSON.stringify(output.searchIndex))
  // The catalog goes last: a reader never sees a catalog whose bodies are not yet written.
  await writeFile(path.join(outDir, 'catalog.json'), JSON.stringify(output.catalog))
}

export interface CompileDirectoryOptions {
  inDir: string
  outDir: string
  /** Compile and report only; write nothing. */
  check?: boolean
}

export interface CompileDirectoryResult extends CompileOutput {
  exitCode: 0 | 1
}

export async function compileDirectory({
  inDir,
  outDir,
  check = false,
}: CompileDirectoryOptions): Promise<CompileDirectoryResult> {
  const { files, manifestText } = await readSourceFolder(inDir)
  const output = compileSources(files, manifestText)
  if (!check) {
    try {
      await emitCorpus(output, outDir)
    } catch (error) {
      output.diagnostics.push(diagnostic(outDir, 0, 'WRITE_FAILED', (error as Error).message))
    }
  }
  return { ...output, exitCode: hasErrors(output.diagnostics) ? 1 : 0 }
}
