// Entry: apply the remembered theme before the first paint, create the router with the app's
// defaults, render.
import { createRouter, RouterProvider } from '@tanstack/react-router'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { registerServiceWorker } from '@/features/offline/service-worker-store'
import { routerDefaults } from '@/features/reader/router-defaults'
import { installChunkRecovery } from '@/lib/chunk-recovery'
import { whenIdle } from '@/lib/when-idle'
import { applyTheme, usePreferencesStore } from '@/stores/preferences-store'
import { routeTree } from './routeTree.gen'
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/components.css'
import './styles/reader.css'

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
  createRoot(rootElement).render(
    <StrictMode>
      <RouterProvider router={createAppRouter()} />
    </StrictMode>,
  )
}, 0)

// After the page has loaded and gone idle: the service worker precaches the app and the corpus
// for offline reading, without competing with the first headline for the network or the CPU.
window.addEventListener('load', () => whenIdle(() => void registerServiceWorker()), { once: true })
