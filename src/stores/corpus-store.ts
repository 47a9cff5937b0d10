// The corpus in memory: the front page (small, and carried by index.html, so `/` never waits
// for the catalog), the catalog (every list and feed reads it) and issue bodies, fetched on demand
// and cached per issue. Each file has its own load state, so one broken body affects only its
// issue. Views read through selectors; route loaders call ensureFrontPage/ensureCatalog/
// ensureIssueBody.
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { takeEmbeddedFrontPage } from '@/corpus/embedded-front-page'
import { corpusPaths } from '@/corpus/paths'
import type * as z from 'zod/mini'
import { selectFrontPage } from '@/corpus/front-page'
import type {
  Catalog,
  FrontPage,
  IssueBody,
  IssueSummary,
  StorySummary,
  TakeSummary,
} from '@/corpus/schema'
import { appCodeFor, fetchValidated, LoadError, type ReadJson } from '@/lib/fetch-validated'
import { runAtOnce, runInSlices, type Pacer, type SliceableWork } from '@/lib/time-slices'
import type { JsonValidator } from '@/lib/validation'

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: LoadError }

export type { TakeSummary }

/** The catalog plus lookups built once when it arrives, so selectors return stable references. */
export interface CorpusIndex {
  catalog: Catalog
  issuesById: ReadonlyMap<string, IssueSummary>
  storiesById: ReadonlyMap<string, StorySummary>
  storiesByIssue: ReadonlyMap<string, readonly StorySummary[]>
  /** Stories that carry a "We're thinking" take, newest issue first. */
  takes: readonly TakeSummary[]
}

export interface CorpusState {
  catalog: LoadState<CorpusIndex>
  /** What `/` shows: its own small file, or selected from the catalog when that is loaded. */
  frontPage: LoadState<FrontPage>
  bodies: Readonly<Record<string, LoadState<IssueBody>>>
  /** Resolves with the catalog, fetching it once; a failed load is retried on the next call. */
  ensureCatalog: () => Promise<CorpusIndex>
  /** Resolves with the front page, without the catalog unless that is already here. */
  ensureFrontPage: () => Promise<FrontPage>
  /** Resolves with an issue's full body, fetching it once per issue. */
  ensureIssueBody: (issueId: string) => Promise<IssueBody>
  /** Forget everything (tests, and a future "new corpus deployed" reload). */
  reset: () => void
}

type Fetch = (input: string) => Promise<Response>

// The validators (zod) load with the first request that needs them, in parallel with it, so they
// are not part of the app's initial JavaScript. The list schemas (catalog, front page) and the
// issue-body schemas are separate chunks: `/` builds only the former.
const listValidators = () => import('@/corpus/list-validators')
const issueBodyValidator = () =>
  import('@/corpus/schema').then((schemas) => schemas.issueBodySchema)

export interface CorpusStoreOptions {
  /** Defaults to the global fetch, looked up at call time so tests can stub it. */
  fetch?: Fetch
  /** Defaults to Vite's BASE_URL so the app works from a sub-path. */
  baseUrl?: string
  /** The front page's JSON as the page carries it, once; defaults to index.html's data block. */
  embeddedFrontPage?: () => string | null
}

/** Lookups built per this many stories before a pause: a catalog can hold tens of thousands. */
const STORIES_PER_STEP = 256

function* indexSteps(catalog: Catalog): SliceableWork<CorpusIndex> {
  const storiesByIssue = new Map<string, StorySummary[]>()
  const storiesById = new Map<string, StorySummary>()
  const takes: TakeSummary[] = []
  const { stories } = catalog
  for (let i = 0; i < stories.length; i++) {
    if (i % STORIES_PER_STEP === 0) yield
    const story = stories[i] as StorySummary
    const list = storiesByIssue.get(story.issueId)
    if (list) list.push(story)
    else storiesByIssue.set(story.issueId, [story])
    storiesById.set(story.id, story)
    if (story.take !== null) takes.push(story as TakeSummary)
  }
  yield
  for (const list of storiesByIssue.values()) list.sort((a, b) => a.order - b.order)
  yield
  return {
    catalog,
    issuesById: new Map(catalog.issues.map((issue) => [issue.id, issue])),
    storiesById,
    storiesByIssue,
    takes,
  }
}

export function indexCatalog(catalog: Catalog): CorpusIndex {
  return runAtOnce(indexSteps(catalog))
}

/** indexCatalog(), pausing between steps when `pacer` says so. */
export function indexCatalogInSlices(catalog: Catalog, pacer?: Pacer): Promise<CorpusIndex> {
  return runInSlices(indexSteps(catalog), pacer)
}

/** One file's load: where it lives, how to check it, and which state slot it fills. */
interface FileLoad<File, Kept> {
  key: string
  path: string
  /** How the file is fetched; the store's fetch unless given. */
  fetch?: Fetch
  validator: () => Promise<z.ZodMiniType<File> | JsonValidator<File>>
  /** How the file's JSON is read; whole unless given. */
  readJson?: ReadJson
  /** Checks beyond the schema, and what the store keeps of the file (e.g. with lookups). */
  accept: (file: File) => Kept | Promise<Kept>
  read: () => LoadState<Kept> | undefined
  write: (state: LoadState<Kept>) => void
}

const asIs = <T>(file: T): T => file

