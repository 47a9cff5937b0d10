// The four seed issues against the hand-checked account in shared/seeds/README.md.
import { compileSeeds } from './helpers'

const expected = {
  '000_da5dddd624aa3ee9.txt': {
    date: '2021-04-07',
    dateSource: 'text',
    signature: 'Andrew',
    headlines: [
      'De-Facing ImageNet',
      'Pretraining on Uncurated Data',
      'Would Your Doctor Take AI’s Advice?',
      'New Life for Old Songs',
      'Attention for Image Generation',
    ],
    sponsors: 1,
    jobs: 2,
  },
  '001_5f8d449f91402edc.txt': {
    date: '2021-03-17',
    dateSource: 'inferred',
    signature: 'Andrew',
    headlines: [
      'Social Engagement vs. Social Good',
      'Old Drugs for New Ailments',
      'Who Audits the Auditors?',
      'Your Words, Their Voices',
      'Good Labels for Cropped Images',
    ],
    sponsors: 1,
    jobs: 0,
  },
  '002_1fa9b3188ed98225.txt': {
    date: '2021-01-13',
    dateSource: 'text',
    signature: null,
    headlines: [
      'AI Truths, AI Falsehoods',
      'Tell Me a Picture',
      'Striding Toward the Minimum',
      'The Fax About Tracking Covid',
      'It’s a Small World Model After All',
    ],
    sponsors: 2,
    jobs: 4,
  },
  '003_0c676e81095fd596.txt': {
    date: '2020-01-08',
    dateSource: 'inferred',
    signature: 'Andrew',
    headlines: [
      'ImageNet Gets a Makeover',
      'Language Modeling on One GPU',
      'Facebook vs Deepfakes',
      'Cancer in the Crosshairs',
      'Tracking AI’s Global Growth',
      'Easy on the Eyes',
    ],
    sponsors: 1,
    jobs: 0,
  },
} as const

const IMAGE_LINES = [
  'BLUR TG',
  'SEER (1)',
  'upmix',
  'INFLUENCE TG',
  'The Batch (1)-1',
  'ezgif.com-gif-maker - 2021-03-30T133105.644',
  'Artboard 1 – 1',
  'Screen Shot 2021-01-13 at 10.56.40 AM copy',
  'Screen Shot 2021-04-06 at 2.07.27 PM copy',
  'Gif 1-1',
  'facebook-dark',
  'Behance tw link',
]

