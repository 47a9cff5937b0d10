// Compiles the corpus before `vite build` and `vite dev`, and recompiles (with a full reload)
// when a raw issue changes while the dev server runs.
import path from 'node:path'
import type { Plugin } from 'vite'
import { formatDiagnostic } from './diagnostics'
import { compileDirectory } from './emit'

interface CorpusPluginOptions {
  inDir: string
  outDir: string
}

export function corpusPlugin({ inDir, outDir }: CorpusPluginOptions): Plugin {
  let isBuild = false
  const compile = async (log: (message: string) => void) => {
    const result = await compileDirectory({ inDir, outDir })
    const problems = result.diagnostics.filter((d) => d.severity !== 'info')
    for (const d of problems) log(formatDiagnostic(d))
    const t = result.report.totals
    log(
      `corpus: ${t.issues} issues, ${t.stories} stories, ${t.unplaced} unplaced lines → ${outDir}`,
    )
    return result
  }
  return {
    name: 'batch-reader-corpus',
    configResolved(config) {
      isBuild = config.command === 'build'
    },
    async buildStart() {
      // Vitest also runs plugins; only the app's own build and dev server compile the corpus.
      if (process.env.VITEST) return
      const result = await compile((message) => this.info(message))
      if (isBuild && result.exitCode !== 0)
        this.error(
          'the corpus has content errors (see above); fix them or run `npm run corpus` for the full report',
        )
    },
    configureServer(server) {
      const watched = path.resolve(inDir)
      server.watcher.add(watched)
      const onChange = async (file: string) => {
        if (!path.resolve(file).startsWith(watched)) return
        await compile((message) => server.config.logger.info(message))
        server.ws.send({ type: 'full-reload' })
      }
      server.watcher.on('change', onChange)
      server.watcher.on('add', onChange)
      server.watcher.on('unlink', onChange)
    },
  }
}
