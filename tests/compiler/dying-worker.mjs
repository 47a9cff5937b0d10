// A compile worker that dies after its third request, holding whatever it has prepared: the
// compile must carry on without it (see parallel.test.ts).
import { parentPort } from 'node:worker_threads'

await import('../../src/compiler/prepare-worker-entry.mjs')
let requests = 0
parentPort.on('message', () => {
  if (++requests === 3) process.exit(1)
})
