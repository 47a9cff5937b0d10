import fc from 'fast-check'
import { compileSources } from '../../src/compiler/compile'
import { cleanSpacing, detectFormat, splitLines } from '../../src/compiler/normalize'
import { readSource } from '../../src/compiler/read'
import { textFile } from './helpers'

const STORY = [
  'Dear friends,',
  'A letter about robots.',
  'Keep learning!',
  'Andrew',
  'News',
  'Robots Learn to Walk',
  'A new controller keeps robots upright on ice.',
  "What's new: Researchers trained a walking policy in simulation.",
  '\u00a0',
  'Why it matters: Falls are expensive.',
  "We're thinking: We would like one that climbs stairs.",
]

const compileText = (text: string, name = 'issue.txt') => compileSources([textFile(name, text)])

describe('normalize', () => {
  it('splits CRLF, lone CR and LF alike and strips a BOM', () => {
    expect(splitLines('\ufeffa\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd'])
  })

  it('turns non-breaking and odd spaces into single spaces and trims', () => {
    expect(cleanSpacing('\u00a0What’s new:\u00a0 Facebook\u200b  built\t it\u00a0')).toBe(
      'What’s new: Facebook built it',
    )
    expect(cleanSpacing('\u00a0 \u00a0')).toBe('')
  })

  it('property: any line comes out as its words, zero-width characters gone, single-spaced', () => {
    const plain = fc.constantFrom(...'aZ’. ')
    const odd = fc.constantFrom(...'\u00a0\t\u2003\u3000\u200b\u200d\ufeff')
    // Plain lines too: most lines have no odd character at all.
    const lines = fc.oneof(
      fc.array(plain, { maxLength: 30 }),
      fc.array(fc.oneof(plain, odd), { maxLength: 30 }),
    )
    fc.assert(
      fc.property(lines, (chars) => {
        const line = chars.join('')
        const words = line
          .replace(/\u200b|\u200d|\ufeff/g, '')
          .split(/[ \u00a0\t\u2003\u3000]+/)
          .filter(Boolean)
        expect(cleanSpacing(line)).toBe(words.join(' '))
      }),
    )
  })

  it.each([
    ['LF', STORY.join('\n')],
    ['CRLF', STORY.join('\r\n')],
    ['lone CR', STORY.join('\r')],
    ['BOM + CRLF', `\ufeff${STORY.join('\r\n')}`],
    ['whitespace-only lines', STORY.join('\n \t \n\u00a0\u00a0\n')],
  ])('compiles the same story from %s input', (_label, text) => {
    const out = compileText(text)
    expect(out.report.totals).toMatchObject({ stories: 1, takes: 1, unplaced: 0, errors: 0 })
    const story = out.bodies[0]!.stories[0]!
    expect(story.headline).toBe('Robots Learn to Walk')
    expect(story.sections.map((s) => s.kind)).toEqual(['whats-new', 'why-it-matters'])
  })

  it('matches straight and curly labels alike but keeps the text’s own characters', () => {
    const straight = compileText(STORY.join('\n')).bodies[0]!.stories[0]!
    const curly = compileText(STORY.join('\n').replace(/'/g, '’')).bodies[0]!.stories[0]!
    expect(straight.sections[0]!.label).toBe("What's new")
    expect(curly.sections[0]!.label).toBe('What’s new')
    expect(straight.take?.label).toBe("We're thinking")
    expect(curly.take?.label).toBe('We’re thinking')
  })

  it('decodes invalid UTF-8 as Windows-1252 with a diagnostic instead of crashing', () => {
    const latin1 = Uint8Array.from(
      [...'Dear friends,\nCaf']
        .map((c) => c.charCodeAt(0))
        .concat([0xe9, 0x20, 0x93, 0x71, 0x94, 0x0a]),
    )
    const read = readSource({ name: 'latin1.txt', bytes: latin1 })
    expect(read.result?.encoding).toBe('windows-1252')
    expect(read.result?.text).toContain('Café “q”')
    expect(read.diagnostics.map((d) => d.code)).toEqual(['INVALID_UTF8'])
  })

  it('detects Markdown by its block syntax', () => {
    expect(detectFormat(['# Title', '**What’s new:** text'])).toBe('markdown')
    expect(detectFormat(['Title', 'What’s new: text'])).toBe('text')
  })
})
