// The topic taxonomy and the deterministic rules that assign topics to stories and letters at
// compile time. The compiler's enrich stage calls assignTopics(); the catalog carries the taxonomy.
//
// How a topic is scored (so a maintainer can predict it):
//   - Text is split into lowercase ascii words; each topic has weighted terms: a word, a phrase,
//     or a prefix ending in `*` (`radiolog*` matches "radiologists").
//   - A term's hits count 3× in the headline, 2× in the dek and 1× in the body; the term adds
//     weight × log2(1 + weighted hits), so one word repeated twenty times cannot swamp a topic.
//   - `ignore` phrases hide words a topic would otherwise misread ("hate speech" is not audio).
//   - A story keeps every topic scoring at least MIN_SCORE and at least RELATIVE_CUTOFF of its
//     best topic, at most MAX_TOPICS of them. If none clears the bar, the best-scoring topic is
//     kept anyway; if no term matches at all, FALLBACK_TOPIC is used. Text without words gets none.
// Relative imports only: this file runs under the Node compiler as well as in the Vite app.
import { parseTerm, termMatcher, type ParsedTerm, type ScannedText } from './topic-matcher'
import type { TopicAssignment } from './schema'

export interface TopicText {
  headline: string
  dek: string
  body: string
}

/** The Batch's own sections, or a subject its stories keep returning to. */
export type TopicKind = 'section' | 'subject'

export interface TopicDefinition {
  slug: string
  name: string
  /** One line, shown on /topics. */
  description: string
  kind: TopicKind
  /** Term → weight. Weights run from 1 (suggestive) to 4 (decisive). */
  terms: Readonly<Record<string, number>>
  /** Phrases whose words must not count for this topic. */
  ignore?: readonly string[]
}

export const MAX_TOPICS = 4
export const MIN_SCORE = 8
export const RELATIVE_CUTOFF = 0.3
export const FALLBACK_TOPIC = 'ai-and-society'
const FIELD_WEIGHT = { headline: 3, dek: 2, body: 1 } as const
/** How many deciding words a topic reports; enough to explain it, short enough to read. */
const MAX_MATCHED = 6

