import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'

const sections = [
  { to: '/', label: 'Front page', exact: true },
  { to: '/issues', label: 'Issues', exact: false },
  { to: '/letters', label: 'Letters', exact: false },
  { to: '/thinking', label: 'We’re thinking', exact: false },
] as const

interface SiteHeaderProps {
  /** Links added by other features (bookmarks, topics), shown after the reader's sections. */
  extraNav?: ReactNode
  /** Search box slot. */
  search?: ReactNode
  /** Small controls at the end (theme toggle, shortcuts). */
  tools?: ReactNode
}

export function SiteHeader({ extraNav, search, tools }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to="/" className="brand" aria-label="Batch Reader, front page">
          <span className="brand__mark" aria-hidden="true">
            B
          </span>
          <span className="brand__name">
            The Batch <span className="brand__reader">Reader</span>
          </span>
        </Link>
        {search ? <div className="site-header__search">{search}</div> : null}
        {tools ? <div className="site-header__tools">{tools}</div> : null}
      </div>
      <nav className="site-nav" aria-label="Sections">
        <ul className="site-nav__list">
          {sections.map((section) => (
            <li key={section.to}>
              <Link
                to={section.to}
                className="site-nav__link"
                activeOptions={{ exact: section.exact }}
                activeProps={{ 'aria-current': 'page', className: 'is-active' }}
              >
                {section.label}
              </Link>
            </li>
          ))}
          {extraNav}
        </ul>
      </nav>
    </header>
  )
}
