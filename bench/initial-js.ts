// The initial JavaScript of a production build: the entry script plus every module it preloads,
// read from dist/index.html, gzip-compressed. Shared by the size gate and the bench.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { gzipSync } from 'node:zlib'

export interface InitialJs {
  files: { file: string; gzipBytes: number }[]
  gzipBytes: number
}

export function measureInitialJs(distDir: string): InitialJs {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8')
  const base = /<base href="([^"]*)"/.exec(html)?.[1] ?? ''
  const urls = [
    ...html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ].map((match) => match[1] as string)
  const files = [...new Set(urls)].map((url) => {
    // Built URLs carry the base path (e.g. /reader/assets/x.js); files live under dist/assets.
    const file = url.replace(base, '').replace(/^.*?(assets\/)/, '$1')
    return { file, gzipBytes: gzipSync(readFileSync(path.join(distDir, file))).length }
  })
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) }
}
