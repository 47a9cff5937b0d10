// The batch: compiles every file, assigns stable ids, enriches, validates against the shared
// schema and assembles the catalog. Pure apart from hashing: same input, byte-identical output.
import { createHash } from 'node:crypto'
import {
  CORPUS_SCHEMA_VERSION,
  catalogSchema,
  issueBodySchema,
  type Catalog,
  type Issue,
  type IssueBody,
  type Story,
} from '../corpus/schema'
import { issueSummary, storySummary } from '../corpus/summaries'
import { topicTaxonomy } from '../corpus/topics'
import { slugWithFallback } from '../lib/slug'
import { buildSearchIndex } from '../search/build-index'
import { compileFile } from './compile-issue'
import { diagnostic, firstSchemaProblem, type Diagnostic } from './diagnostics'
import { enrichLetter, enrichStory } from './enrich'
import type { IssueDraft } from './extract'
import { dateFromText, type IssueDate } from './issue-date'
import { parseManifest, type Manifest } from './manifest'
import type { SourceFile } from './read'
import { buildReport, type CompileReport } from './report'

export interface CompileOutput {
  bodies: IssueBody[]
  /** Each body serialized once, index-aligned with `bodies`: hashed here, written by emit. */
  bodyJson: string[]
  catalog: Catalog
  searchIndex: unknown
  diagnostics: Diagnostic[]
  report: CompileReport
}

function issueDate(draft: IssueDraft, manifest: Manifest): IssueDate {
  const entry = manifest[draft.name]
  if (entry) return { date: entry.date, dateSource: entry.dateSource, evidence: entry.evidence }
  return dateFromText(draft.lines)
}

/** Hands out ids, suffixing `-2`, `-3`, ... on collision so that every id stays unique. */
function idAllocator() {
  const used = new Set<string>()
  return (base: string): { id: string; collided: boolean } => {
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return { id, collided: id !== base }
  }
}

function buildBody(
  draft: IssueDraft,
  issueId: string,
  date: IssueDate,
  allocateStoryId: ReturnType<typeof idAllocator>,
  diagnostics: Diagnostic[],
): IssueBody {
  const stories: Story[] = draft.stories.map((story, order) => {
    const { id, collided } = allocateStoryId(`${issueId}-${slugWithFallback(story.headline, 48)}`)
    if (collided) {
      diagnostics.push(
        diagnostic(
          draft.name,
          story.sourceLine,
          'DUPLICATE_STORY_ID',
          `headline "${story.headline}" repeats; its id is ${id}`,
        ),
      )
    }
    return { id, issueId, order, ...story, ...enrichStory(story) }
  })
  const issue: Issue = {
    id: issueId,
    date: date.date,
    dateSource: date.dateSource,
    dateEvidence: date.evidence,
    sourceFile: draft.name,
    format: draft.format,
    letter: draft.letter ? { issueId, ...draft.letter, ...enrichLetter(draft.letter) } : null,
    storyIds: stories.map((story) => story.id),
    sponsors: draft.sponsors,
    jobsHeading: draft.jobsHeading,
    jobs: draft.jobs,
    footer: draft.footer,
    unplaced: draft.unplaced,
  }
  return { schemaVersion: CORPUS_SCHEMA_VERSION, issue, stories }
}

/** Newest first; undated issues after dated ones, by id. */
function compareIssues(a: Issue, b: Issue): number {
  if (a.date && b.date && a.date !== b.date) return a.date < b.date ? 1 : -1
  if (a.date && !b.date) return -1
  if (!a.date && b.date) return 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The catalog; its version hashes the catalog and the already-serialized issue bodies. */
function buildCatalog(bodies: readonly IssueBody[], bodyJson: readonly string[]): Catalog {
  const stories = bodies.flatMap((body) => body.stories.map(storySummary))
  const counts = new Map<string, number>()
  for (const story of stories)
    for (const slug of story.topics) counts.set(slug, (counts.get(slug) ?? 0) + 1)
  const withoutVersion: Omit<Catalog, 'version'> = {
    schemaVersion: CORPUS_SCHEMA_VERSION,
    issues: bodies.map(({ issue }) => issueSummary(issue)),
    stories,
    topics: topicTaxonomy.map(({ slug, name, description }) => ({
      slug,
      name,
      description,
      storyCount: counts.get(slug) ?? 0,
    })),
  }
  const version = createHash('sha256')
    .update(JSON.stringify(withoutVersion))
    .update(bodyJson.join('\n'))
    .digest('hex')
    .slice(0, 16)
  return {
    schemaVersion: withoutVersion.schemaVersion,
    version,
    issues: withoutVersion.issues,
    stories,
    topics: withoutVersion.topics,
  }
}

function schemaDiagnostic(
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

/**
 * Compiles a batch of raw files. Never throws on content: every problem is a diagnostic and
 * every other file still compiles.
 */
export function compileSources(
  files: readonly SourceFile[],
  manifestText: string | null = null,
): CompileOutput {
  const sorted = [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  const manifest = parseManifest(
    manifestText,
    sorted.map((file) => file.name),
  )
  const diagnostics: Diagnostic[] = [...manifest.diagnostics]
  const allocateIssueId = idAllocator()
  const allocateStoryId = idAllocator()
  const issueFiles = new Map<string, string>()
  const bodies: IssueBody[] = []

  for (const file of sorted) {
    const compiled = compileFile(file)
    diagnostics.push(...compiled.diagnostics)
    const draft = compiled.draft
    if (!draft) continue
    const date = issueDate(draft, manifest.result)
    if (!date.date)
      diagnostics.push(
        diagnostic(
          draft.name,
          0,
          'NO_DATE',
          'no date in the manifest or the text; the issue is listed as "date unknown"',
        ),
      )
    const base = date.date ?? slugWithFallback(draft.name.replace(/\.(txt|md|markdown)$/i, ''), 60)
    const { id, collided } = allocateIssueId(base)
    if (collided) {
      diagnostics.push(
        diagnostic(
          draft.name,
          0,
          'DUPLICATE_ISSUE_ID',
          `issue id ${base} is already taken by ${issueFiles.get(base)}; this one is kept as ${id}`,
        ),
      )
    }
    issueFiles.set(id, draft.name)
    const body = buildBody(draft, id, date, allocateStoryId, diagnostics)
    const valid = issueBodySchema.safeParse(body)
    if (valid.success) bodies.push(body)
    else diagnostics.push(schemaDiagnostic(draft.name, valid.error))
  }

  bodies.sort((a, b) => compareIssues(a.issue, b.issue))
  const bodyJson = bodies.map((body) => JSON.stringify(body))
  const catalog = buildCatalog(bodies, bodyJson)
  const validCatalog = catalogSchema.safeParse(catalog)
  if (!validCatalog.success) diagnostics.push(schemaDiagnostic('catalog.json', validCatalog.error))
  return {
    bodies,
    bodyJson,
    catalog,
    searchIndex: buildSearchIndex(bodies),
    diagnostics,
    report: buildReport(bodies, diagnostics),
  }
}
