import { selectFrontPage } from '@/corpus/front-page'
import { CATALOG_LINE_LISTS } from '@/corpus/schema'
import { stringifyListsByLine } from '@/lib/lined-json'
import { createCorpusStore, indexCatalog, indexCatalogInSlices } from '@/stores/corpus-store'
import {
  fixtureBodies,
  fixtureCatalog,
  fixtureResponse,
  heldFetch,
} from '../fixtures/corpus-fixture'

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status })

function storeWith(handler: (url: string) => Response | Promise<Response>, baseUrl = '/') {
  const fetch = vi.fn(async (url: string) => handler(url))
  return { store: createCorpusStore({ fetch, baseUrl }), fetch }
}

describe('corpus store: catalog', () => {
  it('goes idle → loading → ready and builds lookups', async () => {
    const { store } = storeWith(fixtureResponse)
    expect(store.getState().catalog.status).toBe('idle')
    const pending = store.getState().ensureCatalog()
    expect(store.getState().catalog.status).toBe('loading')
    const index = await pending
    expect(store.getState().catalog.status).toBe('ready')
    expect(index.issuesById.get('issue-undated')?.date).toBeNull()
    expect(index.storiesById.get('de-facing-imagenet')?.headline).toBe('De-Facing ImageNet')
    expect(index.storiesByIssue.get('2021-04-07')?.map((s) => s.id)).toEqual(
      fixtureBodies['2021-04-07']!.issue.storyIds,
    )
    expect(index.takes.every((s) => s.take !== null)).toBe(true)
    expect(index.takes).toHaveLength(fixtureCatalog.stories.filter((s) => s.take).length)
  })

  it('fetches once for concurrent callers and keeps a stable reference afterwards', async () => {
    const { store, fetch } = storeWith(fixtureResponse)
    const [a, b] = await Promise.all([
      store.getState().ensureCatalog(),
      store.getState().ensureCatalog(),
    ])
    expect(a).toBe(b)
    expect(await store.getState().ensureCatalog()).toBe(a)
    expect(fetch).toHaveBeenCalledTimes(1)
  })

  it('fetches relative to the base URL', async () => {
    const { store, fetch } = storeWith(fixtureResponse, '/reader/')
    await store.getState().ensureCatalog()
    expect(fetch).toHaveBeenCalledWith('/reader/corpus/catalog.json')
  })

  it.each([
    ['network', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['http', () => new Response('nope', { status: 503 })],
    ['invalid-json', () => new Response('{"issues": [', { status: 200 })],
    ['schema', () => json({ ...fixtureCatalog, issues: 'not a list' })],
  ] as const)('reports a %s failure with its kind, then recovers on retry', async (kind, fail) => {
    let calls = 0
    const { store } = storeWith((url) => (calls++ === 0 ? fail() : fixtureResponse(url)))
    await expect(store.getState().ensureCatalog()).rejects.toMatchObject({ kind })
    const state = store.getState().catalog
    expect(state.status).toBe('error')
    if (state.status === 'error') expect(state.error.kind).toBe(kind)
    await store.getState().ensureCatalog()
    expect(store.getState().catalog.status).toBe('ready')
  })

  it('reads a catalog a summary to a line, as the compiler writes it, or in one line', async () => {
    const lined = await storeWith(fixtureResponse).store.getState().ensureCatalog()
    const compact = await storeWith(() => json(fixtureCatalog))
      .store.getState()
      .ensureCatalog()
    expect(lined.catalog).toEqual(fixtureCatalog)
    expect(compact.catalog).toEqual(lined.catalog)
  })

  it('indexes a long catalog in slices, to the lookups it builds at once', async () => {
    const stories = Array.from({ length: 200 }, (_, n) =>
      fixtureCatalog.stories.map((story) => ({ ...story, id: `${story.id}-${n}` })),
    ).flat()
    const long = { ...fixtureCatalog, stories }
    const pacer = { due: true, pauses: 0, pause: async () => void pacer.pauses++ }
    expect(await indexCatalogInSlices(long, pacer)).toEqual(indexCatalog(long))
    // A pause per 256 stories, then one after grouping and one after sorting.
    expect(pacer.pauses).toBe(Math.ceil(stories.length / 256) + 2)
  })

  it('reports a broken story line as invalid JSON, not as part of a catalog', async () => {
    const lines = stringifyListsByLine(fixtureCatalog, CATALOG_LINE_LISTS).split('\n')
    lines[lines.length - 3] = '{"id": "cut off'
    const { store } = storeWith(() => new Response(lines.join('\n')))
    await expect(store.getState().ensureCatalog()).rejects.toMatchObject({ kind: 'invalid-json' })
  })

  it('reports a download that breaks off as a network failure', async () => {
    const text = stringifyListsByLine(fixtureCatalog, CATALOG_LINE_LISTS)
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text.slice(0, 200)))
        controller.error(new TypeError('network error'))
      },
    })
    const { store } = storeWith(() => new Response(body))
    await expect(store.getState().ensureCatalog()).rejects.toMatchObject({
      kind: 'network',
      message: expect.stringMatching(/broke off/),
    })
  })

  it('names the failing fields of a schema mismatch', async () => {
    const broken = { ...fixtureCatalog, stories: [{ ...fixtureCatalog.stories[0], headline: '' }] }
    const { store } = storeWith(() => json(broken))
    await expect(store.getState().ensureCatalog()).rejects.toMatchObject({ kind: 'schema' })
    const state = store.getState().catalog
    expect(
      state.status === 'error' &&
        state.error.details.some((d) => d.startsWith('stories.0.headline')),
    ).toBe(true)
  })

  it('records the HTTP status', async () => {
    const { store } = storeWith(() => new Response('', { status: 404, statusText: 'Not Found' }))
    await expect(store.getState().ensureCatalog()).rejects.toMatchObject({
      kind: 'http',
      status: 404,
    })
  })
})

