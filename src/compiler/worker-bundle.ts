// The compile worker's code as one plain-JavaScript module, built once per process with esbuild.
// Started from TypeScript, each worker would register tsx and load every module through its
// hooks, which costs each worker about a second of a 2-core machine's CPU before it does any
// work; the bundle loads in a fraction of that.
import { fileURLToPath } from 'node:url'

const WORKER_SOURCE = fileURLToPath(new URL('./prepare-worker.ts', import.meta.url))

let bundled: Promise<URL | null> | null = null

async function bundle(): Promise<URL | null> {
  try {
    const { build } = await import('esbuild')
    const result = await build({
      entryPoints: [WORKER_SOURCE],
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: `node${process.versions.node}`,
      write: false,
      logLevel: 'silent',
      // Names the bundle in stack traces, which would otherwise show the whole data: URL.
      footer: { js: '//# sourceURL=compile-worker.bundle.mjs' },
    })
    const code = result.outputFiles[0]?.text
    return code === undefined ? null : new URL(`data:text/javascript,${encodeURIComponent(code)}`)
  } catch {
    // No esbuild, or the build failed: workers load the TypeScript through tsx instead.
    return null
  }
}

/**
 * The bundled worker as a data: URL, or null when it cannot be built. The first call starts the
 * build; call it early so the build overlaps other work.
 */
export function bundledWorkerEntry(): Promise<URL | null> {
  return (bundled ??= bundle())
}
