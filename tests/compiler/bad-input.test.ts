// Bad input never crashes the compiler: each case gets a clear diagnostic and the other files
// in the batch still compile.
import { compileSources } from '../../src/compiler/compile'
import { formatDiagnostic } from '../../src/compiler/diagnostics'
import { fixture, loadFolder, SEEDS_DIR, textFile } from './helpers'

const seeds = loadFolder(SEEDS_DIR)
const seed = (prefix: string) => seeds.files.find((f) => f.name.startsWith(prefix))!

/** Compiles `extra` next to seed 000 and checks the seed still comes out whole. */
function withSeed(...extra: Parameters<typeof compileSources>[0]) {
  const out = compileSources([seed('000'), ...extra])
  const healthy = out.bodies.find((b) => b.issue.sourceFile === seed('000').name)
  expect(healthy?.stories).toHaveLength(5)
  return out
}

const codes = (out: ReturnType<typeof compileSources>, file: string) =>
  out.diagnostics.filter((d) => d.file === file).map((d) => d.code)

describe('bad input', () => {
  it('an empty or whitespace-only file: EMPTY_FILE', () => {
    const out = withSeed(textFile('empty.txt', ''), textFile('blank.txt', ' \n\u00a0\r\n\t'))
    expect(codes(out, 'empty.txt')).toEqual(['EMPTY_FILE'])
    expect(codes(out, 'blank.txt')).toEqual(['EMPTY_FILE'])
    expect(out.bodies).toHaveLength(1)
  })

  it('a binary file: BINARY_FILE', () => {
    const bytes = new Uint8Array(2048).map((_, i) => (i * 37) % 256)
    const out = withSeed({ name: 'picture.txt', bytes })
    expect(codes(out, 'picture.txt')).toEqual(['BINARY_FILE'])
  })

  it('a file with only a letter: a letter and NO_STORIES', () => {
    const out = withSeed(fixture('only-letter.txt'))
    const body = out.bodies.find((b) => b.issue.sourceFile === 'only-letter.txt')!
    expect(body.issue.letter?.signature).toBe('Andrew')
    expect(body.stories).toEqual([])
    expect(codes(out, 'only-letter.txt')).toContain('NO_STORIES')
    expect(body.issue.unplaced).toEqual([])
  })

  it('a file with no letter: stories only and NO_LETTER', () => {
    const text = new TextDecoder().decode(seed('000').bytes)
    const noLetter = text.slice(text.indexOf('News'))
    const out = withSeed(textFile('no-letter.txt', noLetter))
    const body = out.bodies.find((b) => b.issue.sourceFile === 'no-letter.txt')!
    expect(body.issue.letter).toBeNull()
    expect(body.stories).toHaveLength(5)
    expect(codes(out, 'no-letter.txt')).toContain('NO_LETTER')
  })

  it('the same issue twice: DUPLICATE_ISSUE_ID naming the first file, both kept', () => {
    const copy = { name: '000_copy.txt', bytes: seed('000').bytes }
    const out = compileSources(
      [seed('000'), copy],
      JSON.stringify({
        '000_da5dddd624aa3ee9.txt': { date: '2021-04-07', dateSource: 'text', evidence: 'banner' },
        '000_copy.txt': { date: '2021-04-07', dateSource: 'text', evidence: 'banner' },
      }),
    )
    expect(out.bodies.map((b) => b.issue.id).sort()).toEqual(['2021-04-07', '2021-04-07-2'])
    const duplicate = out.diagnostics.find((d) => d.code === 'DUPLICATE_ISSUE_ID')!
    expect(formatDiagnostic(duplicate)).toMatch(
      /^000_da5dddd624aa3ee9\.txt:0: DUPLICATE_ISSUE_ID: issue id 2021-04-07 is already taken by 000_copy\.txt; this one is kept as 2021-04-07-2$/,
    )
    const storyIds = out.bodies.flatMap((b) => b.stories.map((s) => s.id))
    expect(new Set(storyIds).size).toBe(10)
  })

  it('a 5 MB file compiles with a LARGE_FILE warning and loses nothing', () => {
    const text = new TextDecoder().decode(seed('000').bytes)
    const bullet =
      '  • An extra finding, repeated to make the file large, with enough words to be a sentence.\n'
    const count = Math.ceil((5 * 1024 * 1024) / bullet.length)
    const anchor = 'How it worked: '
    const at = text.indexOf('\n', text.indexOf(anchor)) + 1
    const big = text.slice(0, at) + bullet.repeat(count) + text.slice(at)
    const out = withSeed(textFile('big.txt', big))
    expect(codes(out, 'big.txt')).toContain('LARGE_FILE')
    const story = out.bodies.find((b) => b.issue.sourceFile === 'big.txt')!.stories[0]!
    const list = story.sections
      .find((s) => s.label === 'How it worked')!
      .blocks.find((b) => b.type === 'list')
    // The section already lists the four steps of the original story.
    expect(list?.type === 'list' && list.items.length).toBe(count + 4)
  }, 60_000)

  it('Latin-1 bytes: INVALID_UTF8 and readable text', () => {
    const text =
      'Dear friends,\nThe caf\xe9 na\xefve r\xe9sum\xe9 was \x93great\x94.\nKeep learning!\nAndrew\n'
    const bytes = Uint8Array.from([...text].map((c) => c.charCodeAt(0)))
    const out = withSeed({ name: 'latin1.txt', bytes })
    expect(codes(out, 'latin1.txt')).toContain('INVALID_UTF8')
    const letter = out.bodies.find((b) => b.issue.sourceFile === 'latin1.txt')!.issue.letter!
    expect(letter.blocks[0]).toEqual({
      type: 'paragraph',
      text: 'The café naïve résumé was “great”.',
    })
  })

  it('an invalid manifest is reported and ignored; the dates fall back to the text', () => {
    const out = compileSources([seed('000')], '{ not json')
    expect(out.diagnostics.map((d) => d.code)).toContain('MANIFEST_INVALID')
    expect(out.bodies[0]!.issue).toMatchObject({ date: '2021-04-07', dateSource: 'text' })
    const wrongShape = compileSources(
      [seed('000')],
      JSON.stringify({ '000_da5dddd624aa3ee9.txt': { date: 'April' } }),
    )
    expect(
      formatDiagnostic(wrongShape.diagnostics.find((d) => d.code === 'MANIFEST_INVALID')!),
    ).toContain('000_da5dddd624aa3ee9.txt.date')
  })

  it('a file without a manifest entry or a date in its text: NO_DATE, id from the file name', () => {
    const out = compileSources([seed('001')])
    expect(out.bodies[0]!.issue).toMatchObject({
      id: '001-5f8d449f91402edc',
      date: null,
      dateSource: 'unknown',
    })
    expect(codes(out, seed('001').name)).toContain('NO_DATE')
  })

  it('lines that fit nowhere are kept in `unplaced` with their line numbers and reported', () => {
    const out = compileSources([
      textFile('stray.txt', 'Some words before anything.\n\nNews\n\nMore words here.\n'),
    ])
    const issue = out.bodies[0]!.issue
    expect(issue.unplaced).toEqual([
      { line: 1, text: 'Some words before anything.' },
      { line: 5, text: 'More words here.' },
    ])
    expect(out.diagnostics.filter((d) => d.code === 'UNPLACED_LINE').map(formatDiagnostic)).toEqual(
      [
        'stray.txt:1: UNPLACED_LINE: could not place: "Some words before anything."',
        'stray.txt:5: UNPLACED_LINE: could not place: "More words here."',
      ],
    )
    expect(out.report.ok).toBe(false)
  })

  it('hostile text passes through as literal characters', () => {
    const out = compileSources([fixture('hostile-issue.txt')])
    const body = out.bodies[0]!
    expect(body.stories[0]!.headline).toBe('<b>Bold</b> Claims About <i>Tags</i>')
    expect(body.stories[0]!.dek).toContain('<script>alert(document.cookie)</script>')
    expect(JSON.stringify(body)).toContain('javascript:alert(1)')
    expect(body.stories[0]!.id).toMatch(/^[a-z0-9-]+$/)
  })
})
