// After a deploy, a tab opened on the old build may ask for code chunks that no longer exist.
// Vite reports that as `vite:preloadError`; reloading once fetches the new build. A session
// flag stops a reload loop when the failure is something else (e.g. offline).
const RELOADED_AT = 'batch-reader:chunk-reload-at'
const RETRY_WINDOW_MS = 30_000

export function installChunkRecovery(target: Window = window): void {
  target.addEventListener('vite:preloadError', (event) => {
    const last = Number(target.sessionStorage.getItem(RELOADED_AT) ?? 0)
    if (Date.now() - last < RETRY_WINDOW_MS) return
    event.preventDefault()
    target.sessionStorage.setItem(RELOADED_AT, String(Date.now()))
    target.location.reload()
  })
}
