/// <reference lib="dom" />
// Search in real Chromium against the production build and the seed corpus: type a query with a
// typo key by key in the header, see the right result, open it, land on the matched section with
// the words marked, go Back to the same results. The search itself runs in a Web Worker here.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { axeViolations, gotoAndWait, openPage, screenshot, serveAppInBrowser } from './harness'

const app = serveAppInBrowser()

const searchBox = (page: Page) =>
  page.getByRole('searchbox', { name: /search stories, letters and takes/i })
const results = (page: Page) => page.getByRole('list', { name: 'Search results' })
/** Client-side navigations fire no load event, so poll the URL rather than wait for one. */
const pathAndQuery = (page: Page) => {
  const url = new URL(page.url())
  return decodeURIComponent(url.pathname + url.search)
}

describe('search in the browser', () => {
  it('finds a story through a typo, opens the matched section marked, and Back restores the results', async () => {
    const { page, context, errors } = await openPage(app.browser)
    const requested: string[] = []
    page.on('request', (request) => requested.push(new URL(request.url()).pathname))
    await gotoAndWait(page, app.server.baseUrl)

    await page.keyboard.press('/')
    await expect
      .poll(() => searchBox(page).evaluate((el) => el === document.activeElement))
      .toBe(true)
    await page.keyboard.type('deepfkae', { delay: 60 })

    await expect.poll(() => pathAndQuery(page)).toBe('/search?q=deepfkae')
    const first = results(page).getByRole('listitem').first()
    await expect
      .poll(() => first.getByRole('heading').textContent(), { timeout: 10_000 })
      .toBe('Facebook vs Deepfakes')
    expect(await first.locator('mark').count()).toBeGreaterThan(0)
    // Focusing the field started the worker on the index; the results never needed the catalog.
    expect(requested.some((path) => path.endsWith('/corpus/search-index.json'))).toBe(true)
    expect(requested.some((path) => path.endsWith('/corpus/catalog.json'))).toBe(false)
    await screenshot(page, 'search-results-desktop')
    expect(await axeViolations(page)).toEqual([])

    const link = first.getByRole('link', { name: 'Facebook vs Deepfakes' })
    const href = (await link.getAttribute('href')) ?? ''
    const anchor = new URL(href, app.server.origin).hash.slice(1)
    expect(href).toMatch(/\/stories\/2020-01-08-facebook-vs-deepfakes\?hl=deepfake/)
    await link.click()

    await expect
      .poll(() => pathAndQuery(page))
      .toMatch(/^\/stories\/2020-01-08-facebook-vs-deepfakes\?hl=/)
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Facebook vs Deepfakes')
    if (anchor) {
      const section = page.locator(`[id="${anchor}"]`)
      await section.waitFor()
      await expect
        .poll(() => section.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight))
        .toBe(true)
    }
    await expect.poll(() => page.locator('main mark').count()).toBeGreaterThan(0)
    await screenshot(page, 'search-opened-story')

    await page.goBack()
    await expect.poll(() => pathAndQuery(page)).toBe('/search?q=deepfkae')
    await expect
      .poll(() => results(page).getByRole('listitem').first().getByRole('heading').textContent())
      .toBe('Facebook vs Deepfakes')
    expect(await searchBox(page).inputValue()).toBe('deepfkae')
    expect(errors).toEqual([])
    await context.close()
  })

  it('says so when nothing matches and offers existing words, on a phone', async () => {
    const { page, context, errors } = await openPage(app.browser, { viewport: 'phone' })
    await gotoAndWait(page, `${app.server.baseUrl}search?q=radiolgy%20qqqzzz`)
    await page.getByText(/No results for/).waitFor({ timeout: 10_000 })
    await page.getByRole('link', { name: 'radiologist' }).click()
    await expect.poll(() => pathAndQuery(page)).toBe('/search?q=radiologist')
    await results(page).getByRole('listitem').first().waitFor()
    await screenshot(page, 'search-results-phone')
    expect(errors).toEqual([])
    await context.close()
  })

  it('filters every result by a topic chip, not only the results listed so far', async () => {
    const { page, context, errors } = await openPage(app.browser, { viewport: 'phone' })
    await gotoAndWait(page, `${app.server.baseUrl}search?q=ai`)
    const listCount = page.locator('.search-results__count')
    await expect.poll(() => listCount.textContent(), { timeout: 10_000 }).toMatch(/^\d+ results$/)
    const total = Number((await listCount.textContent())?.split(' ')[0])
    expect(total).toBeGreaterThan(20)
    await expect.poll(() => results(page).getByRole('listitem').count()).toBe(20)
    // The chips count all the matches, though only the first 20 are listed. Until a topic
    // filters them, the count above the list is the only one (not "N results" twice).
    const chips = page.getByRole('group', { name: 'Filter results by topic' })
    expect(await chips.getByRole('status').textContent()).toBe('')

    const chip = chips.locator('button.topic-chip').first()
    const [, name, count] = /^(.*), (\d+)$/.exec((await chip.getAttribute('aria-label')) ?? '')!
    const topic = await chip.getAttribute('data-topic')
    const kept = Number(count)
    expect(kept).toBeLessThan(total)
    await chip.click()
    await expect.poll(() => pathAndQuery(page)).toBe(`/search?q=ai&topics=${topic}`)
    await expect.poll(() => listCount.textContent()).toBe(`${kept} results`)
    await expect
      .poll(() => chips.getByRole('status').textContent())
      .toBe(`${kept} of ${total} results`)
    await expect.poll(() => results(page).getByRole('listitem').count()).toBe(Math.min(kept, 20))
    expect(
      await chips.getByRole('button', { name: `${name}, ${count}` }).getAttribute('aria-pressed'),
    ).toBe('true')
    expect(await axeViolations(page)).toEqual([])
    expect(errors).toEqual([])
    await context.close()
  })
})
