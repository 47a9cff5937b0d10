// A compile worker that dies when asked to merge the search index, before it can answer: the
// compile must merge it on the main thread instead (see parallel.test.ts). It serves the other
// requests as the real worker does (prepare-worker.ts).
import { parentPort, workerData } from 'node:worker_threads'
import { register } from 'tsx/esm/api'

register()
const { BatchWork, transferablesOf } = await import('../../src/compiler/batch-work.ts')
const work = new BatchWork(workerData.issuesDir)
parentPort.on('message', (request) => {
  if (request.kind === 'merge') process.exit(1)
  const response = work.handle(request)
  parentPort.postMessage(response, transferablesOf(response))
})
