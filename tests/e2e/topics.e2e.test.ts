/// <reference lib="dom" />
// Topics in real Chromium against the production build and the seed corpus (issue 5 §3–5, 12):
// chips change the list and the URL and Back restores them; /topics and a topic page pass axe.
import { describe, expect, it } from 'vitest'
import {
  axeViolations,
  gotoAndWait,
  openPage,
  readBuiltCatalog,
  savedHeadlines,
  screenshot,
  serveAppInBrowser,
} from './harness'

const catalog = readBuiltCatalog()
const byHeadline = (headline: string) => catalog.stories.find((s) => s.headline === headline)!
const saved = ['De-Facing ImageNet', 'Cancer in the Crosshairs', 'Tell Me a Picture'].map(
  byHeadline,
)

const app = serveAppInBrowser()

describe('topic chips', () => {
  it('change the list and the URL, and Back restores them', async () => {
    const { page, context, errors } = await openPage(app.browser)
    await gotoAndWait(page, `${app.server.baseUrl}topics/vision`)
    for (const story of saved) {
      await page.getByRole('button', { name: `Bookmark: ${story.headline}` }).click()
    }
    await gotoAndWait(page, `${app.server.baseUrl}bookmarks`)
    await expect.poll(() => savedHeadlines(page)).toHaveLength(3)

    await page.locator('.topic-chip[data-topic="health"]').click()
    await page.waitForURL(/[?&]topics=health(&|$)/)
    await expect.poll(() => savedHeadlines(page)).toEqual(['Cancer in the Crosshairs'])
    expect(
      await page.locator('.topic-chip[data-topic="health"]').getAttribute('aria-pressed'),
    ).toBe('true')

    await page.locator('.topic-chip[data-topic="privacy"]').click()
    await page.waitForURL(/topics=health%2Cprivacy|topics=health,privacy/)
    await expect
      .poll(() => savedHeadlines(page))
      .toEqual(['Cancer in the Crosshairs', 'De-Facing ImageNet'])
    await page.getByRole('button', { name: 'all topics', exact: true }).click()
    await page.waitForURL(/match=all/)
    await expect.poll(() => savedHeadlines(page)).toEqual([])
    await screenshot(page, 'bookmarks-chips-all')

    await page.goBack()
    await page.waitForURL((url) => !url.search.includes('match=all'))
    await expect
      .poll(() => savedHeadlines(page))
      .toEqual(['Cancer in the Crosshairs', 'De-Facing ImageNet'])
    await page.goBack()
    await page.goBack()
    await page.waitForURL((url) => url.search === '')
    await expect.poll(() => savedHeadlines(page)).toHaveLength(3)
    expect(await page.locator('.topic-chip[aria-pressed="true"]').count()).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('on a phone stay on one line that scrolls sideways and bring a selected chip into view', async () => {
    const { page, context, errors } = await openPage(app.browser, { viewport: 'phone' })
    await gotoAndWait(page, `${app.server.baseUrl}thinking`)
    const row = page.locator('.topic-chips__list')
    const chips = page.locator('.topic-chip')
    const chipTops = () =>
      chips.evaluateAll((all) => all.map((chip) => Math.round(chip.getBoundingClientRect().top)))
    expect(new Set(await chipTops()).size).toBe(1)
    expect(await row.evaluate((list) => list.scrollWidth > list.clientWidth)).toBe(true)
    // Whether a chip lies wholly inside the row's visible part.
    const inSight = (slug: string) =>
      row.evaluate((list, wanted) => {
        const chip = list.querySelector(`[data-topic="${wanted}"]`)!.getBoundingClientRect()
        const box = list.getBoundingClientRect()
        return chip.left >= box.left && chip.right <= box.right
      }, slug)
    // The least common topic sorts last, out of sight until the row scrolls.
    const last = (await chips.last().getAttribute('data-topic'))!
    expect(await inSight(last)).toBe(false)

    // From the keyboard: Tab brings each chip wholly into view in turn.
    const focusedTopic = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-topic') ?? null)
    await chips.first().focus()
    const count = await chips.count()
    for (let i = 1; i < count; i++) {
      await page.keyboard.press('Tab')
      const focused = await focusedTopic()
      expect(focused && (await inSight(focused)), `chip ${i + 1} (${focused})`).toBe(true)
    }
    expect(await focusedTopic()).toBe(last)

    // Opened from a link (or Back), the row scrolls to the chip that filters the list.
    await gotoAndWait(page, `${app.server.baseUrl}thinking?topics=${last}`)
    await expect.poll(() => inSight(last)).toBe(true)
    expect(
      await page.locator(`.topic-chip[data-topic="${last}"]`).getAttribute('aria-pressed'),
    ).toBe('true')
    expect(await axeViolations(page)).toEqual([])
    await screenshot(page, 'thinking-chips-phone')

    // Pressing and unpressing a chip at the other end leaves the row where the reader is.
    const first = (await chips.first().getAttribute('data-topic'))!
    await chips.first().click()
    await page.waitForURL((url) => url.search.includes(first))
    await chips.first().click()
    await page.waitForURL((url) => !url.search.includes(first))
    expect(await inSight(first)).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('an unknown topic in a link is ignored with a quiet notice, not an error page', async () => {
    const { page, context } = await openPage(app.browser)
    await gotoAndWait(page, `${app.server.baseUrl}topics/vision`)
    await page.getByRole('button', { name: `Bookmark: ${saved[0]!.headline}` }).click()
    await gotoAndWait(page, `${app.server.baseUrl}bookmarks?topics=astrology,vision`)
    expect(await page.getByText(/does not know: astrology/).count()).toBe(1)
    await expect.poll(() => savedHeadlines(page)).toEqual([saved[0]!.headline])
    await context.close()
  })
})

describe('topic pages', () => {
  it('/topics lists every topic; a topic page shows its stories newest first and a chart with a table', async () => {
    const { page, context, errors } = await openPage(app.browser)
    await gotoAndWait(page, `${app.server.baseUrl}topics`)
    expect(await page.locator('.topic-tile').count()).toBe(catalog.topics.length)
    await page.getByRole('link', { name: 'Health & Medicine' }).click()
    await page.waitForURL('**/topics/health')
    await page.getByRole('heading', { level: 1, name: 'Health & Medicine' }).waitFor()
    const expected = catalog.stories
      .filter((s) => s.topics.includes('health'))
      .map((s) => s.headline)
    expect(await page.locator('main article h3').allTextContents()).toEqual(expected)
    expect(
      await page.getByRole('img', { name: /Stories about Health & Medicine per month/ }).count(),
    ).toBe(1)
    await page.getByText('Show the numbers as a table').click()
    expect(
      await page
        .getByRole('table', { name: /Stories about Health & Medicine per month/ })
        .isVisible(),
    ).toBe(true)
    await screenshot(page, 'topic-health')
    expect(errors).toEqual([])
    await context.close()
  })

  const pages = [
    { name: 'topics', path: 'topics' },
    { name: 'topic', path: 'topics/vision' },
  ]
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const { name, path: route } of pages) {
      it(`axe finds no WCAG A/AA violations on /${route} (${colorScheme})`, async () => {
        const { page, context } = await openPage(app.browser, { colorScheme })
        await gotoAndWait(page, app.server.baseUrl + route)
        // Open the chart's table (topic pages) so axe checks it too; $$eval does not wait for one.
        await page.$$eval('details.topic-chart__table', (all) =>
          all.forEach((d) => ((d as HTMLDetailsElement).open = true)),
        )
        expect(await axeViolations(page)).toEqual([])
        await screenshot(page, `${name}-${colorScheme}`)
        await context.close()
      })
    }
  }
})
