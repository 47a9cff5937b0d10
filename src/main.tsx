// Entry: apply the remembered theme before the first paint, create the router with the app's
// defaults, render.
import { createRouter, RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { registerServiceWorker } from '@/features/offline/service-worker-store'
import { routerDefaults } from '@/features/reader/router-defaults'
import { installChunkRecovery } from '@/lib/chunk-recovery'
import { afterFirstView } from '@/lib/after-first-view'
import { applyTheme, usePreferencesStore } from '@/stores/preferences-store'
import { routeTree } from './routeTree.gen'
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/reader.css'
// Bookmark toggles are on nearly every page: their few rules travel with the app's own styles
// rather than as one more request after the app's code has run.
import './styles/bookmarks.css'

// persist() hydrates from localStorage synchronously, so the stored theme is known here, before
// React renders anything: no flash of the wrong theme, and no inline script (CSP-friendly).
applyTheme(usePreferencesStore.getState().theme)
usePreferencesStore.subscribe((state) => applyTheme(state.theme))

installChunkRecovery()

function createAppRouter() {
  return createRouter({ routeTree, basepath: import.meta.env.BASE_URL, ...routerDefaults })
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>
  }
}

const rootElement = document.getElementById('root')
if (!rootElement) throw new Error('index.html must contain <div id="root">')

// Evaluating the app's code is already one long task on a slow phone; building the router (it
// processes the whole route tree) and starting the first render wait for the next task, so the
// browser gets a turn in between (Lighthouse's Total Blocking Time counts each task over 50 ms).
setTimeout(() => {
  const router = createAppRouter()
  // The service worker precaches the app and the corpus for offline reading: after the first
  // page, so it never competes with the first headline for the network or the CPU.
  afterFirstView(router, () => void registerServiceWorker())
  createRoot(rootElement).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  )
}, 0)
