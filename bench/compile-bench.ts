// Compile figures: time, output size (raw and gzip) and peak memory per archive size. Each size
// compiles three times, each run in its own child process, so its peak RSS is its own and the JIT
// starts cold each time, as it does for `npm run corpus`. The first run writes into an empty
// folder, the others over its output, as a maintainer's repeat compile does.
import { fork, spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { availableParallelism, loadavg } from 'node:os'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { gzipSync } from 'node:zlib'
import { compileDirectory } from '../src/compiler/emit'
import { formatCount, type BenchArchive } from './context'

/** Issue 2's budget: 3,500 issues compile in under 10 s on the 2-core reference machine. */
export const BUDGET = { issues: 3500, seconds: 10 } as const

/** What the child reports back. */
interface ChildResult {
  ms: number
  cpuMs: number
  baselineRssBytes: number
  peakRssBytes: number
  exitCode: number
  stories: number
  takes: number
  unplaced: number
  errors: number
}

interface OutputSize {
  files: number
  rawBytes: number
  gzipBytes: number
  /** catalog.json and search-index.json: what the app fetches before showing anything. */
  upfrontRaw: number
  upfrontGzip: number
}

/** One compile of an archive, with the host probe taken just before it. */
interface CompileRun extends ChildResult {
  /** hostProbeMs() just before the compile. */
  probeMs: number
}

/** The median of an archive's runs (by wall time), with every run's wall time. */
export interface CompileFigures extends CompileRun, OutputSize {
  archive: BenchArchive
  runsMs: number[]
}

/** Compiles per archive size: one figure from this VM is not enough (see hostProbeMs). */
const RUNS = 3

const PROBE_CALLS = 500
const PROBE_STEPS_PER_CALL = 1_000_000

function spin(steps: number): number {
  let sum = 0
  for (let i = 0; i < steps; i++) sum = (sum + i) | 0
  return sum
}

/**
 * Milliseconds a fixed integer loop takes: how fast the host runs this VM right now. The same
 * compile's wall time here swings by up to 1.8x within minutes, and the probe swings with it,
 * so each compile is reported next to the probe taken just before it. Many short calls, so the
 * loop runs optimized from the first few on.
 */
function hostProbeMs(): number {
  spin(PROBE_STEPS_PER_CALL)
  const started = performance.now()
  let check = 0
  for (let call = 0; call < PROBE_CALLS; call++) check ^= spin(PROBE_STEPS_PER_CALL)
  if (check === 1) throw new Error('unreachable: keeps the loop from being optimized away')
  return performance.now() - started
}

async function childMain(inDir: string, outDir: string): Promise<void> {
  const baselineRssBytes = process.memoryUsage().rss
  const cpu = process.cpuUsage()
  const started = performance.now()
  const result = await compileDirectory({ inDir, outDir })
  const ms = performance.now() - started
  const used = process.cpuUsage(cpu)
  const totals = result.report.totals
  const message: ChildResult = {
    ms,
    cpuMs: (used.user + used.system) / 1000,
    baselineRssBytes,
    // maxRSS is in kilobytes and covers the whole life of the process.
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    exitCode: result.exitCode,
    stories: totals.stories,
    takes: totals.takes,
    unplaced: totals.unplaced,
    errors: totals.errors,
  }
  process.send?.(message)
}

function compileInChild(archive: BenchArchive): Promise<ChildResult> {
  // Earlier writes (the generated archives, the previous size's output) go to disk first, so the
  // kernel's writeback of them is not timed as this compile's work.
  spawnSync('sync')
  return new Promise((resolve, reject) => {
    // fork() reuses this process's execArgv, so the child runs under tsx like its parent.
    const child = fork(fileURLToPath(import.meta.url), ['--child', archive.inDir, archive.outDir], {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    })
    let result: ChildResult | null = null
    child.on('message', (message) => {
      result = message as ChildResult
    })
    child.on('error', reject)
    child.on('exit', (code) => {
      if (result) resolve(result)
      else
        reject(
          new Error(`compile child for ${archive.label} exited with code ${code} and no result`),
        )
    })
  })
}

function measureOutput(outDir: string): OutputSize {
  const size: OutputSize = { files: 0, rawBytes: 0, gzipBytes: 0, upfrontRaw: 0, upfrontGzip: 0 }
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name)
      if (statSync(full).isDirectory()) {
        walk(full)
        continue
      }
      const bytes = readFileSync(full)
      // Per file, as a static server sends them (gzip level 6, the usual default).
      const gzipped = gzipSync(bytes, { level: 6 }).length
      size.files++
      size.rawBytes += bytes.length
      size.gzipBytes += gzipped
      if (dir === outDir && (name === 'catalog.json' || name === 'search-index.json')) {
        size.upfrontRaw += bytes.length
        size.upfrontGzip += gzipped
      }
    }
  }
  walk(outDir)
  return size
}

