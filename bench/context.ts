// What every bench section shares: the synthetic archives written for this run and, on demand,
// the compiled corpora (issue bodies) made from them.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { compileDirectory } from '../src/compiler/emit'
import { synthIssues, type SynthManifestEntry } from '../src/compiler/synth'
import type { IssueBody } from '../src/corpus/schema'

export interface BenchArchive {
  /** "350 issues" */
  label: string
  issues: number
  stories: number
  /** Raw issues and manifest.json. */
  inDir: string
  /** Where the compile section writes the corpus. */
  outDir: string
  inputBytes: number
  generateMs: number
}

export interface BenchCorpus {
  label: string
  bodies: IssueBody[]
}

export interface BenchContext {
  seed: number
  archives: BenchArchive[]
  /** Compiled issue bodies per archive, read from the compile section's output (compiled first if missing). */
  corpora(): Promise<BenchCorpus[]>
}

export const formatCount = (n: number): string => n.toLocaleString('en-US')

/** Writes an archive of `issues` synthetic issues under `root`. */
export function writeArchive(root: string, issues: number, seed: number): BenchArchive {
  const base = path.join(root, String(issues))
  const inDir = path.join(base, 'in')
  mkdirSync(inDir, { recursive: true })
  const started = performance.now()
  const manifest: Record<string, SynthManifestEntry> = {}
  let stories = 0
  let inputBytes = 0
  for (const { file, manifest: entry, expected } of synthIssues({ issues, seed })) {
    writeFileSync(path.join(inDir, file.name), file.text)
    manifest[file.name] = entry
    stories += expected.headlines.length
    inputBytes += Buffer.byteLength(file.text)
  }
  writeFileSync(path.join(inDir, 'manifest.json'), JSON.stringify(manifest, null, 2))
  return {
    label: `${formatCount(issues)} issues`,
    issues,
    stories,
    inDir,
    outDir: path.join(base, 'out'),
    inputBytes,
    generateMs: performance.now() - started,
  }
}

function readBodies(outDir: string): IssueBody[] {
  const issuesDir = path.join(outDir, 'issues')
  return readdirSync(issuesDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(issuesDir, name), 'utf8')) as IssueBody)
}

export function createContext(seed: number, archives: BenchArchive[]): BenchContext {
  let cached: Promise<BenchCorpus[]> | null = null
  const load = async (): Promise<BenchCorpus[]> => {
    const corpora: BenchCorpus[] = []
    for (const archive of archives) {
      if (!existsSync(path.join(archive.outDir, 'catalog.json')))
        await compileDirectory({ inDir: archive.inDir, outDir: archive.outDir })
      corpora.push({ label: archive.label, bodies: readBodies(archive.outDir) })
    }
    return corpora
  }
  return {
    seed,
    archives,
    corpora: () => (cached ??= load()),
  }
}
