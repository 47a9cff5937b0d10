// Regressions found by compiling synthetic archives: each input once broke the compiler.
import { compileSources } from '../../src/compiler/compile'
import { textFile } from './helpers'

const cases = {
  take61:
    'Dear friends,\nA short letter.\nKeep learning!\nAndrew\nNews\nRobots Learn to Walk\nA new model walks farther than before.\nWhat’s new: Researchers trained a robot to walk.\nWe’re thinking: We like it. (61)',
  mdSponsor:
    'Dear friends,\n\nA short letter.\n\nKeep learning!\n\n## Robots Learn to Walk\n\nA new model walks farther than before.\n\n**What’s new:** Researchers trained a robot to walk.\n\n**We’re thinking:** We like it.\n\n## A MESSAGE FROM DEEPLEARNING.AI\n\n![x](y.png)\n\nWe’ve updated our TensorFlow: Advanced Techniques Specialization with the latest advances. Enroll now\n\n## Chips Get Faster\n\nA new chip runs models quickly.\n\n**What’s new:** A vendor announced a chip.\n\n**We’re thinking:** Fast is good.',
  textSponsorNoTake:
    'Dear friends,\nA short letter.\nKeep learning!\nAndrew\nNews\nRobots Learn to Walk\nA new model walks farther than before.\nWhat’s new: Researchers trained a robot to walk.\nWhy it matters: Walking is hard.\nA MESSAGE FROM DEEPLEARNING.AI\nWe’ve updated our TensorFlow: Advanced Techniques Specialization with the latest. Enroll now\nCHIPS TG\nChips Get Faster\nA new chip runs models quickly.\nWhat’s new: A vendor announced a chip.\nWe’re thinking: Fast is good.',
  looseNoTake:
    'Dear friends,\nA short letter.\nKeep learning!\nAndrew\nNews\nRobots Learn to Walk\nA new model walks farther than before.\nWhat’s new: Researchers trained a robot to walk.\nWhy it matters: Walking is hard.\nupmix\nChips Get Faster\nA new chip runs models quickly.\nWhat’s new: A vendor announced a chip.\nWe’re thinking: Fast is good.',
  jobsImage:
    'Dear friends,\nA short letter.\nKeep learning!\nAndrew\nNews\nRobots Learn to Walk\nA new model walks farther than before.\nWhat’s new: Researchers trained a robot to walk.\nWe’re thinking: Walking is hard, and we are glad to see progress on it.\njobs\nChips Get Faster\nA new chip runs models quickly.\nWhat’s new: A vendor announced a chip.\nWe’re thinking: Fast is good.',
  signature:
    'Dear friends,\nA short letter.\nKeep learning!\nSONGS TG\nRobots Learn to Walk\nA new model walks farther than before.\nWhat’s new: Researchers trained a robot to walk.\nWe’re thinking: Fine.',
} as const

function compile(name: keyof typeof cases) {
  const out = compileSources([
    textFile(name + (name.startsWith('md') ? '.md' : '.txt'), cases[name]),
  ])
  const body = out.bodies[0]!
  expect(body.issue.unplaced).toEqual([])
  return body
}

const headlines = (body: ReturnType<typeof compile>) => body.stories.map((s) => s.headline)

describe('compiler regressions from the synthetic archive', () => {
  it('a short take ending in a stray marker stays a take (not an image name)', () => {
    expect(compile('take61').stories[0]!.take?.text).toBe('We like it.')
  })

  it('a Markdown sponsor heading never becomes a headline, even when its text has a run-in label', () => {
    const body = compile('mdSponsor')
    expect(headlines(body)).toEqual(['Robots Learn to Walk', 'Chips Get Faster'])
    expect(body.issue.sponsors).toEqual([
      expect.objectContaining({ heading: 'A MESSAGE FROM DEEPLEARNING.AI', afterStories: 1 }),
    ])
  })

  it('a sponsor heading ends a story that has no take', () => {
    const body = compile('textSponsorNoTake')
    expect(headlines(body)).toEqual(['Robots Learn to Walk', 'Chips Get Faster'])
    expect(body.stories[0]!.sections.map((s) => s.label)).toEqual(['What’s new', 'Why it matters'])
    expect(JSON.stringify(body.stories[0])).not.toContain('CHIPS TG')
    expect(body.issue.sponsors).toHaveLength(1)
  })

  it('a loose image name after a story with no take is not story text', () => {
    const body = compile('looseNoTake')
    expect(JSON.stringify(body.stories)).not.toContain('upmix')
    expect(headlines(body)).toEqual(['Robots Learn to Walk', 'Chips Get Faster'])
  })

  it('an image named `jobs` is not the jobs heading', () => {
    const body = compile('jobsImage')
    expect(body.issue.jobsHeading).toBeNull()
    expect(headlines(body)).toEqual(['Robots Learn to Walk', 'Chips Get Faster'])
  })

  it('an image name after "Keep learning!" is not a signature', () => {
    expect(compile('signature').issue.letter?.signature).toBeNull()
  })

  it('a Markdown rule (---) is noise, not a paragraph', () => {
    const body = compileSources([
      textFile(
        'rule.md',
        '## Robots Walk\n\nA robot walks.\n\n**What’s new:** It walks.\n\n**Why it matters:** Legs.\n\n---\n\n## Chips Get Faster\n\nA chip.\n\n**What’s new:** Faster.\n\n**We’re thinking:** Good.',
      ),
    ]).bodies[0]!
    expect(JSON.stringify(body.stories)).not.toContain('---')
    expect(headlines(body as never)).toEqual(['Robots Walk', 'Chips Get Faster'])
  })
})
