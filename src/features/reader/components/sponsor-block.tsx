// Sponsor messages are part of the issue as printed, but never mistaken for reporting: labeled
// "Sponsored" and set apart.
import type { SponsorBlock } from '@/corpus/schema'
import { TextBlocks } from '@/components/ui/text-blocks'

export function SponsorBlockView({ sponsor }: { sponsor: SponsorBlock }) {
  return (
    <aside
      className="sponsor"
      aria-label={sponsor.heading ? `Sponsored: ${sponsor.heading}` : 'Sponsored'}
    >
      <p className="sponsor__badge">Sponsored</p>
      {sponsor.heading ? <p className="sponsor__heading">{sponsor.heading}</p> : null}
      <div className="sponsor__body">
        <TextBlocks blocks={sponsor.blocks} />
      </div>
    </aside>
  )
}
