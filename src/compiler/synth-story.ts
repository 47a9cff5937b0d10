// One synthetic news story: a cast (who, what, which numbers), a shape (which labeled sections),
// then sentences added until the story reaches its target length.
import * as phrases from './synth-phrases'
import type { Random } from './synth-random'
import type { SynthTopic } from './synth-topics'
import type { SynthBlock, SynthSection, SynthStory } from './synth-model'
import { applyQuotes, countWords, fillTemplate, type QuoteStyle } from './synth-text'

/** Body words per story (dek, sections, take). Kept inside 400-900 with room for labels and headline. */
export const STORY_WORDS = { min: 450, max: 850 } as const

export interface StoryOptions {
  topic: SynthTopic
  quotes: QuoteStyle
  labelQuotes: QuoteStyle
  /** Markdown issues may number their lists; the text export never does. */
  allowOrderedLists: boolean
  /** Headline keys and patterns already used in this issue (story ids derive from headlines, so they must differ). */
  usedHeadlines: Set<string>
}

type Cast = Record<string, string>

function systemName(random: Random): string {
  const base = random.pick(phrases.systemPrefixes) + random.pick(phrases.systemSuffixes)
  return random.weighted([
    [base, 5],
    [`${base}-${random.int(2, 4)}`, 2],
    [`${base} ${random.int(2, 3)}.${random.int(0, 5)}`, 1],
  ])
}

function bigNumber(random: Random): string {
  return random.pick([
    `${random.int(2, 900)},000`,
    `${random.int(1, 9)}.${random.int(1, 9)} million`,
    `${random.int(10, 500)} million`,
    `${random.int(1, 5)} billion`,
  ])
}

function makeCast(random: Random, topic: SynthTopic): Cast {
  const [org, org2] = random.sample(phrases.organizations, 2)
  const [place, place2] = random.sample(phrases.places, 2)
  return {
    org: org ?? 'Google',
    org2: org2 ?? 'Meta',
    place: place ?? 'the U.S.',
    place2: place2 ?? 'China',
    uni: random.pick(phrases.universities),
    researcher: `${random.pick(phrases.firstNames)} ${random.pick(phrases.lastNames)}`,
    system: systemName(random),
    pub: random.pick(phrases.publications),
    topic: topic.name,
    subject: random.pick(topic.subjects),
    task: random.pick(topic.tasks),
    application: random.pick(topic.applications),
    stakeholders: random.pick(topic.stakeholders),
    dataset: random.pick(topic.datasets),
    architecture: random.pick(topic.architectures),
    baseline: random.pick(topic.baselines),
    metric: random.pick(topic.metrics),
    unit: random.pick(topic.units),
    concern: random.pick(topic.concerns),
    noun: random.pick(topic.headlineNouns),
  }
}

/** Cast values are fixed for the story; numbers are drawn afresh at every use. */
function slotValues(random: Random, cast: Cast): (slot: string) => string | undefined {
  return (slot) => {
    switch (slot) {
      case 'n':
        return String(random.int(3, 48))
      case 'pct':
        return random.chance(0.5)
          ? String(random.int(12, 96))
          : `${random.int(60, 97)}.${random.int(1, 9)}`
      case 'pct2':
        return `${random.int(0, 9)}.${random.int(1, 9)}`
      case 'big':
        return bigNumber(random)
      case 'year':
        return String(random.int(2012, 2023))
      default:
        return cast[slot]
    }
  }
}

const LABELS = {
  whatsNew: ['What’s new', 'What’s new', 'What’s new', 'What’s New'],
  howItWorks: ['How it works', 'How it works', 'How it worked', 'How they work'],
  keyInsight: ['Key insight'],
  results: ['Results'],
  yesBut: ['Yes, but'],
  whyItMatters: ['Why it matters'],
  behindTheNews: ['Behind the news'],
  whatHappened: ['What happened', 'What’s Happening'],
  whatItSays: ['What it says'],
  theStory: ['The story'],
  theResponse: ['The response'],
} as const

/** How far a section may grow: sentences per paragraph, paragraphs, list items. */
interface Caps {
  sentences: number
  paragraphs: number
  bullets: number
}

/** A section under construction: where more sentences or bullets may go. */
interface Draft {
  section: SynthSection
  pool: readonly string[]
  bulletPool: readonly string[] | null
  caps: Caps
  /** Sentences in the section's last block when it is a paragraph. */
  lastSentences: number
}

class StoryWriter {
  private readonly used = new Set<string>()
  private readonly values: (slot: string) => string | undefined
  readonly drafts: Draft[] = []
  words = 0

  private readonly random: Random
  private readonly options: StoryOptions

  constructor(random: Random, cast: Cast, options: StoryOptions) {
    this.random = random
    this.options = options
    this.values = slotValues(random, cast)
  }

  private hasFresh(pool: readonly string[]): boolean {
    for (const template of pool) if (!this.used.has(template)) return true
    return false
  }

  /** A filled sentence from `pool`, preferring templates this story has not used yet. */
  sentence(pool: readonly string[]): string {
    const fresh = pool.filter((t) => !this.used.has(t))
    const template = this.random.pick(fresh.length > 0 ? fresh : pool)
    this.used.add(template)
    return applyQuotes(fillTemplate(template, this.values), this.options.quotes)
  }