const mb = (bytes: number) => (bytes / 1048576).toFixed(1)
const seconds = (ms: number) => (ms / 1000).toFixed(2)

function table(rows: readonly (readonly string[])[]): string {
  const widths =
    rows[0]?.map((_, col) => Math.max(...rows.map((row) => row[col]?.length ?? 0))) ?? []
  return rows
    .map(
      (row) =>
        `  ${row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col] ?? 0) : cell.padStart(widths[col] ?? 0))).join('  ')}`,
    )
    .join('\n')
}

export function formatCompileFigures(figures: readonly CompileFigures[]): string {
  const rows = [
    [
      'archive',
      'stories',
      'input MB',
      'wall s',
      `runs (${RUNS}) s`,
      'cpu s',
      'host probe ms',
      'ms/issue',
      'peak RSS MB',
      '(at start)',
      'output MB',
      'gzip MB',
      'files',
      'catalog+index MB',
      'gzip MB',
      'unplaced',
      'errors',
    ],
    ...figures.map((f) => [
      f.archive.label,
      formatCount(f.stories),
      mb(f.archive.inputBytes),
      seconds(f.ms),
      f.runsMs.map(seconds).join(' / '),
      seconds(f.cpuMs),
      f.probeMs.toFixed(0),
      (f.ms / f.archive.issues).toFixed(2),
      mb(f.peakRssBytes),
      mb(f.baselineRssBytes),
      mb(f.rawBytes),
      mb(f.gzipBytes),
      formatCount(f.files),
      mb(f.upfrontRaw),
      mb(f.upfrontGzip),
      formatCount(f.unplaced),
      formatCount(f.errors),
    ]),
  ]
  const lines = [
    `Compile (read, compile, validate, write; one child process per run, ${RUNS} runs per size, ${availableParallelism()} cores; the median run's figures)`,
    table(rows),
    // Large archives compile on every core, so cpu s can exceed wall s. The budget is on wall s;
    // a high load average means other processes competed for the cores and slowed it.
    `  load average ${loadavg()
      .map((n) => n.toFixed(1))
      .join(' ')}: wall s is wall clock, cpu s the compiler process's CPU time on all its threads`,
    `  host probe ms: a ${formatCount(PROBE_CALLS * PROBE_STEPS_PER_CALL)}-step integer loop timed just before the compile; about 500 when the host runs this VM at full speed, up to 1,000 when it slows it (wall s moves with it)`,
  ]
  const first = figures[0]
  const last = figures[figures.length - 1]
  if (first && last && last !== first) {
    const scale = last.archive.issues / first.archive.issues
    lines.push(
      `  growth: wall ×${(last.ms / first.ms).toFixed(1)}, cpu ×${(last.cpuMs / first.cpuMs).toFixed(1)}, output ×${(last.rawBytes / first.rawBytes).toFixed(1)} for ×${scale.toFixed(0)} the issues (linear = ×${scale.toFixed(0)})`,
    )
  }
  const budgetRun = figures.find((f) => f.archive.issues === BUDGET.issues)
  if (budgetRun) {
    const ok = budgetRun.ms < BUDGET.seconds * 1000
    lines.push(
      `  budget: ${formatCount(BUDGET.issues)} issues in under ${BUDGET.seconds} s wall clock: ${ok ? 'met' : 'MISSED'} (${seconds(budgetRun.ms)} s wall, ${seconds(budgetRun.cpuMs)} s cpu)`,
    )
  }
  for (const f of figures) {
    if (f.exitCode !== 0 || f.stories !== f.archive.stories) {
      lines.push(
        `  note: ${f.archive.label}: compiler exit ${f.exitCode}, ${formatCount(f.stories)} of ${formatCount(f.archive.stories)} generated stories found`,
      )
    }
  }
  return lines.join('\n')
}

export interface CompileBenchOptions {
  archives: readonly BenchArchive[]
}

/** Compiles each archive in turn (never in parallel: they would compete for the 2 cores). */
export async function runCompileBench(opts: CompileBenchOptions): Promise<string> {
  const figures: CompileFigures[] = []
  for (const archive of opts.archives) {
    const runs: CompileRun[] = []
    for (let run = 0; run < RUNS; run++) {
      const probeMs = hostProbeMs()
      runs.push({ probeMs, ...(await compileInChild(archive)) })
    }
    const median = [...runs].sort((a, b) => a.ms - b.ms)[Math.floor(RUNS / 2)] as CompileRun
    const runsMs = runs.map((run) => run.ms)
    figures.push({ archive, ...median, runsMs, ...measureOutput(archive.outDir) })
  }
  return formatCompileFigures(figures)
}

if (
  process.argv[1] &&
  import.meta.url === pathToFileURL(process.argv[1]).href &&
  process.argv[2] === '--child'
) {
  const [inDir, outDir] = process.argv.slice(3)
  if (!inDir || !outDir) throw new Error('usage: compile-bench.ts --child IN_DIR OUT_DIR')
  await childMain(inDir, outDir)
}
