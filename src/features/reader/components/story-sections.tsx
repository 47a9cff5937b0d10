// A story's labeled sections in order. On the story page each label is an h2 with its own
// linkable anchor (#whats-new); inside an issue, anchors are prefixed with the story id so the
// many "What's new" sections on one page stay unique.
import { Link } from '@tanstack/react-router'
import type { Story } from '@/corpus/schema'
import { TextBlocks } from '@/components/ui/text-blocks'
import { TakeAside } from './take-aside'

interface StorySectionsProps {
  story: Story
  headingLevel: 2 | 3
  /** Prefix anchors with the story id (several stories on one page). */
  prefixAnchors?: boolean
}

export function sectionAnchor(story: Pick<Story, 'id'>, anchor: string, prefixed: boolean): string {
  return prefixed ? `${story.id}--${anchor}` : anchor
}

export function StorySections({ story, headingLevel, prefixAnchors = false }: StorySectionsProps) {
  const Heading = `h${headingLevel}` as const
  return (
    <div className="prose">
      {story.sections.map((section) => {
        const id = sectionAnchor(story, section.anchor, prefixAnchors)
        return (
          <section
            key={section.anchor}
            id={id}
            className="story-section"
            aria-labelledby={section.label ? `${id}-label` : undefined}
          >
            {section.label ? (
              <Heading id={`${id}-label`} className="story-section__label">
                {section.label}
                <Link
                  to="/stories/$storyId"
                  params={{ storyId: story.id }}
                  hash={section.anchor}
                  className="anchor-link"
                  aria-label={`Link to section “${section.label}”`}
                >
                  #
                </Link>
              </Heading>
            ) : null}
            <TextBlocks blocks={section.blocks} />
          </section>
        )
      })}
      {story.take ? (
        <TakeAside
          take={story.take}
          headingLevel={headingLevel}
          id={sectionAnchor(story, 'take', prefixAnchors)}
        />
      ) : null}
    </div>
  )
}
