// What the service worker has told us: the app is cached for offline use, or a new build (with
// a new corpus) is waiting. Registration only happens in production builds.
import { create } from 'zustand'

interface ServiceWorkerState {
  offlineReady: boolean
  updateWaiting: boolean
  /** Activates the waiting build and reloads; bookmarks and preferences live in localStorage. */
  applyUpdate: () => void
  dismissUpdate: () => void
}

export const useServiceWorkerStore = create<ServiceWorkerState>()((set) => ({
  offlineReady: false,
  updateWaiting: false,
  applyUpdate: () => window.location.reload(),
  dismissUpdate: () => set({ updateWaiting: false }),
}))

export async function registerServiceWorker(): Promise<void> {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
  // On later visits the worker is already active (its precache complete): offline-ready now.
  void navigator.serviceWorker.ready.then(() =>
    useServiceWorkerStore.setState({ offlineReady: true }),
  )
  const { registerSW } = await import('virtual:pwa-register')
  const updateSW = registerSW({
    onOfflineReady: () => useServiceWorkerStore.setState({ offlineReady: true }),
    onNeedRefresh: () =>
      useServiceWorkerStore.setState({
        updateWaiting: true,
        applyUpdate: () => void updateSW(true),
      }),
  })
}
