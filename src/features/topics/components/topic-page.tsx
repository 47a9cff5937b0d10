// /topics/$topic: what the topic covers, how coverage moved month by month, and its stories,
// newest first, revealed a page at a time so a big topic does not build a huge page at once.
import { Link } from '@tanstack/react-router'
import { useMemo, useState, type ReactNode } from 'react'
import { PageHeading } from '@/components/ui/page-heading'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import { IssueDate } from '@/components/ui/issue-date'
import { StoryCard } from '@/components/ui/story-card'
import type { StorySummary } from '@/corpus/schema'
import { useCorpusIndex } from '@/stores/corpus-store'
import { topicEntries } from '../topic-list'
import { formatMonth, topicTimeline } from '../topic-timeline'
import { TopicChart } from './topic-chart'
import '@/styles/topics.css'

const PAGE = 25

export interface TopicPageProps {
  slug: string
  /** Controls for each story card (the route passes the bookmark toggle; features do not import each other). */
  storyActions?: (story: StorySummary) => ReactNode
}

export function TopicPage({ slug, storyActions }: TopicPageProps) {
  const index = useCorpusIndex()
  const topic = topicEntries(index.catalog).find((t) => t.slug === slug)
  // Catalog stories are already newest issue first, then in story order.
  const stories = useMemo(
    () => index.catalog.stories.filter((s) => s.topics.includes(slug)),
    [index, slug],
  )
  const timeline = useMemo(
    () => topicTimeline(slug, index.catalog.stories, index.issuesById),
    [index, slug],
  )
  const letters = useMemo(
    () => index.catalog.issues.filter((i) => i.hasLetter && i.letterTopics.includes(slug)),
    [index, slug],
  )
  const [shown, setShown] = useState(PAGE)
  useDocumentTitle(topic ? `${topic.name}: topic` : 'Topic')
  if (!topic) return null
  const dated = timeline.months.filter((m) => m.count > 0)

  return (
    <div className="page topic-page">
      <PageHeading
        kicker={<Link to="/topics">Topics</Link>}
        subtitle={
          <p>
            {topic.description}{' '}
            <span className="topic-page__count">
              {stories.length} {stories.length === 1 ? 'story' : 'stories'}
              {dated.length > 0
                ? `, ${formatMonth(dated[0]!.month)} to ${formatMonth(dated[dated.length - 1]!.month)}`
                : ''}
              .
            </span>
          </p>
        }
      >
        {topic.name}
      </PageHeading>
      <section aria-labelledby="topic-coverage">
        <h2 id="topic-coverage" className="section-title">
          Coverage over time
        </h2>
        <TopicChart timeline={timeline} topicName={topic.name} />
      </section>
      <section aria-labelledby="topic-stories">
        <h2 id="topic-stories" className="section-title">
          Stories, newest first
        </h2>
        {stories.length === 0 ? (
          <p className="empty-note">No stories carry this topic yet.</p>
        ) : (
          <div className="story-list">
            {stories.slice(0, shown).map((story) => {
              const issueDate = index.issuesById.get(story.issueId)?.date ?? null
              return (
                <StoryCard
                  key={story.id}
                  story={story}
                  issueDate={issueDate}
                  actions={storyActions?.(story)}
                />
              )
            })}
          </div>
        )}
        {shown < stories.length ? (
          <button
            type="button"
            className="button topic-page__more"
            onClick={() => setShown((n) => n + PAGE)}
          >
            Show {Math.min(PAGE, stories.length - shown)} more of {stories.length - shown}
          </button>
        ) : null}
      </section>
      {letters.length > 0 ? (
        <section aria-labelledby="topic-letters">
          <h2 id="topic-letters" className="section-title">
            Letters from Andrew
          </h2>
          <ul className="link-list">
            {letters.map((issue) => (
              <li key={issue.id}>
                <Link to="/letters/$issueId" params={{ issueId: issue.id }}>
                  Letter of <IssueDate date={issue.date} />
                </Link>
                {issue.letterExcerpt ? (
                  <p className="topic-page__excerpt">{issue.letterExcerpt}</p>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
