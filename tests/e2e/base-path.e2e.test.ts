/// <reference lib="dom" />
// Static hosting from a sub-path (issue 6): the app built with BASE_PATH=/reader/ serves every
// asset and corpus file from under /reader/, and a deep link survives a hard reload, both on a
// host with SPA rewrites (vite preview) and on one without, where the copied 404.html boots it.
import {
  cpSync,
  createReadStream,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Catalog } from '@/corpus/schema'
import { buildApp } from '../../bench/load-build'
import { freePort, startPreview, type PreviewServer } from '../../bench/load-server'
import { launchBrowser, ROOT } from './harness'

const BASE = '/reader/'
const work = mkdtempSync(path.join(tmpdir(), 'batch-reader-base-'))
const outDir = path.join(work, 'dist')
let catalog: Catalog
let browser: Browser

beforeAll(async () => {
  const corpusIn = path.join(work, 'in')
  cpSync(path.join(ROOT, 'src/content/issues'), corpusIn, { recursive: true })
  await buildApp({ corpusIn, outDir, publicDir: path.join(work, 'public'), basePath: BASE })
  catalog = JSON.parse(readFileSync(path.join(outDir, 'corpus/catalog.json'), 'utf8')) as Catalog
  browser = await launchBrowser()
}, 180_000)

afterAll(async () => {
  await browser?.close()
  rmSync(work, { recursive: true, force: true })
})

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
}

/** A host without rewrites (GitHub Pages-like): files under BASE, anything else gets 404.html with status 404. */
async function startPlainHost(): Promise<{ origin: string; server: Server }> {
  const port = await freePort()
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://host').pathname)
    const relative = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : null
    const file =
      relative === null ? null : path.join(outDir, relative === '' ? 'index.html' : relative)
    if (file && file.startsWith(outDir) && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
      })
      createReadStream(file).pipe(response)
      return
    }
    response.writeHead(404, { 'content-type': types['.html']! })
    createReadStream(path.join(outDir, '404.html')).pipe(response)
  })
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  return { origin: `http://127.0.0.1:${port}`, server }
}

/** Loads a deep link, checks the story renders in full, reloads, checks again; returns the paths requested. */
async function deepLinkAndReload(
  origin: string,
): Promise<{ page: Page; paths: string[]; close: () => Promise<void> }> {
  const story = catalog.stories[0]!
  const context = await browser.newContext({ serviceWorkers: 'block' })
  const page = await context.newPage()
  const paths: string[] = []
  page.on('request', (request) => paths.push(new URL(request.url()).pathname))
  const deepLink = `${origin}${BASE}stories/${story.id}`
  for (const load of [() => page.goto(deepLink), () => page.reload()]) {
    await load()
    await page.locator('main .story-section').first().waitFor()
    expect(await page.locator('main h1').first().innerText()).toContain(story.headline)
    expect(new URL(page.url()).pathname).toBe(`${BASE}stories/${story.id}`)
  }
  return { page, paths, close: () => context.close() }
}

describe(`a build under ${BASE}`, () => {
  it('references every asset under the base path', () => {
    const html = readFileSync(path.join(outDir, 'index.html'), 'utf8')
    const refs = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!)
    expect(refs.length).toBeGreaterThan(0)
    expect(refs.filter((ref) => !ref.startsWith(BASE))).toEqual([])
    const manifest = JSON.parse(
      readFileSync(path.join(outDir, 'manifest.webmanifest'), 'utf8'),
    ) as { start_url: string; scope: string }
    expect(manifest.start_url).toBe(BASE)
    expect(manifest.scope).toBe(BASE)
  })

  describe('on a host with SPA rewrites (vite preview)', () => {
    let server: PreviewServer
    beforeAll(async () => {
      server = await startPreview({ outDir, basePath: BASE })
    })
    afterAll(async () => {
      await server?.close()
    })

    it('a deep link loads and survives a hard reload; everything is fetched from under the base', async () => {
      const { page, paths, close } = await deepLinkAndReload(server.origin)
      try {
        expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([])
        expect(paths.some((p) => p.startsWith(`${BASE}corpus/`))).toBe(true)
        // In-app links stay under the base too.
        await page.locator('header a[href]').first().click()
        await page.locator('main h1').first().waitFor()
        expect(new URL(page.url()).pathname.startsWith(BASE)).toBe(true)
        const hrefs = await page
          .locator('a[href^="/"]')
          .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))
        expect(hrefs.filter((href) => !href.startsWith(BASE))).toEqual([])
      } finally {
        await close()
      }
    })
  })

  describe('on a host without rewrites (404.html fallback)', () => {
    let host: { origin: string; server: Server }
    beforeAll(async () => {
      host = await startPlainHost()
    })
    afterAll(async () => {
      await new Promise((resolve) => host?.server.close(resolve))
    })

    it('the copied 404.html boots the app on a deep link, and again on reload', async () => {
      const { paths, close } = await deepLinkAndReload(host.origin)
      try {
        expect(paths.filter((p) => !p.startsWith(BASE))).toEqual([])
      } finally {
        await close()
      }
    })
  })
})
