import { useEffect } from 'react'

export const APP_NAME = 'Batch Reader'

/** "De-Facing ImageNet · Batch Reader"; the bare app name when there is no page title. */
export function documentTitle(pageTitle?: string | null): string {
  return pageTitle ? `${pageTitle} · ${APP_NAME}` : APP_NAME
}

export function useDocumentTitle(pageTitle?: string | null): void {
  useEffect(() => {
    document.title = documentTitle(pageTitle)
  }, [pageTitle])
}
