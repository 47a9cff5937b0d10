/** Shown while a route's data loads (after a short delay, so fast loads don't flash it). */
export function PendingView({ label = 'Loading' }: { label?: string }) {
  return (
    <div className="page page--narrow">
      <p className="status-panel status-panel--pending" role="status">
        <span className="spinner" aria-hidden="true" />
        {label}…
      </p>
    </div>
  )
}
