// What a search document is, derived from an issue body: the letter, each story, and each story's
// "We're thinking" take. The index builder reads documents from here and so do snippets, so both
// always agree on the text and on which section a word came from.
import type { Block, Story } from '../corpus/schema'

export const docTypes = ['story', 'letter', 'take'] as const
export type DocType = (typeof docTypes)[number]

/** Ranking fields, strongest first (DESIGN: headline > dek > take/letter text > body). */
export const searchFields = ['headline', 'dek', 'text', 'body'] as const
export type SearchField = (typeof searchFields)[number]

/** Anchor a take result links to in the story view. */
export const TAKE_ANCHOR = 'take'

export interface DocSegment {
  field: SearchField
  /** Section anchor in the reader view, or null for the top of the page. */
  anchor: string | null
  text: string
}

export interface SourceDoc {
  type: DocType
  issueId: string
  /** The story for stories and takes; null for letters. */
  storyId: string | null
  /** Display title: the story headline (also for its take) or the letter's opening. */
  title: string
  segments: DocSegment[]
}

function blockTexts(block: Block): string[] {
  return block.type === 'paragraph' ? [block.text] : block.items
}

function segmentsOf(
  blocks: readonly Block[],
  field: SearchField,
  anchor: string | null,
): DocSegment[] {
  return blocks.flatMap((block) => blockTexts(block).map((text) => ({ field, anchor, text })))
}

const LETTER_TITLE_CHARS = 90

/** The letter's first sentence, shortened, stands in for the headline it does not have. */
function letterTitle(blocks: readonly Block[]): string {
  const first = blocks.flatMap(blockTexts)[0] ?? 'Letter'
  const sentence = first.split(/(?<=[.!?])\s/)[0] ?? first
  if (sentence.length <= LETTER_TITLE_CHARS) return sentence
  return `${sentence.slice(0, LETTER_TITLE_CHARS).replace(/\s+\S*$/, '')}…`
}

/** What documents are made of: an issue body, or (in the compiler) its parts before ids exist. */
export interface DocParts {
  issue: { id: string; letter: { blocks: readonly Block[] } | null }
  stories: readonly (Pick<Story, 'headline' | 'dek' | 'sections' | 'take'> & { id: string })[]
}

/** The documents of one issue in a stable order: letter, then each story followed by its take. */
export function docsFromIssue(body: DocParts): SourceDoc[] {
  const docs: SourceDoc[] = []
  const issueId = body.issue.id
  const letter = body.issue.letter
  if (letter && letter.blocks.length > 0) {
    docs.push({
      type: 'letter',
      issueId,
      storyId: null,
      title: letterTitle(letter.blocks),
      segments: segmentsOf(letter.blocks, 'text', null),
    })
  }
  for (const story of body.stories) {
    const segments: DocSegment[] = [{ field: 'headline', anchor: null, text: story.headline }]
    if (story.dek) segments.push({ field: 'dek', anchor: null, text: story.dek })
    for (const section of story.sections)
      segments.push(...segmentsOf(section.blocks, 'body', section.anchor))
    docs.push({ type: 'story', issueId, storyId: story.id, title: story.headline, segments })
    if (story.take) {
      docs.push({
        type: 'take',
        issueId,
        storyId: story.id,
        title: story.headline,
        segments: segmentsOf(story.take.blocks, 'text', TAKE_ANCHOR),
      })
    }
  }
  return docs
}

/** Key that finds a document again in its issue body. */
export function docKey(type: DocType, issueId: string, storyId: string | null): string {
  return `${type}:${storyId ?? issueId}`
}
