// The measurement sequence of the load bench, the same for every variant of a build (the split
// corpus and the naive one JSON file): serve the build with `vite preview`, then bytes and time to
// the first headline, long tasks while typing a search (normal and slowed CPU), and Lighthouse.
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import {
  launchChromium,
  measureFirstHeadline,
  measureTypingLongTasks,
  type FirstHeadline,
  type TypingLongTasks,
} from './load-browser'
import { runLighthouse, type LighthouseFigures } from './load-lighthouse'
import { startPreview } from './load-server'

/** Typed key by key into the header's search box. */
export const TYPING_QUERY = 'language models'
/** The CPU slowdown of the second typing run (a mid-range phone). */
export const SLOW_CPU = 4

export interface ServedAppFigures {
  firstHeadline: FirstHeadline
  typing: TypingLongTasks
  typingSlowCpu: TypingLongTasks
  lighthouse: LighthouseFigures
}

export interface MeasureOptions {
  /** Lighthouse runs; the median by performance score is reported. */
  lighthouseRuns: number
  log: (line: string) => void
  /** Prefix of the progress lines, e.g. "350 issues, naive". */
  label: string
}

/** Measures the app served at `url` (a fresh browser context per figure, service workers blocked). */
export async function measureServedApp(
  url: string,
  { lighthouseRuns, log, label }: MeasureOptions,
): Promise<ServedAppFigures> {
  const browser = await launchChromium()
  let firstHeadline: FirstHeadline
  let typing: TypingLongTasks
  let typingSlowCpu: TypingLongTasks
  try {
    log(`load bench: ${label}: first headline and typing`)
    firstHeadline = await measureFirstHeadline(browser, url)
    typing = await measureTypingLongTasks(browser, url, TYPING_QUERY)
    typingSlowCpu = await measureTypingLongTasks(browser, url, TYPING_QUERY, SLOW_CPU)
  } finally {
    await browser.close()
  }
  log(`load bench: ${label}: lighthouse (${lighthouseRuns} runs)`)
  const lighthouse = await runLighthouse(url, lighthouseRuns)
  return { firstHeadline, typing, typingSlowCpu, lighthouse }
}

/**
 * Serves the build in `outDir` and measures it; writes the median Lighthouse report to
 * `lighthouseReport` (the file to open when a figure fails).
 */
export async function measureBuild(
  outDir: string,
  lighthouseReport: string,
  options: MeasureOptions,
): Promise<ServedAppFigures> {
  const server = await startPreview({ outDir })
  try {
    const figures = await measureServedApp(server.url, options)
    mkdirSync(path.dirname(lighthouseReport), { recursive: true })
    writeFileSync(lighthouseReport, figures.lighthouse.lhrJson)
    return figures
  } finally {
    await server.close()
  }
}