describe('compiling the four seed issues', () => {
  const output = compileSeeds()

  it('finds exactly the totals of the hand-checked account', () => {
    expect(output.report.totals).toMatchObject({
      issues: 4,
      letters: 4,
      stories: 21,
      takes: 21,
      sponsors: 5,
      jobs: 6,
      unplaced: 0,
      errors: 0,
    })
  })

  it.each(Object.entries(expected))(
    '%s: date, letter, headlines in order, sponsors and jobs',
    (file, want) => {
      const body = output.bodies.find((b) => b.issue.sourceFile === file)
      expect(body).toBeDefined()
      const { issue, stories } = body!
      expect(issue.date).toBe(want.date)
      expect(issue.dateSource).toBe(want.dateSource)
      expect(issue.letter?.greeting).toBe('Dear friends,')
      expect(issue.letter?.signOff).toBe('Keep learning!')
      expect(issue.letter?.signature).toBe(want.signature)
      expect(stories.map((story) => story.headline)).toEqual(want.headlines)
      expect(stories.every((story) => story.take !== null)).toBe(true)
      expect(issue.sponsors).toHaveLength(want.sponsors)
      expect(issue.jobs).toHaveLength(want.jobs)
      expect(issue.unplaced).toEqual([])
    },
  )

  it('keeps no image line inside any text', () => {
    const texts = output.bodies.map((body) => {
      const { footer: _footer, sourceFile: _file, dateEvidence: _evidence, ...issue } = body.issue
      return JSON.stringify({ issue, stories: body.stories })
    })
    for (const text of texts) for (const image of IMAGE_LINES) expect(text).not.toContain(image)
  })

  it('removes the stray (61) and (69) markers from the takes of 002', () => {
    const takes = output.bodies
      .find((b) => b.issue.sourceFile.startsWith('002'))!
      .stories.map((s) => s.take!.text)
    expect(takes.find((t) => t.includes('GOLL·E'))).toMatch(/we’ll call it GOLL·E\.$/)
    expect(takes.find((t) => t.includes('health care infrastructure'))).toMatch(/infrastructure\.$/)
    expect(takes.join(' ')).not.toMatch(/\(\d+\)/)
  })

  it('sets the two headingless sponsor blocks of 002 apart from the stories', () => {
    const sponsors = output.bodies.find((b) => b.issue.sourceFile.startsWith('002'))!.issue.sponsors
    expect(sponsors.map((s) => s.heading)).toEqual([null, null])
    expect(JSON.stringify(sponsors[0])).toContain('Generative Deep Learning with TensorFlow')
    expect(JSON.stringify(sponsors[1])).toContain('Complete a Workera assessment')
    expect(sponsors.map((s) => s.afterStories)).toEqual([3, 5])
  })

  it('keeps labels as printed with a normalized kind, including run-in labels', () => {
    const sections = output.bodies.flatMap((b) => b.stories.flatMap((s) => s.sections))
    const byLabel = new Map(sections.map((s) => [s.label, s.kind]))
    expect(byLabel.get('How it worked')).toBe('how-it-works')
    expect(byLabel.get('How they work')).toBe('how-it-works')
    expect(byLabel.get('What’s Happening')).toBe('what-happened')
    expect(byLabel.get('What it says')).toBe('what-it-says')
    expect(byLabel.get('The story')).toBe('the-story')
    expect(byLabel.get('The response')).toBe('the-response')
    expect(byLabel.get('Cloned like a pro')).toBe('other')
    expect(byLabel.get('Remixers join in')).toBe('other')
    expect(byLabel.get('Deepfakes, too')).toBe('other')
  })

  it('turns all three bullet styles into lists', () => {
    const lists = output.bodies.flatMap((b) =>
      b.stories.flatMap((s) =>
        s.sections.flatMap((sec) => sec.blocks.filter((bl) => bl.type === 'list')),
      ),
    )
    expect(lists.length).toBeGreaterThanOrEqual(20)
    const letter000 = output.bodies.find((b) => b.issue.sourceFile.startsWith('000'))!.issue.letter!
    expect(letter000.blocks.filter((b) => b.type === 'list')).toHaveLength(1)
  })

  it('gives every story a URL-safe id made of its issue and headline, unique across the corpus', () => {
    const ids = output.bodies.flatMap((b) => b.stories.map((s) => s.id))
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    expect(ids).toContain('2021-04-07-de-facing-imagenet')
    expect(ids).toContain('2021-01-13-its-a-small-world-model-after-all')
  })

  it('counts words and reading minutes', () => {
    for (const story of output.bodies.flatMap((b) => b.stories)) {
      expect(story.wordCount).toBeGreaterThan(150)
      expect(story.readingMinutes).toBe(Math.max(1, Math.round(story.wordCount / 230)))
    }
  })
  it('emits a front page with the newest issue, its stories, the newest takes and the others', () => {
    const [newest, ...older] = [...output.bodies]
    const front = output.frontPage
    expect(front.version).toBe(output.catalog.version)
    expect(front.issueCount).toBe(4)
    expect(front.latest?.id).toBe(newest!.issue.id)
    expect(front.latest?.storyCount).toBe(newest!.stories.length)
    expect(front.latestStories.map((s) => s.headline)).toEqual(
      newest!.stories.map((s) => s.headline),
    )
    expect(front.latestTakes.map((s) => s.id)).toEqual(newest!.stories.slice(0, 3).map((s) => s.id))
    expect(front.recentIssues).toEqual(
      older.map(({ issue, stories }) => ({
        issue: expect.objectContaining({ id: issue.id, date: issue.date }),
        leadHeadline: stories[0]!.headline,
      })),
    )
  })
})
