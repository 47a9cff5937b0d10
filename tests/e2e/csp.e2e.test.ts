/// <reference lib="dom" />
// The Content-Security-Policy holds (issue 6): the built index.html carries the policy and no
// inline script; every main route, search (worker and index) and the service worker run with
// zero CSP violations and zero console errors, and every request goes to the page's own origin.
// Then a hostile issue (markup, scripts, javascript: links, a 10,000-character line, RTL, emoji)
// goes through the whole pipeline (compile, build, load, read, search, bookmark) and renders inertly.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FRONT_PAGE_DATA_ID } from '../../src/corpus/paths'
import type { Catalog } from '@/corpus/schema'
import { buildApp } from '../../bench/load-build'
import { startPreview as startBuildPreview, type PreviewServer } from '../../bench/load-server'
import {
  bookmarkOnStoryPage,
  launchBrowser,
  ROOT,
  startPreview,
  storyLink,
  type PreviewHandle,
} from './harness'

interface Watch {
  /** CSP violations seen by the document (securitypolicyviolation) or reported on the console. */
  violations: string[]
  consoleErrors: string[]
  requests: string[]
  dialogs: string[]
}

/** Records violations, console errors, dialogs and every request of a context (workers included). */
async function watchContext(context: BrowserContext): Promise<Watch> {
  const watch: Watch = { violations: [], consoleErrors: [], requests: [], dialogs: [] }
  await context.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { __cspViolations: string[] }).__cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  context.on('request', (request) => watch.requests.push(request.url()))
  context.on('page', (page) => watchPage(page, watch))
  return watch
}

function watchPage(page: Page, watch: Watch) {
  page.on('console', (message) => {
    const text = message.text()
    if (/Content[- ]Security[- ]Policy/i.test(text)) watch.violations.push(`console: ${text}`)
    if (message.type() === 'error') watch.consoleErrors.push(`${page.url()}: ${text}`)
  })
  page.on('pageerror', (error) =>
    watch.consoleErrors.push(`${page.url()}: uncaught ${error.message}`),
  )
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message())
    void dialog.dismiss()
  })
}

async function documentViolations(page: Page): Promise<string[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
  )
}

const foreignRequests = (watch: Watch, origin: string) =>
  watch.requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  )

describe('the built index.html', () => {
  for (const file of ['index.html', '404.html']) {
    it(`${file} carries the policy before anything else and has no inline script (one JSON data block)`, () => {
      const html = readFileSync(path.join(ROOT, 'dist', file), 'utf8')
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)
      expect(meta, 'CSP meta tag').not.toBeNull()
      const policy = meta![1]!.replaceAll('&#39;', "'")
      expect(policy).toMatch(/script-src 'self'(;|$)/)
      for (const directive of [
        'style-src',
        'connect-src',
        'worker-src',
        'img-src',
        'default-src',
      ]) {
        expect(policy).toMatch(new RegExp(`${directive} 'self'`))
      }
      expect(policy).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/)
      // The policy applies only to what comes after it: it must precede every script and style.
      expect(html.indexOf('Content-Security-Policy')).toBeLessThan(
        html.search(/<script|<link|<style/),
      )
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
      // The one element without a src is the front page's JSON data block: never run, and JSON.
      const dataBlocks = scripts.filter(([, attrs]) => /type="application\/json"/.test(attrs!))
      expect(dataBlocks.map(([, attrs]) => attrs)).toEqual([
        ` type="application/json" id="${FRONT_PAGE_DATA_ID}"`,
      ])
      expect(() => JSON.parse(dataBlocks[0]![2]!)).not.toThrow()
      const inlineScripts = scripts.filter(
        (script) =>
          !dataBlocks.includes(script) && (!/\bsrc=/.test(script[1]!) || script[2]!.trim() !== ''),
      )
      expect(inlineScripts).toEqual([])
      expect(html).not.toMatch(/<style\b|\sstyle="|\son[a-z]+=/i)
    })
  }
})

describe('every main route under the policy', () => {
  const catalog = JSON.parse(
    readFileSync(path.join(ROOT, 'dist/corpus/catalog.json'), 'utf8'),
  ) as Catalog
  const latest = catalog.issues[0]!
  const story = catalog.stories.find((s) => s.issueId === latest.id)!
  const letterIssue = catalog.issues.find((issue) => issue.hasLetter)!
  // A distinctive word from a headline, so the search returns something.
  const searchWord = story.headline
    .split(/\W+/)
    .sort((a, b) => b.length - a.length)[0]!
    .toLowerCase()
  const routes = [
    '',
    'issues',
    `issues/${latest.id}`,
    `stories/${story.id}`,
    'letters',
    `letters/${letterIssue.id}`,
    'thinking',
    `search?q=${encodeURIComponent(searchWord)}`,
    'bookmarks',
    'topics',
    'no/such/page',
  ]

  let server: PreviewHandle
  let browser: Browser
  let context: BrowserContext
  let watch: Watch
  let page: Page

  beforeAll(async () => {
    server = await startPreview()
    browser = await launchBrowser()
    // Service workers allowed: their registration and precache run under the policy too.
    context = await browser.newContext({ serviceWorkers: 'allow' })
    watch = await watchContext(context)
    page = await context.newPage()
  })

  afterAll(async () => {
    await context?.close()
    await browser?.close()
    await server?.close()
  })

  for (const route of routes) {
    it(`/${route}: no CSP violation, no console error, only same-origin requests`, async () => {
      const before = {
        requests: watch.requests.length,
        errors: watch.consoleErrors.length,
        violations: watch.violations.length,
      }
      await page.goto(`${server.baseUrl}${route}`)
      await page.locator('main h1').first().waitFor()
      if (route.startsWith('search')) {
        // The search worker and its index load under worker-src / connect-src.
        await page.locator('.search-results[aria-busy="false"] .search-result').first().waitFor()
      }
      await page.waitForLoadState('networkidle')
      expect(await documentViolations(page)).toEqual([])
      expect(watch.violations.slice(before.violations)).toEqual([])
      expect(watch.consoleErrors.slice(before.errors)).toEqual([])
      const requests = watch.requests.slice(before.requests)
      expect(requests.length).toBeGreaterThan(0)
      expect(foreignRequests({ ...watch, requests }, server.origin)).toEqual([])
    })
  }

  it('the service worker registers under the policy, from the same origin', async () => {
    await page.goto(server.baseUrl)
    const scriptURL = await page.evaluate(async () => {
      const registration = await Promise.race([
        navigator.serviceWorker.ready,
        new Promise<null>((resolve) => setTimeout(() => resolve(null), 15_000)),
      ])
      return registration?.active?.scriptURL ?? null
    })
    expect(
      scriptURL,
      'no service worker became active within 15 s: is registerServiceWorker() called at startup?',
    ).not.toBeNull()
    expect(new URL(scriptURL!).origin).toBe(server.origin)
    expect(await documentViolations(page)).toEqual([])
    expect(watch.violations).toEqual([])
    expect(foreignRequests(watch, server.origin)).toEqual([])
  })
})

