// The batch: prepares every file, assigns stable ids, finishes each issue (body, validation,
// serialization) and assembles the catalog, front page, search index and report. Pure apart from
// hashing: same input, byte-identical output. compile-parallel.ts runs the same steps on worker
// threads.
import {
  CORPUS_SCHEMA_VERSION,
  CATALOG_LINE_LISTS,
  catalogSchema,
  frontPageSchema,
  type Catalog,
  type FrontPage,
  type IssueBody,
} from '../corpus/schema'
import { selectFrontPage } from '../corpus/front-page'
import { topicTaxonomy } from '../corpus/topics'
import { stringifyListsByLine } from '../lib/lined-json'
import { mergedIndexJson, TermVocabulary, type IndexedIssue } from '../search/build-index'
import { catalogVersion } from './catalog-version'
import type { Diagnostic } from './diagnostics'
import { finishIssue, schemaDiagnostic, type FinishedIssue } from './finish-issue'
import { idAllocator } from './issue-ids'
import { parseManifest } from './manifest'
import { idFacts, prepareFile } from './prepare-file'
import type { SourceInput } from './read'
import { buildReport, type CompileReport } from './report'

/** The compiled corpus. */
export interface AssembledCorpus {
  /**
   * Each body serialized once, in UTF-8, in catalog order; null for a body that the thread which
   * finished it also wrote (a compile into a folder), so that it never had to travel here.
   */
  bodyJson: (Uint8Array | null)[]
  catalog: Catalog
  /** `catalog` serialized, as emit writes it. */
  catalogJson: string
  /** What `/` needs, selected from the catalog. */
  frontPage: FrontPage
  /** The search index serialized, in UTF-8. */
  searchIndexJson: Uint8Array
  diagnostics: Diagnostic[]
  report: CompileReport
}

export interface CompileOutput extends AssembledCorpus {
  /** In catalog order, index-aligned with `bodyJson`. */
  bodies: IssueBody[]
}

/** A finished issue as the batch half gets it: its body's bytes are null once written out. */
export interface CollectedIssue extends Omit<FinishedIssue, 'json'> {
  json: Uint8Array | null
}

/** What one file contributed: every diagnostic about it, in order, and its issue if valid. */
export interface FileOutcome {
  diagnostics: Diagnostic[]
  finished: CollectedIssue | null
}

/** Newest first; undated issues after dated ones, by id. */
function compareIssues(
  a: { id: string; date: string | null },
  b: { id: string; date: string | null },
): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1
  if (a.date && !b.date) return -1
  if (!a.date && b.date) return 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The catalog without its version, and that serialized: what the version hashes first. */
function catalogDraft(issues: readonly CollectedIssue[]): {
  draft: Omit<Catalog, 'version'>
  json: string
} {
  const stories = issues.flatMap((issue) => issue.stories)
  const counts = new Map<string, number>()
  for (const story of stories)
    for (const slug of story.topics) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  const draft: Omit<Catalog, 'version'> = {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    issues: issues.map((issue) => issue.summary),
    stories,
    topics: topicTaxonomy.map(({ slug, name, description }) => ({
      slug,
      name,
      description,
      storyCount: counts.get(slug) ?? 0,
    })),
  }
  // A summary to a line, so the app can parse the archive's largest file in slices.
  return { draft, json: stringifyListsByLine(draft, CATALOG_LINE_LISTS) }
}

/**
 * The catalog with its version, as an object and serialized. The version goes in after
 * `schemaVersion`, so the text is the draft's with the version spliced in: the archive's largest
 * file is not serialized a second time.
 */
function withVersion(
  { draft, json }: { draft: Omit<Catalog, 'version'>; json: string },
  version: string,
): { catalog: Catalog; catalogJson: string } {
  const catalog: Catalog = {
    schemaVersion: draft.schemaVersion,
    version,
    issues: draft.issues,
    stories: draft.stories,
    topics: draft.topics,
  }
  const head = `{"schemaVersion":${JSON.stringify(draft.schemaVersion)},`
  if (!json.startsWith(head)) throw new Error('the catalog draft does not start with its version')
  const catalogJson = `${head}"version":${JSON.stringify(version)},${json.slice(head.length)}`
  return { catalog, catalogJson }
}

