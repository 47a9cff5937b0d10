// j / k: move to the next / previous story in a view that lists stories in full or as a feed.
// Each steppable item carries data-story-step; its heading (tabIndex -1) receives focus, so
// screen readers announce where the reader landed and Tab continues from there.
import { useKeyShortcut } from './use-key-shortcut'

export const STEP_ATTRIBUTE = 'data-story-step'
/** How far below the viewport top an item may start and still count as "here". */
const TOLERANCE_PX = 8

function stepTargets(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>(`[${STEP_ATTRIBUTE}]`))
}

/** Index of the item to move to, or -1 when there is none in that direction. */
export function nextStepIndex(items: readonly HTMLElement[], direction: 1 | -1): number {
  const focused = items.findIndex((item) => item.contains(document.activeElement))
  if (focused !== -1) {
    const next = focused + direction
    return next >= 0 && next < items.length ? next : -1
  }
  // Nothing focused yet: step relative to what is on screen.
  const tops = items.map((item) => item.getBoundingClientRect().top)
  if (direction === 1) {
    const below = tops.findIndex((top) => top > TOLERANCE_PX)
    // At the very top with no layout (or the first item flush with the top): start at the first.
    if (below === -1 && window.scrollY === 0 && items.length > 0) return 0
    return below
  }
  for (let i = tops.length - 1; i >= 0; i--) if (tops[i]! < -TOLERANCE_PX) return i
  return -1
}

export function focusStep(item: HTMLElement): void {
  const target = item.querySelector<HTMLElement>('[data-step-focus]') ?? item
  item.scrollIntoView({ block: 'start' })
  target.focus({ preventScroll: true })
}

export function useStoryStepper(enabled = true): void {
  useKeyShortcut(
    ['j', 'k'],
    (key) => {
      const items = stepTargets()
      const index = nextStepIndex(items, key === 'j' ? 1 : -1)
      const item = index === -1 ? undefined : items[index]
      if (item) focusStep(item)
    },
    enabled,
  )
}