export function createCorpusStore(options: CorpusStoreOptions = {}) {
  const fetchFn: Fetch = options.fetch ?? ((input) => globalThis.fetch(input))
  const baseUrl = options.baseUrl ?? import.meta.env.BASE_URL
  const embeddedFrontPage = options.embeddedFrontPage ?? takeEmbeddedFrontPage
  const url = (path: string) => `${baseUrl.replace(/\/?$/, '/')}${path}`

  // In-flight requests live outside the state: they are plumbing, not something a view renders.
  const requests = new Map<string, Promise<unknown>>()
  // Bumped by reset() so a request started before it cannot write into the fresh state.
  let generation = 0

  /** Fetches a file once at a time; a ready file is never fetched again, a failed one is. */
  function load<File, Kept>(file: FileLoad<File, Kept>): Promise<Kept> {
    const current = file.read()
    if (current?.status === 'ready') return Promise.resolve(current.data)
    const pending = requests.get(file.key) as Promise<Kept> | undefined
    if (pending) return pending
    const started = generation
    const write = (state: LoadState<Kept>) => {
      if (started === generation) file.write(state)
    }
    write({ status: 'loading' })
    const request = fetchValidated(
      file.fetch ?? fetchFn,
      url(file.path),
      file.validator(),
      file.readJson,
    )
      .then((data) => file.accept(data))
      .then((kept) => {
        write({ status: 'ready', data: kept })
        return kept
      })
      .catch((error: unknown) => {
        write({ status: 'error', error: asLoadError(error, file.path) })
        throw error
      })
      .finally(() => {
        if (started === generation) requests.delete(file.key)
      })
    requests.set(file.key, request)
    return request
  }

  return createStore<CorpusState>()((set, get) => ({
    catalog: { status: 'idle' },
    frontPage: { status: 'idle' },
    bodies: {},

    ensureCatalog() {
      return load({
        key: 'catalog',
        path: corpusPaths.catalog,
        validator: () => listValidators().then((validators) => validators.catalogValidator),
        // Thousands of stories: parsed a line at a time, so typing a search never waits on it.
        readJson: async (response, url) =>
          (await appCodeFor(url, listValidators())).readCatalog(response),
        accept: (catalog) => indexCatalogInSlices(catalog),
        read: () => get().catalog,
        write: (catalog) => set({ catalog }),
      })
    },

    ensureFrontPage() {
      const catalog = get().catalog
      // In-app navigation back to `/` reuses the catalog instead of fetching a second file.
      if (catalog.status === 'ready' && get().frontPage.status !== 'ready')
        set({ frontPage: { status: 'ready', data: selectFrontPage(catalog.data.catalog) } })
      return load({
        key: 'front-page',
        path: corpusPaths.frontPage,
        // The page itself carries the front page, checked like the file; the file is the fallback.
        fetch: (input) => {
          const embedded = embeddedFrontPage()
          return embedded === null ? fetchFn(input) : Promise.resolve(new Response(embedded))
        },
        validator: () => listValidators().then((validators) => validators.frontPageSchema),
        accept: asIs,
        read: () => get().frontPage,
        write: (frontPage) => set({ frontPage }),
      })
    },

    ensureIssueBody(issueId) {
      const path = corpusPaths.issueBody(issueId)
      return load({
        key: `body:${issueId}`,
        path,
        validator: issueBodyValidator,
        accept: (body) => {
          // A misnamed file must not show another issue's text under this one's URL.
          if (body.issue.id !== issueId)
            throw new LoadError(
              'schema',
              path,
              `The file holds issue "${body.issue.id}", not "${issueId}".`,
            )
          return body
        },
        read: () => get().bodies[issueId],
        write: (state) => set((s) => ({ bodies: { ...s.bodies, [issueId]: state } })),
      })
    },

    reset() {
      generation++
      requests.clear()
      set({ catalog: { status: 'idle' }, frontPage: { status: 'idle' }, bodies: {} })
    },
  }))
}

function asLoadError(error: unknown, url: string): LoadError {
  if (error instanceof LoadError) return error
  return new LoadError('network', url, error instanceof Error ? error.message : String(error))
}

export type CorpusStore = ReturnType<typeof createCorpusStore>

/** The app's one corpus store. */
export const corpusStore = createCorpusStore()

export function useCorpusStore<T>(selector: (state: CorpusState) => T): T {
  return useStore(corpusStore, selector)
}

const idle: LoadState<never> = { status: 'idle' }

/** The front page; only call below a route whose loader awaited ensureFrontPage(). */
export function useFrontPage(): FrontPage {
  const state = useCorpusStore((s) => s.frontPage)
  if (state.status !== 'ready')
    throw new Error('The front page is not loaded: call ensureFrontPage() in the route loader.')
  return state.data
}

/** An issue's date from whatever is loaded (catalog or front page); null when unknown. */
export function knownIssueDate(issueId: string): string | null {
  const { catalog, frontPage } = corpusStore.getState()
  if (catalog.status === 'ready') return catalog.data.issuesById.get(issueId)?.date ?? null
  if (frontPage.status !== 'ready') return null
  const { latest, recentIssues } = frontPage.data
  const issues = latest ? [latest, ...recentIssues.map((recent) => recent.issue)] : []
  return issues.find((issue) => issue.id === issueId)?.date ?? null
}

/** The catalog index; only call below a route whose loader awaited ensureCatalog(). */
export function useCorpusIndex(): CorpusIndex {
  const state = useCorpusStore((s) => s.catalog)
  if (state.status !== 'ready')
    throw new Error('The catalog is not loaded: call ensureCatalog() in the route loader.')
  return state.data
}

/** The load state of one issue body (idle until something asks for it). */
export function useIssueBodyState(issueId: string): LoadState<IssueBody> {
  return useCorpusStore((s) => s.bodies[issueId] ?? idle)
}
