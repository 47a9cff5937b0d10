// What went wrong with a load, in words a reader can act on, plus Retry. The technical detail
// (URL, zod issues) is there for whoever reports the problem, tucked under a disclosure.
import type { ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { isLoadError, type LoadErrorKind } from '@/lib/fetch-validated'

const headlines: Record<LoadErrorKind, string> = {
  network: 'We couldn’t reach the server',
  http: 'The server couldn’t send this',
  'invalid-json': 'This data arrived damaged',
  schema: 'This data isn’t in the format we expect',
}

const advice: Record<LoadErrorKind, string> = {
  network: 'Check your connection, then try again.',
  http: 'It may be a temporary problem; try again in a moment.',
  'invalid-json': 'The file could not be read as JSON. Trying again may help if it was cut short.',
  schema:
    'The app and its data may be from different versions. Reloading the page usually fixes this.',
}

interface LoadErrorPanelProps {
  error: unknown
  onRetry: () => void
  /** h1 when the panel is the whole page, h2 inside a page. */
  headingLevel?: 1 | 2
  /** Where the reader can go instead. */
  children?: ReactNode
}

export function LoadErrorPanel({
  error,
  onRetry,
  headingLevel = 2,
  children,
}: LoadErrorPanelProps) {
  const loadError = isLoadError(error) ? error : null
  const title = loadError ? headlines[loadError.kind] : 'Something went wrong'
  const Heading = headingLevel === 1 ? 'h1' : 'h2'
  return (
    <section
      className="status-panel status-panel--error"
      role="alert"
      aria-labelledby="load-error-title"
    >
      <Heading
        id="load-error-title"
        className="status-panel__title"
        tabIndex={headingLevel === 1 ? -1 : undefined}
      >
        {title}
      </Heading>
      <p>{loadError ? `${loadError.message} ${advice[loadError.kind]}` : errorMessage(error)}</p>
      {loadError && (loadError.details.length > 0 || loadError.url) ? (
        <details className="status-panel__details">
          <summary>Technical details</summary>
          <p>
            <code>{loadError.url}</code> ({loadError.kind}
            {loadError.status ? ` ${loadError.status}` : ''})
          </p>
          {loadError.details.length > 0 ? (
            <ul>
              {loadError.details.slice(0, 10).map((detail, i) => (
                <li key={i}>
                  <code>{detail}</code>
                </li>
              ))}
              {loadError.details.length > 10 ? (
                <li>…and {loadError.details.length - 10} more</li>
              ) : null}
            </ul>
          ) : null}
        </details>
      ) : null}
      <div className="status-panel__actions">
        <Button variant="primary" onClick={onRetry}>
          Retry
        </Button>
        {children}
      </div>
    </section>
  )
}

function errorMessage(error: unknown): string {
  return error instanceof Error && error.message
    ? error.message
    : 'An unexpected error stopped this page from loading.'
}
