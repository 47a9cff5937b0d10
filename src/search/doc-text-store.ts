// Document text by issue, for snippets and phrase checks. The index deliberately holds no text
// (it would double the download); the worker fills this from issue bodies as results need them.
import type { IssueBody } from '../corpus/schema'
import { docKey, docsFromIssue, type DocType, type SourceDoc } from './doc-source'

export class DocTextStore {
  private readonly docs = new Map<string, SourceDoc>()
  private readonly issues = new Set<string>()

  add(body: IssueBody): void {
    if (this.issues.has(body.issue.id)) return
    this.issues.add(body.issue.id)
    for (const doc of docsFromIssue(body))
      this.docs.set(docKey(doc.type, doc.issueId, doc.storyId), doc)
  }

  hasIssue(issueId: string): boolean {
    return this.issues.has(issueId)
  }

  get(type: DocType, issueId: string, storyId: string | null): SourceDoc | undefined {
    return this.docs.get(docKey(type, issueId, storyId))
  }

  static from(bodies: readonly IssueBody[]): DocTextStore {
    const store = new DocTextStore()
    for (const body of bodies) store.add(body)
    return store
  }
}
