// A quiet status strip: says when the reader is offline and what still works, and offers the
// reload when a new build is waiting. Polite live region, so screen readers hear it once.
import { useOnlineStatus } from '../hooks/use-online-status'
import { useServiceWorkerStore } from '../service-worker-store'
import './offline-status.css'

export function OfflineStatus() {
  const online = useOnlineStatus()
  const offlineReady = useServiceWorkerStore((state) => state.offlineReady)
  const updateWaiting = useServiceWorkerStore((state) => state.updateWaiting)
  const applyUpdate = useServiceWorkerStore((state) => state.applyUpdate)
  const dismissUpdate = useServiceWorkerStore((state) => state.dismissUpdate)

  // Nothing to say, nothing rendered: pages keep their own single status region.
  if (online && !updateWaiting) return null
  return (
    <div className="offline-status" role="status" aria-live="polite">
      {!online && (
        <p className="offline-status__message">
          <strong>You’re offline.</strong>{' '}
          {offlineReady
            ? 'Every issue, story, search and bookmark is saved on this device and still works.'
            : 'Pages you have opened still work; others need a connection.'}
        </p>
      )}
      {updateWaiting && (
        <p className="offline-status__message">
          A new edition of Batch Reader is ready.{' '}
          <button type="button" className="offline-status__action" onClick={applyUpdate}>
            Reload to update
          </button>{' '}
          <button type="button" className="offline-status__dismiss" onClick={dismissUpdate}>
            Later
          </button>
        </p>
      )}
    </div>
  )
}
