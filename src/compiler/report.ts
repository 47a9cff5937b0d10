// The compile report: what a maintainer reads after adding an issue. Machine-readable with
// `--report json`; a short human summary otherwise.
import type { IssueBody } from '../corpus/schema'
import { formatDiagnostic, type Diagnostic } from './diagnostics'

export interface CompileReport {
  ok: boolean
  totals: {
    issues: number
    letters: number
    stories: number
    takes: number
    sponsors: number
    jobs: number
    unplaced: number
    errors: number
    warnings: number
  }
  issues: {
    id: string
    file: string
    date: string | null
    dateSource: string
    letter: boolean
    stories: {
      id: string
      headline: string
      hasTake: boolean
      topics: { slug: string; matched: string[] }[]
    }[]
    sponsors: number
    jobs: number
    unplaced: { file: string; line: number; text: string }[]
  }[]
  diagnostics: Diagnostic[]
}

export type ReportIssue = CompileReport['issues'][number]

/** One issue's part of the report; computed where its body is built, so bodies need not travel. */
export function reportIssue({ issue, stories }: IssueBody): ReportIssue {
  return {
    id: issue.id,
    file: issue.sourceFile,
    date: issue.date,
    dateSource: issue.dateSource,
    letter: issue.letter !== null,
    stories: stories.map((story) => ({
      id: story.id,
      headline: story.headline,
      hasTake: story.take !== null,
      topics: story.topics.map(({ slug, matched }) => ({ slug, matched })),
    })),
    sponsors: issue.sponsors.length,
    jobs: issue.jobs.length,
    unplaced: issue.unplaced.map((line) => ({ file: issue.sourceFile, ...line })),
  }
}

const sum = <T>(items: readonly T[], count: (item: T) => number) =>
  items.reduce((total, item) => total + count(item), 0)

/** `issues` in catalog order. */
export function buildReport(
  issues: ReportIssue[],
  diagnostics: readonly Diagnostic[],
): CompileReport {
  const errors = diagnostics.filter((d) => d.severity === 'error').length
  return {
    ok: errors === 0,
    totals: {
      issues: issues.length,
      letters: issues.filter((issue) => issue.letter).length,
      stories: sum(issues, (issue) => issue.stories.length),
      takes: sum(issues, (issue) => issue.stories.filter((story) => story.hasTake).length),
      sponsors: sum(issues, (issue) => issue.sponsors),
      jobs: sum(issues, (issue) => issue.jobs),
      unplaced: sum(issues, (issue) => issue.unplaced.length),
      errors,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
    },
    issues,
    diagnostics: [...diagnostics],
  }
}

export function formatReportText(report: CompileReport): string {
  const lines = report.issues.map((issue) => {
    const takes = issue.stories.filter((story) => story.hasTake).length
    const topics = (story: CompileReport['issues'][number]['stories'][number]) =>
      story.topics
        .map((topic) => `${topic.slug} (${topic.matched.slice(0, 3).join(', ')})`)
        .join('; ')
    return [
      `${issue.id}  ${issue.file}  date ${issue.date ?? 'unknown'} (${issue.dateSource})  letter ${issue.letter ? 'yes' : 'no'}  stories ${issue.stories.length}  takes ${takes}  sponsors ${issue.sponsors}  jobs ${issue.jobs}  unplaced ${issue.unplaced.length}`,
      ...issue.stories.map(
        (story) =>
          `    ${story.hasTake ? '•' : '◦'} ${story.headline}${story.topics.length ? `  [${topics(story)}]` : ''}`,
      ),
    ].join('\n')
  })
  const t = report.totals
  lines.push(
    `${t.issues} issues, ${t.letters} letters, ${t.stories} stories, ${t.takes} takes, ${t.sponsors} sponsor blocks, ${t.jobs} job postings, ${t.unplaced} unplaced lines; ${t.errors} errors, ${t.warnings} warnings`,
  )
  if (report.diagnostics.length) lines.push('', ...report.diagnostics.map(formatDiagnostic))
  return lines.join('\n')
}
