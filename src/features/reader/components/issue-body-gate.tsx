// Renders an issue's full body once it has loaded; until then a loading line, and on failure an
// error with Retry that affects only this issue (the rest of the page and app keep working).
import { useEffect, type ReactNode } from 'react'
import type { IssueBody } from '@/corpus/schema'
import { corpusStore, useIssueBodyState } from '@/stores/corpus-store'
import { LoadErrorPanel } from './load-error-panel'

interface IssueBodyGateProps {
  issueId: string
  children: (body: IssueBody) => ReactNode
}

export function IssueBodyGate({ issueId, children }: IssueBodyGateProps) {
  const state = useIssueBodyState(issueId)
  const idle = state.status === 'idle'
  useEffect(() => {
    // Normally the route loader has started the load; this covers views rendered without one.
    if (idle)
      corpusStore
        .getState()
        .ensureIssueBody(issueId)
        .catch(() => undefined)
  }, [idle, issueId])
  if (state.status === 'ready') return <>{children(state.data)}</>
  if (state.status === 'error') {
    const retry = () => {
      // The gate re-renders from the store; the rejection is already shown, not lost.
      corpusStore
        .getState()
        .ensureIssueBody(issueId)
        .catch(() => undefined)
    }
    return <LoadErrorPanel error={state.error} onRetry={retry} />
  }
  return (
    <p className="status-panel status-panel--pending" role="status">
      <span className="spinner" aria-hidden="true" />
      Loading the full text…
    </p>
  )
}
