// The app frame around every route: header (with the search and extra-nav slots other
// features fill), main, footer, shortcuts help and focus management.
import type { ReactNode } from 'react'
import { AppShell } from '@/components/ui/app-shell'
import { SiteFooter } from '@/components/ui/site-footer'
import { SiteHeader } from '@/components/ui/site-header'
import { useFocusOnNavigate } from '../hooks/use-focus-on-navigate'
import { ShortcutsHelp } from './shortcuts-help'
import { ThemeToggle } from './theme-toggle'

interface RootLayoutProps {
  children: ReactNode
  search?: ReactNode
  extraNav?: ReactNode
  /** App-wide notices under the header (offline status, storage warnings). */
  notices?: ReactNode
}

export function RootLayout({ children, search, extraNav, notices }: RootLayoutProps) {
  useFocusOnNavigate()
  return (
    <AppShell
      notices={notices}
      header={
        <SiteHeader
          search={search}
          extraNav={extraNav}
          tools={
            <>
              <ThemeToggle />
              <ShortcutsHelp />
            </>
          }
        />
      }
      footer={<SiteFooter />}
    >
      {children}
    </AppShell>
  )
}