  sentences(pool: readonly string[], count: number): string {
    return Array.from({ length: count }, () => this.sentence(pool)).join(' ')
  }

  label(variants: readonly string[]): string {
    return applyQuotes(this.random.pick(variants), this.options.labelQuotes)
  }

  /** A one-off run-in label such as `Cloned like a pro`. */
  runIn(text: string): string {
    return applyQuotes(text, this.options.labelQuotes)
  }

  list(pool: readonly string[], count: number): SynthBlock {
    const ordered = this.options.allowOrderedLists && this.random.chance(0.3)
    return {
      kind: 'list',
      ordered,
      items: Array.from({ length: count }, () => this.sentence(pool)),
    }
  }

  add(
    label: string,
    blocks: SynthBlock[],
    pool: readonly string[],
    caps: Partial<Caps> = {},
    bulletPool: readonly string[] | null = null,
  ): void {
    const section = { label, blocks }
    const last = blocks[blocks.length - 1]
    // Sections start with one or two sentences; either way there is room for more.
    const lastSentences = last?.kind === 'paragraph' ? 1 : 0
    this.drafts.push({
      section,
      pool,
      bulletPool,
      caps: { sentences: 4, paragraphs: 3, bullets: 0, ...caps },
      lastSentences,
    })
    for (const block of blocks)
      this.words += countWords(block.kind === 'paragraph' ? block.text : block.items.join(' '))
  }

  /** The ways `draft` can still grow without repeating a sentence. */
  private moves(draft: Draft): ('bullet' | 'append' | 'paragraph')[] {
    const { blocks } = draft.section
    const last = blocks[blocks.length - 1]
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph').length
    const moves: ('bullet' | 'append' | 'paragraph')[] = []
    if (
      draft.bulletPool &&
      last?.kind === 'list' &&
      last.items.length < draft.caps.bullets &&
      this.hasFresh(draft.bulletPool)
    )
      moves.push('bullet')
    if (this.hasFresh(draft.pool) || this.hasFresh(phrases.elaborations)) {
      if (last?.kind === 'paragraph' && draft.lastSentences < draft.caps.sentences)
        moves.push('append')
      if (paragraphs < draft.caps.paragraphs) moves.push('paragraph')
    }
    return moves
  }

  /**
   * Adds one sentence or bullet to a section that has room; returns false when no section has
   * room left or the story would grow past `max`.
   */
  grow(max: number): boolean {
    const open = this.drafts
      .map((draft) => ({ draft, moves: this.moves(draft) }))
      .filter((d) => d.moves.length > 0)
    if (open.length === 0) return false
    const { draft, moves } = this.random.pick(open)
    // Fill lists and paragraphs before starting new paragraphs, as an editor would.
    const move = this.random.weighted(
      moves.map((m) => [m, m === 'bullet' ? 4 : m === 'append' ? 3 : 1] as const),
    )
    const text = this.sentence(
      move === 'bullet'
        ? (draft.bulletPool ?? draft.pool)
        : [...draft.pool, ...phrases.elaborations],
    )
    const added = countWords(text)
    if (this.words + added > max) return false
    const { blocks } = draft.section
    const last = blocks[blocks.length - 1]
    if (move === 'bullet' && last?.kind === 'list') last.items.push(text)
    else if (move === 'append' && last?.kind === 'paragraph') {
      last.text += ` ${text}`
      draft.lastSentences++
    } else {
      blocks.push({ kind: 'paragraph', text })
      draft.lastSentences = 1
    }
    this.words += added
    return true
  }
}

type Shape = 'research' | 'news' | 'feature' | 'report'

