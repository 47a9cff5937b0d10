// Serves a production build with `vite preview` (gzip, SPA fallback, base path) on a free port,
// for the load bench and the browser tests. Resolves once the server answers.
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildEnv } from './load-build'

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url))
const VITE_BIN = path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js')

export interface PreviewServer {
  /** Origin plus base path, ending in `/`: e.g. http://127.0.0.1:41234/reader/ */
  url: string
  origin: string
  close: () => Promise<void>
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.unref()
    server.on('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

async function waitUntilServing(
  url: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`vite preview exited with ${child.exitCode}:\n${output()}`)
    try {
      const response = await fetch(url)
      if (response.ok) return
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`vite preview did not answer at ${url} within ${timeoutMs} ms:\n${output()}`)
}

export interface PreviewOptions {
  outDir: string
  /** The base path the build was made with (BASE_PATH); default `/`. */
  basePath?: string
  /** Environment for the preview process (e.g. BASE_PATH so vite.config.ts resolves the same base). */
  env?: NodeJS.ProcessEnv
}

export async function startPreview({
  outDir,
  basePath = '/',
  env = {},
}: PreviewOptions): Promise<PreviewServer> {
  const port = await freePort()
  const child = spawn(
    process.execPath,
    [
      VITE_BIN,
      'preview',
      '--outDir',
      outDir,
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    {
      cwd: REPO_ROOT,
      // The preview server must not compile a corpus; vite.config.ts reads BASE_PATH for `base`.
      env: buildEnv({ BASE_PATH: basePath, ...env }),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  const origin = `http://127.0.0.1:${port}`
  const url = `${origin}${basePath}`
  const close = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  try {
    await waitUntilServing(url, child, () => log, 30_000)
  } catch (error) {
    await close()
    throw error
  }
  return { url, origin, close }
}
