// Load figures for `npm run bench`: the production app built on synthetic archives (350 issues,
// the budgets; 3,500, reported), measured in Debian chromium and Lighthouse, next to the same
// figures measured on the naive layout (the whole corpus as one JSON file loaded at start: the
// same build with a shim, bench/load-naive.ts). Serving and measuring: bench/load-measure.ts;
// the table: bench/load-report.ts.
// Standalone: `tsx bench/load-bench.ts [--issues 350,3500] [--runs 5] [--keep] [--work-dir D]`.
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { measureInitialJs } from './initial-js'
import { buildApp, measureCorpus, writeSynthArchive, type CorpusFigures } from './load-build'
import { measureBuild, type MeasureOptions, type ServedAppFigures } from './load-measure'
import { buildNaiveVariant, type NaiveVariant } from './load-naive'
import { allWithinBudget, formatNotes, formatTable, lighthouseReportName } from './load-report'

/**
 * Lighthouse's own guidance on variability: the median of five runs. On this shared 2-core VM one
 * build scores anywhere from 88 to 97 run to run, so three runs left the median to chance.
 */
const LIGHTHOUSE_RUNS = 5

export { LOAD_BUDGETS } from './load-report'
export { TYPING_QUERY } from './load-measure'

export interface LoadBenchSize {
  issues: number
  /** Budgets that apply at this size; the rest of the lines are reported without a verdict. */
  budgets: 'all' | 'performance-only'
}

export interface LoadBenchOptions {
  sizes?: LoadBenchSize[]
  seed?: number
  /** Scratch folder for archives and builds (default: the OS temp dir). */
  workDir?: string
  /** Lighthouse runs per size and layout; the median by performance score is reported. */
  lighthouseRuns?: number
  /** Keep each size's archive and builds (default: removed, a 3,500-issue build is large). */
  keep?: boolean
  log?: (line: string) => void
}

/** One layout of the app, served and measured. */
export interface LoadAppFigures extends ServedAppFigures {
  /** The entry script and its preloads, gzipped (the naive layout adds its shim). */
  initialJsGzip: number
}

export interface LoadBenchSizeResult {
  size: LoadBenchSize
  corpus: CorpusFigures
  naiveCorpus: NaiveVariant
  /** This app: the corpus split in files fetched as pages need them. */
  split: LoadAppFigures
  /** The naive layout: the whole corpus as one JSON file loaded at start. */
  naive: LoadAppFigures
}

export interface LoadBenchReport {
  results: LoadBenchSizeResult[]
  /** Table and notes, ready to print. */
  text: string
  /** Every budgeted line passed. */
  ok: boolean
}

export const DEFAULT_SIZES: LoadBenchSize[] = [
  { issues: 350, budgets: 'all' },
  { issues: 3500, budgets: 'performance-only' },
]

type ResolvedOptions = Required<Omit<LoadBenchOptions, 'sizes' | 'seed'>> & { seed?: number }

async function measureSize(
  size: LoadBenchSize,
  options: ResolvedOptions,
): Promise<LoadBenchSizeResult> {
  const dir = path.join(options.workDir, `issues-${size.issues}`)
  const corpusIn = path.join(dir, 'in')
  const outDir = path.join(dir, 'dist')
  const naiveDir = path.join(dir, 'dist-naive')
  const measure = (variant: 'split' | 'naive', builtDir: string): Promise<ServedAppFigures> => {
    const measureOptions: MeasureOptions = {
      lighthouseRuns: options.lighthouseRuns,
      log: options.log,
      label: `${size.issues} issues, ${variant}`,
    }
    // Kept outside the size's folder, which is removed: the report to open when a figure fails.
    const report = path.join(options.workDir, lighthouseReportName(size.issues, variant))
    return measureBuild(builtDir, report, measureOptions)
  }
  try {
    options.log(`load bench: ${size.issues} issues: generating the archive`)
    writeSynthArchive(corpusIn, size.issues, options.seed)
    options.log(`load bench: ${size.issues} issues: building the app and its naive variant`)
    await buildApp({ corpusIn, outDir, publicDir: path.join(dir, 'public') })
    const naiveCorpus = buildNaiveVariant(outDir, naiveDir)
    const initialJsGzip = measureInitialJs(outDir).gzipBytes
    const split = { initialJsGzip, ...(await measure('split', outDir)) }
    const naive = {
      initialJsGzip: measureInitialJs(naiveDir).gzipBytes + naiveCorpus.shimGzip,
      ...(await measure('naive', naiveDir)),
    }
    return { size, corpus: measureCorpus(outDir), naiveCorpus, split, naive }
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true })
  }
}

export async function runLoadBench(options: LoadBenchOptions = {}): Promise<LoadBenchReport> {
  const resolved: ResolvedOptions = {
    workDir: options.workDir ?? path.join(tmpdir(), 'batch-reader-load-bench'),
    lighthouseRuns: options.lighthouseRuns ?? LIGHTHOUSE_RUNS,
    keep: options.keep ?? false,
    log: options.log ?? ((line: string) => console.error(line)),
    seed: options.seed,
  }
  const results: LoadBenchSizeResult[] = []
  for (const size of options.sizes ?? DEFAULT_SIZES) results.push(await measureSize(size, resolved))
  const text = `${formatTable(results)}\n\n${formatNotes(results, resolved.workDir)}`
  return { results, text, ok: allWithinBudget(results) }
}

function parseArgs(argv: string[]): LoadBenchOptions {
  const options: LoadBenchOptions = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--issues') {
      options.sizes = (argv[++i] ?? '').split(',').map((n, index) => ({
        issues: Number(n),
        budgets: index === 0 ? 'all' : 'performance-only',
      }))
    } else if (arg === '--runs') options.lighthouseRuns = Number(argv[++i])
    else if (arg === '--keep') options.keep = true
    else if (arg === '--work-dir') options.workDir = argv[++i]
    else if (arg === '--seed') options.seed = Number(argv[++i])
  }
  return options
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const report = await runLoadBench(parseArgs(process.argv.slice(2)))
  console.log(report.text)
  if (!report.ok) process.exitCode = 1
}
