// The synthetic archive generator: deterministic, realistic in shape and size, and (the strong
// test) compiled by the real compiler into exactly the stories, takes, sponsors and jobs it wrote.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Block, IssueBody } from '../../src/corpus/schema'
import { compileSources } from '../../src/compiler/compile'
import { manifestSchema } from '../../src/compiler/manifest'
import {
  STORIES_PER_ISSUE,
  STORY_WORDS,
  generateArchive,
  synthIssue,
  type SynthExpectation,
} from '../../src/compiler/synth'

const SEED = 20210407
const archive = generateArchive({ issues: 200, seed: SEED })
const textFiles = archive.files.filter((file) => file.format === 'text')
const markdownFiles = archive.files.filter((file) => file.format === 'markdown')
const share = (files: readonly { text: string }[], pattern: RegExp) =>
  files.filter((file) => pattern.test(file.text)).length / files.length

describe('synthetic archive generator', { timeout: 30_000 }, () => {
  it('writes the same bytes for the same seed and different bytes for another seed', () => {
    const again = generateArchive({ issues: 200, seed: SEED })
    expect(again).toEqual(archive)
    const other = generateArchive({ issues: 5, seed: SEED + 1 })
    expect(other.files.map((f) => f.text)).not.toEqual(archive.files.slice(0, 5).map((f) => f.text))
  })

  it('generates issue i the same way whatever the archive size', () => {
    expect(synthIssue(SEED, 7, 10).file.text).toBe(synthIssue(SEED, 7, 900).file.text)
  })

  it('writes N uniquely named files, each with a manifest entry on a weekly Wednesday, newest first', () => {
    expect(archive.files).toHaveLength(200)
    expect(new Set(archive.files.map((f) => f.name)).size).toBe(200)
    expect(manifestSchema.safeParse(archive.manifest).success).toBe(true)
    const dates = archive.files.map((file) => archive.manifest[file.name]?.date ?? '')
    expect(dates[0]).toBe('2026-01-07')
    dates.forEach((date, i) => {
      expect(new Date(`${date}T00:00:00Z`).getUTCDay()).toBe(3)
      if (i > 0) expect(Date.parse(dates[i - 1] ?? '') - Date.parse(date)).toBe(7 * 86_400_000)
    })
    expect(new Set(Object.values(archive.manifest).map((entry) => entry.dateSource))).toEqual(
      new Set(['text', 'inferred']),
    )
  })

  it('mixes both formats, about 70% plain text and 30% Markdown', () => {
    expect(markdownFiles.length / archive.files.length).toBeGreaterThan(0.2)
    expect(markdownFiles.length / archive.files.length).toBeLessThan(0.4)
    expect(markdownFiles.every((file) => file.name.endsWith('.md'))).toBe(true)
    expect(textFiles.every((file) => file.name.endsWith('.txt'))).toBe(true)
  })

  it('writes 4-7 stories an issue, each of 400-900 words', () => {
    for (const expected of archive.expected) {
      expect(expected.headlines.length).toBeGreaterThanOrEqual(STORIES_PER_ISSUE.min)
      expect(expected.headlines.length).toBeLessThanOrEqual(STORIES_PER_ISSUE.max)
      expect(new Set(expected.headlines).size).toBe(expected.headlines.length)
      for (const words of expected.storyWords) {
        expect(words).toBeGreaterThanOrEqual(STORY_WORDS.min)
        expect(words).toBeLessThanOrEqual(STORY_WORDS.max)
      }
    }
    const counts = new Set(archive.expected.map((e) => e.headlines.length))
    expect(counts).toEqual(new Set([4, 5, 6, 7]))
  })

  it('varies what the seeds vary: News heading, image lines, sponsors, jobs, footers, bullets, quotes', () => {
    const some = (value: number) =>
      expect(value, 'present in some issues but not all').toBeGreaterThan(0.03)
    const notAll = (value: number) => expect(value).toBeLessThan(0.97)
    for (const value of [
      share(textFiles, /^News$/m),
      share(markdownFiles, /^(## )?News$/m),
      share(textFiles, /^A MESSAGE FROM DEEPLEARNING\.AI$/m),
      share(textFiles, /^Work With Andrew Ng$/m),
      share(archive.files, /^Subscribe and view previous issues here\.$/m),
      share(textFiles, /^[A-Z]+[\w-]* TG$/m),
      share(textFiles, /^Screen Shot \d{4}-\d\d-\d\d at /m),
      share(textFiles, /^\d{1,2}_\d{1,2}$/m),
      share(textFiles, /^\u00a0$/m),
      share(textFiles, /\r\n/),
      share(textFiles, /^ {2}• /m),
      share(textFiles, /^- /m),
      share(textFiles, /^• /m),
      share(textFiles, /^What’s new:/m),
      share(textFiles, /^What's new:/m),
      share(textFiles, /\(\d\d\)$/m),
      share(markdownFiles, /^\*\*What’s new:\*\* /m),
      share(markdownFiles, /^!\[[^\]]*\]\(https:/m),
      share(markdownFiles, /^1\. /m),
      share(markdownFiles, /^# /m),
    ]) {
      some(value)
      notAll(value)
    }
    expect(archive.expected.some((e) => !e.hasLetter)).toBe(true)
    expect(archive.expected.some((e) => e.takes.includes(false))).toBe(true)
    expect(archive.expected.some((e) => e.signature === null && e.hasLetter)).toBe(true)
  })

  it('writes plausible text on AI topics, not filler', () => {
    const all = archive.files.map((file) => file.text).join('\n')
    for (const word of [
      'language model',
      'robot',
      'speech',
      'privacy',
      'regulat',
      'chip',
      'reinforcement learning',
      'bias',
      'data',
      'patients',
    ]) {
      expect(all).toContain(word)
    }
    expect(all).not.toMatch(/lorem|ipsum|\{\w+\}|undefined|NaN/)
  })
})

/** Every text a reader sees, one entry per paragraph or list item. */
function visibleTexts(body: IssueBody): string[] {
  const texts: string[] = []
  const add = (blocks: readonly Block[]) => {
    for (const block of blocks)
      texts.push(...(block.type === 'paragraph' ? [block.text] : block.items))
  }
  for (const story of body.stories) {
    texts.push(story.headline, story.dek)
    for (const section of story.sections) add(section.blocks)
    if (story.take) add(story.take.blocks)
  }
  if (body.issue.letter) add(body.issue.letter.blocks)
  for (const sponsor of body.issue.sponsors) add(sponsor.blocks)
  texts.push(...body.issue.jobs.map((job) => job.description))
  return texts
}

/** Differences between what the generator wrote and what the compiler found, one line each. */
function mismatches(expected: SynthExpectation, body: IssueBody | undefined): string[] {
  if (!body) return [`${expected.file}: not compiled`]
  const found: string[] = []
  const check = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want))
      found.push(
        `${expected.file}: ${what}: got ${JSON.stringify(got)}, want ${JSON.stringify(want)}`,
      )
  }
  check(
    'headlines',
    body.stories.map((s) => s.headline),
    expected.headlines,
  )
  check(
    'takes',
    body.stories.map((s) => s.take !== null),
    expected.takes,
  )
  check('sponsors', body.issue.sponsors.length, expected.sponsors)
  check('jobs', body.issue.jobs.length, expected.jobs)
  check('letter', body.issue.letter !== null, expected.hasLetter)
  check('signature', body.issue.letter?.signature ?? null, expected.signature)
  check('date', body.issue.date, expected.date)
  check('format', body.issue.format, expected.format)
  check('unplaced', body.issue.unplaced, [])
  const texts = visibleTexts(body)
  for (const image of expected.images) {
    if (texts.some((text) => text === image || text.endsWith(` ${image}`)))
      found.push(`${expected.file}: image line "${image}" ended up in text`)
  }
  for (const text of texts) {
    if (/!\[|\]\(|\*\*|^-{3,}$/.test(text))
      found.push(`${expected.file}: Markdown syntax in text: ${text.slice(0, 60)}`)
  }
  for (const story of body.stories) {
    if (story.wordCount < 400 || story.wordCount > 900)
      found.push(`${expected.file}: "${story.headline}" has ${story.wordCount} words`)
  }
  return found
}

describe('compiling a synthetic archive', () => {
  const sample = generateArchive({ issues: 150, seed: 7 })
  const encoder = new TextEncoder()
  const output = compileSources(
    sample.files.map((file) => ({ name: file.name, bytes: encoder.encode(file.text) })),
    JSON.stringify(sample.manifest),
  )
  const bodies = new Map(output.bodies.map((body) => [body.issue.sourceFile, body]))

  // Reproduce a failure with `npm run corpus:synth -- --issues 150 --seed 7 --out DIR`, then
  // `npm run corpus -- --in DIR --out /tmp/out`; the messages name the file.
  it('finds exactly the stories, takes, sponsors, jobs and letters that were written, placing every line', () => {
    expect(
      sample.expected.flatMap((expected) => mismatches(expected, bodies.get(expected.file))),
    ).toEqual([])
  })

  it('agrees with the generator on the totals and reports no errors', () => {
    const want = {
      issues: sample.files.length,
      stories: sample.expected.reduce((sum, e) => sum + e.headlines.length, 0),
      takes: sample.expected.reduce((sum, e) => sum + e.takes.filter(Boolean).length, 0),
      sponsors: sample.expected.reduce((sum, e) => sum + e.sponsors, 0),
      jobs: sample.expected.reduce((sum, e) => sum + e.jobs, 0),
      unplaced: 0,
      errors: 0,
    }
    expect(output.report.totals).toMatchObject(want)
  })
})

// Each case starts a Node process with tsx, which takes a second or more on a busy machine.
describe('npm run corpus:synth', { timeout: 60_000 }, () => {
  const cli = path.resolve(__dirname, '../../src/compiler/synth-cli.ts')
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', cli, ...args], { encoding: 'utf8' })
  const dir = mkdtempSync(path.join(tmpdir(), 'synth-cli-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('writes N issues and a manifest', () => {
    const out = path.join(dir, 'archive')
    const result = run('--issues', '6', '--out', out, '--seed', '3')
    expect(result.status).toBe(0)
    const names = readdirSync(out).sort()
    expect(names).toHaveLength(7)
    const manifest = JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8')) as Record<
      string,
      unknown
    >
    expect(Object.keys(manifest).sort()).toEqual(names.filter((name) => name !== 'manifest.json'))
    const first = names[0] ?? ''
    expect(readFileSync(path.join(out, first), 'utf8')).toBe(synthIssue(3, 0, 6).file.text)
  })

  it('exits 2 with a message on usage errors', () => {
    for (const args of [
      [],
      ['--issues', '0', '--out', path.join(dir, 'x')],
      ['--issues', '3'],
      ['--issues', '3', '--out', dir, '--seed', 'abc'],
      ['--bogus'],
    ]) {
      const result = run(...args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr).toMatch(/^corpus:synth: .+\nusage:/)
    }
  })

  it('refuses a folder that already has files', () => {
    const full = path.join(dir, 'full')
    mkdirSync(full)
    writeFileSync(path.join(full, 'old.txt'), 'an issue from an earlier run')
    const result = run('--issues', '2', '--out', full)
    expect(result.status).toBe(2)
    expect(result.stderr).toContain('not empty')
  })
})
