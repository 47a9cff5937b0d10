// `b` on a story page toggles its bookmark. Like the reader's other single-key shortcuts it stays
// out of the way: not while typing, not with a modifier, not while a modal dialog is open.
import { useEffect, useRef } from 'react'

function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)
}

export function useBookmarkShortcut(onToggle: () => void, enabled = true): void {
  const handler = useRef(onToggle)
  useEffect(() => {
    handler.current = onToggle
  })
  useEffect(() => {
    if (!enabled) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        event.key !== 'b' ||
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey
      )
        return
      if (isTypingTarget(event.target) || document.querySelector('[aria-modal="true"]')) return
      event.preventDefault()
      handler.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [enabled])
}
