// The compile worker's code as one plain-JavaScript module, built with esbuild and kept between
// compiles. Started from TypeScript, each worker would register tsx and load every module through
// its hooks, which costs each worker about a second of a 2-core machine's CPU before it does any
// work; the bundle loads in a fraction of that.
import { createHash } from 'node:crypto'
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { BuildOptions } from 'esbuild'

const WORKER_SOURCE = fileURLToPath(new URL('./prepare-worker.ts', import.meta.url))

/** Where build tools keep their caches: inside node_modules, so never committed or deployed. */
export const DEFAULT_CACHE_DIR = fileURLToPath(
  new URL('../../node_modules/.cache/batch-reader/', import.meta.url),
)
const RECORD_FILE = 'compile-worker.json'

const BUILD_OPTIONS: BuildOptions = {
  entryPoints: [WORKER_SOURCE],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: `node${process.versions.node}`,
  logLevel: 'silent',
  // Names the bundle in stack traces, which would otherwise show the whole data: URL.
  footer: { js: '//# sourceURL=compile-worker.bundle.mjs' },
}

/** What a kept bundle was built from: the options, and each input file's digest. */
interface BundleRecord {
  options: string
  inputs: Record<string, string>
  file: string
}

/** The record of the kept bundle; null when there is none or it cannot be read. */
function keptRecord(cacheDir: string): BundleRecord | null {
  try {
    return JSON.parse(readFileSync(path.join(cacheDir, RECORD_FILE), 'utf8')) as BundleRecord
  } catch {
    return null
  }
}

const digest = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex')
const fileDigest = (file: string) => digest(readFileSync(file))
const OPTIONS_KEY = JSON.stringify(BUILD_OPTIONS)

/**
 * The kept bundle, when it was built with these options from files that are all unchanged:
 * hashing its ~125 inputs takes ~6 ms, building it again ~100–150 ms, and the
 * compile's workers wait for it.
 */
function keptBundle(cacheDir: string): URL | null {
  const record = keptRecord(cacheDir)
  if (record?.options !== OPTIONS_KEY) return null
  try {
    for (const [input, hash] of Object.entries(record.inputs))
      if (fileDigest(input) !== hash) return null
    const file = path.join(cacheDir, record.file)
    return existsSync(file) ? pathToFileURL(file) : null
  } catch {
    return null
  }
}

/**
 * A build is not kept when any input's file time is this close to its start, or after it: the
 * file may have changed after esbuild read it (file times lag the clock by a few milliseconds),
 * and its digest would then not be of the code that was built.
 */
const SETTLE_MS = 1000

/** Keeps `code` and what it was built from; the previous bundle goes. Best effort. */
function keepBundle(
  cacheDir: string,
  code: string,
  inputs: readonly string[],
  buildStarted: number,
  settleMs: number,
): void {
  // With no inputs to check, a kept bundle would never be found out of date.
  if (inputs.length === 0) return
  try {
    if (inputs.some((input) => statSync(input).mtimeMs > buildStarted - settleMs)) return
    mkdirSync(cacheDir, { recursive: true })
    const recordPath = path.join(cacheDir, RECORD_FILE)
    const previous = keptRecord(cacheDir)?.file
    const file = `compile-worker-${digest(code).slice(0, 16)}.mjs`
    writeFileSync(path.join(cacheDir, file), code)
    const record: BundleRecord = {
      options: OPTIONS_KEY,
      inputs: Object.fromEntries(inputs.map((input) => [input, fileDigest(input)])),
      file,
    }
    // Renamed into place, so that a compile running alongside never reads half a record.
    const partial = `${recordPath}.${process.pid}`
    writeFileSync(partial, JSON.stringify(record))
    renameSync(partial, recordPath)
    if (previous && previous !== file) rmSync(path.join(cacheDir, previous), { force: true })
  } catch {
    // A read-only node_modules only means building again next time.
  }
}

/** Builds the bundle (and keeps it); null when esbuild is missing or the build fails. */
async function buildBundle(cacheDir: string, settleMs: number): Promise<URL | null> {
  try {
    const { build } = await import('esbuild')
    const buildStarted = Date.now()
    const result = await build({ ...BUILD_OPTIONS, write: false, metafile: true })
    const code = result.outputFiles?.[0]?.text
    if (code === undefined) return null
    const cwd = process.cwd()
    keepBundle(
      cacheDir,
      code,
      Object.keys(result.metafile?.inputs ?? {}).map((input) => path.resolve(cwd, input)),
      buildStarted,
      settleMs,
    )
    return new URL(`data:text/javascript,${encodeURIComponent(code)}`)
  } catch {
    // No esbuild, or the build failed: workers load the TypeScript through tsx instead.
    return null
  }
}

/** The worker bundle from `cacheDir` if it is current, else built anew and kept there. */
export async function workerBundle(cacheDir: string, settleMs = SETTLE_MS): Promise<URL | null> {
  return keptBundle(cacheDir) ?? (await buildBundle(cacheDir, settleMs))
}

let bundled: Promise<URL | null> | null = null

/**
 * The bundled worker as a URL, or null when it cannot be built. The first call starts the work;
 * call it early so a build overlaps other work.
 */
export function bundledWorkerEntry(): Promise<URL | null> {
  return (bundled ??= workerBundle(DEFAULT_CACHE_DIR))
}
