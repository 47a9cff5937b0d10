/// <reference lib="dom" />
// Bookmarks in real Chromium against the production build and the seed corpus (issue 5 §6–12):
// saved across reloads, two pages of one browser in step, damaged storage kept aside with a
// notice, storage that refuses writes, and axe on /bookmarks.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { Catalog } from '@/corpus/schema'
import {
  axeViolations,
  gotoAndWait,
  openPage,
  readBuiltCatalog,
  savedHeadlines,
  screenshot,
  serveAppInBrowser,
} from './harness'

const KEY = 'batch-reader:bookmarks'
const catalog = readBuiltCatalog()
const visionStories = catalog.stories.filter((s) => s.topics.includes('vision'))
const [first, second] = visionStories as [Catalog['stories'][number], Catalog['stories'][number]]

const app = serveAppInBrowser()

const toggleFor = (page: Page, headline: string) =>
  page.getByRole('button', { name: `Bookmark: ${headline}` })
/**
 * In-app navigation (no reload), the way a link click moves around the single-page app. Waits for
 * the new page's own heading: the old page stays on screen while the route's code loads.
 */
async function navigateInApp(page: Page, to: string, heading: string) {
  await page.evaluate((url) => {
    history.pushState({}, '', url)
    dispatchEvent(new PopStateEvent('popstate'))
  }, to)
  await page.waitForURL(to)
  await page.getByRole('heading', { level: 1, name: heading }).waitFor()
}

describe('bookmarks', () => {
  it('a bookmark survives a reload', async () => {
    const { page, context, errors } = await openPage(app.browser)
    await gotoAndWait(page, `${app.server.baseUrl}topics/vision`)
    await toggleFor(page, first.headline).click()
    await expect
      .poll(() => toggleFor(page, first.headline).getAttribute('aria-pressed'))
      .toBe('true')
    await page.reload()
    await page.locator('main h1').waitFor()
    expect(await toggleFor(page, first.headline).getAttribute('aria-pressed')).toBe('true')
    await gotoAndWait(page, `${app.server.baseUrl}bookmarks`)
    await expect.poll(() => savedHeadlines(page)).toEqual([first.headline])
    expect(errors).toEqual([])
    await context.close()
  })

  it('two pages of one browser stay in step, both ways', async () => {
    const { page: a, context, errors } = await openPage(app.browser)
    const b = await context.newPage()
    await gotoAndWait(a, `${app.server.baseUrl}topics/vision`)
    await gotoAndWait(b, `${app.server.baseUrl}bookmarks`)
    await toggleFor(a, first.headline).click()
    await toggleFor(a, second.headline).click()
    await expect.poll(() => savedHeadlines(b)).toEqual([second.headline, first.headline])
    await b.getByRole('button', { name: `Remove bookmark: ${first.headline}` }).click()
    await expect.poll(() => toggleFor(a, first.headline).getAttribute('aria-pressed')).toBe('false')
    expect(await toggleFor(a, second.headline).getAttribute('aria-pressed')).toBe('true')
    expect(errors).toEqual([])
    await context.close()
  })

  it('damaged storage: the app loads, the damaged value is kept aside, the reader is told', async () => {
    const { page, context } = await openPage(app.browser)
    await gotoAndWait(page, app.server.baseUrl)
    const damaged = '{"state":{"entries":{"x":{"storyId":'
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, damaged])
    await gotoAndWait(page, `${app.server.baseUrl}bookmarks`)
    const notice = page.locator('[data-notice="recovered"]')
    await notice.waitFor()
    expect(await notice.textContent()).toMatch(
      /could not be read.*copy of the stored data was kept/,
    )
    const backups = await page.evaluate((key) => {
      return Object.keys(localStorage)
        .filter((k) => k.startsWith(`${key}:backup:`))
        .map((k) => localStorage.getItem(k))
    }, KEY)
    expect(backups).toEqual([damaged])
    await screenshot(page, 'bookmarks-damaged-storage')
    await context.close()
  })

  it('storage that refuses writes: bookmarks stay for the session and the reader is told', async () => {
    const { page, context, errors } = await openPage(app.browser)
    await context.addInitScript(() => {
      const setItem = Storage.prototype.setItem
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.startsWith('batch-reader:bookmarks'))
          throw new DOMException('Quota exceeded', 'QuotaExceededError')
        return setItem.call(this, key, value)
      }
    })
    await gotoAndWait(page, `${app.server.baseUrl}topics/vision`)
    await toggleFor(page, first.headline).click()
    await expect
      .poll(() => toggleFor(page, first.headline).getAttribute('aria-pressed'))
      .toBe('true')
    await navigateInApp(page, `${app.server.baseUrl}bookmarks`, 'Bookmarks')
    await expect.poll(() => savedHeadlines(page)).toEqual([first.headline])
    await expect
      .poll(() => page.locator('[data-notice="not-persisted"]').textContent())
      .toMatch(/not being saved/)
    expect(errors).toEqual([])
    await context.close()
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`axe finds no WCAG A/AA violations on /bookmarks with saved stories (${colorScheme})`, async () => {
      const { page, context } = await openPage(app.browser, { colorScheme })
      await gotoAndWait(page, `${app.server.baseUrl}topics/vision`)
      for (const story of visionStories.slice(0, 3)) await toggleFor(page, story.headline).click()
      await gotoAndWait(page, `${app.server.baseUrl}bookmarks`)
      await page.locator('[data-bookmark]').first().waitFor()
      expect(await axeViolations(page)).toEqual([])
      await screenshot(page, `bookmarks-${colorScheme}`)
      await context.close()
    })
  }
})
