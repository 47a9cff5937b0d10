/// <reference lib="dom" />
// Every failure has a way out (issue 6): a broken issue body affects only that issue and Retry
// recovers it; a catalog that will not load, or is from another schema version, shows an error
// view with Retry inside the layout.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { withoutFrontPageData } from '../../src/build-plugins/front-page-data'
import { FRONT_PAGE_DATA_ID } from '../../src/corpus/paths'
import type { Catalog } from '@/corpus/schema'
import {
  launchBrowser,
  openPage,
  ROOT,
  startPreview,
  type PageHandle,
  type PreviewHandle,
} from './harness'

const catalog = JSON.parse(
  readFileSync(path.join(ROOT, 'dist/corpus/catalog.json'), 'utf8'),
) as Catalog
// A broken issue that is not the front page's, and a healthy one to compare with.
const broken = catalog.issues[1]!
const healthy = catalog.issues[0]!
const storyOf = (issueId: string) => catalog.stories.find((story) => story.issueId === issueId)!

let server: PreviewHandle
let browser: Browser
const open: PageHandle[] = []

beforeAll(async () => {
  server = await startPreview()
  browser = await launchBrowser()
})

afterAll(async () => {
  for (const handle of open) await handle.context.close()
  await browser?.close()
  await server?.close()
})

async function newPage(): Promise<Page> {
  const handle = await openPage(browser)
  open.push(handle)
  return handle.page
}

const url = (route: string) => `${server.baseUrl}${route}`
/** The error panel with Retry, inside main (so inside the layout: header and search still there). */
const errorPanel = (page: Page) =>
  page.locator('main [role="alert"]').filter({ has: page.getByRole('button', { name: 'Retry' }) })
/** Full story text, which only an issue body can provide. */
const storyText = (page: Page) => page.locator('main .story-section').first()

describe('an issue body that fails to load', () => {
  it('shows an error with Retry in that issue only, and Retry recovers once the network does', async () => {
    const page = await newPage()
    const bodyPattern = `**/corpus/issues/${broken.id}.json`
    await page.route(bodyPattern, (route) => route.abort('failed'))

    // The issue page: its heading and table of contents come from the catalog; the body fails.
    await page.goto(url(`issues/${broken.id}`))
    await expect.poll(() => errorPanel(page).count()).toBe(1)
    expect(await page.locator('main h1').first().isVisible()).toBe(true)
    expect(await page.locator('main nav[aria-label="In this issue"] a').count()).toBe(
      storiesIn(broken.id),
    )
    expect(await page.locator('header [role="search"]').count()).toBe(1)

    // A story of the broken issue: the same error in place of its text, headline still shown.
    const brokenStory = storyOf(broken.id)
    await page.goto(url(`stories/${brokenStory.id}`))
    await expect.poll(() => errorPanel(page).count()).toBe(1)
    expect(await page.locator('main h1').first().innerText()).toContain(brokenStory.headline)

    // Everything else works: the front page, another issue, another issue's story.
    await page.goto(url(''))
    await page.locator('.front-page .story-card__headline a').first().waitFor()
    expect(await errorPanel(page).count()).toBe(0)
    await page.goto(url(`issues/${healthy.id}`))
    await storyText(page).waitFor()
    expect(await errorPanel(page).count()).toBe(0)
    await page.goto(url(`stories/${storyOf(healthy.id).id}`))
    await storyText(page).waitFor()
    expect(await errorPanel(page).count()).toBe(0)

    // Back to the broken issue; the network recovers; Retry brings the text in without a reload.
    await page.goto(url(`issues/${broken.id}`))
    await errorPanel(page).waitFor()
    await page.unroute(bodyPattern)
    const bodyResponse = page.waitForResponse((response) =>
      response.url().endsWith(`/corpus/issues/${broken.id}.json`),
    )
    await errorPanel(page).getByRole('button', { name: 'Retry' }).click()
    expect((await bodyResponse).ok()).toBe(true)
    await storyText(page).waitFor()
    expect(await errorPanel(page).count()).toBe(0)
    expect(await page.locator('main article.story-article').count()).toBe(storiesIn(broken.id))
  })

  it('says so when the body is from another schema version', async () => {
    const page = await newPage()
    await page.route(`**/corpus/issues/${broken.id}.json`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ schemaVersion: 999, issue: {}, stories: [] }),
      }),
    )
    await page.goto(url(`issues/${broken.id}`))
    await errorPanel(page).waitFor()
    expect(await errorPanel(page).innerText()).toMatch(/format we expect/i)
  })
})

describe('a catalog that fails to load', () => {
  it('shows an error view with Retry inside the layout, and Retry loads the page', async () => {
    const page = await newPage()
    await page.route('**/corpus/catalog.json', (route) => route.abort('failed'))
    await page.goto(url('issues'))
    await errorPanel(page).waitFor()
    // The layout is still there, with a way back; the error is the page's heading.
    expect(await page.locator('main h1').first().innerText()).toMatch(/couldn’t reach the server/i)
    expect(await page.locator('header [role="search"]').count()).toBe(1)
    expect(
      await page
        .locator('main')
        .getByRole('link', { name: /front page/i })
        .count(),
    ).toBe(1)

    await page.unroute('**/corpus/catalog.json')
    await errorPanel(page).getByRole('button', { name: 'Retry' }).click()
    await page.getByRole('heading', { level: 1, name: 'All issues' }).waitFor()
    expect(await errorPanel(page).count()).toBe(0)
  })

  it('the front page comes with the page: it shows without the catalog and without front.json', async () => {
    const page = await newPage()
    const frontPageFetches: string[] = []
    page.on('request', (request) => {
      if (request.url().endsWith('/corpus/front.json')) frontPageFetches.push(request.url())
    })
    await page.route('**/corpus/catalog.json', (route) => route.abort('failed'))
    await page.goto(url(''))
    await page.locator('.front-page .story-card__headline a').first().waitFor()
    expect(await errorPanel(page).count()).toBe(0)
    expect(frontPageFetches).toEqual([])
    await page.unroute('**/corpus/catalog.json')
  })

  it('a page that came without the front page fetches front.json, and its failure has Retry', async () => {
    const page = await newPage()
    // As if a host or proxy had rewritten index.html and dropped the data block.
    await page.route(url(''), async (route) => {
      const response = await route.fetch()
      const html = withoutFrontPageData(await response.text())
      expect(html).not.toContain(FRONT_PAGE_DATA_ID)
      await route.fulfill({ response, body: html })
    })
    await page.route('**/corpus/front.json', (route) => route.abort('failed'))
    await page.goto(url(''))
    await errorPanel(page).waitFor()
    expect(await page.locator('main h1').first().innerText()).toMatch(/couldn’t reach the server/i)
    await page.unroute('**/corpus/front.json')
    await errorPanel(page).getByRole('button', { name: 'Retry' }).click()
    await page.locator('.front-page .story-card__headline a').first().waitFor()
    expect(await errorPanel(page).count()).toBe(0)
  })

  it('says so when the catalog is from another schema version', async () => {
    const page = await newPage()
    await page.route('**/corpus/catalog.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({ schemaVersion: 999 }),
      }),
    )
    await page.goto(url('issues'))
    await errorPanel(page).waitFor()
    expect(await page.locator('main h1').first().innerText()).toMatch(/format we expect/i)
    expect(await errorPanel(page).getByRole('button', { name: 'Retry' }).count()).toBe(1)
  })
})

function storiesIn(issueId: string): number {
  return catalog.stories.filter((story) => story.issueId === issueId).length
}
