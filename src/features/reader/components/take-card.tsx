// One take in the "We're thinking" feed: the editors' words first, then what they respond to.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { PlainText } from '@/components/ui/text-blocks'
import type { TakeSummary } from '@/stores/corpus-store'

interface TakeCardProps {
  story: TakeSummary
  headingLevel?: 2 | 3
  /** Slot for other features (e.g. a bookmark toggle). */
  actions?: ReactNode
}

export function TakeCard({ story, headingLevel = 3, actions }: TakeCardProps) {
  const Heading = `h${headingLevel}` as const
  return (
    <article className="take-card" data-story-step="">
      <Heading className="take-card__headline">
        <Link to="/stories/$storyId" params={{ storyId: story.id }} data-step-focus="">
          {story.headline}
        </Link>
      </Heading>
      <blockquote className="take-card__quote">
        <PlainText text={story.take} />
      </blockquote>
      {actions ? <div className="take-card__actions">{actions}</div> : null}
    </article>
  )
}
