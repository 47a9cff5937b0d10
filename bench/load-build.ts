// For the load bench: writes a synthetic archive of N raw issues and builds the production app on
// it into a temp folder (CORPUS_IN / PUBLIC_DIR / --outDir), never touching public/ or dist/.
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { synthIssues } from '../src/compiler/synth'
import { corpusPaths } from '../src/corpus/schema'

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
const VITE_BIN = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js')

/** Writes N synthetic raw issues plus manifest.json into `dir` (emptied first). */
export function writeSynthArchive(dir: string, issues: number, seed?: number): void {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const manifest: Record<string, unknown> = {}
  for (const { file, manifest: entry } of synthIssues({ issues, seed })) {
    writeFileSync(path.join(dir, file.name), file.text)
    manifest[file.name] = entry
  }
  writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
}

/**
 * The environment for a child build: without Vitest's variables (under them the corpus plugin
 * skips compiling, and NODE_ENV=test is not a production build), so tests can build apps too.
 */
export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!key.startsWith('VITEST') && key !== 'NODE_ENV' && key !== 'TEST') env[key] = value
  }
  return { ...env, ...extra }
}

/** Runs a command from the repo root; rejects with its output tail when it fails. */
export function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: REPO_ROOT,
      env: buildEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      if (code === 0) resolve(output)
      else
        reject(
          new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`),
        )
    })
  })
}

export interface BuildOptions {
  /** Folder of raw issues (manifest.json included). */
  corpusIn: string
  /** Where the build goes; emptied first. */
  outDir: string
  /** Scratch public dir: the project's public/*.svg are copied in, the corpus is generated into it. */
  publicDir: string
  basePath?: string
}

/** `vite build` of the app on another corpus, into a temp outDir. */
export async function buildApp({
  corpusIn,
  outDir,
  publicDir,
  basePath,
}: BuildOptions): Promise<void> {
  rmSync(publicDir, { recursive: true, force: true })
  mkdirSync(publicDir, { recursive: true })
  const projectPublic = path.join(REPO_ROOT, 'public')
  for (const name of readdirSync(projectPublic)) {
    if (name.endsWith('.svg'))
      copyFileSync(path.join(projectPublic, name), path.join(publicDir, name))
  }
  const env: NodeJS.ProcessEnv = { CORPUS_IN: corpusIn, PUBLIC_DIR: publicDir }
  if (basePath) env.BASE_PATH = basePath
  await run(
    process.execPath,
    [VITE_BIN, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'],
    env,
  )
  if (!existsSync(path.join(outDir, 'index.html')))
    throw new Error(`the build wrote no index.html to ${outDir}`)
}

export interface CorpusFigures {
  issues: number
  stories: number
  catalogGzip: number
  searchIndexGzip: number
  /** Every issue body, each gzipped on its own (as a host serves them). */
  bodiesGzip: number
}

// Default level, as bench/initial-js.ts and the preview server use.
const gzipLength = (text: string | Buffer) => gzipSync(text).length

/** Sizes of the split corpus in a build (the naive one file: bench/load-naive.ts). */
export function measureCorpus(distDir: string): CorpusFigures {
  const read = (relative: string) => readFileSync(path.join(distDir, relative), 'utf8')
  const catalogText = read(corpusPaths.catalog)
  const catalog = JSON.parse(catalogText) as { issues: { id: string }[]; stories: unknown[] }
  const bodies = catalog.issues.map((issue) => read(corpusPaths.issueBody(issue.id)))
  return {
    issues: catalog.issues.length,
    stories: catalog.stories.length,
    catalogGzip: gzipLength(catalogText),
    searchIndexGzip: gzipLength(read(corpusPaths.searchIndex)),
    bodiesGzip: bodies.reduce((sum, body) => sum + gzipLength(body), 0),
  }
}
