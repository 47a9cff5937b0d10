// Relevance on the real seed corpus: a labeled query set (typos, multi-word, phrases, take-only
// and letter-only words, headlines) must put the expected document in the top 5.
import { describe, expect, it } from 'vitest'
import { hitKeys, seedSearch } from './seed-search'

interface Labeled {
  query: string
  /** Any of these counts as the right answer. */
  expect: string[]
  kind: 'typo' | 'multi-word' | 'phrase' | 'take-only' | 'letter-only' | 'headline'
}

const story = (id: string) => `story:${id}`
const take = (id: string) => `take:${id}`
const letter = (issueId: string) => `letter:${issueId}`

const LABELED: Labeled[] = [
  {
    kind: 'typo',
    query: 'imagnet',
    expect: [story('2021-04-07-de-facing-imagenet'), story('2020-01-08-imagenet-gets-a-makeover')],
  },
  { kind: 'typo', query: 'deepfkae', expect: [story('2020-01-08-facebook-vs-deepfakes')] },
  { kind: 'typo', query: 'optimzer', expect: [story('2021-01-13-striding-toward-the-minimum')] },
  {
    kind: 'typo',
    query: 'radiolgist',
    expect: [
      story('2020-01-08-cancer-in-the-crosshairs'),
      story('2021-04-07-would-your-doctor-take-ais-advice'),
    ],
  },
  { kind: 'typo', query: 'mamogram', expect: [story('2020-01-08-cancer-in-the-crosshairs')] },
  { kind: 'typo', query: 'voice clonning', expect: [story('2021-03-17-your-words-their-voices')] },
  {
    kind: 'typo',
    query: 'gansformr',
    expect: [story('2021-04-07-attention-for-image-generation')],
  },
  {
    kind: 'typo',
    query: 'auditng algorithms',
    expect: [story('2021-03-17-who-audits-the-auditors')],
  },
  {
    kind: 'typo',
    query: 'contact tracng fax',
    expect: [story('2021-01-13-the-fax-about-tracking-covid')],
  },
  {
    kind: 'multi-word',
    query: 'face blurring privacy',
    expect: [story('2021-04-07-de-facing-imagenet')],
  },
  {
    kind: 'multi-word',
    query: 'uncurated images self-supervised',
    expect: [story('2021-04-07-pretraining-on-uncurated-data')],
  },
  {
    kind: 'multi-word',
    query: 'breast cancer screening',
    expect: [story('2020-01-08-cancer-in-the-crosshairs')],
  },
  {
    kind: 'multi-word',
    query: 'existing drugs protein',
    expect: [story('2021-03-17-old-drugs-for-new-ailments')],
  },
  {
    kind: 'multi-word',
    query: 'stochastic gradient descent',
    expect: [story('2021-01-13-striding-toward-the-minimum')],
  },
  {
    kind: 'multi-word',
    query: 'transformer language model gpu',
    expect: [story('2020-01-08-language-modeling-on-one-gpu')],
  },
  {
    kind: 'multi-word',
    query: 'knowledge distillation cropped labels',
    expect: [story('2021-03-17-good-labels-for-cropped-images')],
  },
  {
    kind: 'phrase',
    query: '"small world"',
    expect: [story('2021-01-13-its-a-small-world-model-after-all')],
  },
  { kind: 'phrase', query: '"gaussian blur"', expect: [story('2021-04-07-de-facing-imagenet')] },
  {
    kind: 'phrase',
    query: '"contact tracing"',
    expect: [story('2021-01-13-the-fax-about-tracking-covid')],
  },
  {
    kind: 'phrase',
    query: '"face recognition"',
    expect: [story('2021-01-13-ai-truths-ai-falsehoods')],
  },
  {
    kind: 'take-only',
    query: 'antidepressant blockbuster',
    expect: [take('2021-03-17-old-drugs-for-new-ailments')],
  },
  {
    kind: 'take-only',
    query: 'paranoia superintelligence',
    expect: [take('2021-01-13-ai-truths-ai-falsehoods')],
  },
  {
    kind: 'take-only',
    query: 'leaderboard',
    expect: [take('2020-01-08-language-modeling-on-one-gpu')],
  },
  { kind: 'take-only', query: 'amoebanet', expect: [take('2020-01-08-easy-on-the-eyes')] },
  {
    kind: 'take-only',
    query: 'outmoded infrastructure',
    expect: [take('2021-01-13-the-fax-about-tracking-covid')],
  },
  { kind: 'letter-only', query: 'edelman trust barometer', expect: [letter('2021-04-07')] },
  { kind: 'letter-only', query: 'homeless encampment', expect: [letter('2021-03-17')] },
  { kind: 'letter-only', query: 'workera recruiter', expect: [letter('2020-01-08')] },
  { kind: 'letter-only', query: 'insurrectionist', expect: [letter('2021-01-13')] },
  { kind: 'headline', query: 'makeover', expect: [story('2020-01-08-imagenet-gets-a-makeover')] },
  { kind: 'headline', query: 'avocado armchair', expect: [story('2021-01-13-tell-me-a-picture')] },
]

