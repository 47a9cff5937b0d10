// Load figures for `npm run bench`: the production app built on synthetic archives (350 issues,
// the budgets; 3,500, reported), measured in Debian chromium and Lighthouse, next to the byte
// figures of the naive layout (the whole corpus as one JSON file fetched at start).
// Standalone: `tsx bench/load-bench.ts [--issues 350,3500] [--runs 3] [--keep]`.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { measureInitialJs } from './initial-js'
import {
  launchChromium,
  measureFirstHeadline,
  measureTypingLongTasks,
  type FirstHeadline,
  type TypingLongTasks,
} from './load-browser'
import { buildApp, measureCorpus, writeSynthArchive, type CorpusFigures } from './load-build'
import { runLighthouse, type LighthouseFigures } from './load-lighthouse'
import { startPreview } from './load-server'

const KB = 1024
export const LOAD_BUDGETS = {
  initialJsGzip: 110 * KB,
  beforeFirstHeadline: 250 * KB,
  performance: 95,
  performanceAtScale: 90,
  accessibility: 100,
  bestPractices: 95,
  cls: 0.02,
  longTaskMs: 50,
} as const

/** Typed key by key into the header's search box. */
export const TYPING_QUERY = 'language models'

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
  /** Lighthouse runs per size; the median by performance score is reported. */
  lighthouseRuns?: number
  /** Keep each size's archive and build (default: removed, a 3,500-issue build is large). */
  keep?: boolean
  log?: (line: string) => void
}

