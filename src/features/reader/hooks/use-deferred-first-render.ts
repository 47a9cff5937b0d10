// The first screen of a cold load renders in two steps: what is cheap (the page heading) at once,
// the rest in a transition React renders in short interruptible slices. On a slow phone the first
// load then never blocks the main thread for long (Lighthouse's Total Blocking Time) while the
// app's own JavaScript is still settling. Later visits render in one step, so scroll restoration
// on Back finds the whole page in place.
import { useDeferredValue, useEffect, useState } from 'react'

let appHasRendered = false

/** `null` on the app's first render, then `value` (via a transition); `value` on any later mount. */
export function useDeferredFirstRender<T>(value: T): T | null {
  const [deferThisMount] = useState(() => !appHasRendered)
  useEffect(() => {
    appHasRendered = true
  }, [])
  // Without an initial value useDeferredValue mounts with `value` and schedules nothing extra.
  return useDeferredValue<T | null>(value, deferThisMount ? null : undefined)
}
