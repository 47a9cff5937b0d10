// Puts the front page's data (front.json) into index.html as a JSON data block, so `/` makes no
// request for it after the app's code has run: on a phone, each request started then is one more
// round trip before the first headline. A data block is never run (it is not JavaScript), so the
// CSP's "no inline script" still holds. front.json stays: the app fetches it when the page came
// without the block, or when it has used the block already.
import { readFile } from 'node:fs/promises'
import type { HtmlTagDescriptor, Plugin } from 'vite'
import { FRONT_PAGE_DATA_ID } from '../corpus/paths'

/**
 * The data block for the JSON text `json`, or null when it is not JSON. Every `<` is escaped
 * (JSON allows `\u003c` wherever `<` can occur), so no text in the corpus can end the element.
 */
export function frontPageDataTag(json: string): HtmlTagDescriptor | null {
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return null
  }
  return {
    tag: 'script',
    attrs: { type: 'application/json', id: FRONT_PAGE_DATA_ID },
    children: JSON.stringify(data).replace(/</g, '\\u003c'),
    injectTo: 'body',
  }
}

/** `html` without the data block, as a page that came without it (tests; the bench's naive layout). */
export function withoutFrontPageData(html: string): string {
  const block = `<script type="application/json" id="${FRONT_PAGE_DATA_ID}">[^<]*</script>`
  return html.replace(new RegExp(`\\s*${block}`), '')
}

/** `frontPageFile`: where the corpus plugin writes front.json, read each time the page is built. */
export function frontPageData(frontPageFile: string): Plugin {
  return {
    name: 'batch-reader-front-page-data',
    transformIndexHtml: async () => {
      // A missing or broken file is left to the app, which fetches it and reports what is wrong.
      const json = await readFile(frontPageFile, 'utf8').catch(() => null)
      const tag = json === null ? null : frontPageDataTag(json)
      return tag ? [tag] : []
    },
  }
}
