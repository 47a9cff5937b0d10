// After an in-app navigation to a new page, move focus to the page's h1 so keyboard and
// screen-reader users start at the new content, as they would after a full page load.
// Hash-only changes (section links) and the first load are left alone.
import { useRouter } from '@tanstack/react-router'
import { useEffect } from 'react'
import { MAIN_ID } from '@/components/ui/app-shell'
import { MAIN_HEADING_ID } from '@/components/ui/page-heading'

export function focusMainHeading(): void {
  const target =
    document.getElementById(MAIN_HEADING_ID) ??
    document.querySelector<HTMLElement>(`#${MAIN_ID} h1`) ??
    document.getElementById(MAIN_ID)
  // preventScroll: scroll position is the router's job (top on a new page, restored on Back).
  target?.focus({ preventScroll: true })
}

export function useFocusOnNavigate(): void {
  const router = useRouter()
  useEffect(
    () =>
      router.subscribe('onRendered', (event) => {
        if (!event.fromLocation || !event.pathChanged) return
        // Typing in the header search navigates to /search; the reader keeps typing there.
        if (document.activeElement?.closest('[role="search"]')) return
        focusMainHeading()
      }),
    [router],
  )
}
