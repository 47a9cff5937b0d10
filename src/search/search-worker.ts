// Web Worker entry: holds the search session off the main thread so typing never waits for a
// query. Only the newest query is answered in full; older ones are dropped once superseded.
import type { FromWorker, ToWorker } from './search-protocol'
import { SearchSession } from './search-session'

let baseUrl: string | null = null
let session: Promise<SearchSession> | null = null
let latestQuery = 0

function post(message: FromWorker) {
  self.postMessage(message)
}

/** Opens the index once; after a failure the next query tries again. */
function openSession(): Promise<SearchSession> {
  if (baseUrl === null) return Promise.reject(new Error('search is not initialised'))
  session ??= SearchSession.open(baseUrl).catch((error: unknown) => {
    session = null
    throw error
  })
  return session
}

self.onmessage = async (event: MessageEvent<ToWorker>) => {
  const message = event.data
  if (message.kind === 'init') {
    baseUrl = message.baseUrl
    // Load right away, so the index is ready by the time the reader has typed a word.
    openSession().then(
      (ready) => post({ kind: 'ready', docCount: ready.docCount }),
      () => undefined,
    )
    return
  }
  latestQuery = message.id
  try {
    const ready = await openSession()
    const answer = await ready.query(message, () => message.id !== latestQuery)
    if (message.id === latestQuery) post({ kind: 'results', id: message.id, answer })
  } catch (error) {
    post({
      kind: 'error',
      id: message.id,
      message: error instanceof Error ? error.message : String(error),
    })
  }
}
