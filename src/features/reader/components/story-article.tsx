// A story in full inside its issue: headline (linking to the story's own page), dek, sections
// and take. A j/k stop.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { Story } from '@/corpus/schema'
import { ReadingTime } from '@/components/ui/reading-time'
import { StorySections } from './story-sections'

interface StoryArticleProps {
  story: Story
  actions?: ReactNode
  footer?: ReactNode
}

export function StoryArticle({ story, actions, footer }: StoryArticleProps) {
  return (
    <article
      className="story-article"
      id={story.id}
      data-story-step=""
      aria-labelledby={`${story.id}-headline`}
    >
      <header className="story-article__header">
        <h2 id={`${story.id}-headline`} className="story-article__headline">
          <Link to="/stories/$storyId" params={{ storyId: story.id }} data-step-focus="">
            {story.headline}
          </Link>
        </h2>
        {story.dek ? <p className="story-article__dek">{story.dek}</p> : null}
        <p className="story-article__meta">
          <ReadingTime minutes={story.readingMinutes} />
        </p>
        {actions ? <div className="story-article__actions">{actions}</div> : null}
      </header>
      <StorySections story={story} headingLevel={3} prefixAnchors />
      {footer}
    </article>
  )
}
