// Compiles a batch of files on worker threads, with this thread only coordinating: it hands out
// batches of files to prepare, allocates ids in name order as the workers report the facts they
// depend on, and has each worker finish (and write) the bodies it prepared. Bodies never cross
// threads as objects, and this thread holds only what the catalog, search index and report need,
// so its heap stays small. The batch half then runs here over the outcomes in name order, so the
// output is byte-identical to compileSources(). Small batches, and any a worker leaves behind
// when it dies, run on this thread through the same requests.
import { availableParallelism } from 'node:os'
import { assembleCorpusWith, byName, type AssembledCorpus, type FileOutcome } from './compile'
import type { BatchRequest, FinishedFile, PreparedFacts } from './batch-work'
import {
  localExecutor,
  WORKER_ENTRY,
  workerExecutor,
  type Executor,
  type Respond,
} from './batch-executors'
import type { IndexedIssue } from '../search/build-index'
import type { Diagnostic } from './diagnostics'
import { idAllocator, type AllocateIds, type IssueIds } from './issue-ids'
import { parseManifest } from './manifest'
import type { SourceInput } from './read'
import { bundledWorkerEntry } from './worker-bundle'

export interface ParallelOptions {
  /** Fewer files than this compile on this thread alone. */
  minFiles?: number
  /** Worker threads; defaults to the number of cores. */
  workers?: number
  /** Told when a worker fails to start or dies; its files are then compiled on this thread. */
  onWorkerLost?: (error: Error | null) => void
  /** The worker's script, by default the bundled worker; tests swap in one that fails. */
  workerEntry?: URL
}

export interface ParallelCompileOptions extends ParallelOptions {
  /** Where bodies are written as they are finished; null writes nothing. */
  issuesDir: string | null
}

export interface ParallelOutput extends AssembledCorpus {
  /** The first body that could not be written, as the error's message; null when all were. */
  writeError: string | null
}

const DEFAULT_MIN_FILES = 50
/** Files per request: large enough to amortize messaging, small enough to balance the cores. */
const BATCH_SIZE = 8
/** Requests a worker has queued, so it never waits for this thread between two of them. */
const QUEUE_DEPTH = 2
/** Batches a worker holds prepared while earlier batches' ids are pending: bounds its heap. */
const MAX_HELD = 8

function usesWorkers(fileCount: number, { minFiles = DEFAULT_MIN_FILES }: ParallelOptions) {
  return fileCount >= minFiles
}

/** Starts building the workers' code if a compile of `fileCount` files will use workers. */
export function startWorkerBuild(fileCount: number, options: ParallelOptions = {}): void {
  if (usesWorkers(fileCount, options) && !options.workerEntry) void bundledWorkerEntry()
}

/** The bundled worker; the TypeScript one, through tsx, when it cannot be built. */
async function defaultWorkerEntry(): Promise<URL> {
  return (await bundledWorkerEntry()) ?? WORKER_ENTRY
}

/**
 * The batches' progress: prepared facts, ids and finished files per batch, and which executor
 * holds each batch's prepared state.
 */
class Coordinator {
  private readonly batches: (SourceInput[] | null)[]
  private readonly facts: PreparedFacts[][] = []
  private readonly ids: (IssueIds | null)[][] = []
  private readonly idDiagnostics: Diagnostic[][][] = []
  private readonly finished: FinishedFile[][] = []
  private readonly terms = new Map<Executor, string[]>()
  private readonly owner: Executor[] = []
  private readonly executors: Executor[] = []
  private local: Executor | null = null
  private merging: {
    executor: Executor
    issues: IndexedIssue[]
    done: (json: Uint8Array) => void
  } | null = null
  private nextToPrepare = 0
  private nextToAllocate = 0
  private finishedCount = 0
  private writeError: string | null = null
  private done: () => void = () => {}
  /** Settles once every batch is finished. */
  readonly allFinished = new Promise<void>((resolve) => (this.done = resolve))

  private readonly allocateIds: AllocateIds
  private readonly issuesDir: string | null

  constructor(sorted: readonly SourceInput[], allocateIds: AllocateIds, issuesDir: string | null) {
    this.allocateIds = allocateIds
    this.issuesDir = issuesDir
    this.batches = Array.from({ length: Math.ceil(sorted.length / BATCH_SIZE) }, (_, b) =>
      sorted.slice(b * BATCH_SIZE, (b + 1) * BATCH_SIZE),
    )
  }

  readonly respond: Respond = (executor, response) => {
    executor.pending--
    if (response.kind === 'merged') {
      this.merging?.done(response.json)
      this.merging = null
      return
    }
    if (response.kind === 'prepared') this.prepared(response.batch, response.files)
    else {
      executor.held--
      const terms = this.terms.get(executor) ?? []
      this.terms.set(executor, terms)
      for (const term of response.newTerms) terms.push(term)
      this.writeError ??= response.writeError
      this.finished[response.batch] = response.files
      this.batches[response.batch] = null
      if (++this.finishedCount === this.batches.length) return this.done()
    }
    this.dispatch()
  }

