// The first screen of a cold load renders in two steps: what is cheap (the page heading) at once,
// the rest in a transition React renders in short interruptible slices. On a slow phone the first
// load then blocks the main thread in shorter tasks (Lighthouse's Total Blocking Time) while the
// app's own JavaScript is still settling. Later visits render in one step, so scroll restoration
// on Back finds the whole page in place.
import { useDeferredValue, useEffect, useState } from 'react'

let mountedBefore = false

/**
 * The first mount in a page load gets `null`, then `value` from a deferred render; any later
 * mount (such as Back to `/`) gets `value` at once.
 */
export function useDeferredFirstRender<T>(value: T): T | null {
  const [deferThisMount] = useState(() => !mountedBefore)
  useEffect(() => {
    mountedBefore = true
  }, [])
  // Without an initial value useDeferredValue mounts with `value` and schedules nothing extra.
  return useDeferredValue<T | null>(value, deferThisMount ? null : undefined)
}
