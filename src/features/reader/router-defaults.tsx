// Router-wide defaults, shared by main.tsx and the route tests so both run the same router.
import { ErrorView } from './components/error-view'
import { NotFoundView } from './components/not-found-view'
import { PendingView } from './components/pending-view'

export const routerDefaults = {
  defaultPreload: 'intent',
  // Preloaded data is kept in the corpus store anyway; loaders are cheap when it is there.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
  defaultNotFoundComponent: () => <NotFoundView />,
  defaultErrorComponent: ErrorView,
  defaultPendingComponent: () => <PendingView />,
  // Fast loads (the usual case) never flash a loading line.
  defaultPendingMs: 300,
  // Once the loading line is up, the page replaces it as soon as it is ready: holding it for the
  // default 500 ms would delay the first headline on exactly the slow phones that saw it.
  defaultPendingMinMs: 0,
} as const
