// Stage 5, enrich: what is derived from the extracted text: word counts, reading time, topics.
import type { Block, TopicAssignment } from '../corpus/schema'
import { assignTopics } from '../corpus/topics'
import { blocksToText, type LetterDraft, type StoryDraft } from './extract'

const WORDS_PER_MINUTE = 230

export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu)
  return matches ? matches.length : 0
}

export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE))
}

export function storyBodyText(story: Pick<StoryDraft, 'sections' | 'take'>): string {
  const sections = story.sections.map((section) =>
    [section.label ?? '', blocksToText(section.blocks)].join(' '),
  )
  return [...sections, story.take?.text ?? ''].join('\n\n')
}

export interface Enrichment {
  wordCount: number
  readingMinutes: number
  topics: TopicAssignment[]
}

export function enrichStory(story: StoryDraft): Enrichment {
  const body = storyBodyText(story)
  const wordCount = countWords([story.headline, story.dek, body].join(' '))
  return {
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    topics: assignTopics({ headline: story.headline, dek: story.dek, body }),
  }
}

export function enrichLetter(letter: LetterDraft): Enrichment {
  const body = blocksToText(letter.blocks as Block[])
  const wordCount = countWords(body)
  return {
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    topics: assignTopics({ headline: '', dek: '', body }),
  }
}
