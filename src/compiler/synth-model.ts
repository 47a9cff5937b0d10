// The format-neutral shape of a synthetic issue. Content is decided once, here; the renderers in
// synth-render.ts only choose how it is printed (plain-text email export or scraped Markdown).
import type { SynthLetter } from './synth-letter'

export type SynthBlock =
  { kind: 'paragraph'; text: string } | { kind: 'list'; ordered: boolean; items: string[] }

export interface SynthSection {
  /** The label as printed, without its colon. The first block is the run-in paragraph. */
  label: string
  blocks: SynthBlock[]
}

export interface SynthStory {
  /** Image file name or alt text printed on its own line before the headline, or null. */
  image: string | null
  headline: string
  /** One line: one or two sentences. */
  dek: string
  sections: SynthSection[]
  /** The "We're thinking" take: label as printed and its text, or null for a story without one. */
  take: { label: string; text: string } | null
  /** A stray marker such as `(61)` printed after the take, which the compiler must strip. */
  takeMarker: string | null
  /** Words in dek, section text and take (labels and headline excluded). */
  wordCount: number
  topic: string
}

export interface SynthSponsor {
  /** `A MESSAGE FROM DEEPLEARNING.AI`, or null when the block is introduced by its image only. */
  heading: string | null
  image: string | null
  paragraphs: string[]
  /** Number of stories printed before the block. */
  afterStories: number
}

export interface SynthJob {
  title: string
  description: string
}

export type SynthFormat = 'text' | 'markdown'

/** How blank lines are used in the text format, after the seeds (000 airy, 002 mixed, 003 dense). */
export type TextSpacing = 'airy' | 'mixed' | 'dense'

export interface SynthIssue {
  index: number
  /** ISO date, a Wednesday. */
  date: string
  format: SynthFormat
  spacing: TextSpacing
  /** First line such as `4_7` (month_day), as in seed 000; text format only. */
  dateLine: string | null
  /** Image line before everything else (seed 002's `Artboard 1 – 1`). */
  leadImage: string | null
  letter: SynthLetter | null
  letterImage: string | null
  newsHeading: boolean
  stories: SynthStory[]
  sponsors: SynthSponsor[]
  jobsHeading: string | null
  jobs: SynthJob[]
  footer: string[] | null
  /** Why the manifest believes the date. */
  dateEvidence: { source: 'text' | 'inferred'; evidence: string }
}
