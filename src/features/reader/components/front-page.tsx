// `/`: the latest issue (date, letter opening, its stories), the latest takes, and the way
// into the archive.
import { Link } from '@tanstack/react-router'
import { IssueDate } from '@/components/ui/issue-date'
import { PageHeading } from '@/components/ui/page-heading'
import { StoryCard } from '@/components/ui/story-card'
import { countLabel } from '@/lib/neighbours'
import { useFrontPage } from '@/stores/corpus-store'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import type { FrontPage as FrontPageData } from '@/corpus/schema'
import { useDeferredFirstRender } from '../hooks/use-deferred-first-render'
import { useStoryStepper } from '../hooks/use-story-stepper'
import type { StoryListExtensions } from './list-extensions'
import { TakeCard } from './take-card'

type FrontPageProps = Pick<StoryListExtensions, 'renderStoryActions' | 'renderStoryFooter'>

export function FrontPage(props: FrontPageProps) {
  const frontPage = useFrontPage()
  // The letter's opening is the largest thing on a phone's first screen: it comes with the
  // heading, so the first paint is also the largest; the lists below it follow.
  const lists = useDeferredFirstRender(frontPage)
  const { latest, latestStories: stories } = frontPage
  useDocumentTitle('Front page')
  useStoryStepper()

  if (!latest) {
    return (
      <div className="page page--narrow">
        <PageHeading>No issues yet</PageHeading>
        <p className="lede">The archive is empty. Add issues to the corpus and rebuild.</p>
      </div>
    )
  }

  return (
    // Busy until the lists are in (the first load renders them just after the heading and letter).
    <div className="page front-page" aria-busy={lists ? undefined : true}>
      <PageHeading
        kicker="The latest issue"
        subtitle={
          <p>
            {countLabel(stories.length, 'story', 'stories')}
            {latest.hasLetter ? ' and a letter from Andrew Ng' : ''}.{' '}
            <Link to="/issues/$issueId" params={{ issueId: latest.id }}>
              Read the whole issue
            </Link>
          </p>
        }
      >
        <IssueDate date={latest.date} />
      </PageHeading>
      <div className="front-page__columns">
        <div className="front-page__main">
          {latest.hasLetter && latest.letterExcerpt ? (
            <LetterOpening issueId={latest.id} excerpt={latest.letterExcerpt} />
          ) : null}
          {lists ? <LatestStories stories={lists.latestStories} {...props} /> : null}
        </div>
        {lists ? <FrontPageAside frontPage={lists} {...props} /> : null}
      </div>
    </div>
  )
}

function LetterOpening({ issueId, excerpt }: { issueId: string; excerpt: string }) {
  return (
    <section className="front-letter" aria-labelledby="front-letter-title">
      <h2 id="front-letter-title" className="section-title">
        Dear friends
      </h2>
      <p className="front-letter__excerpt">{excerpt}</p>
      <Link to="/letters/$issueId" params={{ issueId }} className="more-link">
        Continue reading Andrew’s letter <span aria-hidden="true">→</span>
      </Link>
    </section>
  )
}

function LatestStories({
  stories,
  renderStoryActions,
  renderStoryFooter,
}: FrontPageProps & { stories: FrontPageData['latestStories'] }) {
  return (
    <section aria-labelledby="front-stories-title">
      <h2 id="front-stories-title" className="section-title">
        In this issue
      </h2>
      <div className="story-list">
        {stories.map((story) => (
          <StoryCard
            key={story.id}
            story={story}
            steppable
            actions={renderStoryActions?.(story)}
            footer={renderStoryFooter?.(story)}
          />
        ))}
      </div>
    </section>
  )
}

function FrontPageAside({
  frontPage: { latestTakes: takes, recentIssues, issueCount },
  renderStoryActions,
}: FrontPageProps & { frontPage: FrontPageData }) {
  return (
    <div className="front-page__aside">
      {takes.length > 0 ? (
        <section aria-labelledby="front-takes-title">
          <h2 id="front-takes-title" className="section-title">
            We’re thinking
          </h2>
          <div className="take-list">
            {takes.map((story) => (
              <TakeCard key={story.id} story={story} actions={renderStoryActions?.(story)} />
            ))}
          </div>
          <Link to="/thinking" className="more-link">
            Every take, newest first <span aria-hidden="true">→</span>
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="front-archive-title">
        <h2 id="front-archive-title" className="section-title">
          From the archive
        </h2>
        {recentIssues.length > 0 ? (
          <ul className="issue-links">
            {recentIssues.map(({ issue, leadHeadline }) => (
              <li key={issue.id}>
                <Link
                  to="/issues/$issueId"
                  params={{ issueId: issue.id }}
                  className="issue-links__date"
                >
                  <IssueDate date={issue.date} />
                </Link>
                {leadHeadline ? <span className="issue-links__lead">{leadHeadline}</span> : null}
              </li>
            ))}
          </ul>
        ) : null}
        <p className="archive-links">
          <Link to="/issues" className="more-link">
            All {countLabel(issueCount, 'issue')} <span aria-hidden="true">→</span>
          </Link>
          <Link to="/letters" className="more-link">
            Andrew’s letters <span aria-hidden="true">→</span>
          </Link>
        </p>
      </section>
    </div>
  )
}
