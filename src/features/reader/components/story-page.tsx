// `/stories/$storyId`: one story with its labeled sections, the take, where it ran, the
// neighbouring stories and the rest of its issue.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { IssueDate } from '@/components/ui/issue-date'
import { PageHeading } from '@/components/ui/page-heading'
import { Pager, PagerLabel } from '@/components/ui/pager'
import { ReadingTime } from '@/components/ui/reading-time'
import { StoryCard } from '@/components/ui/story-card'
import { neighbours } from '@/lib/neighbours'
import { useCorpusIndex } from '@/stores/corpus-store'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import { IssueBodyGate } from './issue-body-gate'
import { StorySections } from './story-sections'

interface StoryPageProps {
  storyId: string
  /** Controls beside the headline (e.g. a bookmark toggle). */
  actions?: ReactNode
}

export function StoryPage({ storyId, actions }: StoryPageProps) {
  const { catalog, storiesById, issuesById, storiesByIssue } = useCorpusIndex()
  const summary = storiesById.get(storyId)
  useDocumentTitle(summary?.headline)
  if (!summary) return null // the loader throws notFound first
  const issue = issuesById.get(summary.issueId)
  const { previous, next } = neighbours(catalog.stories, (s) => s.id === storyId)
  const sameIssue = (storiesByIssue.get(summary.issueId) ?? []).filter((s) => s.id !== storyId)

  return (
    <div className="page">
      <article className="story-page" aria-labelledby="main-heading">
        <PageHeading
          kicker={
            <Link to="/issues/$issueId" params={{ issueId: summary.issueId }}>
              <IssueDate date={issue?.date ?? null} />
            </Link>
          }
          subtitle={
            <>
              {summary.dek ? <p className="dek">{summary.dek}</p> : null}
              <p className="story-page__meta">
                <ReadingTime minutes={summary.readingMinutes} />
              </p>
            </>
          }
          actions={actions}
        >
          {summary.headline}
        </PageHeading>
        <IssueBodyGate issueId={summary.issueId}>
          {(body) => {
            const story = body.stories.find((s) => s.id === storyId)
            return story ? (
              <StorySections story={story} headingLevel={2} />
            ) : (
              <p className="empty-note">This story’s text is missing from its issue.</p>
            )
          }}
        </IssueBodyGate>
      </article>

      <Pager
        label="Other stories"
        previous={
          previous ? (
            <Link to="/stories/$storyId" params={{ storyId: previous.id }} rel="prev">
              <PagerLabel direction="← Previous story" title={previous.headline} />
            </Link>
          ) : null
        }
        next={
          next ? (
            <Link to="/stories/$storyId" params={{ storyId: next.id }} rel="next">
              <PagerLabel direction="Next story →" title={next.headline} />
            </Link>
          ) : null
        }
      />

      {sameIssue.length > 0 ? (
        <section className="related" aria-labelledby="same-issue-title">
          <h2 id="same-issue-title" className="section-title">
            Also in this issue
          </h2>
          <div className="story-list story-list--compact">
            {sameIssue.map((story) => (
              <StoryCard key={story.id} story={story} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  )
}
