// The second per-file step of a compile, once the issue's ids are known: builds its body,
// validates it against the shared schema and serializes it, and derives the small parts the
// catalog, the search index and the report need. Runs on any thread, so that bodies never have
// to travel between threads: only the derived parts and the serialized body do.
import {
  CORPUS_SCHEMA_VERSION,
  issueBodySchema,
  type Issue,
  type IssueBody,
  type IssueSummary,
  type Story,
  type StorySummary,
} from '../corpus/schema'
import { issueSummary, storySummary } from '../corpus/summaries'
import { indexIssue, type IndexedIssue, type TermVocabulary } from '../search/build-index'
import { bodyDigest } from './catalog-version'
import { diagnostic, firstSchemaProblem, internalError, type Diagnostic } from './diagnostics'
import type { IssueIds } from './issue-ids'
import type { PreparedIssue } from './prepare-file'
import { reportIssue, type ReportIssue } from './report'

/** A valid issue as the batch needs it. */
export interface FinishedIssue {
  /** The body serialized, in UTF-8: as it is written and as it crosses threads. */
  json: Uint8Array
  /** bodyDigest() of `json`, for the catalog's version. */
  digest: Uint8Array
  summary: IssueSummary
  stories: StorySummary[]
  report: ReportIssue
  index: IndexedIssue
}

const utf8 = new TextEncoder()

export type FinishResult =
  | { body: IssueBody; finished: FinishedIssue; problem: null }
  | { body: null; finished: null; problem: Diagnostic }

function buildBody(draft: PreparedIssue, { issueId, date, storyIds }: IssueIds): IssueBody {
  const stories: Story[] = draft.stories.map((story, order) => ({
    id: storyIds[order] as string,
    issueId,
    order,
    ...story,
  }))
  const issue: Issue = {
    id: issueId,
    date: date.date,
    dateSource: date.dateSource,
    dateEvidence: date.evidence,
    sourceFile: draft.name,
    format: draft.format,
    letter: draft.letter ? { issueId, ...draft.letter } : null,
    storyIds,
    sponsors: draft.sponsors,
    jobsHeading: draft.jobsHeading,
    jobs: draft.jobs,
    footer: draft.footer,
    unplaced: draft.unplaced,
  }
  return { schemaVersion: CORPUS_SCHEMA_VERSION, issue, stories }
}

export function schemaDiagnostic(
  file: string,
  error: Parameters<typeof firstSchemaProblem>[0],
): Diagnostic {
  return diagnostic(
    file,
    0,
    'SCHEMA_VIOLATION',
    `${firstSchemaProblem(error)}; this issue was left out`,
  )
}

/** An issue that fails the schema, or breaks a stage, is left out with a diagnostic saying why. */
export function finishIssue(
  draft: PreparedIssue,
  ids: IssueIds,
  vocabulary: TermVocabulary,
): FinishResult {
  try {
    return finishIssueOrThrow(draft, ids, vocabulary)
  } catch (error) {
    return { body: null, finished: null, problem: internalError(draft.name, error) }
  }
}

function finishIssueOrThrow(
  draft: PreparedIssue,
  ids: IssueIds,
  vocabulary: TermVocabulary,
): FinishResult {
  const body = buildBody(draft, ids)
  const valid = issueBodySchema.safeParse(body)
  if (!valid.success)
    return { body: null, finished: null, problem: schemaDiagnostic(draft.name, valid.error) }
  const json = utf8.encode(JSON.stringify(body))
  return {
    body,
    finished: {
      json,
      digest: bodyDigest(json),
      summary: issueSummary(body.issue),
      stories: body.stories.map(storySummary),
      report: reportIssue(body),
      index: indexIssue(body, vocabulary),
    },
    problem: null,
  }
}
