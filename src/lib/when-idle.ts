// Runs work the reader is not waiting for once the main thread has nothing better to do, so it
// never competes with the first headline. Safari has no requestIdleCallback: a short timer there.
export function whenIdle(work: () => void, timeoutMs = 3000): void {
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(() => work(), { timeout: timeoutMs })
  else window.setTimeout(work, 500)
}
