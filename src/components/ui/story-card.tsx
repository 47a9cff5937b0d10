// A story in a list: headline linking to the story, dek, meta line. Other features add to it
// through slots (actions: e.g. a bookmark toggle; footer: e.g. topic chips) instead of forking it.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { StorySummary } from '@/corpus/schema'
import { IssueDate } from './issue-date'
import { ReadingTime } from './reading-time'

export interface StoryCardProps {
  story: StorySummary
  /** Show the issue date in the meta line (feeds that mix issues). */
  issueDate?: string | null
  headingLevel?: 2 | 3
  actions?: ReactNode
  footer?: ReactNode
  /** Mark the card as a j/k stop. */
  steppable?: boolean
}

export function StoryCard({
  story,
  issueDate,
  headingLevel = 3,
  actions,
  footer,
  steppable = false,
}: StoryCardProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article className="story-card" data-story-step={steppable ? '' : undefined}>
      <div className="story-card__main">
        <Heading className="story-card__headline">
          <Link to="/stories/$storyId" params={{ storyId: story.id }} data-step-focus="">
            {story.headline}
          </Link>
        </Heading>
        {story.dek ? <p className="story-card__dek">{story.dek}</p> : null}
        <p className="story-card__meta">
          {issueDate !== undefined ? (
            <>
              <IssueDate date={issueDate} />
              <span aria-hidden="true"> · </span>
            </>
          ) : null}
          <ReadingTime minutes={story.readingMinutes} />
        </p>
        {footer}
      </div>
      {actions ? <div className="story-card__actions">{actions}</div> : null}
    </article>
  )
}