describe('a hostile issue through the whole pipeline', () => {
  const work = mkdtempSync(path.join(tmpdir(), 'batch-reader-hostile-'))
  const outDir = path.join(work, 'dist')
  let server: PreviewServer
  let browser: Browser
  let catalog: Catalog
  let hostile: Catalog['issues'][number]

  beforeAll(async () => {
    // The seed issues plus the hostile fixture, compiled and built like the real thing.
    const corpusIn = path.join(work, 'in')
    cpSync(path.join(ROOT, 'src/content/issues'), corpusIn, { recursive: true })
    cpSync(
      path.join(ROOT, 'tests/fixtures/issues/hostile-issue.txt'),
      path.join(corpusIn, 'hostile-issue.txt'),
    )
    await buildApp({ corpusIn, outDir, publicDir: path.join(work, 'public') })
    catalog = JSON.parse(readFileSync(path.join(outDir, 'corpus/catalog.json'), 'utf8')) as Catalog
    const seedCount = readdirSync(path.join(ROOT, 'src/content/issues')).filter(
      (name) => name !== 'manifest.json',
    ).length
    expect(catalog.issues).toHaveLength(seedCount + 1)
    // The fixture has no manifest entry and no date in its text: the one undated issue.
    hostile = catalog.issues.find((issue) => issue.date === null)!
    expect(hostile, 'the hostile issue compiled').toBeDefined()
    server = await startBuildPreview({ outDir })
    browser = await launchBrowser()
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.close()
    rmSync(work, { recursive: true, force: true })
  })

  async function openHostile(route: string) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      serviceWorkers: 'block',
    })
    const watch = await watchContext(context)
    const page = await context.newPage()
    await page.goto(`${server.url}${route}`)
    await page.locator('main h1').first().waitFor()
    return { context, watch, page }
  }

  /** Nothing in main is live markup from the corpus, and nothing ran. */
  async function expectInert(page: Page, watch: Watch) {
    const main = page.locator('main')
    expect(await main.locator('script, style, img, iframe, object, embed, b, i').count()).toBe(0)
    const hrefs = await main
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
    expect(hrefs.filter((href) => !/^(\/|https?:|mailto:|#)/.test(href))).toEqual([])
    expect(watch.dialogs).toEqual([])
    expect(await documentViolations(page)).toEqual([])
    expect(watch.violations).toEqual([])
    expect(watch.consoleErrors).toEqual([])
    expect(foreignRequests(watch, server.origin)).toEqual([])
    // The 10,000-character line wraps instead of widening the page on a phone.
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    ).toBe(true)
  }

  it('the issue page shows the markup as text, RTL and emoji legibly, and runs nothing', async () => {
    const { context, watch, page } = await openHostile(`issues/${hostile.id}`)
    try {
      await page.locator('main .story-section').first().waitFor()
      const text = await page.locator('main').innerText()
      expect(text).toContain('<script>alert("letter")</script>')
      expect(text).toContain('<b>Bold</b> Claims About <i>Tags</i>')
      expect(text).toContain('مرحبا بالعالم')
      expect(text).toContain('שלום עולם')
      expect(text).toContain('🤖🔥')
      await expectInert(page, watch)
    } finally {
      await context.close()
    }
  })

  it('its story page, search and bookmark work and stay inert', async () => {
    const story = catalog.stories.find(
      (s) => s.issueId === hostile.id && s.headline.includes('Claims'),
    )!
    const { context, watch, page } = await openHostile(`stories/${story.id}`)
    try {
      await page.locator('main .story-section').first().waitFor()
      expect(await page.locator('main h1').innerText()).toContain(
        '<b>Bold</b> Claims About <i>Tags</i>',
      )
      await expectInert(page, watch)

      await bookmarkOnStoryPage(page, story.id)
      await page.goto(`${server.url}bookmarks`)
      await page
        .locator(`main ${storyLink(story.id)}`)
        .first()
        .waitFor()
      await expectInert(page, watch)

      await page.goto(`${server.url}search?q=${encodeURIComponent('bold claims tags')}`)
      await page
        .locator(`.search-results[aria-busy="false"] ${storyLink(story.id)}`)
        .first()
        .waitFor()
      await expectInert(page, watch)
    } finally {
      await context.close()
    }
  })
})
