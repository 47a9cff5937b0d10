// Links in Markdown issues: the text reads as plain words for search and topics, and each link is
// kept beside it as a range of that text, in a labeled section, a list item or a take alike.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileSources } from '../../src/compiler/compile'
import { findLinks, stripInlineMarkdown } from '../../src/compiler/inline-markdown'
import { linksFit, type Block, type TextLink } from '../../src/corpus/schema'

/** The linked words of `text`, as [words, href] pairs. */
const linked = (text: string, links: readonly TextLink[]) =>
  links.map((link) => [text.slice(link.start, link.end), link.href])

function linksOf(markup: string) {
  const text = stripInlineMarkdown(markup).trim()
  return { text, links: linked(text, findLinks(markup, text)) }
}

describe('links in one line of Markdown', () => {
  it('keeps each link as a range of the cleaned text', () => {
    expect(
      linksOf(
        'See [the paper](https://arxiv.org/abs/1) and [code](<https://git.example/c> "Code").',
      ),
    ).toEqual({
      text: 'See the paper and code.',
      links: [
        ['the paper', 'https://arxiv.org/abs/1'],
        ['code', 'https://git.example/c'],
      ],
    })
  })

  it('links the word where the link stands, not an earlier one like it', () => {
    const markup = 'A model beat a [model](https://m.example) twice its size.'
    const text = stripInlineMarkdown(markup)
    expect(findLinks(markup, text)).toEqual([{ start: 15, end: 20, href: 'https://m.example' }])
  })

  it('cleans markup inside and around a link', () => {
    expect(
      linksOf(
        '**Big:** [**huge** news](https://n.example) and [![logo](l.png)](https://l.example)',
      ),
    ).toEqual({
      text: 'Big: huge news and logo',
      links: [
        ['huge news', 'https://n.example'],
        ['logo', 'https://l.example'],
      ],
    })
  })

  it('reads targets with parentheses and titles in either quotes', () => {
    expect(
      linksOf(
        "A [GAN](https://en.wikipedia.org/wiki/GAN_(disambiguation)) and [a post](https://p.example 'Post').",
      ),
    ).toEqual({
      text: 'A GAN and a post.',
      links: [
        ['GAN', 'https://en.wikipedia.org/wiki/GAN_(disambiguation)'],
        ['a post', 'https://p.example'],
      ],
    })
    expect(stripInlineMarkdown('Do not [click](javascript:alert(1)) here.')).toBe(
      'Do not click here.',
    )
  })

  it('keeps the words of a link to anything but the web or e-mail, and drops its target', () => {
    for (const markup of [
      'Do not [click](javascript:alert(1)) here.',
      'Do not [click](data:text/html,<b>x</b>) here.',
      'Do not [click](vbscript:msgbox) here.',
      'Do not [click](/relative/path) here.',
    ])
      expect(linksOf(markup).links).toEqual([])
    expect(linksOf('Write [to us](mailto:editors@example.com).').links).toEqual([
      ['to us', 'mailto:editors@example.com'],
    ])
  })

  it('gives each link the range of its own words, whatever the line', () => {
    const word = fc.stringMatching(/^[A-Za-z0-9’'.,]{1,8}$/)
    const name = fc.stringMatching(/^[a-z0-9]{1,8}$/)
    const url = fc.oneof(
      fc
        .tuple(fc.constantFrom('https://', 'http://'), name, name)
        .map(([s, h, p]) => `${s}${h}.example/${p}`),
      name.map((user) => `mailto:${user}@example.com`),
    )
    const piece = fc.oneof(
      word.map((w) => ({ markup: w, words: null as string | null })),
      fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), url).map(([words, url]) => ({
        markup: `[${words.join(' ')}](${url})`,
        words: words.join(' '),
      })),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const markup = pieces.map((p) => p.markup).join(' ')
        const text = stripInlineMarkdown(markup).trim()
        const links = findLinks(markup, text)
        expect(linksFit(links, text.length)).toBe(true)
        // Where each link's words stand in the cleaned text, counted piece by piece.
        const expected: [number, number][] = []
        let at = 0
        for (const p of pieces) {
          const shown = p.words ?? p.markup
          if (p.words !== null) expected.push([at, at + shown.length])
          at += shown.length + 1
        }
        expect(text).toBe(pieces.map((p) => p.words ?? p.markup).join(' '))
        expect(links.map((link) => [link.start, link.end])).toEqual(expected)
      }),
    )
  })
})

const ISSUE = `# Dear friends,

I read [a study](https://study.example/1) this week.

Keep learning!

Andrew

# Robots Learn to Fold Laundry

A new model folds shirts faster than most people.

**What’s new:** Researchers at [Fold Lab](https://fold.example) built a robot.

**How it works:**

* It uses [a camera](https://cam.example).
* It grasps corners.

**We’re thinking:** Read the [full paper](https://paper.example) (61)
`

describe('links in a compiled Markdown issue', () => {
  const body = compileSources([{ name: 'links.md', bytes: new TextEncoder().encode(ISSUE) }])
    .bodies[0]!
  const story = body.stories[0]!

  it('keeps them in letters, labeled sections, list items and takes', () => {
    const letterBlock = body.issue.letter!.blocks[0] as Extract<Block, { type: 'paragraph' }>
    expect(linked(letterBlock.text, letterBlock.links!)).toEqual([
      ['a study', 'https://study.example/1'],
    ])

    const whatsNew = story.sections[0]!.blocks[0] as Extract<Block, { type: 'paragraph' }>
    expect(whatsNew.text).toBe('Researchers at Fold Lab built a robot.')
    expect(linked(whatsNew.text, whatsNew.links!)).toEqual([['Fold Lab', 'https://fold.example']])

    const list = story.sections[1]!.blocks[0] as Extract<Block, { type: 'list' }>
    expect(list.items).toEqual(['It uses a camera.', 'It grasps corners.'])
    expect(list.itemLinks).toEqual([[{ start: 8, end: 16, href: 'https://cam.example' }], []])

    const take = story.take!.blocks[0] as Extract<Block, { type: 'paragraph' }>
    expect(take.text).toBe('Read the full paper')
    expect(linked(take.text, take.links!)).toEqual([['full paper', 'https://paper.example']])
  })

  it('leaves blocks without links as they were', () => {
    const blocks = [...story.sections.flatMap((s) => s.blocks), ...body.issue.letter!.blocks]
    const plain = blocks.filter(
      (b) => b.type === 'paragraph' && !b.text.includes(' a study') && !b.text.includes('Fold Lab'),
    )
    for (const block of plain) expect(Object.keys(block).sort()).toEqual(['text', 'type'])
    expect(JSON.stringify(body)).not.toContain('](')
  })
})
