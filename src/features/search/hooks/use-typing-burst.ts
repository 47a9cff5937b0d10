// Tells whether an edit continues the current typing burst (edits closer together than
// `windowMs`), so the URL can replace one history entry per burst instead of one per key.
import { useState } from 'react'

export interface TypingBurst {
  /** Records an edit; true when it belongs to the same burst as the previous one. */
  continues: () => boolean
  /** The next edit starts a new burst (after Enter, a picked suggestion, leaving the page). */
  end: () => void
}

export function createTypingBurst(
  windowMs: number,
  now: () => number = () => Date.now(),
): TypingBurst {
  let lastEditAt = Number.NEGATIVE_INFINITY
  return {
    continues: () => {
      const at = now()
      const same = at - lastEditAt < windowMs
      lastEditAt = at
      return same
    },
    end: () => {
      lastEditAt = Number.NEGATIVE_INFINITY
    },
  }
}

/** One tracker for the component's lifetime. */
export function useTypingBurst(windowMs: number): TypingBurst {
  const [burst] = useState(() => createTypingBurst(windowMs))
  return burst
}