  /** Hands a lost worker's unfinished batches, or the index merge, to this thread. */
  readonly lost = (executor: Executor) => {
    this.executors.splice(this.executors.indexOf(executor), 1)
    const local = this.localExecutor()
    if (this.merging?.executor === executor) {
      this.merging.executor = local
      local.send({ kind: 'merge', issues: this.merging.issues })
    }
    this.owner.forEach((owner, batch) => {
      if (owner !== executor || this.finished[batch]) return
      this.owner[batch] = local
      local.held++
      local.send({ kind: 'prepare', batch, files: this.batches[batch] as SourceInput[] })
      // Its ids are out already: finish it right after preparing it again.
      if (batch < this.nextToAllocate) local.send(this.finishRequest(batch))
    })
    this.dispatch()
  }

  add(executor: Executor) {
    this.executors.push(executor)
  }

  start() {
    if (this.batches.length === 0) this.done()
    else this.dispatch()
  }

  private localExecutor(): Executor {
    return (this.local ??= localExecutor(this.issuesDir, this.respond))
  }

  private prepared(batch: number, files: PreparedFacts[]) {
    // A batch prepared again after its worker died already has its facts.
    if (this.facts[batch]) return
    this.facts[batch] = files
    // Ids go out in name order: a batch waits for the facts of every batch before it.
    for (; this.facts[this.nextToAllocate]; this.nextToAllocate++) {
      const b = this.nextToAllocate
      this.idDiagnostics[b] = []
      this.ids[b] = (this.facts[b] as PreparedFacts[]).map(({ facts }) => {
        const diagnostics: Diagnostic[] = []
        ;(this.idDiagnostics[b] as Diagnostic[][]).push(diagnostics)
        return facts ? this.allocateIds(facts, diagnostics) : null
      })
      ;(this.owner[b] as Executor).send(this.finishRequest(b))
    }
  }

  private finishRequest(batch: number): BatchRequest {
    return { kind: 'finish', batch, ids: this.ids[batch] as (IssueIds | null)[] }
  }

  /** Gives out batches to prepare while an executor has room for them. */
  private dispatch() {
    const executors = this.executors.length > 0 ? this.executors : [this.localExecutor()]
    for (const executor of executors) {
      while (
        executor.alive &&
        executor.pending < QUEUE_DEPTH &&
        executor.held < MAX_HELD &&
        this.nextToPrepare < this.batches.length
      ) {
        const batch = this.nextToPrepare++
        this.owner[batch] = executor
        executor.held++
        executor.send({ kind: 'prepare', batch, files: this.batches[batch] as SourceInput[] })
      }
    }
  }

  /** Every file's outcome in name order, once all batches are finished. */
  outcomes(): FileOutcome[] {
    return this.finished.flatMap((files, batch) => {
      const terms = this.terms.get(this.owner[batch] as Executor) ?? []
      return files.map((file, i): FileOutcome => {
        const facts = (this.facts[batch] as PreparedFacts[])[i] as PreparedFacts
        const idDiagnostics = (this.idDiagnostics[batch] as Diagnostic[][])[i] as Diagnostic[]
        return {
          diagnostics: [
            ...facts.diagnostics,
            ...idDiagnostics,
            ...(file.problem ? [file.problem] : []),
          ],
          finished: file.issue ? { ...file.issue, index: { ...file.issue.index, terms } } : null,
        }
      })
    })
  }

  /**
   * Merges the search index on a worker, idle now that every batch is finished, while this
   * thread assembles the catalog; on this thread when no worker is left.
   */
  readonly mergeIndex = (issues: IndexedIssue[]): Promise<Uint8Array> =>
    new Promise((done) => {
      const executor = this.executors.find((worker) => worker.alive) ?? this.localExecutor()
      this.merging = { executor, issues, done }
      // Copied, not transferred: if that worker dies, this thread merges the same issues.
      executor.send({ kind: 'merge', issues })
    })

  firstWriteError(): string | null {
    return this.writeError
  }
}

/** compileSources() on worker threads for large batches; the same output, byte for byte. */
export async function compileInParallel(
  files: readonly SourceInput[],
  manifestText: string | null,
  options: ParallelCompileOptions,
): Promise<ParallelOutput> {
  const {
    issuesDir,
    workers: maxWorkers = availableParallelism(),
    onWorkerLost = () => {},
  } = options
  const sorted = byName(files)
  const manifest = parseManifest(
    manifestText,
    sorted.map((file) => file.name),
  )
  const workerCount = usesWorkers(sorted.length, options)
    ? Math.min(maxWorkers, Math.ceil(sorted.length / BATCH_SIZE))
    : 0
  const workerEntry =
    workerCount > 0 ? (options.workerEntry ?? (await defaultWorkerEntry())) : WORKER_ENTRY
  const batches = new Coordinator(sorted, idAllocator(manifest.result), issuesDir)
  const workers = Array.from({ length: workerCount }, () => {
    const worker = workerExecutor(workerEntry, issuesDir, batches.respond, (lost, error) => {
      onWorkerLost(error)
      batches.lost(lost)
    })
    batches.add(worker)
    return worker
  })
  batches.start()
  await batches.allFinished
  const assembled = await assembleCorpusWith(
    batches.outcomes(),
    manifest.diagnostics,
    batches.mergeIndex,
  )
  for (const worker of workers) worker.alive = false
  await Promise.all(workers.map((worker) => worker.terminate()))
  return { ...assembled, writeError: batches.firstWriteError() }
}
