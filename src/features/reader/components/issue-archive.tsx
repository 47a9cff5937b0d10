// `/issues`: every issue, newest first, grouped by year (undated issues last), each with its
// date, counts and story headlines.
import { Link } from '@tanstack/react-router'
import type { IssueSummary, StorySummary } from '@/corpus/schema'
import { IssueDate } from '@/components/ui/issue-date'
import { PageHeading } from '@/components/ui/page-heading'
import { UNKNOWN_DATE_LABEL, issueYear } from '@/lib/dates'
import { countLabel } from '@/lib/neighbours'
import { useCorpusIndex } from '@/stores/corpus-store'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import { keepAll, type StoryListExtensions } from './list-extensions'

interface YearGroup {
  label: string
  issues: { issue: IssueSummary; stories: readonly StorySummary[] }[]
}

/** Issues grouped under their year in catalog order (newest first), undated ones in their own group. */
export function groupIssuesByYear(
  issues: readonly IssueSummary[],
  storiesOf: (issue: IssueSummary) => readonly StorySummary[],
): YearGroup[] {
  const groups = new Map<string, YearGroup>()
  for (const issue of issues) {
    const label = String(issueYear(issue.date) ?? UNKNOWN_DATE_LABEL)
    const group = groups.get(label) ?? { label, issues: [] }
    group.issues.push({ issue, stories: storiesOf(issue) })
    groups.set(label, group)
  }
  const undated = groups.get(UNKNOWN_DATE_LABEL)
  groups.delete(UNKNOWN_DATE_LABEL)
  return [...groups.values(), ...(undated ? [undated] : [])]
}

export function IssueArchive({
  storyFilter = keepAll,
  toolbar,
  renderStoryActions,
}: StoryListExtensions) {
  const { catalog, storiesByIssue } = useCorpusIndex()
  useDocumentTitle('All issues')
  const filtering = storyFilter !== keepAll
  const groups = groupIssuesByYear(catalog.issues, (issue) =>
    (storiesByIssue.get(issue.id) ?? []).filter(storyFilter),
  )
    .map((group) => ({
      ...group,
      issues: group.issues.filter((entry) => !filtering || entry.stories.length > 0),
    }))
    .filter((group) => group.issues.length > 0)

  return (
    <div className="page">
      <PageHeading
        kicker="The archive"
        subtitle={
          <p>
            {countLabel(catalog.issues.length, 'issue')},{' '}
            {countLabel(catalog.stories.length, 'story', 'stories')}. Newest first.
          </p>
        }
      >
        All issues
      </PageHeading>
      {toolbar}
      {groups.length === 0 ? <p className="empty-note">No issues match.</p> : null}
      {groups.map((group) => (
        <section
          key={group.label}
          className="year-group"
          aria-labelledby={yearHeadingId(group.label)}
        >
          <h2 id={yearHeadingId(group.label)} className="year-group__title">
            {group.label}
          </h2>
          <ol className="archive-list">
            {group.issues.map(({ issue, stories }) => (
              <li key={issue.id} className="archive-entry">
                <div className="archive-entry__head">
                  <h3 className="archive-entry__date">
                    <Link to="/issues/$issueId" params={{ issueId: issue.id }}>
                      <IssueDate date={issue.date} />
                    </Link>
                  </h3>
                  <p className="archive-entry__counts">{issueCounts(issue)}</p>
                </div>
                <ul className="archive-entry__stories">
                  {stories.map((story) => (
                    <li key={story.id}>
                      <Link to="/stories/$storyId" params={{ storyId: story.id }}>
                        {story.headline}
                      </Link>
                      {renderStoryActions?.(story)}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  )
}

// Ids must not contain spaces: aria-labelledby is a space-separated list ("Date unknown").
const yearHeadingId = (label: string) => `year-${label.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`

export function issueCounts(issue: IssueSummary): string {
  const parts = [countLabel(issue.storyCount, 'story', 'stories')]
  if (issue.hasLetter) parts.push('letter')
  if (issue.sponsorCount > 0) parts.push(countLabel(issue.sponsorCount, 'sponsor note'))
  if (issue.jobCount > 0) parts.push(countLabel(issue.jobCount, 'job'))
  return parts.join(' · ')
}