/** Files in name order, the order ids are handed out in, whatever order they were read in. */
export function byName<T extends { name: string }>(files: readonly T[]): T[] {
  return [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
}

/** What the batch half starts from: every diagnostic and the valid issues. */
interface Collected {
  /** The manifest's first, then each file's in name order. */
  diagnostics: Diagnostic[]
  /** In catalog order. */
  issues: CollectedIssue[]
}

function collect(outcomes: readonly FileOutcome[], leading: readonly Diagnostic[]): Collected {
  const diagnostics: Diagnostic[] = [...leading]
  const issues: CollectedIssue[] = []
  for (const outcome of outcomes) {
    diagnostics.push(...outcome.diagnostics)
    if (outcome.finished) issues.push(outcome.finished)
  }
  issues.sort((a, b) => compareIssues(a.summary, b.summary))
  return { diagnostics, issues }
}

const indexesOf = ({ issues }: Collected): IndexedIssue[] => issues.map((issue) => issue.index)

/**
 * Everything but the search index: the catalog, its version (the draft's text hashed, then the
 * bodies' digests in catalog order), the front page, each checked against its schema, and the
 * report.
 */
function completeCorpus({
  diagnostics,
  issues,
}: Collected): Omit<AssembledCorpus, 'searchIndexJson'> {
  const draft = catalogDraft(issues)
  const version = catalogVersion(
    draft.json,
    issues.map((issue) => issue.digest),
  )
  const { catalog, catalogJson } = withVersion(draft, version)
  const validCatalog = catalogSchema.safeParse(catalog)
  if (!validCatalog.success) diagnostics.push(schemaDiagnostic('catalog.json', validCatalog.error))
  const frontPage = selectFrontPage(catalog)
  const validFrontPage = frontPageSchema.safeParse(frontPage)
  if (!validFrontPage.success)
    diagnostics.push(schemaDiagnostic('front.json', validFrontPage.error))
  return {
    bodyJson: issues.map((issue) => issue.json),
    catalog,
    catalogJson,
    frontPage,
    diagnostics,
    report: buildReport(
      issues.map((issue) => issue.report),
      diagnostics,
    ),
  }
}

/**
 * The batch half of a compile, over every file's outcome in name order. `leading` are the
 * diagnostics about the batch itself (the manifest's), reported first.
 */
export function assembleCorpus(
  outcomes: readonly FileOutcome[],
  leading: readonly Diagnostic[],
): AssembledCorpus {
  const collected = collect(outcomes, leading)
  const searchIndexJson = mergedIndexJson(indexesOf(collected))
  return { ...completeCorpus(collected), searchIndexJson }
}

/** assembleCorpus(), with the index merged by `mergeIndex` (another thread) as this one works. */
export async function assembleCorpusWith(
  outcomes: readonly FileOutcome[],
  leading: readonly Diagnostic[],
  mergeIndex: (issues: IndexedIssue[]) => Promise<Uint8Array>,
): Promise<AssembledCorpus> {
  const collected = collect(outcomes, leading)
  const searchIndexJson = mergeIndex(indexesOf(collected))
  return { ...completeCorpus(collected), searchIndexJson: await searchIndexJson }
}

/**
 * Compiles a batch of raw files on this thread. Never throws on content: every problem is a
 * diagnostic and every other file still compiles.
 */
export function compileSources(
  files: readonly SourceInput[],
  manifestText: string | null = null,
): CompileOutput {
  const sorted = byName(files)
  const manifest = parseManifest(
    manifestText,
    sorted.map((file) => file.name),
  )
  const allocateIds = idAllocator(manifest.result)
  const vocabulary = new TermVocabulary()
  const bodies: IssueBody[] = []
  const outcomes = sorted.map((file): FileOutcome => {
    const { diagnostics, issue } = prepareFile(file)
    if (!issue) return { diagnostics, finished: null }
    const ids = allocateIds(idFacts(issue), diagnostics)
    const { body, finished, problem } = finishIssue(issue, ids, vocabulary)
    if (problem) diagnostics.push(problem)
    else bodies.push(body)
    return { diagnostics, finished }
  })
  bodies.sort((a, b) => compareIssues(a.issue, b.issue))
  return { bodies, ...assembleCorpus(outcomes, manifest.diagnostics) }
}
