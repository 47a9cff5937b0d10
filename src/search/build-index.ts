// Builds the compact search index the compiler emits as public/corpus/search-index.json.
// Runs under Node (compiler, via tsx) and in vite.config.ts: relative imports only, no DOM.
import type { IssueBody } from '../corpus/schema'
import { docsFromIssue, type SourceDoc } from './doc-source'
import { DOC_TYPE_CODES, SEARCH_INDEX_VERSION, type SearchIndexData } from './index-schema'
import { encodePostings, FIELD_BITS, tfBucket, type Posting } from './postings-codec'
import { isIndexable, tokenize } from './tokenize'

interface TermStats {
  fields: number
  tf: number
}

/** Per term: which fields of the document contain it and how often it occurs. */
function docTermStats(doc: SourceDoc): Map<string, TermStats> {
  const stats = new Map<string, TermStats>()
  for (const segment of doc.segments) {
    const bit = FIELD_BITS[segment.field]
    for (const { term } of tokenize(segment.text)) {
      if (!isIndexable(term)) continue
      const entry = stats.get(term)
      if (entry) {
        entry.fields |= bit
        entry.tf++
      } else {
        stats.set(term, { fields: bit, tf: 1 })
      }
    }
  }
  return stats
}

export function buildSearchIndex(bodies: readonly IssueBody[]): SearchIndexData {
  const issues: SearchIndexData['issues'] = []
  const docs: SearchIndexData['docs'] = { types: '', issue: [], story: [], title: [] }
  const postingsByTerm = new Map<string, Posting[]>()

  for (const body of bodies) {
    const issuePosition = issues.length
    issues.push([body.issue.id, body.issue.date])
    for (const doc of docsFromIssue(body)) {
      const docNumber = docs.issue.length
      docs.types += DOC_TYPE_CODES[doc.type]
      docs.issue.push(issuePosition)
      // A take sits right after its story, so it can borrow the story's id and headline.
      docs.story.push(doc.type === 'story' ? (doc.storyId ?? '') : '')
      docs.title.push(doc.type === 'take' ? '' : doc.title)
      for (const [term, { fields, tf }] of docTermStats(doc)) {
        const code = fields | (tfBucket(tf) << 4)
        const list = postingsByTerm.get(term)
        if (list) list.push({ doc: docNumber, code })
        else postingsByTerm.set(term, [{ doc: docNumber, code }])
      }
    }
  }

  // Code-unit order, so the engine can binary-search with plain < and >.
  const terms = [...postingsByTerm.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
  const postings = terms.map((term) => encodePostings(postingsByTerm.get(term)!))
  return { version: SEARCH_INDEX_VERSION, issues, docs, terms, postings }
}
