// `/issues/$issueId`: the whole issue in printed order: letter, stories in full with sponsor
// blocks where they appeared, jobs collapsed at the end; then the neighbouring issues.
import { Link } from '@tanstack/react-router'
import { Fragment } from 'react'
import type { IssueBody, StorySummary } from '@/corpus/schema'
import { IssueDate } from '@/components/ui/issue-date'
import { PageHeading } from '@/components/ui/page-heading'
import { Pager, PagerLabel } from '@/components/ui/pager'
import { formatIssueDate } from '@/lib/dates'
import { neighbours } from '@/lib/neighbours'
import { useCorpusIndex } from '@/stores/corpus-store'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import { useStoryStepper } from '../hooks/use-story-stepper'
import { IssueBodyGate } from './issue-body-gate'
import { issueCounts } from './issue-archive'
import { JobListings } from './job-listings'
import { LetterBody } from './letter-body'
import { keepAll, type StoryListExtensions } from './list-extensions'
import { SponsorBlockView } from './sponsor-block'
import { StoryArticle } from './story-article'

interface IssuePageProps extends StoryListExtensions {
  issueId: string
}

export function issueTitle(date: string | null): string {
  return date ? `Issue of ${formatIssueDate(date)}` : 'Undated issue'
}

export function IssuePage({
  issueId,
  storyFilter = keepAll,
  toolbar,
  renderStoryActions,
  renderStoryFooter,
}: IssuePageProps) {
  const { catalog, issuesById, storiesByIssue } = useCorpusIndex()
  const issue = issuesById.get(issueId)
  useDocumentTitle(issue ? issueTitle(issue.date) : null)
  useStoryStepper()
  if (!issue) return null // the loader throws notFound first; this only satisfies the types

  const { previous: newer, next: older } = neighbours(catalog.issues, (i) => i.id === issueId)
  const summaries = storiesByIssue.get(issueId) ?? []

  return (
    <div className="page">
      <PageHeading kicker="Issue" subtitle={<p>{issueCounts(issue)}</p>}>
        <IssueDate date={issue.date} />
      </PageHeading>

      <IssueContents issueId={issueId} stories={summaries.filter(storyFilter)} />
      {toolbar}

      <IssueBodyGate issueId={issueId}>
        {(body) => (
          <IssueInFull
            body={body}
            storyFilter={storyFilter}
            renderStoryActions={renderStoryActions}
            renderStoryFooter={renderStoryFooter}
            summaries={summaries}
          />
        )}
      </IssueBodyGate>

      <Pager
        label="Other issues"
        previous={
          newer ? (
            <Link to="/issues/$issueId" params={{ issueId: newer.id }} rel="prev">
              <PagerLabel direction="← Newer issue" title={<IssueDate date={newer.date} />} />
            </Link>
          ) : null
        }
        next={
          older ? (
            <Link to="/issues/$issueId" params={{ issueId: older.id }} rel="next">
              <PagerLabel direction="Older issue →" title={<IssueDate date={older.date} />} />
            </Link>
          ) : null
        }
      />
    </div>
  )
}

function IssueContents({
  issueId,
  stories,
}: {
  issueId: string
  stories: readonly StorySummary[]
}) {
  if (stories.length === 0) return null
  return (
    <nav className="issue-contents" aria-label="In this issue">
      <h2 className="issue-contents__title">In this issue</h2>
      <ol>
        {stories.map((story) => (
          <li key={story.id}>
            <Link to="/issues/$issueId" params={{ issueId }} hash={story.id}>
              {story.headline}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  )
}

interface IssueInFullProps extends Pick<
  StoryListExtensions,
  'renderStoryActions' | 'renderStoryFooter'
> {
  body: IssueBody
  summaries: readonly StorySummary[]
  storyFilter: (story: StorySummary) => boolean
}

function IssueInFull({
  body,
  summaries,
  storyFilter,
  renderStoryActions,
  renderStoryFooter,
}: IssueInFullProps) {
  const { issue, stories } = body
  const summaryOf = (id: string) => summaries.find((s) => s.id === id)
  // Sponsor blocks sit after the story count they followed in print (0 = before the first story).
  const sponsorsAfter = (count: number) =>
    issue.sponsors.filter((sponsor) => sponsor.afterStories === count)
  const ordered = [...stories].sort((a, b) => a.order - b.order)

  return (
    <>
      {issue.letter ? (
        <section className="issue-letter" aria-labelledby="issue-letter-title">
          <h2 id="issue-letter-title" className="section-title">
            A letter from Andrew Ng
          </h2>
          <LetterBody letter={issue.letter} />
        </section>
      ) : null}
      {sponsorsAfter(0).map((sponsor, i) => (
        <SponsorBlockView key={`s0-${i}`} sponsor={sponsor} />
      ))}
      {ordered.map((story, index) => {
        const summary = summaryOf(story.id)
        const shown = summary ? storyFilter(summary) : true
        return (
          <Fragment key={story.id}>
            {shown ? (
              <StoryArticle
                story={story}
                actions={summary ? renderStoryActions?.(summary) : undefined}
                footer={summary ? renderStoryFooter?.(summary) : undefined}
              />
            ) : null}
            {sponsorsAfter(index + 1).map((sponsor, i) => (
              <SponsorBlockView key={`s${index + 1}-${i}`} sponsor={sponsor} />
            ))}
          </Fragment>
        )
      })}
      {/* Sponsors placed past the last story (a compiler quirk) still appear, at the end. */}
      {issue.sponsors
        .filter((sponsor) => sponsor.afterStories > ordered.length)
        .map((sponsor, i) => (
          <SponsorBlockView key={`end-${i}`} sponsor={sponsor} />
        ))}
      <JobListings heading={issue.jobsHeading} jobs={issue.jobs} />
    </>
  )
}
