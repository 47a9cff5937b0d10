// The load bench's table and notes: each figure for the split corpus (this app) with its budget
// and verdict, next to the same figure measured on the naive layout (the whole corpus as one JSON
// file loaded at start) and, where it helps, how many times the split figure it is.
import path from 'node:path'
import type { LoadBenchSizeResult } from './load-bench'
import { SLOW_CPU } from './load-measure'
import type { TypingLongTasks } from './load-browser'

const KB = 1024
/** The budgets of the split app; the naive column is reported without a verdict. */
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

type Verdict = 'PASS' | 'FAIL' | ''
interface Line {
  figure: string
  split: string
  naive: string
  budget: string
  verdict: Verdict
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`
const check = (applies: boolean, ok: boolean): Verdict => (applies ? (ok ? 'PASS' : 'FAIL') : '')
const typingLine = (t: TypingLongTasks) => `max ${t.maxMs.toFixed(0)} ms, ${t.count} over 50 ms`

/** ` (13x)`: the naive figure over the split one; empty when the split figure is zero. */
function times(naive: number, split: number): string {
  if (!(split > 0) || !Number.isFinite(naive)) return ''
  const ratio = naive / split
  return ` (${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(1)}x)`
}

function linesFor(r: LoadBenchSizeResult): Line[] {
  const all = r.size.budgets === 'all'
  const { split, naive } = r
  const [lh, naiveLh] = [split.lighthouse, naive.lighthouse]
  const perfBudget = all ? LOAD_BUDGETS.performance : LOAD_BUDGETS.performanceAtScale
  return [
    {
      figure: 'initial JS (gzip)',
      split: kb(split.initialJsGzip),
      naive: `${kb(naive.initialJsGzip)} (with the ${kb(r.naiveCorpus.shimGzip)} shim)`,
      budget: '≤ 110 KB',
      verdict: check(all, split.initialJsGzip <= LOAD_BUDGETS.initialJsGzip),
    },
    {
      figure: 'transferred before first headline',
      split: kb(split.firstHeadline.bytes),
      naive: `${kb(naive.firstHeadline.bytes)}${times(naive.firstHeadline.bytes, split.firstHeadline.bytes)}`,
      budget: '≤ 250 KB',
      verdict: check(all, split.firstHeadline.bytes <= LOAD_BUDGETS.beforeFirstHeadline),
    },
    {
      figure: '  of which corpus files',
      split: kb(split.firstHeadline.corpusBytes),
      naive: kb(naive.firstHeadline.corpusBytes),
      budget: '',
      verdict: '',
    },
    {
      figure: '  time to first headline (no throttling)',
      split: `${split.firstHeadline.ms} ms`,
      naive: `${naive.firstHeadline.ms} ms${times(naive.firstHeadline.ms, split.firstHeadline.ms)}`,
      budget: '',
      verdict: '',
    },
    {
      figure: 'Lighthouse performance (mobile)',
      split: `${lh.performance} (runs ${lh.runs.join('/')})`,
      naive: `${naiveLh.performance} (runs ${naiveLh.runs.join('/')})`,
      budget: `≥ ${perfBudget}`,
      verdict: check(true, lh.performance >= perfBudget),
    },
    {
      figure: 'Lighthouse accessibility',
      split: String(lh.accessibility),
      naive: String(naiveLh.accessibility),
      budget: '= 100',
      verdict: check(all, lh.accessibility >= LOAD_BUDGETS.accessibility),
    },
    {
      figure: 'Lighthouse best practices',
      split: String(lh.bestPractices),
      naive: String(naiveLh.bestPractices),
      budget: '≥ 95',
      verdict: check(all, lh.bestPractices >= LOAD_BUDGETS.bestPractices),
    },
    {
      figure: 'CLS',
      split: lh.cls.toFixed(3),
      naive: naiveLh.cls.toFixed(3),
      budget: '≤ 0.02',
      verdict: check(all, lh.cls <= LOAD_BUDGETS.cls),
    },
    {
      figure: '  LCP (Lighthouse, simulated)',
      split: seconds(lh.lcpMs),
      naive: `${seconds(naiveLh.lcpMs)}${times(naiveLh.lcpMs, lh.lcpMs)}`,
      budget: '',
      verdict: '',
    },
    {
      figure: '  TBT (Lighthouse, simulated)',
      split: `${lh.tbtMs.toFixed(0)} ms`,
      naive: `${naiveLh.tbtMs.toFixed(0)} ms${times(naiveLh.tbtMs, lh.tbtMs)}`,
      budget: '',
      verdict: '',
    },
    {
      figure: 'long tasks while typing a search',
      split: typingLine(split.typing),
      naive: typingLine(naive.typing),
      budget: 'none > 50 ms',
      verdict: check(all, split.typing.count === 0),
    },
    {
      figure: `  same, CPU slowed ${SLOW_CPU}x`,
      split: typingLine(split.typingSlowCpu),
      naive: typingLine(naive.typingSlowCpu),
      budget: '',
      verdict: '',
    },
    {
      figure: 'corpus files (gzip)',
      split: `catalog ${kb(r.corpus.catalogGzip)}, search index ${kb(r.corpus.searchIndexGzip)}`,
      naive: `all.json ${kb(r.naiveCorpus.corpusGzip)} (${(r.naiveCorpus.corpusRaw / KB / KB).toFixed(1)} MB raw)`,
      budget: '',
      verdict: '',
    },
    {
      figure: '  issue bodies (gzip, each file)',
      split: kb(r.corpus.bodiesGzip),
      naive: 'in all.json',
      budget: '',
      verdict: '',
    },
  ]
}

/** Every budgeted line of the split app passed. */
export function allWithinBudget(results: LoadBenchSizeResult[]): boolean {
  return results.every((r) => linesFor(r).every((line) => line.verdict !== 'FAIL'))
}

export function formatTable(results: LoadBenchSizeResult[]): string {
  const header: Record<keyof Line, string> = {
    figure: 'figure',
    split: 'split corpus (this app)',
    naive: 'naive: one JSON file (n x split)',
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
    'naive: the same build, its whole corpus one file (corpus/all.json) fetched at start by a shim',
    "(bench/naive/naive-corpus.js) that answers the app's corpus fetches from it; verdicts: split only",
    format(header),
  ]
  for (const section of sections) {
    out.push(`-- ${section.title}`)
    for (const line of section.lines) out.push(format(line))
  }
  return out.join('\n')
}

export function formatNotes(results: LoadBenchSizeResult[], workDir: string): string {
  const out: string[] = []
  for (const r of results) {
    for (const [variant, figures] of [
      ['split', r.split],
      ['naive', r.naive],
    ] as const) {
      const label = `${r.size.issues} issues, ${variant}`
      out.push(`${label}: requests before the first headline:`)
      for (const req of figures.firstHeadline.requests)
        out.push(`  ${kb(req.bytes).padStart(10)}  ${new URL(req.url).pathname}`)
      for (const t of [figures.typing, figures.typingSlowCpu]) {
        if (t.focusLostAfter.length > 0) {
          out.push(
            `${label}: the search box lost focus while typing, after ${t.focusLostAfter.map((q) => `"${q}"`).join(', ')} (the bench refocused it)`,
          )
        }
      }
      if (figures.lighthouse.notes.length > 0) {
        const report = path.join(workDir, lighthouseReportName(r.size.issues, variant))
        out.push(`${label}: Lighthouse findings (median run's report: ${report}):`)
        for (const note of figures.lighthouse.notes) out.push(`  ${note}`)
      }
    }
  }
  return out.join('\n')
}

export function lighthouseReportName(issues: number, variant: 'split' | 'naive'): string {
  return `lighthouse-${issues}-issues${variant === 'naive' ? '-naive' : ''}.json`
}
