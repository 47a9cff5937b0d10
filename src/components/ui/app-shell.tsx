// The page frame every route renders inside: skip link, site header, main, footer.
import type { MouseEvent, ReactNode } from 'react'

export const MAIN_ID = 'main'

interface AppShellProps {
  header: ReactNode
  /** App-wide notices under the header (offline status, storage warnings). */
  notices?: ReactNode
  footer?: ReactNode
  children: ReactNode
}

export function AppShell({ header, notices, footer, children }: AppShellProps) {
  // Focus main directly: a bare #main hash change would be seen by the router as a navigation.
  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault()
    document.getElementById(MAIN_ID)?.focus()
  }
  return (
    <div className="app-shell">
      <a className="skip-link" href={`#${MAIN_ID}`} onClick={skipToMain}>
        Skip to content
      </a>
      {header}
      {notices}
      <main id={MAIN_ID} className="site-main" tabIndex={-1}>
        {children}
      </main>
      {footer}
    </div>
  )
}
