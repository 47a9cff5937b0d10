// The first per-file step of a compile: everything that depends on one file alone (its draft,
// date evidence and enrichment), so that it can run on any thread. Ids need the whole batch (see
// issue-ids.ts); the body is built once they are known (finish-issue.ts).
import { compileFile } from './compile-issue'
import { internalError, type Diagnostic } from './diagnostics'
import { enrichLetter, enrichStory, type Enrichment } from './enrich'
import type { IssueDraft, LetterDraft, StoryDraft } from './extract'
import { dateFromText, type IssueDate } from './issue-date'
import type { IdFacts } from './issue-ids'
import type { SourceInput } from './read'

/**
 * A draft with its stories and letter enriched, and without its raw lines: they only serve the
 * date, which is found here already.
 */
export interface PreparedIssue extends Omit<IssueDraft, 'lines' | 'stories' | 'letter'> {
  stories: (StoryDraft & Enrichment)[]
  letter: (LetterDraft & Enrichment) | null
  /** The date the text itself gives, used when the manifest has none. */
  textDate: IssueDate
}

export interface PreparedFile {
  name: string
  diagnostics: Diagnostic[]
  /** null when the file holds no issue (binary, empty). */
  issue: PreparedIssue | null
}

/** A bug in a stage costs that one file, never the batch (nor a worker thread). */
export function prepareFile(file: SourceInput): PreparedFile {
  try {
    return prepareFileOrThrow(file)
  } catch (error) {
    return { name: file.name, diagnostics: [internalError(file.name, error)], issue: null }
  }
}

function prepareFileOrThrow(file: SourceInput): PreparedFile {
  const { draft, diagnostics } = compileFile(file)
  if (!draft) return { name: file.name, diagnostics, issue: null }
  const { lines, stories, letter, ...rest } = draft
  return {
    name: file.name,
    diagnostics,
    issue: {
      ...rest,
      stories: stories.map((story) => ({ ...story, ...enrichStory(story) })),
      letter: letter ? { ...letter, ...enrichLetter(letter) } : null,
      textDate: dateFromText(lines),
    },
  }
}

export function idFacts(issue: PreparedIssue): IdFacts {
  return {
    name: issue.name,
    textDate: issue.textDate,
    headlines: issue.stories.map((story) => story.headline),
    headlineLines: issue.stories.map((story) => story.sourceLine),
  }
}
