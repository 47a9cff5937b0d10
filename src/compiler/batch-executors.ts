// Where the batches of a parallel compile run (see compile-parallel.ts): a worker thread, or this
// thread when no worker is left. Both answer the same requests with the same code (batch-work.ts).
import { Worker } from 'node:worker_threads'
import { BatchWork, type BatchRequest, type BatchResponse } from './batch-work'
import type { WorkerOptions } from './prepare-worker'

/**
 * A compile allocates fast and keeps a few batches alive between requests: a young generation
 * larger than V8's default means fewer scavenges copying those batches around.
 */
const WORKER_YOUNG_GENERATION_MB = 96
export const WORKER_ENTRY = new URL('./prepare-worker-entry.mjs', import.meta.url)

/** Where batches run: a worker thread, or this thread when no worker is left. */
export interface Executor {
  send(request: BatchRequest): void
  /** Requests sent and not yet answered. */
  pending: number
  /** Batches given to it and not yet finished. */
  held: number
  alive: boolean
}

export type Respond = (executor: Executor, response: BatchResponse) => void

/** This thread as an executor: one request per macrotask, so worker messages still get through. */
export function localExecutor(issuesDir: string | null, respond: Respond): Executor {
  const work = new BatchWork(issuesDir)
  const executor: Executor = {
    send(request) {
      executor.pending++
      setImmediate(() => respond(executor, work.handle(request)))
    },
    pending: 0,
    held: 0,
    alive: true,
  }
  return executor
}

export function workerExecutor(
  entry: URL,
  issuesDir: string | null,
  respond: Respond,
  lost: (executor: Executor, error: Error | null) => void,
): Executor & { terminate(): Promise<number> } {
  const worker = new Worker(entry, {
    execArgv: [],
    workerData: { issuesDir } satisfies WorkerOptions,
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
  })
  const executor = {
    send(request: BatchRequest) {
      executor.pending++
      worker.postMessage(request)
    },
    pending: 0,
    held: 0,
    alive: true,
    terminate: () => worker.terminate(),
  }
  worker.on('message', (response: BatchResponse) => respond(executor, response))
  // A worker that fails to load or crashes emits 'error', then 'exit'.
  let failure: Error | null = null
  worker.on('error', (error) => (failure = error))
  worker.on('exit', () => {
    if (!executor.alive) return
    executor.alive = false
    lost(executor, failure)
  })
  return executor
}
