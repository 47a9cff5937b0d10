// Stage 5, enrich: what is derived from the extracted text: word counts, reading time, topics.
import type { Block, TopicAssignment } from '../corpus/schema'
import { scanTopics, type TopicText } from '../corpus/topics'
import { blocksToText, type LetterDraft, type StoryDraft } from './extract'

const WORDS_PER_MINUTE = 230

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u

/** What a character does to a word. */
const SEPARATES = 0
const IN_WORD = 1
/** Continues a word but cannot start one: "don't", "U.S.", "self-driving". */
const JOINS = 2
/** Roles are looked up below this code; above it (rare in English text) they are worked out. */
const ROLE_TABLE_END = 0x2070
const ROLE = new Uint8Array(ROLE_TABLE_END)
for (let code = 0; code < ROLE_TABLE_END; code++) {
  const char = String.fromCharCode(code)
  ROLE[code] = LETTER_OR_DIGIT.test(char) ? IN_WORD : /['.\-\u2019]/.test(char) ? JOINS : SEPARATES
}

/**
 * Runs of letters and digits, joiners included, that start with a letter or digit: what the
 * Unicode pattern [\p{L}\p{N}][\p{L}\p{N}’'.-]* matches. One pass over the characters and no
 * string per word, because this runs over every story of the archive.
 */
export function countWords(text: string): number {
  let words = 0
  let inWord = 0
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    let role: number
    if (code < ROLE_TABLE_END) role = ROLE[code] as number
    else {
      const char = String.fromCodePoint(text.codePointAt(i) as number)
      role = LETTER_OR_DIGIT.test(char) ? IN_WORD : SEPARATES
      i += char.length - 1
    }
    // Without branches on the role: they mispredict at nearly every word's edges.
    words += role & IN_WORD & (inWord ^ 1)
    inWord = role === SEPARATES ? 0 : role === IN_WORD ? 1 : inWord
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

/**
 * Topics and word count of a text. The topic scan counts the words of English text on its way
 * (one pass over the archive's text instead of two); other text is counted here.
 */
function enrich(text: TopicText): Enrichment {
  const { topics, readingWordCount } = scanTopics(text)
  // A space ends any word, so the fields count apart: no joined copy of the story.
  const wordCount =
    readingWordCount ?? countWords(text.headline) + countWords(text.dek) + countWords(text.body)
  return { wordCount, readingMinutes: readingMinutes(wordCount), topics }
}

export function enrichStory(story: StoryDraft): Enrichment {
  return enrich({ headline: story.headline, dek: story.dek, body: storyBodyText(story) })
}

export function enrichLetter(letter: LetterDraft): Enrichment {
  return enrich({ headline: '', dek: '', body: blocksToText(letter.blocks as Block[]) })
}