export interface LoadBenchSizeResult {
  size: LoadBenchSize
  corpus: CorpusFigures
  initialJsGzip: number
  firstHeadline: FirstHeadline
  typing: TypingLongTasks
  typingSlowCpu: TypingLongTasks
  lighthouse: LighthouseFigures
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

async function measureSize(
  size: LoadBenchSize,
  options: Required<Omit<LoadBenchOptions, 'sizes' | 'seed'>> & { seed?: number },
) {
  const dir = path.join(options.workDir, `issues-${size.issues}`)
  const corpusIn = path.join(dir, 'in')
  const outDir = path.join(dir, 'dist')
  options.log(`load bench: ${size.issues} issues: generating the archive`)
  writeSynthArchive(corpusIn, size.issues, options.seed)
  options.log(`load bench: ${size.issues} issues: building the app`)
  await buildApp({ corpusIn, outDir, publicDir: path.join(dir, 'public') })
  const corpus = measureCorpus(outDir)
  const initialJsGzip = measureInitialJs(outDir).gzipBytes
  const server = await startPreview({ outDir })
  try {
    const browser = await launchChromium()
    let firstHeadline: FirstHeadline
    let typing: TypingLongTasks
    let typingSlowCpu: TypingLongTasks
    try {
      options.log(`load bench: ${size.issues} issues: first headline and typing`)
      firstHeadline = await measureFirstHeadline(browser, server.url)
      typing = await measureTypingLongTasks(browser, server.url, TYPING_QUERY)
      typingSlowCpu = await measureTypingLongTasks(browser, server.url, TYPING_QUERY, 4)
    } finally {
      await browser.close()
    }
    options.log(`load bench: ${size.issues} issues: lighthouse (${options.lighthouseRuns} runs)`)
    const lighthouse = await runLighthouse(server.url, options.lighthouseRuns)
    // Kept outside the size's folder, which is removed: the report to open when a figure fails.
    mkdirSync(options.workDir, { recursive: true })
    writeFileSync(
      path.join(options.workDir, `lighthouse-${size.issues}-issues.json`),
      lighthouse.lhrJson,
    )
    return { size, corpus, initialJsGzip, firstHeadline, typing, typingSlowCpu, lighthouse }
  } finally {
    await server.close()
    if (!options.keep) rmSync(dir, { recursive: true, force: true })
  }
}

// ---- the table ----

type Verdict = 'PASS' | 'FAIL' | ''
interface Line {
  figure: string
  split: string
  naive: string
  budget: string
  verdict: Verdict
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
const check = (applies: boolean, ok: boolean): Verdict => (applies ? (ok ? 'PASS' : 'FAIL') : '')

function linesFor(r: LoadBenchSizeResult): Line[] {
  const all = r.size.budgets === 'all'
  const lh = r.lighthouse
  const perfBudget = all ? LOAD_BUDGETS.performance : LOAD_BUDGETS.performanceAtScale
  // The naive app transfers the same shell (HTML, CSS, JS) and then the one big corpus file.
  const shellBytes = r.firstHeadline.bytes - r.firstHeadline.corpusBytes
  const naiveBeforeHeadline = shellBytes + r.corpus.naiveCorpusGzip
  const typingLine = (t: TypingLongTasks) => `max ${t.maxMs.toFixed(0)} ms, ${t.count} over 50 ms`
  return [
    {
      figure: 'initial JS (gzip)',
      split: kb(r.initialJsGzip),
      naive: kb(r.initialJsGzip),
      budget: '≤ 110 KB',
      verdict: check(all, r.initialJsGzip <= LOAD_BUDGETS.initialJsGzip),
    },
    {
      figure: 'transferred before first headline',
      split: kb(r.firstHeadline.bytes),
      naive: `≈ ${kb(naiveBeforeHeadline)}`,
      budget: '≤ 250 KB',
      verdict: check(all, r.firstHeadline.bytes <= LOAD_BUDGETS.beforeFirstHeadline),
    },
    {
      figure: '  of which corpus',
      split: kb(r.firstHeadline.corpusBytes),
      naive: kb(r.corpus.naiveCorpusGzip),
      budget: '',
      verdict: '',
    },
    {
      figure: 'Lighthouse performance (mobile)',
      split: `${lh.performance} (runs ${lh.runs.join('/')})`,
      naive: '',
      budget: `≥ ${perfBudget}`,
      verdict: check(true, lh.performance >= perfBudget),
    },
    {
      figure: 'Lighthouse accessibility',
      split: String(lh.accessibility),
      naive: '',
      budget: '= 100',
      verdict: check(all, lh.accessibility >= LOAD_BUDGETS.accessibility),
    },
    {
      figure: 'Lighthouse best practices',
      split: String(lh.bestPractices),
      naive: '',
      budget: '≥ 95',
      verdict: check(all, lh.bestPractices >= LOAD_BUDGETS.bestPractices),
    },
    {
      figure: 'CLS',
      split: lh.cls.toFixed(3),
      naive: '',
      budget: '≤ 0.02',
      verdict: check(all, lh.cls <= LOAD_BUDGETS.cls),
    },
    {
      figure: '  LCP / TBT (Lighthouse, simulated)',
      split: `${(lh.lcpMs / 1000).toFixed(2)} s / ${lh.tbtMs.toFixed(0)} ms`,
      naive: '',
      budget: '',
      verdict: '',
    },
    {
      figure: 'long tasks while typing a search',
      split: typingLine(r.typing),
      naive: '',
      budget: 'none > 50 ms',
      verdict: check(all, r.typing.count === 0),
    },
    {
      figure: '  same, CPU slowed 4x',
      split: typingLine(r.typingSlowCpu),
      naive: '',
      budget: '',
      verdict: '',
    },
    {
      figure: 'corpus: catalog / search index (gzip)',
      split: `${kb(r.corpus.catalogGzip)} / ${kb(r.corpus.searchIndexGzip)}`,
      naive: `${kb(r.corpus.naiveCorpusGzip)} (${(r.corpus.naiveCorpusRaw / KB / KB).toFixed(1)} MB raw)`,
      budget: '',
      verdict: '',
    },
    {
      figure: 'corpus: all issue bodies (gzip, each file)',
      split: kb(r.corpus.bodiesGzip),
      naive: '',
      budget: '',
      verdict: '',
    },
  ]
}

function formatTable(results: LoadBenchSizeResult[]): string {
  const header: Record<keyof Line, string> = {
    figure: 'figure',
    split: 'split corpus (this app)',
    naive: 'naive: one JSON file',
    budget: 'budget',
    verdict: 'verdict',
  }
  const sections = results.map((r) => ({
    title: `${r.size.issues} issues, ${r.corpus.stories} stories${r.size.budgets === 'all' ? '' : ' (reported; budget: performance only)'}`,
    lines: linesFor(r),
  }))
  const rows = [header, ...sections.flatMap((s) => s.lines)]
  const width = (key: keyof Line) => Math.max(...rows.map((row) => row[key].length))
  const format = (row: Record<keyof Line, string>) =>
    [
      row.figure.padEnd(width('figure')),
      row.split.padEnd(width('split')),
      row.naive.padEnd(width('naive')),
      row.budget.padEnd(width('budget')),
      row.verdict,
    ]
      .join('  ')
      .trimEnd()
  const out = [
    'Load (production build, vite preview with gzip; Debian chromium; Lighthouse mobile, default throttling)',
    format(header),
  ]
  for (const section of sections) {
    out.push(`-- ${section.title}`)
    for (const line of section.lines) out.push(format(line))
  }
  return out.join('\n')
}

function notesFor(results: LoadBenchSizeResult[], workDir: string): string {
  const out: string[] = []
  for (const r of results) {
    out.push(`${r.size.issues} issues: requests before the first headline:`)
    for (const req of r.firstHeadline.requests)
      out.push(`  ${kb(req.bytes).padStart(9)}  ${new URL(req.url).pathname}`)
    for (const t of [r.typing, r.typingSlowCpu]) {
      if (t.focusLostAfter.length > 0) {
        out.push(
          `${r.size.issues} issues: the search box lost focus while typing, after ${t.focusLostAfter.map((q) => `"${q}"`).join(', ')} (the bench refocused it)`,
        )
      }
    }
    if (r.lighthouse.notes.length > 0) {
      const report = path.join(workDir, `lighthouse-${r.size.issues}-issues.json`)
      out.push(`${r.size.issues} issues: Lighthouse findings (median run's report: ${report}):`)
      for (const note of r.lighthouse.notes) out.push(`  ${note}`)
    }
  }
  return out.join('\n')
}

export async function runLoadBench(options: LoadBenchOptions = {}): Promise<LoadBenchReport> {
  const resolved = {
    workDir: options.workDir ?? path.join(tmpdir(), 'batch-reader-load-bench'),
    lighthouseRuns: options.lighthouseRuns ?? 3,
    keep: options.keep ?? false,
    log: options.log ?? ((line: string) => console.error(line)),
    seed: options.seed,
  }
  const results: LoadBenchSizeResult[] = []
  for (const size of options.sizes ?? DEFAULT_SIZES) results.push(await measureSize(size, resolved))
  const text = `${formatTable(results)}\n\n${notesFor(results, resolved.workDir)}`
  const ok = results.every((r) => linesFor(r).every((line) => line.verdict !== 'FAIL'))
  return { results, text, ok }
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
