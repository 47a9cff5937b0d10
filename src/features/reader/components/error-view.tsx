// The router's default error component: shown inside the layout when a route's loader or
// component fails (a catalog that would not load, a bug), with Retry and a way back.
import { Link, useRouter, type ErrorComponentProps } from '@tanstack/react-router'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import { LoadErrorPanel } from './load-error-panel'

export function ErrorView({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  useDocumentTitle('Something went wrong')
  const retry = () => {
    // Loaders re-run (the store refetches whatever failed); then the boundary renders again.
    void router.invalidate().finally(reset)
  }
  return (
    <div className="page page--narrow">
      <LoadErrorPanel error={error} onRetry={retry} headingLevel={1}>
        <Link to="/" className="button button--quiet">
          Go to the front page
        </Link>
      </LoadErrorPanel>
    </div>
  )
}
