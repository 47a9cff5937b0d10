// Runs the current query through the search client. Previous results stay on screen while the
// next answer is on its way, so typing does not make the list flicker.
import { startTransition, useEffect, useState } from 'react'
import type { TopicSelection } from '@/lib/topic-filter'
import type { DocType } from '@/search/doc-source'
import { getSearchClient } from '@/search/search-client'
import type { SearchAnswer } from '@/search/search-protocol'

interface ResultState {
  key: string
  answer: SearchAnswer | null
  error: string | null
}

export interface SearchResultsView {
  answer: SearchAnswer | null
  /** The shown answer belongs to an older query; a newer one is running. */
  pending: boolean
  error: string | null
}

/** Starts loading the index (in the worker) before the first query, e.g. when the field gets focus. */
export function prepareSearch(): void {
  getSearchClient(import.meta.env.BASE_URL)
}

export function useSearchResults(
  query: string,
  type: DocType | undefined,
  limit: number,
  topics?: TopicSelection,
): SearchResultsView {
  const key = JSON.stringify([query, type ?? null, limit, topics ?? null])
  const active = query.trim() !== ''
  const [state, setState] = useState<ResultState>({ key: '', answer: null, error: null })

  useEffect(() => {
    if (!active) return
    let cancelled = false
    getSearchClient(import.meta.env.BASE_URL)
      .search({ query, type, limit, topics })
      .then(
        (answer) => {
          // A transition: React renders the new rows in short slices, so a keystroke that
          // arrives meanwhile is handled at once rather than after the whole list.
          if (!cancelled && answer) startTransition(() => setState({ key, answer, error: null }))
        },
        (error: unknown) => {
          if (!cancelled)
            setState((s) => ({
              key,
              answer: s.answer,
              error: error instanceof Error ? error.message : String(error),
            }))
        },
      )
    return () => {
      cancelled = true
    }
  }, [key, active, query, type, limit, topics])

  if (!active) return { answer: null, pending: false, error: null }
  return {
    answer: state.answer,
    pending: state.key !== key,
    error: state.key === key ? state.error : null,
  }
}
