// Static hosts without rewrites (GitHub Pages and the like) serve 404.html for unknown paths;
// a copy of index.html there lets deep links boot the app, whose router then shows the page.
import { copyFile } from 'node:fs/promises'
import path from 'node:path'
import type { Plugin } from 'vite'

export function spaFallback(): Plugin {
  let outDir = 'dist'
  return {
    name: 'batch-reader-spa-fallback',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir)
    },
    // writeBundle, not closeBundle: closeBundle also runs after a failed build, and a failed copy
    // there would hide the error that failed it.
    async writeBundle() {
      await copyFile(path.join(outDir, 'index.html'), path.join(outDir, '404.html'))
    },
  }
}