export const topicTaxonomy: readonly TopicDefinition[] = [
  // ---- The Batch's sections ----
  {
    slug: 'ml-research',
    name: 'ML Research',
    description: 'New models, architectures and training methods from research papers.',
    kind: 'section',
    terms: {
      researchers: 1.5,
      paper: 1.5,
      papers: 1,
      'key insight': 2,
      'state of the art': 2.5,
      architecture: 2,
      architectures: 2,
      benchmark: 2,
      'neural network*': 1.5,
      'attention layer*': 2,
      transformer: 1.5,
      transformers: 1.5,
      'pretrain*': 1.5,
      'fine tun*': 1.5,
      'loss function': 2,
      optimizer: 2,
      optimizers: 2,
      'gradient*': 1.5,
      parameters: 1.5,
      'embedding*': 1.5,
      'self supervised': 2.5,
      autoencoder: 2,
      convolutional: 1.5,
      lstm: 1.5,
      'top 1': 1.5,
    },
  },
  {
    slug: 'business',
    name: 'Business',
    description: 'Companies, products, startups, deals and the market for AI.',
    kind: 'section',
    terms: {
      'startup*': 2.5,
      investment: 2.5,
      investors: 2.5,
      revenue: 2.5,
      funding: 2.5,
      'acquisition*': 2.5,
      acquired: 2,
      customers: 2,
      'market*': 1.5,
      'business*': 2,
      industry: 1.5,
      vendor: 1.5,
      vendors: 1.5,
      'venture capital': 3,
      profit: 1.5,
      'for profit': 1,
      enterprise: 2,
      'commercial*': 1.5,
      ads: 1.5,
      'advertis*': 1.5,
      ipo: 3,
      'valuation*': 2.5,
      hiring: 2,
      workforce: 2,
    },
  },
  {
    slug: 'science',
    name: 'Science',
    description: 'AI that helps discover things: biology, chemistry, physics, climate and space.',
    kind: 'section',
    terms: {
      'protein*': 3,
      gene: 2.5,
      genes: 2.5,
      genetic: 2,
      'molecul*': 3,
      'chemi*': 2,
      physics: 3,
      physicists: 3,
      climate: 3,
      'astronom*': 3,
      telescope: 3,
      'biolog*': 2.5,
      rna: 2.5,
      dna: 2.5,
      'drug discovery': 3,
      'materials science': 3,
      scientists: 1.5,
      scientific: 1.5,
      'cell line*': 2,
      fusion: 2,
      weather: 2,
      'earthquake*': 2.5,
    },
  },
  {
    slug: 'culture',
    name: 'Culture',
    description: 'AI in art, music, film, games and everyday entertainment.',
    kind: 'section',
    terms: {
      'music*': 2.5,
      song: 2.5,
      songs: 2.5,
      'artist*': 2.5,
      artwork: 2.5,
      'painting*': 2.5,
      film: 2,
      films: 2,
      'movie*': 2,
      actor: 2.5,
      actors: 2.5,
      entertainment: 2.5,
      'celebrit*': 2,
      karaoke: 2.5,
      'remix*': 2.5,
      tv: 1.5,
      television: 2,
      hollywood: 3,
      'video game*': 2,
      'novel*': 1,
      poetry: 2.5,
      'creativ*': 1.5,
    },
  },
  {
    slug: 'hardware',
    name: 'Hardware',
    description: 'Chips, GPUs, robots, devices and the compute that runs AI.',
    kind: 'section',
    terms: {
      gpu: 3,
      gpus: 3,
      chip: 2.5,
      chips: 2.5,
      'semiconductor*': 3,
      'robot*': 2.5,
      drone: 2.5,
      drones: 2.5,
      nvidia: 3,
      tpu: 3,
      tpus: 3,
      'processor*': 2.5,
      'data center*': 2.5,
      'sensor*': 1.5,
      smartphone: 1.5,
      'edge device*': 2.5,
      supercomputer: 3,
      compute: 1.5,
      'self driving': 2.5,
      'autonomous vehicle*': 2.5,
      hardware: 2.5,
    },
  },
  {
    slug: 'ai-and-society',
    name: 'AI & Society',
    description: 'How AI touches people: trust, jobs, democracy, ethics and misinformation.',
    kind: 'section',
    terms: {
      disinformation: 3,
      misinformation: 3,
      'democra*': 2.5,
      'election*': 2.5,
      'ethic*': 2.5,
      'trust*': 1.5,
      'social media': 2,
      society: 2,
      societal: 2,
      'polariz*': 2.5,
      'hate speech': 3,
      'propagand*': 3,
      'responsible ai': 3,
      'social impact': 2.5,
      jobs: 1.5,
      automation: 1.5,
      public: 1,
      politicians: 2,
      'political*': 2,
      'harm*': 1.5,
      'falsehood*': 2.5,
      'false claims': 2.5,
      workers: 1.5,
      misleading: 2,
      'homeless*': 2.5,
      poverty: 2.5,
      inequality: 2.5,
    },
  },
  // ---- Subjects ----
  {
    slug: 'vision',
    name: 'Computer Vision',
    description: 'Images and video: recognition, detection, faces and visual models.',
    kind: 'subject',
    terms: {
      'computer vision': 4,
      vision: 2,
      imagenet: 3,
      image: 1.5,
      images: 1.5,
      'object detection': 3,
      'image recognition': 3,
      'image classif*': 3,
      'face recognition': 3,
      'facial recognition': 3,
      face: 1.5,
      faces: 1.5,
      facial: 1.5,
      'pixel*': 1.5,
      'video*': 1.5,
      'photo*': 1.5,
      'bounding box*': 2.5,
      'camera*': 2,
      'x ray*': 1.5,
      'mammogram*': 1.5,
      segmentation: 2,
      coco: 2,
      'visual*': 1.5,
    },
  },
  {
    slug: 'language-models',
    name: 'Language Models',
    description: 'Models of text: large language models, chatbots, translation and NLP.',
    kind: 'subject',
    terms: {
      'language model*': 4,
      'language modeling': 4,
      'language processing': 3,
      nlp: 3,
      'gpt*': 3,
      bert: 3,
      'chatbot*': 3,
      'translat*': 2,
      text: 1,
      'token*': 1,
      words: 1,
      'sentence*': 1.5,
      'transformer*': 1,
      lstm: 1.5,
      'large language': 3,
      'question answering': 3,
      'text generation': 3,
      'enwik*': 2,
    },
  },
  {
    slug: 'generative-media',
    name: 'Generative Media',
    description: 'Generated images, voices and video, from GANs and deepfakes to text-to-image.',
    kind: 'subject',
    terms: {
      gan: 3,
      gans: 3,
      gansformer: 2,
      'generative adversarial': 3,
      'deepfake*': 3,
      'image generation': 3,
      'generates images': 3,
      'generate images': 3,
      generative: 2,
      'synthesi*': 1.5,
      'voice clon*': 3,
      'dall e': 3,
      'stylegan*': 3,
      diffusion: 2,
      'text to image': 3,
      'ai generated': 2.5,
      generated: 1,
      'fake*': 1.5,
    },
  },
  {
    slug: 'speech-and-audio',
    name: 'Speech & Audio',
    description: 'Speech recognition, synthetic voices, music and sound.',
    kind: 'subject',
    terms: {
      speech: 2,
      'speech recognition': 3,
      'voice*': 2.5,
      audio: 3,
      'sound*': 2,
      'recording*': 2,
      'transcri*': 2,
      'podcast*': 2,
      spoken: 2,
      'vocal*': 2,
      'acoustic*': 2,
      speakers: 1.5,
      music: 1,
      'phonetic*': 2.5,
      'text to speech': 3,
    },
    ignore: ['hate speech', 'free speech'],
  },
  {
    slug: 'health',
    name: 'Health & Medicine',
    description: 'Diagnosis, medical imaging, drugs, hospitals and patients.',
    kind: 'subject',
    terms: {
      'medic*': 2,
      'doctor*': 2.5,
      'physician*': 2.5,
      'patient*': 2.5,
      'hospital*': 2.5,
      'diagnos*': 2.5,
      'cancer*': 3,
      'clinic*': 2,
      'disease*': 2.5,
      drug: 2,
      drugs: 2,
      'covid*': 2,
      health: 1.5,
      'health care': 2,
      healthcare: 2,
      'radiolog*': 3,
      'tumor*': 3,
      pandemic: 2,
      'mammogram*': 3,
      'symptom*': 2,
      coronavirus: 2,
      'pharma*': 2,
      'illness*': 2,
      'antivir*': 2,
    },
  },
  {
    slug: 'privacy',
    name: 'Privacy',
    description: 'Personal data, consent, surveillance and anonymization.',
    kind: 'subject',
    terms: {
      privacy: 3,
      consent: 2.5,
      surveillance: 3,
      'personal data': 3,
      'personal information': 3,
      'anonymi*': 3,
      'face recognition': 2,
      'facial recognition': 2,
      gdpr: 3,
      'data protection': 3,
      'blur*': 1.5,
      'license plates': 1.5,
      'contact tracing': 2,
      tracking: 1,
      'identify*': 1,
    },
  },
  {
    slug: 'bias-and-fairness',
    name: 'Bias & Fairness',
    description: 'Biased data and models, fairness, discrimination and representation.',
    kind: 'subject',
    terms: {
      bias: 2.5,
      biases: 2.5,
      biased: 2.5,
      fairness: 3,
      fair: 1.5,
      'discriminat*': 2.5,
      'racial*': 2.5,
      gender: 2,
      'stereotype*': 3,
      diversity: 2,
      'demographic*': 2,
      'equit*': 2,
      offensive: 1.5,
      'slur*': 2.5,
      'underrepresent*': 2.5,
      'skin color': 2.5,
      'skin tone*': 1.5,
    },
  },
  {
    slug: 'policy-and-law',
    name: 'Policy & Law',
    description: 'Regulation, legislation, courts, governments and law enforcement.',
    kind: 'subject',
    terms: {
      'regulat*': 3,
      law: 2,
      laws: 2.5,
      'lawsuit*': 3,
      'lawmaker*': 3,
      'legislat*': 3,
      congress: 2.5,
      'government*': 2,
      ban: 2,
      banned: 2,
      bans: 2,
      court: 2,
      courts: 2,
      police: 2,
      'law enforcement': 2,
      bill: 1.5,
      bills: 1.5,
      policy: 1.5,
      policies: 2,
      'audit*': 1.5,
      mandatory: 2,
      copyright: 2,
      prison: 1.5,
      'criminal justice': 2,
      senate: 1.5,
      officials: 1.5,
    },
    ignore: ['policy model', 'policy network', 'policy gradient'],
  },
  {
    slug: 'reinforcement-learning',
    name: 'Reinforcement Learning',
    description: 'Agents that learn by trial, error and reward, in games, control and robotics.',
    kind: 'subject',
    terms: {
      'reinforcement learning': 4,
      'reward*': 2,
      agent: 2,
      agents: 2,
      atari: 3,
      'world model*': 3,
      'self play': 3,
      alphago: 3,
      alphazero: 3,
      muzero: 3,
      'policy model': 2,
      'q learning': 3,
      simulation: 1.5,
      'trial and error': 2,
    },
  },
  {
    slug: 'data',
    name: 'Data',
    description: 'Datasets, labeling, data quality and data-centric AI.',
    kind: 'subject',
    terms: {
      dataset: 2,
      datasets: 2,
      'data set*': 2,
      'label*': 2,
      'annotat*': 2.5,
      'data centric': 3,
      'curat*': 2,
      'training data': 2,
      'synthetic data': 3,
      'augment*': 2,
      'crowdsourc*': 2,
      'scrap*': 1.5,
      uncurated: 2,
      unlabeled: 2,
    },
  },
  {
    slug: 'careers-and-learning',
    name: 'Careers & Learning',
    description: 'Building a career in AI: skills, roles, teams, courses and education.',
    kind: 'subject',
    terms: {
      'career*': 3,
      skill: 2,
      skills: 2,
      'job title*': 2.5,
      roles: 1.5,
      'recruiter*': 2.5,
      course: 2,
      courses: 2,
      'education*': 2,
      students: 2,
      'teach*': 1.5,
      curriculum: 2.5,
      'mentor*': 2,
      'job seeker*': 3,
      'interview*': 1,
      aspiring: 2,
    },
  },
]

