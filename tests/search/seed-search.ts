/// <reference types="node" />
// The seed corpus compiled by the real compiler, indexed once per test file.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { compileSources } from '../../src/compiler/compile'
import type { IssueBody } from '../../src/corpus/schema'
import { buildSearchIndex } from '../../src/search/build-index'
import { DocTextStore } from '../../src/search/doc-text-store'
import { SearchEngine } from '../../src/search/search-engine'

const SEEDS_DIR = path.resolve(import.meta.dirname, '../../src/content/issues')

export function compileSeedBodies(): IssueBody[] {
  const files = readdirSync(SEEDS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(SEEDS_DIR, name))) }))
  const manifest = readFileSync(path.join(SEEDS_DIR, 'manifest.json'), 'utf8')
  return compileSources(files, manifest).bodies
}

export interface SeedSearch {
  bodies: IssueBody[]
  engine: SearchEngine
  texts: DocTextStore
}

let cached: SeedSearch | null = null

export function seedSearch(): SeedSearch {
  if (cached) return cached
  const bodies = compileSeedBodies()
  cached = {
    bodies,
    engine: SearchEngine.load(JSON.parse(JSON.stringify(buildSearchIndex(bodies)))),
    texts: DocTextStore.from(bodies),
  }
  return cached
}

/** "story:<id>", "take:<id>" or "letter:<issue id>" for each hit, best first. */
export function hitKeys(query: string, options: { limit?: number } = {}): string[] {
  const { engine, texts } = seedSearch()
  return engine
    .search(query, texts, { limit: options.limit ?? 10 })
    .hits.map((h) => `${h.type}:${h.storyId ?? h.issueId}`)
}
