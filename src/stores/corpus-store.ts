// The corpus in memory: the catalog (every list and feed reads it) and issue bodies, fetched on
// demand and cached per issue, each with its own load state so one broken body affects only
// its issue. Views read through selectors; route loaders call ensureCatalog/ensureIssueBody.
import { useStore } from 'zustand'
import { createStore } from 'zustand/vanilla'
import { corpusPaths } from '@/corpus/paths'
import type { Catalog, IssueBody, IssueSummary, StorySummary } from '@/corpus/schema'
import { fetchValidated, LoadError } from '@/lib/fetch-validated'

export type LoadState<T> =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: LoadError }

/** A story summary that carries a take. */
export type TakeSummary = StorySummary & { take: string }

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
  bodies: Readonly<Record<string, LoadState<IssueBody>>>
  /** Resolves with the catalog, fetching it once; a failed load is retried on the next call. */
  ensureCatalog: () => Promise<CorpusIndex>
  /** Resolves with an issue's full body, fetching it once per issue. */
  ensureIssueBody: (issueId: string) => Promise<IssueBody>
  /** Forget everything (tests, and a future "new corpus deployed" reload). */
  reset: () => void
}

type Fetch = (input: string) => Promise<Response>

// The validators (zod) load with the first corpus request, in parallel with it, so they are not
// part of the app's initial JavaScript.
const loadSchemas = () => import('@/corpus/schema')

export interface CorpusStoreOptions {
  /** Defaults to the global fetch, looked up at call time so tests can stub it. */
  fetch?: Fetch
  /** Defaults to Vite's BASE_URL so the app works from a sub-path. */
  baseUrl?: string
}

export function indexCatalog(catalog: Catalog): CorpusIndex {
  const storiesByIssue = new Map<string, StorySummary[]>()
  for (const story of catalog.stories) {
    const list = storiesByIssue.get(story.issueId) ?? []
    list.push(story)
    storiesByIssue.set(story.issueId, list)
  }
  for (const list of storiesByIssue.values()) list.sort((a, b) => a.order - b.order)
  return {
    catalog,
    issuesById: new Map(catalog.issues.map((issue) => [issue.id, issue])),
    storiesById: new Map(catalog.stories.map((story) => [story.id, story])),
    storiesByIssue,
    takes: catalog.stories.filter((story): story is TakeSummary => story.take !== null),
  }
}

export function createCorpusStore(options: CorpusStoreOptions = {}) {
  const fetchFn: Fetch = options.fetch ?? ((input) => globalThis.fetch(input))
  const baseUrl = options.baseUrl ?? import.meta.env.BASE_URL
  const url = (path: string) => `${baseUrl.replace(/\/?$/, '/')}${path}`

  // In-flight requests live outside the state: they are plumbing, not something a view renders.
  let catalogRequest: Promise<CorpusIndex> | null = null
  const bodyRequests = new Map<string, Promise<IssueBody>>()
  // Bumped by reset() so a request started before it cannot write into the fresh state.
  let generation = 0

  return createStore<CorpusState>()((set, get) => ({
    catalog: { status: 'idle' },
    bodies: {},

    ensureCatalog() {
      const current = get().catalog
      if (current.status === 'ready') return Promise.resolve(current.data)
      if (catalogRequest) return catalogRequest
      const started = generation
      set({ catalog: { status: 'loading' } })
      catalogRequest = fetchValidated(
        fetchFn,
        url(corpusPaths.catalog),
        loadSchemas().then((m) => m.catalogSchema),
      )
        .then((catalog) => {
          const index = indexCatalog(catalog)
          if (started === generation) set({ catalog: { status: 'ready', data: index } })
          return index
        })
        .catch((error: unknown) => {
          if (started === generation)
            set({ catalog: { status: 'error', error: asLoadError(error, corpusPaths.catalog) } })
          throw error
        })
        .finally(() => {
          if (started === generation) catalogRequest = null
        })
      return catalogRequest
    },

    ensureIssueBody(issueId) {
      const current = get().bodies[issueId]
      if (current?.status === 'ready') return Promise.resolve(current.data)
      const pending = bodyRequests.get(issueId)
      if (pending) return pending
      const started = generation
      const setBody = (state: LoadState<IssueBody>) => {
        if (started === generation) set((s) => ({ bodies: { ...s.bodies, [issueId]: state } }))
      }
      setBody({ status: 'loading' })
      const request = fetchValidated(
        fetchFn,
        url(corpusPaths.issueBody(issueId)),
        loadSchemas().then((m) => m.issueBodySchema),
      )
        .then((body) => {
          if (body.issue.id !== issueId) {
            throw new LoadError(
              'schema',
              corpusPaths.issueBody(issueId),
              `The file holds issue "${body.issue.id}", not "${issueId}".`,
            )
          }
          setBody({ status: 'ready', data: body })
          return body
        })
        .catch((error: unknown) => {
          setBody({ status: 'error', error: asLoadError(error, corpusPaths.issueBody(issueId)) })
          throw error
        })
        .finally(() => {
          if (started === generation) bodyRequests.delete(issueId)
        })
      bodyRequests.set(issueId, request)
      return request
    },

    reset() {
      generation++
      catalogRequest = null
      bodyRequests.clear()
      set({ catalog: { status: 'idle' }, bodies: {} })
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
