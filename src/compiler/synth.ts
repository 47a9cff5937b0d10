// Synthetic archive generator: N raw issues in the formats the compiler reads, plus a manifest and
// what a correct compile must find in each. Pure and deterministic: the same seed gives the same
// bytes, and issue i is the same whatever N is (each issue has its own derived seed).
import { generateIssueModel } from './synth-issue'
import type { SynthFormat, SynthIssue } from './synth-model'
import { createRandom, deriveSeed } from './synth-random'
import { renderMarkdown } from './synth-render-markdown'
import { renderText } from './synth-render-text'

export { STORIES_PER_ISSUE, NEWEST_ISSUE_DATE } from './synth-issue'
export { STORY_WORDS } from './synth-story'

export const DEFAULT_SEED = 2017

export interface SynthFile {
  name: string
  format: SynthFormat
  text: string
}

export interface SynthManifestEntry {
  date: string
  dateSource: 'text' | 'inferred'
  evidence: string
}

/** What a correct compile of one synthetic file finds. */
export interface SynthExpectation {
  file: string
  format: SynthFormat
  date: string
  hasLetter: boolean
  signature: string | null
  headlines: string[]
  /** Per story: whether it has a "We're thinking" take. */
  takes: boolean[]
  /** Per story: words in dek, section text and take (labels and headline not counted). */
  storyWords: number[]
  sponsors: number
  jobs: number
  /** Every image line printed, which must appear in no text field of the output. */
  images: string[]
}

export interface SynthIssueOutput {
  file: SynthFile
  manifest: SynthManifestEntry
  expected: SynthExpectation
}

/** 16 hex digits from the seed, like the seeds' `000_da5dddd624aa3ee9.txt`. */
function fileHash(seed: number, index: number): string {
  const a = deriveSeed(seed ^ 0x5bd1e995, index)
    .toString(16)
    .padStart(8, '0')
  const b = deriveSeed(seed ^ 0x27d4eb2f, index)
    .toString(16)
    .padStart(8, '0')
  return a + b
}

export function fileName(seed: number, index: number, total: number, format: SynthFormat): string {
  const width = Math.max(3, String(Math.max(total - 1, 0)).length)
  return `${String(index).padStart(width, '0')}_${fileHash(seed, index)}.${format === 'markdown' ? 'md' : 'txt'}`
}

function expectationOf(issue: SynthIssue, file: string): SynthExpectation {
  return {
    file,
    format: issue.format,
    date: issue.date,
    hasLetter: issue.letter !== null,
    signature: issue.letter?.signature ?? null,
    headlines: issue.stories.map((story) => story.headline),
    takes: issue.stories.map((story) => story.take !== null),
    storyWords: issue.stories.map((story) => story.wordCount),
    sponsors: issue.sponsors.length,
    jobs: issue.jobs.length,
    images: [
      issue.leadImage,
      issue.letterImage,
      ...issue.stories.map((story) => story.image),
      ...issue.sponsors.map((sponsor) => sponsor.image),
    ].filter((name): name is string => name !== null),
  }
}

/** Issue `index` (0 = newest) of an archive of `total` issues. */
export function synthIssue(seed: number, index: number, total: number): SynthIssueOutput {
  const issue = generateIssueModel(seed, index)
  // Rendering draws from its own stream, so printing choices never shift the content.
  const random = createRandom(deriveSeed(seed ^ 0x2545f491, index))
  const text =
    issue.format === 'markdown' ? renderMarkdown(issue, random) : renderText(issue, random)
  const name = fileName(seed, index, total, issue.format)
  return {
    file: { name, format: issue.format, text },
    manifest: {
      date: issue.date,
      dateSource: issue.dateEvidence.source,
      evidence: issue.dateEvidence.evidence,
    },
    expected: expectationOf(issue, name),
  }
}

/** Yields the issues one at a time, so a large archive can be written without holding it all. */
export function* synthIssues(options: {
  issues: number
  seed?: number
}): Generator<SynthIssueOutput> {
  const seed = options.seed ?? DEFAULT_SEED
  for (let index = 0; index < options.issues; index++) yield synthIssue(seed, index, options.issues)
}

export interface SynthArchive {
  files: SynthFile[]
  /** manifest.json content: file name → date, date source and evidence. */
  manifest: Record<string, SynthManifestEntry>
  expected: SynthExpectation[]
}

export function generateArchive(options: { issues: number; seed?: number }): SynthArchive {
  const archive: SynthArchive = { files: [], manifest: {}, expected: [] }
  for (const { file, manifest, expected } of synthIssues(options)) {
    archive.files.push(file)
    archive.manifest[file.name] = manifest
    archive.expected.push(expected)
  }
  return archive
}
