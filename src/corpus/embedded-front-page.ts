// The front page's data that index.html carries (see build-plugins/front-page-data.ts).
import { FRONT_PAGE_DATA_ID } from './paths'

/**
 * The data block's text, once: the block is removed as it is read, so any later load of the
 * front page (Retry, or after a reset) fetches front.json instead of reading the same text again.
 */
export function takeEmbeddedFrontPage(): string | null {
  const block = globalThis.document?.getElementById(FRONT_PAGE_DATA_ID)
  if (!block) return null
  block.remove()
  return block.textContent
}
