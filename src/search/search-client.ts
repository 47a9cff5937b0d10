// The UI's handle on search: one shared worker (or, where workers are missing, a session on
// the main thread), a promise per query, and answers to superseded queries discarded.
import type { FromWorker, QueryRequest, SearchAnswer, ToWorker } from './search-protocol'
import type { SearchSession } from './search-session'

export interface SearchClient {
  search(request: QueryRequest): Promise<SearchAnswer | null>
}

class WorkerSearchClient implements SearchClient {
  private readonly worker: Worker
  private nextId = 1
  private readonly waiting = new Map<
    number,
    { resolve: (a: SearchAnswer | null) => void; reject: (e: Error) => void }
  >()

  constructor(baseUrl: string) {
    this.worker = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module' })
    this.worker.onmessage = (event: MessageEvent<FromWorker>) => this.receive(event.data)
    this.post({ kind: 'init', baseUrl })
  }

  search(request: QueryRequest): Promise<SearchAnswer | null> {
    const id = this.nextId++
    // A newer query supersedes every older one still waiting: they resolve to null.
    for (const [oldId, pending] of this.waiting) {
      pending.resolve(null)
      this.waiting.delete(oldId)
    }
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.post({ kind: 'query', id, ...request })
    })
  }

  private post(message: ToWorker) {
    this.worker.postMessage(message)
  }

  private receive(message: FromWorker) {
    if (message.kind === 'ready') return
    const pending = this.waiting.get(message.id)
    if (!pending) return
    this.waiting.delete(message.id)
    if (message.kind === 'results') pending.resolve(message.answer)
    else pending.reject(new Error(message.message))
  }
}

class MainThreadSearchClient implements SearchClient {
  private session: Promise<SearchSession> | null = null
  private latest = 0
  private readonly baseUrl: string

  constructor(baseUrl: string) {
    this.baseUrl = baseUrl
  }

  async search(request: QueryRequest): Promise<SearchAnswer | null> {
    const id = ++this.latest
    // Loaded on demand: the engine (with Fuse.js) stays out of the app's initial JavaScript.
    this.session ??= import('./search-session')
      .then(({ SearchSession }) => SearchSession.open(this.baseUrl))
      .catch((error: unknown) => {
        this.session = null
        throw error
      })
    const answer = await (await this.session).query(request, () => id !== this.latest)
    return id === this.latest ? answer : null
  }
}

let shared: SearchClient | null = null

/**
 * The app-wide client, created on first use so pages without search never load the index.
 * `baseUrl` is the app's base (Vite's BASE_URL), where `corpus/` lives.
 */
export function getSearchClient(baseUrl: string): SearchClient {
  shared ??=
    typeof Worker === 'undefined'
      ? new MainThreadSearchClient(baseUrl)
      : new WorkerSearchClient(baseUrl)
  return shared
}

/** Tests swap in their own client. */
export function setSearchClient(client: SearchClient | null): void {
  shared = client
}
