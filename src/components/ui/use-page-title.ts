// Sets the document title as "<page> · Batch Reader", the reader's format (see
// features/reader/hooks/use-document-title.ts, which features outside the reader cannot import).
import { useEffect } from 'react'

export function usePageTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = `${pageTitle} · Batch Reader`
  }, [pageTitle])
}
