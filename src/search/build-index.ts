// PLACEHOLDER owned by the search work (issue 4): builds the compact search index the compiler
// emits as public/corpus/search-index.json. Keep this signature.
import type { IssueBody } from '../corpus/schema'

export function buildSearchIndex(bodies: readonly IssueBody[]): unknown {
  return { version: 0, documents: bodies.length }
}
