// Work the first page does not need (the service worker, bookmark notices) starts once the
// router has shown that page and the main thread is idle. Started earlier, its requests would
// share a phone's bandwidth with the first headline's; the window's `load` event is too early,
// since it fires before the front page has its data.
import type { AnyRouter } from '@tanstack/react-router'
import { whenIdle } from './when-idle'

/** Runs `work` once, after the first page; the returned function cancels it if still pending. */
export function afterFirstView(router: AnyRouter, work: () => void): () => void {
  let cancelled = false
  const start = () =>
    whenIdle(() => {
      if (!cancelled) work()
    })
  if (router.state.resolvedLocation) {
    start()
    return () => {
      cancelled = true
    }
  }
  const stop = router.subscribe('onResolved', () => {
    stop()
    start()
  })
  return () => {
    cancelled = true
    stop()
  }
}
