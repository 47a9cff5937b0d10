// Single-key shortcuts (j, k, ?) that stay out of the way: ignored while the reader types in a
// field or holds a modifier, so they never steal a keystroke meant for something else.
import { useEffect, useRef } from 'react'

export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT'
}

export function useKeyShortcut(
  keys: readonly string[],
  handler: (key: string) => void,
  enabled = true,
): void {
  // Keep the latest handler without re-binding the listener on every render.
  const handlerRef = useRef(handler)
  useEffect(() => {
    handlerRef.current = handler
  })
  const keyList = keys.join('\u0000')

  useEffect(() => {
    if (!enabled) return
    const wanted = new Set(keyList.split('\u0000'))
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingTarget(event.target)) return
      // An open modal dialog owns the keyboard.
      if (document.querySelector('[aria-modal="true"]')) return
      if (!wanted.has(event.key)) return
      event.preventDefault()
      handlerRef.current(event.key)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [keyList, enabled])
}