interface CompiledTopic {
  slug: string
  /** Each term as an index into `matchable`, with its weight. */
  terms: { id: number; weight: number }[]
  ignore: number[]
}

// Every distinct term and ignore phrase of the taxonomy, parsed once and found in one pass over
// a field's words, however many topics share them.
const matchable: ParsedTerm[] = []
const matchableIds = new Map<string, number>()
function matchableId(source: string): number {
  const term = parseTerm(source)
  const key = `${term.tokens.join(' ')}${term.prefix ? '*' : ''}`
  let id = matchableIds.get(key)
  if (id === undefined) {
    id = matchable.push(term) - 1
    matchableIds.set(key, id)
  }
  return id
}

const compiled: CompiledTopic[] = topicTaxonomy.map((topic) => ({
  slug: topic.slug,
  terms: Object.entries(topic.terms).map(([source, weight]) => ({
    id: matchableId(source),
    weight,
  })),
  ignore: (topic.ignore ?? []).map(matchableId),
}))
const matcher = termMatcher(matchable)

type Field = keyof typeof FIELD_WEIGHT
const FIELDS = Object.keys(FIELD_WEIGHT) as Field[]

/** One field's words and, per matchable term, the positions where it starts. */
interface FieldHits {
  words: ScannedText
  starts: Map<number, number[]>
}

