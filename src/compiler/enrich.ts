// Stage 5, enrich: what is derived from the extracted text: word counts, reading time, topics.
import type { Block, TopicAssignment } from '../corpus/schema'
import { assignTopics } from '../corpus/topics'
import { blocksToText, type LetterDraft, type StoryDraft } from './extract'

const WORDS_PER_MINUTE = 230

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u
const isAsciiLetterOrDigit = (code: number) =>
  (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122)
/** Characters that continue a word but cannot start one: "AI’s", "don't", "U.S.", "self-driving". */
const isWordJoiner = (code: number) =>
  code === 0x2019 /* ’ */ || code === 39 /* ' */ || code === 46 /* . */ || code === 45 /* - */

/**
 * Runs of letters and digits, joiners included, that start with a letter or digit: what the
 * Unicode pattern [\p{L}\p{N}][\p{L}\p{N}’'.-]* matches. One pass over the characters and no
 * string per word, because this runs over every story of the archive.
 */
export function countWords(text: string): number {
  let words = 0
  let inWord = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    let letterOrDigit: boolean
    if (code < 0x80) letterOrDigit = isAsciiLetterOrDigit(code)
    else {
      const char = String.fromCodePoint(text.codePointAt(i) as number)
      letterOrDigit = LETTER_OR_DIGIT.test(char)
      i += char.length - 1
    }
    if (letterOrDigit) {
      if (!inWord) words++
      inWord = true
    } else if (!isWordJoiner(code)) inWord = false
  }
  return words
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
