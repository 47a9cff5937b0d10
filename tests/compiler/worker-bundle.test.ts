// The compile worker's bundle is kept between compiles and rebuilt when any file it was built
// from changes; a cache that cannot be written or read costs a build, never the compile.
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { workerBundle } from '../../src/compiler/worker-bundle'

const RECORD = 'compile-worker.json'
const readRecord = (dir: string) =>
  JSON.parse(readFileSync(path.join(dir, RECORD), 'utf8')) as {
    inputs: Record<string, string>
    file: string
  }

describe('the worker bundle', () => {
  it('is built once, then loaded from the cache while its sources are unchanged', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'worker-cache-'))
    const built = await workerBundle(cacheDir)
    expect(built?.protocol).toBe('data:')
    const record = readRecord(cacheDir)
    expect(Object.keys(record.inputs)).toContain(
      path.resolve(__dirname, '../../src/compiler/batch-work.ts'),
    )

    const kept = await workerBundle(cacheDir)
    expect(kept?.href).toBe(new URL(`file://${path.join(cacheDir, record.file)}`).href)
    // The kept file is the code that was built.
    expect(readFileSync(path.join(cacheDir, record.file), 'utf8')).toBe(
      decodeURIComponent(built!.href.slice('data:text/javascript,'.length)),
    )
  }, 30_000)

  it('is built again when a file it was built from has changed', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'worker-cache-'))
    await workerBundle(cacheDir)
    const record = readRecord(cacheDir)
    const input = path.resolve(__dirname, '../../src/compiler/batch-work.ts')
    const current = record.inputs[input]
    // As if batch-work.ts had been edited since the bundle was kept.
    writeFileSync(
      path.join(cacheDir, RECORD),
      JSON.stringify({ ...record, inputs: { ...record.inputs, [input]: 'an older digest' } }),
    )
    expect((await workerBundle(cacheDir))?.protocol).toBe('data:')
    expect(readRecord(cacheDir).inputs[input]).toBe(current)
  }, 30_000)

  it('is not kept when a file it was built from may have changed during the build', async () => {
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'worker-cache-'))
    await workerBundle(cacheDir)
    const inputs = Object.keys(readRecord(cacheDir).inputs)
    const newest = Math.max(...inputs.map((input) => statSync(input).mtimeMs))
    // A window that reaches back past the newest input: as if it were saved during the build.
    const window = Date.now() - newest + 60_000
    const fresh = mkdtempSync(path.join(tmpdir(), 'worker-cache-'))
    expect((await workerBundle(fresh, window))?.protocol).toBe('data:')
    expect(existsSync(path.join(fresh, RECORD))).toBe(false)
  }, 30_000)

  it('is still built when the cache cannot be written, or holds garbage', async () => {
    const blocked = path.join(mkdtempSync(path.join(tmpdir(), 'worker-cache-')), 'a-file')
    writeFileSync(blocked, '')
    expect((await workerBundle(blocked))?.protocol).toBe('data:')

    const garbage = mkdtempSync(path.join(tmpdir(), 'worker-cache-'))
    writeFileSync(path.join(garbage, RECORD), '{"options": 1, "inp')
    expect((await workerBundle(garbage))?.protocol).toBe('data:')
    expect(existsSync(path.join(garbage, readRecord(garbage).file))).toBe(true)
  }, 30_000)
})