function findHits(text: string): FieldHits {
  const starts = new Map<number, number[]>()
  const words = matcher.scanText(text, (id, start) => {
    const list = starts.get(id)
    if (list) list.push(start)
    else starts.set(id, [start])
  })
  return { words, starts }
}

/** The words of a hit as they appear in the text (lowercased): "radiologists" for `radiolog*`. */
function surface(field: FieldHits, id: number, start: number): string {
  const length = (matchable[id] as ParsedTerm).tokens.length
  let spelled = field.words.wordAt(start)
  for (let offset = 1; offset < length; offset++)
    spelled += ` ${field.words.wordAt(start + offset)}`
  return spelled
}

/** Token positions covered by any `ignore` phrase: matches starting there do not count. */
function maskedPositions(field: FieldHits, ignore: readonly number[]): Set<number> {
  const masked = new Set<number>()
  for (const id of ignore) {
    const length = (matchable[id] as ParsedTerm).tokens.length
    for (const start of field.starts.get(id) ?? [])
      for (let at = start; at < start + length; at++) masked.add(at)
  }
  return masked
}

type FoundText = Record<Field, FieldHits>
type Masks = Record<Field, Set<number>>

const NOTHING_MASKED: Masks = { headline: new Set(), dek: new Set(), body: new Set() }

/** Per matchable term, 1 when it occurs in any field: one lookup per term and topic, not three. */
function occurring(text: FoundText): Uint8Array {
  const present = new Uint8Array(matchable.length)
  for (const field of FIELDS) for (const id of text[field].starts.keys()) present[id] = 1
  return present
}

/** A topic's score, and what it needs to say which words decided it. */
interface ScoredTopic {
  topic: CompiledTopic
  score: number
  masks: Masks
  /** The terms that scored, highest first. */
  contributions: { id: number; score: number }[]
}

/** The hits of term `id` outside the masks, each weighted by its field. */
function weightedHits(text: FoundText, masks: Masks, id: number): number {
  let hits = 0
  for (const field of FIELDS) {
    for (const start of text[field].starts.get(id) ?? [])
      if (!masks[field].has(start)) hits += FIELD_WEIGHT[field]
  }
  return hits
}

