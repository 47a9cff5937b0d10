/// <reference types="node" />
// Splits the raw seed issues into stories by their known headlines (from the seed README), so the
// topic rules can be pinned on real text without depending on the compiler.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TopicText } from '../../src/corpus/topics'

export const seedHeadlines: Record<string, string[]> = {
  '000_da5dddd624aa3ee9.txt': [
    'De-Facing ImageNet',
    'Pretraining on Uncurated Data',
    'Would Your Doctor Take AI’s Advice?',
    'New Life for Old Songs',
    'Attention for Image Generation',
  ],
  '001_5f8d449f91402edc.txt': [
    'Social Engagement vs. Social Good',
    'Old Drugs for New Ailments',
    'Who Audits the Auditors?',
    'Your Words, Their Voices',
    'Good Labels for Cropped Images',
  ],
  '002_1fa9b3188ed98225.txt': [
    'AI Truths, AI Falsehoods',
    'Tell Me a Picture',
    'Striding Toward the Minimum',
    'The Fax About Tracking Covid',
    'It’s a Small World Model After All',
  ],
  '003_0c676e81095fd596.txt': [
    'ImageNet Gets a Makeover',
    'Language Modeling on One GPU',
    'Facebook vs Deepfakes',
    'Cancer in the Crosshairs',
    'Tracking AI’s Global Growth',
    'Easy on the Eyes',
  ],
}

const issuesDir = join(import.meta.dirname, '../../src/content/issues')
/** Text after this line belongs to a sponsor block or the footer, not to the story before it. */
const STORY_END = /^(A MESSAGE FROM|Gif 1-1|Screen Shot|Subscribe|Share)/

export interface SeedText extends TopicText {
  file: string
}

export function seedStories(): SeedText[] {
  const out: SeedText[] = []
  for (const [file, headlines] of Object.entries(seedHeadlines)) {
    const lines = readFileSync(join(issuesDir, file), 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
    const starts = headlines.map((h) => lines.indexOf(h))
    starts.forEach((start, i) => {
      if (start < 0) throw new Error(`${file}: headline not found: ${headlines[i]}`)
      const end = starts[i + 1] ?? lines.length
      const rest = lines.slice(start + 1, end).filter((l) => l.length > 0)
      const stop = rest.findIndex((l) => STORY_END.test(l))
      const text = stop >= 0 ? rest.slice(0, stop) : rest
      out.push({
        file,
        headline: headlines[i]!,
        dek: text[0] ?? '',
        body: text.slice(1).join('\n'),
      })
    })
  }
  return out
}

/** The letter: from "Dear friends," to "Keep learning!". */
export function seedLetters(): SeedText[] {
  return Object.keys(seedHeadlines).map((file) => {
    const text = readFileSync(join(issuesDir, file), 'utf8')
    const from = text.indexOf('Dear friends')
    const to = text.indexOf('Keep learning!')
    return { file, headline: '', dek: '', body: text.slice(from, to) }
  })
}
