// The naive layout for the load bench, with the same app code: from a production build, writes a
// sibling build whose whole corpus is one JSON file, corpus/all.json, fetched at start by a small
// shim (bench/naive/naive-corpus.js) that answers the app's corpus fetches from it.
import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { withoutFrontPageData } from '../src/build-plugins/front-page-data'

const SHIM_SOURCE = new URL('./naive/naive-corpus.js', import.meta.url)
const SHIM_FILE = 'naive-corpus.js'
// The whole corpus as one file; bench/naive/naive-corpus.js fetches this path.
const NAIVE_CORPUS_FILE = 'corpus/all.json'
/** The entry files that boot the app: index.html, and its copy for deep links on static hosts. */
const HTML_FILES = ['index.html', '404.html']

export interface NaiveVariant {
  /** corpus/all.json, raw and gzipped (default level, as the preview server and initial-js.ts). */
  corpusRaw: number
  corpusGzip: number
  /** The shim, gzipped: part of the naive app's initial JavaScript. */
  shimGzip: number
}

function filesUnder(dir: string, relative = ''): string[] {
  return readdirSync(path.join(dir, relative)).flatMap((name) => {
    const child = path.posix.join(relative, name)
    return statSync(path.join(dir, child)).isDirectory() ? filesUnder(dir, child) : [child]
  })
}

/** `{ "corpus/catalog.json": {…}, "corpus/issues/x.json": {…}, … }`, every file under corpus/. */
function wholeCorpusJson(distDir: string): string {
  const entries = filesUnder(path.join(distDir, 'corpus'))
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const key = `corpus/${file}`
      // Each file is JSON already: spliced in as text, not parsed and written again.
      const text = readFileSync(path.join(distDir, key), 'utf8').trim()
      return `${JSON.stringify(key)}:${text}`
    })
  return `{${entries.join(',')}}`
}

/**
 * Adds the shim before the app's module script, as a deferred script so it runs first, and drops
 * the front page's data block.
 */
export function injectShim(html: string): string {
  const entry = /<script type="module"[^>]* src="([^"]*)assets\/[^"]*"[^>]*><\/script>/.exec(html)
  if (!entry) throw new Error('naive variant: no module script under assets/ in the built HTML')
  const base = entry[1] ?? '/'
  // The naive layout has no front page in index.html either: everything comes from all.json.
  return withoutFrontPageData(html).replace(
    entry[0],
    `<script defer src="${base}${SHIM_FILE}"></script>\n    ${entry[0]}`,
  )
}

/**
 * Copies `distDir` to `naiveDir` (emptied first), adds corpus/all.json and the shim, and loads the
 * shim from the HTML entry files. The split corpus files stay, unused by the page.
 */
export function buildNaiveVariant(distDir: string, naiveDir: string): NaiveVariant {
  rmSync(naiveDir, { recursive: true, force: true })
  cpSync(distDir, naiveDir, { recursive: true })
  const corpus = wholeCorpusJson(distDir)
  writeFileSync(path.join(naiveDir, NAIVE_CORPUS_FILE), corpus)
  // Served without its comment lines, as a build would ship it.
  const shim = readFileSync(SHIM_SOURCE, 'utf8').replace(/^\s*\/\/.*\n/gm, '')
  writeFileSync(path.join(naiveDir, SHIM_FILE), shim)
  for (const name of HTML_FILES) {
    const file = path.join(naiveDir, name)
    if (name === 'index.html' || existsSync(file))
      writeFileSync(file, injectShim(readFileSync(file, 'utf8')))
  }
  return {
    corpusRaw: Buffer.byteLength(corpus),
    corpusGzip: gzipSync(corpus).length,
    shimGzip: gzipSync(shim).length,
  }
}
