/// <reference lib="dom" />
// Offline after one visit (issue 6): once the service worker is active and its precache is
// complete, the network goes away and the reader still reloads a story, opens an issue never
// opened before, searches, and bookmarks; the app says it is offline and what still works.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '@/corpus/schema'
import {
  bookmarkOnStoryPage,
  launchBrowser,
  ROOT,
  startPreview,
  storyLink,
  type PreviewHandle,
} from './harness'

const catalog = JSON.parse(
  readFileSync(path.join(ROOT, 'dist/corpus/catalog.json'), 'utf8'),
) as Catalog
const firstIssue = catalog.issues[0]!
// The issue opened only once offline: the oldest, so nothing on the first visit fetched it.
const unopenedIssue = catalog.issues[catalog.issues.length - 1]!
const storiesOf = (issueId: string) => catalog.stories.filter((story) => story.issueId === issueId)
const visitedStory = storiesOf(firstIssue.id)[0]!
const unopenedStory = storiesOf(unopenedIssue.id)[0]!
// A distinctive word of a story the reader never opened, so search has to use the cached index.
const searchWord = unopenedStory.headline
  .split(/[^\p{L}\p{N}]+/u)
  .sort((a, b) => b.length - a.length)[0]!
  .toLowerCase()

let server: PreviewHandle
let browser: Browser
let context: BrowserContext
let page: Page
const consoleErrors: string[] = []

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
  context = await browser.newContext({
    serviceWorkers: 'allow',
    viewport: { width: 390, height: 844 },
  })
  page = await context.newPage()
  page.on('pageerror', (error) => consoleErrors.push(error.message))
})

afterAll(async () => {
  await context?.close()
  await browser?.close()
  await server?.close()
})

const url = (route: string) => `${server.baseUrl}${route}`
const storyText = () => page.locator('main .story-section').first()
const errorPanel = () => page.locator('main [role="alert"]')

/** Waits until a service worker is active for this page and its precache holds every corpus file. */
async function waitForOfflineReady(expectedCorpusFiles: string[]): Promise<void> {
  const active = await page.evaluate(async () => {
    const registration = await Promise.race([
      navigator.serviceWorker.ready,
      new Promise<null>((resolve) => setTimeout(() => resolve(null), 20_000)),
    ])
    const worker = registration?.active
    if (!worker) return null
    // `ready` resolves while the worker may still be activating (cleaning old caches).
    if (worker.state !== 'activated') {
      await new Promise<void>((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      )
    }
    return worker.state
  })
  expect(
    active,
    'no service worker became active after the first visit: is registerServiceWorker() called at startup?',
  ).toBe('activated')
  // Workbox finishes precaching before the worker activates; check the corpus is really there.
  const cached = await page.evaluate(async () => {
    const urls: string[] = []
    for (const name of await caches.keys()) {
      for (const request of await (await caches.open(name)).keys())
        urls.push(new URL(request.url).pathname)
    }
    return urls
  })
  const missing = expectedCorpusFiles.filter(
    (file) => !cached.some((cachedPath) => cachedPath.endsWith(file)),
  )
  expect(missing, 'corpus files missing from the precache').toEqual([])
}

describe('offline after one visit', () => {
  it('the first visit installs the service worker and precaches the whole corpus', async () => {
    await page.goto(url(`stories/${visitedStory.id}`))
    await storyText().waitFor()
    await waitForOfflineReady([
      'corpus/catalog.json',
      'corpus/front.json',
      'corpus/search-index.json',
      ...catalog.issues.map((issue) => `corpus/issues/${issue.id}.json`),
    ])
  })

  it('says it is offline, and what still works', async () => {
    await context.setOffline(true)
    const banner = page.locator('[role="status"]').filter({ hasText: /offline/i })
    await banner.first().waitFor()
    expect(await banner.first().innerText()).toMatch(/saved on this device|still works/i)
  })

  it('reloads the story it was on', async () => {
    await page.reload()
    await storyText().waitFor()
    expect(await page.locator('main h1').first().innerText()).toContain(visitedStory.headline)
    expect(await errorPanel().count()).toBe(0)
    // After a reload the app still knows it is offline, and that everything is saved.
    const banner = page.locator('[role="status"]').filter({ hasText: /offline/i })
    await banner.first().waitFor()
    expect(await banner.first().innerText()).toMatch(/saved on this device/i)
  })

  it('opens an issue and a story never opened before', async () => {
    await page.goto(url(`issues/${unopenedIssue.id}`))
    await storyText().waitFor()
    expect(await errorPanel().count()).toBe(0)
    expect(await page.locator('main article.story-article').count()).toBe(
      storiesOf(unopenedIssue.id).length,
    )
    // An in-app click too, not only a full navigation.
    await page
      .locator(`main article.story-article ${storyLink(unopenedStory.id)}`)
      .first()
      .click()
    await page.waitForURL(`**/stories/${unopenedStory.id}`)
    await storyText().waitFor()
    expect(await page.locator('main h1').first().innerText()).toContain(unopenedStory.headline)
  })

  it('searches', async () => {
    await page.goto(url(`search?q=${encodeURIComponent(searchWord)}`))
    const hit = page.locator(`.search-results[aria-busy="false"] ${storyLink(unopenedStory.id)}`)
    await hit.first().waitFor()
    expect(await page.locator('main .search-error').count()).toBe(0)
  })

  it('bookmarks a story, and the bookmark is there after a reload', async () => {
    await page.goto(url(`stories/${unopenedStory.id}`))
    await storyText().waitFor()
    await bookmarkOnStoryPage(page, unopenedStory.id)
    await page.goto(url('bookmarks'))
    await page
      .locator(`main ${storyLink(unopenedStory.id)}`)
      .first()
      .waitFor()
    await page.reload()
    await page
      .locator(`main ${storyLink(unopenedStory.id)}`)
      .first()
      .waitFor()
  })

  it('threw no uncaught error while offline', () => {
    expect(consoleErrors).toEqual([])
  })
})
