// Browser figures for the load bench (Playwright driving Debian chromium, no throttling):
// bytes transferred before the front page's first story headline is visible, and long tasks
// while a reader types a search key by key.
import { chromium, type Browser, type Page } from 'playwright-core'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'

/** The first story headline on `/` (FrontPage → StoryCard). */
export const FIRST_HEADLINE_SELECTOR = '.front-page .story-card__headline a'
const SEARCH_INPUT_SELECTOR = '[role="search"] input[type="search"]'
const SEARCH_RESULT_SELECTOR = '.search-results[aria-busy="false"] .search-result'

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true })
}

export interface FirstHeadline {
  /** encodedDataLength (compressed body + headers) of every response finished before the headline showed. */
  bytes: number
  /** The same, for requests under corpus/ only (the front page travels inside the HTML). */
  corpusBytes: number
  requests: { url: string; bytes: number }[]
  ms: number
}

/** Cold load of `/` in a fresh context: sums what arrived until the first headline is visible. */
export async function measureFirstHeadline(browser: Browser, url: string): Promise<FirstHeadline> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const urls = new Map<string, string>()
    const finished: { url: string; bytes: number }[] = []
    let stopped = false
    cdp.on('Network.requestWillBeSent', (event) => urls.set(event.requestId, event.request.url))
    cdp.on('Network.loadingFinished', (event) => {
      if (!stopped)
        finished.push({ url: urls.get(event.requestId) ?? '?', bytes: event.encodedDataLength })
    })
    await cdp.send('Network.enable')
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    const start = Date.now()
    await page.goto(url, { waitUntil: 'commit' })
    await page
      .locator(FIRST_HEADLINE_SELECTOR)
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 })
    stopped = true
    const ms = Date.now() - start
    const bytes = finished.reduce((sum, r) => sum + r.bytes, 0)
    const corpusBytes = finished
      .filter((r) => new URL(r.url).pathname.includes('/corpus/'))
      .reduce((sum, r) => sum + r.bytes, 0)
    return { bytes, corpusBytes, requests: finished, ms }
  } finally {
    await context.close()
  }
}

export interface TypingLongTasks {
  query: string
  count: number
  /** Long tasks over 50 ms (every long task is, by definition, over 50 ms). */
  maxMs: number
  totalMs: number
  results: number
  /** Keys after which the search box had lost focus (the bench puts it back and goes on). */
  focusLostAfter: string[]
}

/** Injected before any page script: collects every long task with its start time. */
function observeLongTasks() {
  const tasks: { start: number; duration: number }[] = []
  ;(window as unknown as { __longTasks: typeof tasks }).__longTasks = tasks
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      tasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
}

async function longTasksSince(page: Page, since: number) {
  return page.evaluate(
    (t0) =>
      (
        window as unknown as { __longTasks: { start: number; duration: number }[] }
      ).__longTasks.filter((t) => t.start >= t0),
    since,
  )
}

/**
 * Loads `/`, waits until it has settled, then types `query` into the header's search box one key
 * at a time (a brisk typist's cadence) and waits for the results; reports the long tasks from the
 * first key to the rendered results. `cpuSlowdown` > 1 emulates a slower phone CPU.
 */
export async function measureTypingLongTasks(
  browser: Browser,
  url: string,
  query: string,
  cpuSlowdown = 1,
): Promise<TypingLongTasks> {
  const context = await browser.newContext({ serviceWorkers: 'block' })
  try {
    await context.addInitScript(observeLongTasks)
    const page = await context.newPage()
    await page.goto(url)
    await page
      .locator(FIRST_HEADLINE_SELECTOR)
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 })
    await page.waitForLoadState('networkidle')
    if (cpuSlowdown > 1) {
      const cdp = await context.newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown })
    }
    const input = page.locator(SEARCH_INPUT_SELECTOR)
    await input.click()
    const t0 = await page.evaluate(() => performance.now())
    const focusLostAfter: string[] = []
    for (const [i, key] of [...query].entries()) {
      if (i > 0 && !(await input.evaluate((el) => el === document.activeElement))) {
        // A reader would have lost the rest of the query; note it, put focus back, go on.
        focusLostAfter.push(query.slice(0, i))
        await input.focus()
        await page.keyboard.press('End')
      }
      await page.keyboard.type(key)
      // A brisk typist's cadence between keys.
      await page.waitForTimeout(120)
    }
    await page
      .locator(SEARCH_RESULT_SELECTOR)
      .first()
      .waitFor({ state: 'visible', timeout: 60_000 })
    // The results for the full query (not an intermediate prefix) are on screen.
    await page.waitForFunction(
      (q) =>
        new URL(location.href).searchParams.get('q') === q &&
        document.querySelector('.search-results[aria-busy="false"]') !== null,
      query,
    )
    const results = await page.locator('.search-results__list .search-result').count()
    const tasks = await longTasksSince(page, t0)
    return {
      query,
      count: tasks.length,
      maxMs: tasks.reduce((max, t) => Math.max(max, t.duration), 0),
      totalMs: tasks.reduce((sum, t) => sum + t.duration, 0),
      results,
      focusLostAfter,
    }
  } finally {
    await context.close()
  }
}