describe('corpus store: issue bodies', () => {
  it('loads a body on demand and caches it', async () => {
    const { store, fetch } = storeWith(fixtureResponse)
    expect(store.getState().bodies['2021-04-07']).toBeUndefined()
    const body = await store.getState().ensureIssueBody('2021-04-07')
    expect(body.stories).toHaveLength(3)
    await store.getState().ensureIssueBody('2021-04-07')
    expect(fetch).toHaveBeenCalledTimes(1)
    expect(fetch).toHaveBeenCalledWith('/corpus/issues/2021-04-07.json')
  })

  it('keeps a failing body to its own issue', async () => {
    const { store } = storeWith((url) =>
      url.includes('2021-03-31') ? new Response('', { status: 500 }) : fixtureResponse(url),
    )
    await expect(store.getState().ensureIssueBody('2021-03-31')).rejects.toMatchObject({
      kind: 'http',
    })
    await store.getState().ensureIssueBody('2021-04-07')
    await store.getState().ensureCatalog()
    const { bodies, catalog } = store.getState()
    expect(bodies['2021-03-31']?.status).toBe('error')
    expect(bodies['2021-04-07']?.status).toBe('ready')
    expect(catalog.status).toBe('ready')
  })

  it('rejects a body that holds a different issue', async () => {
    const { store } = storeWith(() => json(fixtureBodies['2021-04-07']))
    await expect(store.getState().ensureIssueBody('2021-03-31')).rejects.toMatchObject({
      kind: 'schema',
    })
  })

  it('retries a failed body on the next call', async () => {
    let calls = 0
    const { store } = storeWith((url) =>
      calls++ === 0 ? Promise.reject(new TypeError('offline')) : fixtureResponse(url),
    )
    await expect(store.getState().ensureIssueBody('2021-04-07')).rejects.toMatchObject({
      kind: 'network',
    })
    await store.getState().ensureIssueBody('2021-04-07')
    expect(store.getState().bodies['2021-04-07']?.status).toBe('ready')
  })

  it('reset forgets everything, and a request from before it cannot write afterwards', async () => {
    const { fetch, release } = heldFetch()
    const { store } = storeWith(fetch)
    const stale = store.getState().ensureCatalog()
    store.getState().reset()
    release()
    await stale
    expect(store.getState().catalog.status).toBe('idle')
  })
})

describe('corpus store: the front page carried by the page', () => {
  const frontPage = selectFrontPage(fixtureCatalog)

  /** A store whose page carries `embedded` (read once, like index.html's data block). */
  function storeCarrying(embedded: string) {
    let carried: string | null = embedded
    const fetch = vi.fn(async (url: string) => fixtureResponse(url))
    const embeddedFrontPage = () => {
      const text = carried
      carried = null
      return text
    }
    return { store: createCorpusStore({ fetch, baseUrl: '/', embeddedFrontPage }), fetch }
  }

  it('shows the front page the page carries without fetching front.json', async () => {
    const { store, fetch } = storeCarrying(JSON.stringify(frontPage))
    expect(await store.getState().ensureFrontPage()).toEqual(frontPage)
    expect(fetch).not.toHaveBeenCalled()
  })

  it('fetches front.json when the page carries nothing', async () => {
    const { store, fetch } = storeWith(fixtureResponse)
    expect(await store.getState().ensureFrontPage()).toEqual(frontPage)
    expect(fetch).toHaveBeenCalledWith('/corpus/front.json')
  })

  it.each([
    ['invalid-json', '{"latest": '],
    ['schema', JSON.stringify({ ...frontPage, latestStories: 'not a list' })],
  ] as const)(
    'checks the carried front page like the file (%s), and Retry fetches the file',
    async (kind, embedded) => {
      const { store, fetch } = storeCarrying(embedded)
      await expect(store.getState().ensureFrontPage()).rejects.toMatchObject({ kind })
      expect(store.getState().frontPage.status).toBe('error')
      expect(fetch).not.toHaveBeenCalled()
      expect(await store.getState().ensureFrontPage()).toEqual(frontPage)
      expect(fetch).toHaveBeenCalledWith('/corpus/front.json')
    },
  )

  it('after a reset, fetches front.json instead of reading the page again', async () => {
    const { store, fetch } = storeCarrying(JSON.stringify(frontPage))
    await store.getState().ensureFrontPage()
    store.getState().reset()
    await store.getState().ensureFrontPage()
    expect(fetch).toHaveBeenCalledTimes(1)
  })
})
