import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { compileSources } from '../../src/compiler/compile'
import type { SourceFile } from '../../src/compiler/read'

export const SEEDS_DIR = path.resolve(__dirname, '../../src/content/issues')
export const FIXTURES_DIR = path.resolve(__dirname, '../fixtures/issues')

export function loadFolder(dir: string): { files: SourceFile[]; manifest: string | null } {
  const files = readdirSync(dir)
    .filter((name) => /\.(txt|md)$/.test(name))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(dir, name))) }))
  let manifest: string | null = null
  try {
    manifest = readFileSync(path.join(dir, 'manifest.json'), 'utf8')
  } catch {
    manifest = null
  }
  return { files, manifest }
}

export function compileSeeds() {
  const { files, manifest } = loadFolder(SEEDS_DIR)
  return compileSources(files, manifest)
}

export const textFile = (name: string, text: string): SourceFile => ({
  name,
  bytes: new TextEncoder().encode(text),
})

export function fixture(name: string): SourceFile {
  return { name, bytes: new Uint8Array(readFileSync(path.join(FIXTURES_DIR, name))) }
}
