import { compileSources } from '../../src/compiler/compile'
import { fixture, textFile } from './helpers'

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

  it('keeps a job posting’s links (where to apply) beside their words', () => {
    const job = body.issue.jobs[0]!
    expect(job.title).toBe('Machine Learning Engineer')
    const apply = job.descriptionLinks![0]!
    expect(job.description.slice(apply.start, apply.end)).toBe('Apply here')
    expect(apply.href).toBe('https://example.com/jobs')
  })

  it('places links of a job posting’s later lines in its whole description, and drops unsafe ones', () => {
    const source = new TextDecoder().decode(fixture('markdown-issue.md').bytes)
    const posting = source.split('\n').find((line) => line.startsWith('**Machine Learning'))!
    const more = [
      posting,
      posting.replace(
        '**Machine Learning Engineer:**',
        '**[Data Engineer](https://example.com/de):**',
      ),
      'Send [your portfolio](mailto:jobs@example.com) and a [note](javascript:alert(1)).',
    ].join('\n\n')
    const compiled = compileSources([textFile('jobs.md', source.replace(posting, more))])
    const [first, second] = compiled.bodies[0]!.issue.jobs
    expect(first!.title).toBe('Machine Learning Engineer')
    expect(second!.title).toBe('Data Engineer')
    expect(second!.titleLinks).toEqual([{ start: 0, end: 13, href: 'https://example.com/de' }])
    const linked = second!.descriptionLinks!.map((link) => [
      second!.description.slice(link.start, link.end),
      link.href,
    ])
    expect(linked).toEqual([
      ['Apply here', 'https://example.com/jobs'],
      ['your portfolio', 'mailto:jobs@example.com'],
    ])
    expect(second!.description).toContain('\n\nSend your portfolio and a note.')
    expect(compiled.report.totals).toMatchObject({ unplaced: 0, errors: 0 })
  })
})
