// Ids for a whole batch: an issue's from its date (or file name), a story's from its issue's id
// and headline, each suffixed `-2`, `-3`, ... on collision. They are handed out in file-name
// order and depend on a few small facts per file only, so worker threads send those facts here
// and build the bodies once their ids are known.
import { slugWithFallback } from '../lib/slug'
import { diagnostic, type Diagnostic } from './diagnostics'
import type { IssueDate } from './issue-date'
import type { Manifest } from './manifest'

/** What an issue's ids depend on. */
export interface IdFacts {
  name: string
  /** The date the text itself gives, used when the manifest has none. */
  textDate: IssueDate
  headlines: string[]
  /** Line of each headline, for the duplicate-story diagnostic. */
  headlineLines: number[]
}

export interface IssueIds {
  issueId: string
  date: IssueDate
  /** Index-aligned with the issue's stories. */
  storyIds: string[]
}

/** Hands out ids, suffixing `-2`, `-3`, ... on collision so that every id stays unique. */
function uniqueIds() {
  const used = new Set<string>()
  return (base: string): { id: string; collided: boolean } => {
    let id = base
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`
    used.add(id)
    return { id, collided: id !== base }
  }
}

/** Call allocate() for each file that holds an issue, in file-name order. */
export function idAllocator(manifest: Manifest) {
  const issueId = uniqueIds()
  const storyId = uniqueIds()
  const fileOfIssue = new Map<string, string>()

  const dateOf = ({ name, textDate }: IdFacts): IssueDate => {
    const entry = manifest[name]
    if (entry) return { date: entry.date, dateSource: entry.dateSource, evidence: entry.evidence }
    return textDate
  }

  /** The file's ids; what a maintainer should know about them goes to `diagnostics`. */
  return function allocate(facts: IdFacts, diagnostics: Diagnostic[]): IssueIds {
    const { name } = facts
    const date = dateOf(facts)
    if (!date.date)
      diagnostics.push(
        diagnostic(
          name,
          0,
          'NO_DATE',
          'no date in the manifest or the text; the issue is listed as "date unknown"',
        ),
      )
    const base = date.date ?? slugWithFallback(name.replace(/\.(txt|md|markdown)$/i, ''), 60)
    const issue = issueId(base)
    if (issue.collided) {
      diagnostics.push(
        diagnostic(
          name,
          0,
          'DUPLICATE_ISSUE_ID',
          `issue id ${base} is already taken by ${fileOfIssue.get(base)}; this one is kept as ${issue.id}`,
        ),
      )
    }
    fileOfIssue.set(issue.id, name)
    const storyIds = facts.headlines.map((headline, i) => {
      const story = storyId(`${issue.id}-${slugWithFallback(headline, 48)}`)
      if (story.collided) {
        diagnostics.push(
          diagnostic(
            name,
            facts.headlineLines[i] as number,
            'DUPLICATE_STORY_ID',
            `headline "${headline}" repeats; its id is ${story.id}`,
          ),
        )
      }
      return story.id
    })
    return { issueId: issue.id, date, storyIds }
  }
}

export type AllocateIds = ReturnType<typeof idAllocator>
