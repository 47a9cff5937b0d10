import { compileSources } from '../../src/compiler/compile'
import { fixture } from './helpers'

describe('Markdown issues as scraped from the web page', () => {
  const out = compileSources([fixture('markdown-issue.md')])
  const body = out.bodies[0]!

  it('reads the issue as Markdown and places every line', () => {
    expect(body.issue.format).toBe('markdown')
    expect(out.report.totals).toMatchObject({
      stories: 2,
      takes: 2,
      sponsors: 1,
      jobs: 1,
      unplaced: 0,
      errors: 0,
    })
  })

  it('finds headlines from # headings and labels from **bold** runs', () => {
    expect(body.stories.map((s) => s.headline)).toEqual([
      'Robots Learn to Fold Laundry',
      'Chips Get Chattier',
    ])
    expect(body.stories[0]!.dek).toBe('A new model folds shirts faster than most people.')
    expect(body.stories[0]!.sections.map((s) => s.label)).toEqual([
      'What’s new',
      'How it works',
      'Results',
      'Why it matters',
    ])
    expect(body.stories[0]!.take?.text).toBe('We’ll believe it when it matches socks.')
  })

  it('joins bullets separated by blank lines into one list and keeps numbered lists ordered', () => {
    const letterList = body.issue.letter!.blocks.find((b) => b.type === 'list')
    expect(letterList).toEqual({
      type: 'list',
      ordered: false,
      items: [
        'Look at the data before tuning the model.',
        'Write down what a good label means.',
        'Measure on the slice that matters.',
      ],
    })
    const howItWorks = body.stories[0]!.sections[1]!.blocks
    expect(howItWorks[1]).toEqual({
      type: 'list',
      ordered: true,
      items: [
        'A camera labels the corners of each garment.',
        'A policy network chooses where to grasp.',
      ],
    })
  })

  it('drops image lines and keeps links beside their words, without Markdown syntax', () => {
    const text = JSON.stringify(body)
    expect(text).not.toContain('![')
    expect(text).not.toContain('](')
    expect(text).not.toContain('**')
    expect(body.issue.letter!.blocks[0]).toEqual({
      type: 'paragraph',
      text: 'Last week I spoke with a team that shipped a model to production in three days. It reminded me that data-centric AI is a habit, not a tool.',
      links: [{ start: 100, end: 115, href: 'https://example.com/dca' }],
    })
  })
})
