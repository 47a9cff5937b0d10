// What a thread does with the batches of files it is given (see compile-parallel.ts), in two
// requests: `prepare` compiles and enriches the files and answers with the few facts their ids
// depend on, keeping the prepared issues; `finish`, once the ids are known, builds, validates,
// serializes and writes each body and answers with what the catalog, index and report need.
// A third, `merge`, merges every issue's share of the search index once all are finished.
// Worker threads and the main thread run the same code; only the transport differs.
import path from 'node:path'
import { mergedIndexJson, TermVocabulary, type IndexedIssue } from '../search/build-index'
import type { Diagnostic } from './diagnostics'
import type { CollectedIssue } from './compile'
import { finishIssue } from './finish-issue'
import type { IdFacts, IssueIds } from './issue-ids'
import { overwriteFileSync } from './overwrite-file'
import { idFacts, prepareFile, type PreparedFile } from './prepare-file'
import type { SourceInput } from './read'

export type BatchRequest =
  | { kind: 'prepare'; batch: number; files: SourceInput[] }
  /** Per file of the batch, its ids; null for a file that holds no issue. */
  | { kind: 'finish'; batch: number; ids: (IssueIds | null)[] }
  /** Every issue's share of the index, in catalog order. */
  | { kind: 'merge'; issues: IndexedIssue[] }

export interface PreparedFacts {
  diagnostics: Diagnostic[]
  /** null when the file holds no issue. */
  facts: IdFacts | null
}

/**
 * A finished issue as it crosses threads: its term numbers refer to the sender's vocabulary, and
 * its body's bytes are null when the sender wrote them (the batch half needs only the digest).
 */
export interface PortableIssue extends Omit<CollectedIssue, 'index'> {
  index: Omit<IndexedIssue, 'terms'>
}

export interface FinishedFile {
  /** Why the issue was left out, or null. */
  problem: Diagnostic | null
  issue: PortableIssue | null
}

export type BatchResponse =
  | { kind: 'prepared'; batch: number; files: PreparedFacts[] }
  | {
      kind: 'finished'
      batch: number
      files: FinishedFile[]
      /** Terms the sender numbered since its previous `finished`, in number order. */
      newTerms: string[]
      /** The first body that could not be written, as the error's message. */
      writeError: string | null
    }
  /** The search index, serialized in UTF-8. */
  | { kind: 'merged'; json: Uint8Array }

export class BatchWork {
  private readonly vocabulary = new TermVocabulary()
  private termsSent = 0
  private readonly held = new Map<number, PreparedFile[]>()
  /** Where finished bodies are written; null writes nothing. */
  private readonly issuesDir: string | null

  constructor(issuesDir: string | null) {
    this.issuesDir = issuesDir
  }

  handle(request: BatchRequest): BatchResponse {
    switch (request.kind) {
      case 'prepare':
        return this.prepare(request.batch, request.files)
      case 'finish':
        return this.finish(request.batch, request.ids)
      case 'merge':
        return { kind: 'merged', json: mergedIndexJson(request.issues) }
    }
  }

  private prepare(batch: number, files: readonly SourceInput[]): BatchResponse {
    const prepared = files.map(prepareFile)
    this.held.set(batch, prepared)
    return {
      kind: 'prepared',
      batch,
      files: prepared.map(({ diagnostics, issue }) => ({
        diagnostics,
        facts: issue ? idFacts(issue) : null,
      })),
    }
  }

  private finish(batch: number, ids: readonly (IssueIds | null)[]): BatchResponse {
    const prepared = this.held.get(batch)
    if (!prepared) throw new Error(`batch ${batch} was never prepared here`)
    this.held.delete(batch)
    let writeError: string | null = null
    const files = prepared.map(({ issue }, i): FinishedFile => {
      const fileIds = ids[i]
      if (!issue || !fileIds) return { problem: null, issue: null }
      const { finished, problem } = finishIssue(issue, fileIds, this.vocabulary)
      if (!finished) return { problem, issue: null }
      const { terms: _, ...index } = finished.index
      if (this.issuesDir === null) return { problem: null, issue: { ...finished, index } }
      writeError ??= this.write(this.issuesDir, fileIds.issueId, finished.json)
      // Written here, the body need not travel: 130 MB at 3,500 issues the batch half never reads.
      return { problem: null, issue: { ...finished, index, json: null } }
    })
    const newTerms = this.vocabulary.terms.slice(this.termsSent)
    this.termsSent += newTerms.length
    return { kind: 'finished', batch, files, newTerms, writeError }
  }

  /** Writes one body; the error's message if that failed. */
  private write(issuesDir: string, issueId: string, json: Uint8Array): string | null {
    try {
      overwriteFileSync(path.join(issuesDir, `${issueId}.json`), json)
      return null
    } catch (error) {
      return (error as Error).message
    }
  }
}

/** The buffers a response can hand over instead of copying (each made for its one array). */
export function transferablesOf(response: BatchResponse): ArrayBuffer[] {
  if (response.kind === 'merged') return [response.json.buffer as ArrayBuffer]
  if (response.kind !== 'finished') return []
  return response.files.flatMap(({ issue }) =>
    issue
      ? [
          ...(issue.json ? [issue.json.buffer as ArrayBuffer] : []),
          issue.index.pairs.buffer as ArrayBuffer,
        ]
      : [],
  )
}