// Scoring needs only hit counts; the words a topic reports are spelled out afterwards, and only
// for the topics a story keeps.
function scoreTopic(text: FoundText, topic: CompiledTopic, present: Uint8Array): ScoredTopic {
  // Most topics match nothing in a given story: only terms that occur are scored.
  const found = topic.terms.filter(({ id }) => present[id] === 1)
  const masks =
    found.length === 0 || topic.ignore.length === 0
      ? NOTHING_MASKED
      : {
          headline: maskedPositions(text.headline, topic.ignore),
          dek: maskedPositions(text.dek, topic.ignore),
          body: maskedPositions(text.body, topic.ignore),
        }
  const contributions: ScoredTopic['contributions'] = []
  for (const { id, weight } of found) {
    const hits = weightedHits(text, masks, id)
    if (hits > 0) contributions.push({ id, score: weight * Math.log2(1 + hits) })
  }
  // Summed highest first; equal scores are equal numbers, so their order cannot change the sum.
  contributions.sort((a, b) => b.score - a.score)
  const score = contributions.reduce((sum, c) => sum + c.score, 0)
  // Two decimals: stable output across runs and readable in the compile report.
  return { topic, score: Math.round(score * 100) / 100, masks, contributions }
}

/** A term's distinct unmasked surfaces, sorted. */
function surfacesOf(text: FoundText, masks: Masks, id: number): string[] {
  const surfaces = new Set<string>()
  for (const field of FIELDS) {
    for (const start of text[field].starts.get(id) ?? [])
      if (!masks[field].has(start)) surfaces.add(surface(text[field], id, start))
  }
  return [...surfaces].sort()
}

/** The scored topic with the words that decided it: its best terms' surfaces, at most MAX_MATCHED. */
function assignment(text: FoundText, scored: ScoredTopic): TopicAssignment {
  const contributions = scored.contributions
    .map(({ id, score }) => ({ score, surfaces: surfacesOf(text, scored.masks, id) }))
    .sort((a, b) => b.score - a.score || a.surfaces[0]!.localeCompare(b.surfaces[0]!))
  const matched: string[] = []
  for (const c of contributions)
    for (const s of c.surfaces) if (!matched.includes(s)) matched.push(s)
  return { slug: scored.topic.slug, score: scored.score, matched: matched.slice(0, MAX_MATCHED) }
}

function byScoreThenSlug(a: ScoredTopic, b: ScoredTopic): number {
  return (
    b.score - a.score || (a.topic.slug < b.topic.slug ? -1 : a.topic.slug > b.topic.slug ? 1 : 0)
  )
}

function findAll(text: TopicText): FoundText {
  return { headline: findHits(text.headline), dek: findHits(text.dek), body: findHits(text.body) }
}

function scoreFound(found: FoundText): ScoredTopic[] {
  const present = occurring(found)
  return compiled.map((topic) => scoreTopic(found, topic, present)).sort(byScoreThenSlug)
}

function topicsOf(found: FoundText): TopicAssignment[] {
  const scored = scoreFound(found)
  const best = scored[0]
  if (!best) return []
  if (best.score === 0) {
    const hasWords = FIELDS.some((field) => found[field].words.wordCount > 0)
    return hasWords ? [{ slug: FALLBACK_TOPIC, score: 0, matched: [] }] : []
  }
  const bar = Math.max(MIN_SCORE, best.score * RELATIVE_CUTOFF)
  const kept = scored.filter((t) => t.score >= bar).slice(0, MAX_TOPICS)
  return (kept.length > 0 ? kept : [best]).map((t) => assignment(found, t))
}

export interface TopicScan {
  /** 1–4 topics, best first (ties by slug); [] only when the text has no words. */
  topics: TopicAssignment[]
  /**
   * The three fields' reading words (ScannedText.readingWordCount), counted by the same pass over
   * the text; null when a field took the general path, for the caller to count.
   */
  readingWordCount: number | null
}

/** A story's or letter's topics, and the reading words of English text, counted on the way. */
export function scanTopics(text: TopicText): TopicScan {
  const found = findAll(text)
  let readingWordCount: number | null = 0
  for (const field of FIELDS) {
    const count = found[field].words.readingWordCount
    readingWordCount = count === null || readingWordCount === null ? null : readingWordCount + count
  }
  return { topics: topicsOf(found), readingWordCount }
}

/** 1–4 topics for a story or letter, best first (ties by slug); [] only when the text has no words. */
export function assignTopics(text: TopicText): TopicAssignment[] {
  return scanTopics(text).topics
}

export function findTopic(slug: string): TopicDefinition | undefined {
  return topicTaxonomy.find((topic) => topic.slug === slug)
}
