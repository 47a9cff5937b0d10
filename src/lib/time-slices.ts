// Long work on the main thread, cut into slices the browser can run input and paint between: a
// task over 50 ms is one a reader feels (a keystroke that lags). Loading the catalog of a long
// archive (thousands of stories) is such work.

/** Well under the 50 ms that makes a task "long", leaving room for the work around it. */
const SLICE_MS = 8

interface YieldingScheduler {
  yield?: () => Promise<void>
}

/** Gives the main thread back: through scheduler.yield() where there is one, else a timer. */
function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

/** Paces long work: `if (pacer.due) await pacer.pause()` between its steps. */
export interface Pacer {
  readonly due: boolean
  pause(): Promise<void>
}

/** A pacer by the clock: due once the current slice has used its time. */
export class TimeSlicer implements Pacer {
  private sliceStart = performance.now()
  private readonly budgetMs: number

  constructor(budgetMs = SLICE_MS) {
    this.budgetMs = budgetMs
  }

  /** Whether this slice has used its time. */
  get due(): boolean {
    return performance.now() - this.sliceStart > this.budgetMs
  }

  async pause(): Promise<void> {
    await yieldToMain()
    this.sliceStart = performance.now()
  }
}

/** Work written as a generator that yields wherever it may pause; returns its result. */
export type SliceableWork<Result> = Generator<void, Result, void>

/** Runs `work` at once, for callers (and tests) that need the result now. */
export function runAtOnce<Result>(work: SliceableWork<Result>): Result {
  for (;;) {
    const step = work.next()
    if (step.done) return step.value
  }
}

/** Runs `work`, giving the main thread back whenever a slice has used its time. */
export async function runInSlices<Result>(
  work: SliceableWork<Result>,
  pacer: Pacer = new TimeSlicer(),
): Promise<Result> {
  for (;;) {
    const step = work.next()
    if (step.done) return step.value
    if (pacer.due) await pacer.pause()
  }
}
