// "We're thinking": the editors' own voice, set apart from the reporting above it.
import type { Take } from '@/corpus/schema'
import { TextBlocks } from '@/components/ui/text-blocks'

export function TakeAside({
  take,
  headingLevel = 2,
  id,
}: {
  take: Take
  headingLevel?: 2 | 3 | 4
  /** Anchor for links to the take (search results link to #take). */
  id?: string
}) {
  const Heading = `h${headingLevel}` as const
  return (
    <aside className="take" id={id} aria-label={take.label || 'We’re thinking'}>
      <Heading className="take__label">{take.label || 'We’re thinking'}</Heading>
      <div className="take__body">
        <TextBlocks blocks={take.blocks} />
      </div>
    </aside>
  )
}
