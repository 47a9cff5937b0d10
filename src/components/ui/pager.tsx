import type { ReactNode } from 'react'

interface PagerProps {
  label: string
  /** A link (or nothing) to the previous item; rendered on the left. */
  previous?: ReactNode
  next?: ReactNode
}

/** Previous / next links at the end of a page. */
export function Pager({ label, previous, next }: PagerProps) {
  if (!previous && !next) return null
  return (
    <nav className="pager" aria-label={label}>
      <div className="pager__previous">{previous}</div>
      <div className="pager__next">{next}</div>
    </nav>
  )
}

export function PagerLabel({ direction, title }: { direction: string; title: ReactNode }) {
  return (
    <>
      <span className="pager__direction">{direction}</span>
      <span className="pager__title">{title}</span>
    </>
  )
}