/** 1-based rank of the first expected document, or null when it is not in the top `k`. */
function rankOf(entry: Labeled, k: number): number | null {
  const index = hitKeys(entry.query, { limit: k }).findIndex((key) => entry.expect.includes(key))
  return index < 0 ? null : index + 1
}

describe('relevance on the seed corpus', () => {
  it('finds the labeled document in the top 5 for at least 90% of queries', () => {
    expect(LABELED.length).toBeGreaterThanOrEqual(25)
    const ranks = LABELED.map((entry) => rankOf(entry, 5))
    const recallAt5 = ranks.filter((r) => r !== null).length / LABELED.length
    const mrr = ranks.reduce<number>((sum, r) => sum + (r ? 1 / r : 0), 0) / LABELED.length
    const misses = LABELED.filter((_, i) => ranks[i] === null).map((e) => e.query)
    console.info(
      `relevance: ${LABELED.length} queries, recall@5 ${recallAt5.toFixed(3)}, MRR ${mrr.toFixed(3)}` +
        (misses.length ? `, missed: ${misses.join(' | ')}` : ''),
    )
    expect(recallAt5).toBeGreaterThanOrEqual(0.9)
  })

  it.each(['imagnet', 'deepfkae', 'optimzer', 'radiolgist'])(
    'puts the right story in the top 3 for the typo %s',
    (query) => {
      const entry = LABELED.find((e) => e.query === query)!
      expect(rankOf(entry, 3)).not.toBeNull()
    },
  )

  it('ranks documents with all of a query’s words above those with some', () => {
    const { engine, texts } = seedSearch()
    const results = engine.search('breast cancer screening', texts, { limit: 50 })
    const matched = results.hits.map((h) => h.matched)
    expect(matched[0]).toBe(3)
    expect(matched).toEqual([...matched].sort((a, b) => b - a))
  })

  it('matches a quoted phrase as a phrase, not as loose words', () => {
    const { engine, texts } = seedSearch()
    const loose = engine.search('small world', texts, { limit: 50 }).hits.length
    const phrase = engine.search('"small world"', texts, { limit: 50 }).hits
    expect(phrase.length).toBeGreaterThan(0)
    expect(phrase.length).toBeLessThan(loose)
    for (const hit of phrase) {
      const doc = texts.get(hit.type, hit.issueId, hit.storyId)!
      expect(doc.segments.some((s) => /small world/i.test(s.text))).toBe(true)
    }
  })

  it('ranks a headline match above body matches', () => {
    const keys = hitKeys('deepfakes')
    expect(keys[0]).toBe(story('2020-01-08-facebook-vs-deepfakes'))
    expect(keys.length).toBeGreaterThan(1)
  })

  it('deep-links a hit to the section that matched', () => {
    const { engine, texts } = seedSearch()
    const hit = engine.search('gaussian blur', texts).hits[0]!
    expect(hit.storyId).toBe('2021-04-07-de-facing-imagenet')
    expect(hit.anchor).toBe('how-it-worked')
    expect(hit.snippet!.filter((p) => p.marked).map((p) => p.text)).toContain('Gaussian blur')
  })
})
