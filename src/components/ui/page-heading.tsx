import type { ReactNode } from 'react'

export const MAIN_HEADING_ID = 'main-heading'

interface PageHeadingProps {
  children: ReactNode
  /** Small line above the title ("Issue", "Letter"). */
  kicker?: ReactNode
  /** Line under the title (dek, date, counts). */
  subtitle?: ReactNode
  /** Extra controls beside the title (e.g. a bookmark toggle). */
  actions?: ReactNode
}

/** The page's one h1. Focusable (tabIndex -1) so navigation can move focus to it. */
export function PageHeading({ children, kicker, subtitle, actions }: PageHeadingProps) {
  return (
    <header className="page-heading">
      {kicker ? <p className="page-heading__kicker">{kicker}</p> : null}
      <h1 id={MAIN_HEADING_ID} className="page-heading__title" tabIndex={-1}>
        {children}
      </h1>
      {subtitle ? <div className="page-heading__subtitle">{subtitle}</div> : null}
      {actions ? <div className="page-heading__actions">{actions}</div> : null}
    </header>
  )
}
