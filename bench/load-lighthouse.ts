// Lighthouse for the load bench: mobile form factor with Lighthouse's default (simulated)
// throttling, Debian chromium, a fresh browser per run; the median run by performance score.
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

export interface LighthouseFigures {
  performance: number
  accessibility: number
  bestPractices: number
  cls: number
  lcpMs: number
  tbtMs: number
  /** Failing audits of the a11y and best-practices categories, and the perf opportunities, for the "why". */
  notes: string[]
  runs: number[]
  /** The median run's full report (JSON), for whoever digs into a failing figure. */
  lhrJson: string
}

const CHROME_FLAGS = ['--headless=new', ...CHROMIUM_ARGS]

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']

async function runOnce(url: string): Promise<Lhr> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: CHROME_FLAGS,
  })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    })
    if (!result) throw new Error('lighthouse returned no result')
    if (result.lhr.runtimeError)
      throw new Error(
        `lighthouse: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`,
      )
    return result.lhr
  } finally {
    chrome.kill()
  }
}

const score = (lhr: Lhr, id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100)

function notesOf(lhr: Lhr): string[] {
  const notes: string[] = []
  for (const id of ['accessibility', 'best-practices']) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id]
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) {
        // Name what was logged or flagged (e.g. the DevTools issue types), not just the audit.
        const items =
          (audit.details as { items?: Record<string, unknown>[] } | undefined)?.items ?? []
        const what = items
          .slice(0, 5)
          .map((item) =>
            String(item.issueType ?? item.description ?? item.node ?? '').slice(0, 120),
          )
          .filter(Boolean)
        notes.push(
          `${id}: ${audit.id}: ${audit.title}${what.length > 0 ? ` (${what.join('; ')})` : ''}`,
        )
      }
    }
  }
  for (const ref of lhr.categories.performance?.auditRefs ?? []) {
    const audit = lhr.audits[ref.id]
    if (audit && ref.weight > 0 && audit.score !== null && audit.score < 0.9)
      notes.push(`performance: ${audit.id} ${audit.displayValue ?? ''} (score ${audit.score})`)
  }
  for (const audit of Object.values(lhr.audits)) {
    const details = audit.details as { type?: string; overallSavingsMs?: number } | undefined
    if (details?.type === 'opportunity' && (details.overallSavingsMs ?? 0) >= 150) {
      notes.push(`opportunity: ${audit.id}: ${audit.displayValue ?? ''}`)
    }
  }
  return notes
}

export async function runLighthouse(url: string, runs: number): Promise<LighthouseFigures> {
  const results: Lhr[] = []
  for (let i = 0; i < runs; i++) results.push(await runOnce(url))
  const sorted = [...results].sort((a, b) => score(a, 'performance') - score(b, 'performance'))
  const median = sorted[Math.floor(sorted.length / 2)]!
  return {
    performance: score(median, 'performance'),
    accessibility: score(median, 'accessibility'),
    bestPractices: score(median, 'best-practices'),
    cls: median.audits['cumulative-layout-shift']?.numericValue ?? NaN,
    lcpMs: median.audits['largest-contentful-paint']?.numericValue ?? NaN,
    tbtMs: median.audits['total-blocking-time']?.numericValue ?? NaN,
    notes: notesOf(median),
    runs: results.map((lhr) => score(lhr, 'performance')),
    lhrJson: JSON.stringify(median),
  }
}
