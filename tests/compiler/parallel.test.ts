// The worker-thread compile must be invisible in the output: same bytes as one thread, whether
// the workers live, fail to start or die half-way, and a file that breaks the compiler costs
// that file only, never a hang.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { compileSources, type AssembledCorpus } from '../../src/compiler/compile'
import { compileInParallel, type ParallelOptions } from '../../src/compiler/compile-parallel'
import { compileDirectory } from '../../src/compiler/emit'
import type { SourceFile } from '../../src/compiler/read'
import { generateArchive } from '../../src/compiler/synth'
import { workerBundle } from '../../src/compiler/worker-bundle'
import { loadFolder, SEEDS_DIR, textFile } from './helpers'

const utf8 = new TextDecoder()
const serialize = (out: AssembledCorpus) =>
  JSON.stringify([
    out.catalog,
    out.frontPage,
    out.bodyJson.map((json) => (json ? utf8.decode(json) : null)),
    utf8.decode(out.searchIndexJson),
    out.report,
    out.diagnostics,
  ])

// Enough files for several batches on each worker, with seeds and synthetic issues mixed.
const seeds = loadFolder(SEEDS_DIR)
const synthetic = generateArchive({ issues: 40, seed: 7 })
const files: SourceFile[] = [
  ...seeds.files,
  ...synthetic.files.map((file) => textFile(file.name, file.text)),
]
const manifest = JSON.stringify({ ...JSON.parse(seeds.manifest ?? '{}'), ...synthetic.manifest })
const expected = compileSources(files, manifest)

function withWorkers(options: ParallelOptions = {}) {
  const lost: (Error | null)[] = []
  return {
    lost,
    options: {
      minFiles: 1,
      workers: 2,
      onWorkerLost: (error: Error | null) => lost.push(error),
      ...options,
    },
  }
}

describe('compiling on worker threads', () => {
  it('gives byte-identical output to compiling on one thread', async () => {
    const { lost, options } = withWorkers()
    const parallel = await compileInParallel(files, manifest, { ...options, issuesDir: null })
    expect(parallel.bodyJson.length).toBe(files.length)
    expect(serialize(parallel)).toBe(serialize(expected))
    expect(parallel.writeError).toBeNull()
    expect(lost).toEqual([])
  }, 60_000)

  it('gives the same output from a worker bundle kept by an earlier compile', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'worker-cache-'))
    await workerBundle(cacheDir)
    const kept = await workerBundle(cacheDir)
    expect(kept?.protocol).toBe('file:')
    const { lost, options } = withWorkers({ workerEntry: kept! })
    const parallel = await compileInParallel(files, manifest, { ...options, issuesDir: null })
    expect(serialize(parallel)).toBe(serialize(expected))
    expect(lost).toEqual([])
  }, 60_000)

  it('gives the same output when each worker reads its files from disk', async () => {
    const inDir = mkdtempSync(path.join(tmpdir(), 'parallel-in-'))
    for (const file of files) writeFileSync(path.join(inDir, file.name), file.bytes)
    const paths = files.map(({ name }) => ({ name, path: path.join(inDir, name) }))
    const { lost, options } = withWorkers()
    const parallel = await compileInParallel(paths, manifest, { ...options, issuesDir: null })
    expect(serialize(parallel)).toBe(serialize(expected))
    expect(lost).toEqual([])
  }, 60_000)

  it('writes each body from its worker, byte for byte, and does not send it back', async () => {
    const issuesDir = mkdtempSync(path.join(tmpdir(), 'parallel-issues-'))
    const { options } = withWorkers()
    const parallel = await compileInParallel(files, manifest, { ...options, issuesDir })
    expect(readdirSync(issuesDir).sort()).toEqual(
      expected.bodies.map((body) => `${body.issue.id}.json`).sort(),
    )
    expected.bodies.forEach((body, i) =>
      expect(readFileSync(path.join(issuesDir, `${body.issue.id}.json`), 'utf8')).toBe(
        utf8.decode(expected.bodyJson[i] ?? new Uint8Array()),
      ),
    )
    expect(parallel.bodyJson).toEqual(expected.bodies.map(() => null))
    // Everything else is what one thread makes.
    expect(serialize({ ...parallel, bodyJson: [] })).toBe(serialize({ ...expected, bodyJson: [] }))
  }, 60_000)

  it.each([
    ['no worker starts', './no-such-worker.mjs'],
    ['each worker dies after its third request, whether prepared or not', './dying-worker.mjs'],
  ])(
    'compiles on this thread when %s',
    async (_when, entry) => {
      const { lost, options } = withWorkers({ workerEntry: new URL(entry, import.meta.url) })
      const parallel = await compileInParallel(files, manifest, { ...options, issuesDir: null })
      expect(serialize(parallel)).toBe(serialize(expected))
      expect(lost).toHaveLength(2)
    },
    60_000,
  )

  it('merges the index on this thread when the worker merging it dies', async () => {
    const { lost, options } = withWorkers({
      workerEntry: new URL('./dying-at-merge-worker.mjs', import.meta.url),
    })
    const parallel = await compileInParallel(files, manifest, { ...options, issuesDir: null })
    expect(serialize(parallel)).toBe(serialize(expected))
    expect(lost).toHaveLength(1)
  }, 60_000)

  it('reports a file that breaks the compiler as an error and compiles the others', async () => {
    // Not bytes at all: reading it throws inside the worker.
    const broken = { name: '2099-broken.txt', bytes: null } as unknown as SourceFile
    const { options } = withWorkers()
    const out = await compileInParallel([...files, broken], manifest, {
      ...options,
      issuesDir: null,
    })
    expect(out.bodyJson.length).toBe(files.length)
    expect(out.diagnostics).toContainEqual(
      expect.objectContaining({
        file: '2099-broken.txt',
        code: 'INTERNAL_ERROR',
        severity: 'error',
      }),
    )
  }, 60_000)

  it('reports bodies a worker could not write', async () => {
    const { options } = withWorkers()
    const out = await compileInParallel(files, manifest, {
      ...options,
      issuesDir: path.join(tmpdir(), 'no-such-folder', 'issues'),
    })
    expect(out.writeError).toMatch(/ENOENT/)
  }, 60_000)
})

describe('compileDirectory', () => {
  it('reports an output folder it cannot create as WRITE_FAILED, exit 1', async () => {
    const blocker = path.join(mkdtempSync(path.join(tmpdir(), 'blocked-')), 'a-file')
    writeFileSync(blocker, '')
    const result = await compileDirectory({ inDir: SEEDS_DIR, outDir: path.join(blocker, 'out') })
    expect(result.exitCode).toBe(1)
    expect(result.diagnostics.at(-1)).toMatchObject({ code: 'WRITE_FAILED', severity: 'error' })
    expect(result.report.diagnostics.map((d) => d.code)).not.toContain('WRITE_FAILED')
  }, 60_000)
})
