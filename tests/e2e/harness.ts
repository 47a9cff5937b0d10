// Shared helpers for browser tests: serve the production build with `vite preview`, drive Debian
// chromium with playwright-core, check pages with axe, and write screenshots to look at.
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createServer as createNetServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import AxeBuilder from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, expect } from 'vitest'
import type { Catalog } from '@/corpus/schema'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../bench/chromium'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const SCREENSHOT_DIR = path.join(ROOT, 'artifacts/screenshots')
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 900 },
} as const

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export interface PreviewHandle {
  /** e.g. http://127.0.0.1:41234 (no trailing slash). */
  origin: string
  /** origin + the build's base path, with a trailing slash. */
  baseUrl: string
  close: () => Promise<void>
}

/** Serve dist/ (the production build) on a free port. Build first: the test:e2e script does. */
export async function startPreview(options: { base?: string } = {}): Promise<PreviewHandle> {
  const port = await freePort()
  const base = options.base ?? '/'
  const server: PreviewServer = await preview({
    root: ROOT,
    base,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  })
  const origin = `http://127.0.0.1:${port}`
  return {
    origin,
    baseUrl: `${origin}${base}`,
    close: () => server.close(),
  }
}

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  })
}

export interface PageOptions {
  viewport?: keyof typeof VIEWPORTS
  colorScheme?: 'light' | 'dark'
  /** Block service workers so each test sees the network (offline tests opt in). */
  serviceWorkers?: 'allow' | 'block'
}

export interface PageHandle {
  context: BrowserContext
  page: Page
  /** Console errors and uncaught page errors collected so far. */
  errors: string[]
}

export async function openPage(browser: Browser, options: PageOptions = {}): Promise<PageHandle> {
  const context = await browser.newContext({
    viewport: VIEWPORTS[options.viewport ?? 'desktop'],
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: options.serviceWorkers ?? 'block',
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(error.message))
  return { context, page, errors }
}

/** Navigate and wait until the page's main heading is there (the app has rendered). */
export async function gotoAndWait(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.locator('main h1').first().waitFor()
  // Parts still rendering say so (the front page's lists follow its heading on a first load).
  await page.locator('main [aria-busy="true"]').first().waitFor({ state: 'detached' })
}

export interface AxeViolationSummary {
  id: string
  impact: string | null | undefined
  help: string
  targets: string[]
}

/** axe with the WCAG 2 A/AA tags; returns the violations in a readable shape (empty = pass). */
export async function axeViolations(page: Page): Promise<AxeViolationSummary[]> {
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze()
  return result.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }))
}

/** Full-page PNG in artifacts/screenshots/<name>.png; returns its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const file = path.join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path: file, fullPage: true })
  return file
}

/** The catalog the production build in dist/ serves. */
export function readBuiltCatalog(): Catalog {
  return JSON.parse(readFileSync(path.join(ROOT, 'dist/corpus/catalog.json'), 'utf8')) as Catalog
}

export interface AppInBrowser {
  readonly server: PreviewHandle
  readonly browser: Browser
}

/** Serves the build and starts Chromium once for a test file; both close after its tests. */
export function serveAppInBrowser(): AppInBrowser {
  const app = {} as { server: PreviewHandle; browser: Browser }
  beforeAll(async () => {
    app.server = await startPreview()
    app.browser = await launchBrowser()
  })
  afterAll(async () => {
    await app.browser?.close()
    await app.server?.close()
  })
  return app
}

/** Presses the story page's bookmark toggle and waits until it says the story is saved. */
export async function bookmarkOnStoryPage(page: Page, storyId: string): Promise<void> {
  const toggle = page.locator(`main [data-bookmark-toggle="${storyId}"]`)
  expect(
    await toggle.count(),
    'the story page has no bookmark toggle: is StoryBookmarkButton passed to StoryPage as actions?',
  ).toBe(1)
  await toggle.click()
  await expect.poll(() => toggle.getAttribute('aria-pressed')).toBe('true')
}

/** Headlines on /bookmarks, in the order shown. Read it with `expect.poll`: the list renders after the route. */
export const savedHeadlines = (page: Page): Promise<string[]> =>
  page.locator('[data-bookmark] h2').allTextContents()

/** A link to one story, whatever query (`?hl=`) or section hash (`#…`) it carries. */
export const storyLink = (id: string): string =>
  `a:is([href$="/stories/${id}"], [href*="/stories/${id}?"], [href*="/stories/${id}#"])`
