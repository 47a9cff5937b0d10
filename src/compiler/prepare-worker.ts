// Worker thread: runs the batch requests the main thread sends (see compile-parallel.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { BatchWork, transferablesOf, type BatchRequest } from './batch-work'

export interface WorkerOptions {
  /** Where finished bodies are written; null writes nothing. */
  issuesDir: string | null
}

const work = new BatchWork((workerData as WorkerOptions).issuesDir)

parentPort?.on('message', (request: BatchRequest) => {
  const response = work.handle(request)
  parentPort?.postMessage(response, transferablesOf(response))
})