function writeSections(w: StoryWriter, random: Random, shape: Shape, topic: SynthTopic): void {
  const p = phrases
  const para = (text: string): SynthBlock => ({ kind: 'paragraph', text })
  w.add(
    w.label(LABELS.whatsNew),
    [
      para(
        `${w.sentence(topic.research ? p.whatsNewOpeners : p.newsOpeners)} ${w.sentences(p.whatsNewMore, random.int(0, 1))}`.trim(),
      ),
    ],
    p.whatsNewMore,
    { paragraphs: 2 },
  )
  if (shape === 'research') {
    w.add(w.label(LABELS.keyInsight), [para(w.sentence(p.keyInsights))], p.keyInsights, {
      paragraphs: 2,
    })
    w.add(
      w.label(LABELS.howItWorks),
      [para(w.sentence(p.howItWorksLeads)), w.list(p.methodBullets, random.int(2, 4))],
      p.methodBullets,
      { sentences: 2, bullets: 7 },
      p.methodBullets,
    )
    w.add(
      w.label(LABELS.results),
      [para(w.sentences(p.resultSentences, random.int(1, 2)))],
      p.resultSentences,
      { sentences: 4 },
    )
    if (random.chance(0.4))
      w.add(w.label(LABELS.yesBut), [para(w.sentence(p.yesButSentences))], p.yesButSentences, {
        paragraphs: 1,
      })
  } else if (shape === 'news') {
    const label = w.label(random.pick([LABELS.howItWorks, LABELS.whatHappened, LABELS.theStory]))
    w.add(
      label,
      [para(w.sentence(p.newsLeads)), w.list(p.newsBullets, random.int(2, 4))],
      p.newsBullets,
      { sentences: 2, bullets: 7 },
      p.newsBullets,
    )
    if (random.chance(0.3))
      w.add(
        w.label(LABELS.theResponse),
        [para(w.sentences(p.responseSentences, 2))],
        p.responseSentences,
        { paragraphs: 1 },
      )
    w.add(
      w.label(LABELS.behindTheNews),
      [para(w.sentence(p.behindTheNewsSentences))],
      p.behindTheNewsSentences,
      { sentences: 4 },
    )
  } else if (shape === 'feature') {
    const [first, second] = random.sample([...topic.runIns, ...p.genericRunIns], 2)
    w.add(
      w.runIn(first ?? 'The catch'),
      [para(w.sentence(p.newsBullets)), w.list(p.newsBullets, random.int(2, 3))],
      p.elaborations,
      { sentences: 2, bullets: 6 },
      p.newsBullets,
    )
    w.add(
      w.runIn(second ?? 'Early returns'),
      [para(w.sentence(p.behindTheNewsSentences))],
      p.behindTheNewsSentences,
      { sentences: 4 },
    )
    if (random.chance(0.5))
      w.add(
        w.label(LABELS.behindTheNews),
        [para(w.sentence(p.behindTheNewsSentences))],
        p.behindTheNewsSentences,
        { sentences: 4 },
      )
  } else {
    w.add(
      w.label(LABELS.whatItSays),
      [para(w.sentence(p.newsLeads)), w.list(p.newsBullets, random.int(3, 4))],
      p.newsBullets,
      { sentences: 2, bullets: 7 },
      p.newsBullets,
    )
    w.add(
      w.label(LABELS.behindTheNews),
      [para(w.sentence(p.behindTheNewsSentences))],
      p.behindTheNewsSentences,
      { sentences: 4 },
    )
    if (random.chance(0.3))
      w.add(w.label(LABELS.yesBut), [para(w.sentence(p.yesButSentences))], p.yesButSentences, {
        paragraphs: 1,
      })
  }
  w.add(
    w.label(LABELS.whyItMatters),
    [para(w.sentence(p.whyItMattersSentences))],
    p.whyItMattersSentences,
  )
}

function headlineKey(headline: string): string {
  return headline.toLowerCase().replace(/[^a-z0-9]+/g, '')
}

/** A headline unique in its issue, from a pattern no other story in the issue used. */
function pickHeadline(
  random: Random,
  topic: SynthTopic,
  cast: Cast,
  options: StoryOptions,
): string {
  const used = options.usedHeadlines
  const fresh = (pool: readonly string[]) => pool.filter((t) => !used.has(`pattern:${t}`))
  for (let tries = 0; ; tries++) {
    // Topic headlines first; generic patterns, which name the (random) system, as a fallback.
    const topical = fresh(topic.headlines)
    const pool =
      topical.length > 0 && random.chance(0.8) ? topical : fresh(phrases.genericHeadlines)
    const template = random.pick(pool.length > 0 ? pool : phrases.genericHeadlines)
    const values = tries < 8 ? cast : { ...cast, system: `${cast.system}-${tries}` }
    const headline = applyQuotes(
      fillTemplate(template, (slot) => values[slot]),
      options.quotes,
    )
    const key = headlineKey(headline)
    if (!used.has(key)) {
      used.add(key)
      used.add(`pattern:${template}`)
      return headline
    }
  }
}

export function generateStory(
  random: Random,
  options: StoryOptions,
): Omit<SynthStory, 'image' | 'takeMarker'> & { cast: Cast } {
  const { topic } = options
  const cast = makeCast(random, topic)
  const writer = new StoryWriter(random, cast, options)
  const target = random.int(STORY_WORDS.min + 10, STORY_WORDS.max - 40)

  const dek = random.chance(0.35)
    ? `${writer.sentence(phrases.dekFirsts)} ${writer.sentence(phrases.dekSeconds)}`
    : writer.sentence(phrases.dekFirsts)
  const hasTake = random.chance(0.94)
  const takeText = hasTake ? writer.sentences(phrases.takeSentences, random.int(1, 3)) : null
  writer.words += countWords(dek) + (takeText ? countWords(takeText) : 0)

  const shape = random.weighted<Shape>([
    ['research', topic.research ? 4 : 0],
    ['news', 3],
    ['feature', 2],
    ['report', 1],
  ])
  writeSections(writer, random, shape, topic)
  while (writer.words < target && writer.grow(STORY_WORDS.max)) {
    // grow() adds one sentence or bullet per call
  }

  return {
    headline: pickHeadline(random, topic, cast, options),
    dek,
    sections: writer.drafts.map((d) => d.section),
    take: takeText ? { label: writer.label(['We’re thinking']), text: takeText } : null,
    wordCount: writer.words,
    topic: topic.slug,
    cast,
  }
}
