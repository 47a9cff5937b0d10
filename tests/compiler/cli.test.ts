// The `npm run corpus` command as a maintainer runs it: exit codes, --check, --report json.
import { spawnSync } from 'node:child_process'
import {
  appendFileSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { SEEDS_DIR } from './helpers'

const ROOT = path.resolve(__dirname, '../..')
const TSX = path.join(ROOT, 'node_modules/.bin/tsx')
const CLI = path.join(ROOT, 'src/compiler/cli.ts')

function corpus(...args: string[]) {
  const run = spawnSync(TSX, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

function seedFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'corpus-in-'))
  for (const name of readdirSync(SEEDS_DIR))
    copyFileSync(path.join(SEEDS_DIR, name), path.join(dir, name))
  return dir
}

/** Every file a compile wrote under `out`, by its path there, with its text. */
function outputFiles(out: string): Record<string, string> {
  const files: Record<string, string> = {}
  for (const name of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    const full = path.join(out, name)
    if (name.endsWith('.json')) files[name] = readFileSync(full, 'utf8')
  }
  return files
}

describe('corpus CLI', () => {
  it('compiles a folder into catalog, issue bodies and search index, exit 0', () => {
    const out = mkdtempSync(path.join(tmpdir(), 'corpus-out-'))
    const run = corpus('--in', seedFolder(), '--out', out)
    expect(run.code).toBe(0)
    expect(run.stderr).toContain(
      '4 issues, 4 letters, 21 stories, 21 takes, 5 sponsor blocks, 6 job postings, 0 unplaced lines; 0 errors',
    )
    expect(readdirSync(out).sort()).toEqual([
      'catalog.json',
      'front.json',
      'issues',
      'search-index.json',
    ])
    expect(readdirSync(path.join(out, 'issues')).sort()).toEqual([
      '2020-01-08.json',
      '2021-01-13.json',
      '2021-03-17.json',
      '2021-04-07.json',
    ])

    // Compiled again into the same folder: bodies the catalog no longer lists are gone, and
    // files written over in place keep nothing of a longer earlier version.
    const firstCompile = outputFiles(out)
    writeFileSync(path.join(out, 'issues', '2019-12-31.json'), '{}')
    appendFileSync(path.join(out, 'issues', '2021-04-07.json'), ' '.repeat(70_000) + 'stale tail')
    appendFileSync(path.join(out, 'catalog.json'), 'stale tail')
    expect(corpus('--in', seedFolder(), '--out', out).code).toBe(0)
    expect(outputFiles(out)).toEqual(firstCompile)
    expect(readdirSync(path.join(out, 'issues')).sort()).toEqual([
      '2020-01-08.json',
      '2021-01-13.json',
      '2021-03-17.json',
      '2021-04-07.json',
    ])
  }, 60_000)

  it('--report json prints the machine-readable report: per issue, headlines with takes, unplaced lines', () => {
    const run = corpus(
      '--in',
      seedFolder(),
      '--out',
      mkdtempSync(path.join(tmpdir(), 'o-')),
      '--report',
      'json',
    )
    const report = JSON.parse(run.stdout)
    expect(report.ok).toBe(true)
    expect(report.issues[0]).toMatchObject({
      id: '2021-04-07',
      date: '2021-04-07',
      dateSource: 'text',
      letter: true,
      sponsors: 1,
      jobs: 2,
      unplaced: [],
    })
    expect(report.issues[0].stories[0]).toMatchObject({
      headline: 'De-Facing ImageNet',
      hasTake: true,
    })
    expect(report.issues[0].stories[0].topics.length).toBeGreaterThan(0)
  }, 30_000)

  it('--check writes nothing and exits 1 on content errors, while other files still compile', () => {
    const input = seedFolder()
    writeFileSync(path.join(input, 'zz-broken.txt'), 'Stray words with no home.\n')
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'o-')), 'corpus')
    const check = corpus('--in', input, '--out', out, '--check', '--report', 'json')
    expect(check.code).toBe(1)
    expect(existsSync(out)).toBe(false)
    const report = JSON.parse(check.stdout)
    expect(report.totals.stories).toBe(21)
    expect(
      report.issues.find((i: { file: string }) => i.file === 'zz-broken.txt').unplaced,
    ).toEqual([{ file: 'zz-broken.txt', line: 1, text: 'Stray words with no home.' }])

    const write = corpus('--in', input, '--out', out)
    expect(write.code).toBe(1)
    expect(write.stderr).toContain(
      'zz-broken.txt:1: UNPLACED_LINE: could not place: "Stray words with no home."',
    )
    expect(readdirSync(path.join(out, 'issues'))).toHaveLength(5)
  }, 30_000)

  it('a file that cannot be read is an error of its own; the others still compile', () => {
    const input = seedFolder()
    // A folder named like an issue: listed with the issues, unreadable as one.
    mkdirSync(path.join(input, 'zz-folder.txt'))
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'o-')), 'corpus')
    const run = corpus('--in', input, '--out', out)
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('zz-folder.txt:0: READ_FAILED: the file cannot be read (EISDIR)')
    expect(readdirSync(path.join(out, 'issues'))).toHaveLength(4)
  }, 30_000)

  it('usage errors exit 2 with a message', () => {
    expect(corpus('--nope').code).toBe(2)
    const missing = corpus('--in', '/no/such/folder')
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('input folder "/no/such/folder" does not exist')
    expect(corpus('--report', 'xml').code).toBe(2)
  }, 30_000)
})
