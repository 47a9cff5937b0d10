// Search figures for `npm run bench`: this engine against naive Fuse.js and MiniSearch on the same
// corpus and query set: latency p50/p95, index size (gzip) against the corpus, and load time.
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'
import { gzipSync } from 'node:zlib'
import type { IssueBody, Story } from '../src/corpus/schema'
import { buildSearchIndex } from '../src/search/build-index'
import { DocTextStore } from '../src/search/doc-text-store'
import { SearchEngine } from '../src/search/search-engine'
import { buildQuerySet, type BenchQuery } from './search-query-set'

export interface SearchBenchOptions {
  corpora: { label: string; bodies: IssueBody[] }[]
  /** Stop timing a slow baseline after this long per corpus (naive Fuse needs seconds a query). */
  baselineBudgetMs?: number
}

interface Row {
  engine: string
  timing: Timing
  indexGzip: number
  loadMs: number
}

const RUNS_PER_QUERY = 5
const LIMIT = 20

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!
}

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

interface Timing {
  /** Per query, the median of its timed runs, sorted ascending: what p50/p95 are taken over. */
  perQuery: number[]
  /** Every timed run, sorted ascending (includes the machine's scheduling noise). */
  samples: number[]
  /** The very first query, before the engine's code is warm (what a fresh tab feels). */
  coldMs: number
}

/**
 * Steady-state latency: one untimed pass over the whole set warms the JIT (as a few keystrokes
 * do in a real session), then each query is timed `runs` times. A baseline too slow for that
 * (naive Fuse: seconds a query) skips the warm-up and stops once `budgetMs` is spent.
 */
function latencies(
  queries: readonly BenchQuery[],
  run: (q: string) => unknown,
  options: { budgetMs?: number; runs?: number; warmUp?: boolean } = {},
): Timing {
  const { budgetMs = Infinity, runs = RUNS_PER_QUERY, warmUp = true } = options
  const coldMs = queries[0] ? time(() => run(queries[0]!.text)) : NaN
  if (warmUp) for (const { text } of queries) run(text)
  const samples: number[] = []
  const perQuery: number[] = []
  let spent = 0
  for (const { text } of queries) {
    const runsOfQuery: number[] = []
    for (let i = 0; i < runs; i++) {
      const ms = time(() => run(text))
      runsOfQuery.push(ms)
      spent += ms
    }
    samples.push(...runsOfQuery)
    perQuery.push(runsOfQuery.sort((a, b) => a - b)[Math.floor(runsOfQuery.length / 2)]!)
    if (spent > budgetMs) break
  }
  const ascending = (a: number, b: number) => a - b
  return { perQuery: perQuery.sort(ascending), samples: samples.sort(ascending), coldMs }
}

function median(fn: () => unknown, runs = 5): number {
  const times = Array.from({ length: runs }, () => time(fn)).sort((a, b) => a - b)
  return times[Math.floor(runs / 2)]!
}

const gzipBytes = (text: string) => gzipSync(text).length
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`
const ms = (value: number | null) =>
  value === null || Number.isNaN(value) ? '-' : `${value.toFixed(value < 10 ? 2 : 1)} ms`

function blocksText(blocks: Story['sections'][number]['blocks']): string {
  return blocks.map((b) => (b.type === 'paragraph' ? b.text : b.items.join('\n'))).join('\n')
}

/** The issue's baseline: one flat record per story, full text in `body`. */
function flatStories(bodies: readonly IssueBody[]) {
  return bodies.flatMap((b) =>
    b.stories.map((s) => ({
      id: s.id,
      title: s.headline,
      dek: s.dek,
      take: s.take?.text ?? '',
      topics: s.topics.map((t) => t.slug).join(' '),
      body: s.sections.map((section) => blocksText(section.blocks)).join('\n'),
    })),
  )
}

const FLAT_KEYS = ['title', 'dek', 'take', 'topics', 'body']

const pct = (part: number, whole: number) => `${((100 * part) / whole).toFixed(1)}%`

function formatRow(row: Row, ours: Row): string {
  const p95 = percentile(row.timing.perQuery, 95)
  return [
    `  ${row.engine.padEnd(32)}`,
    ms(percentile(row.timing.perQuery, 50)).padStart(10),
    ms(p95).padStart(10),
    ms(percentile(row.timing.samples, 95)).padStart(11),
    ms(row.timing.coldMs).padStart(11),
    String(row.timing.perQuery.length).padStart(8),
    kb(row.indexGzip).padStart(11),
    ms(row.loadMs).padStart(10),
    `   ${(p95 / percentile(ours.timing.perQuery, 95)).toFixed(1)}x`,
  ].join('')
}

function benchCorpus(label: string, bodies: IssueBody[], budgetMs: number): string[] {
  const storyCount = bodies.reduce((n, b) => n + b.stories.length, 0)
  const queries = buildQuerySet(bodies)
  // What the reader downloads for the corpus: every issue body, gzipped one by one.
  const corpusGzip = bodies.reduce((n, b) => n + gzipBytes(JSON.stringify(b)), 0)

  const buildStart = performance.now()
  const indexJson = JSON.stringify(buildSearchIndex(bodies))
  const buildMs = performance.now() - buildStart
  const indexGzip = gzipBytes(indexJson)
  // Load = what the worker does before it can answer: parse, validate, build lookup tables.
  const loadMs = median(() => SearchEngine.load(JSON.parse(indexJson)).warm())
  const engine = SearchEngine.load(JSON.parse(indexJson))
  engine.warm()
  const texts = DocTextStore.from(bodies)
  const rank = (q: string) => engine.rank(q, { limit: LIMIT })
  const rows: Row[] = [
    { engine: 'batch index: rank', timing: latencies(queries, rank), indexGzip, loadMs },
    {
      engine: 'batch index: rank+snippets',
      timing: latencies(queries, (q) => engine.search(q, texts, { limit: LIMIT })),
      indexGzip,
      loadMs,
    },
  ]

  const stories = flatStories(bodies)
  const miniOptions = { fields: FLAT_KEYS, idField: 'id' }
  const miniSearch = new MiniSearch(miniOptions)
  miniSearch.addAll(stories)
  const miniJson = JSON.stringify(miniSearch)
  rows.push({
    engine: 'MiniSearch (fuzzy 0.2, prefix)',
    timing: latencies(
      queries,
      (q) => miniSearch.search(q, { fuzzy: 0.2, prefix: true }).slice(0, LIMIT),
      { budgetMs },
    ),
    indexGzip: gzipBytes(miniJson),
    loadMs: median(() => MiniSearch.loadJSON(miniJson, miniOptions), 3),
  })

  const fuseOptions = { keys: FLAT_KEYS, ignoreLocation: true }
  const fuseIndex = Fuse.createIndex(FLAT_KEYS, stories)
  const fuseJson = JSON.stringify(fuseIndex.toJSON())
  const fuse = new Fuse(stories, fuseOptions, fuseIndex)
  rows.push({
    engine: 'naive Fuse.js (keys incl. body)',
    timing: latencies(queries, (q) => fuse.search(q, { limit: LIMIT }), {
      budgetMs,
      runs: 1,
      warmUp: false,
    }),
    // Naive Fuse needs the stories' full text in memory as well as its own index.
    indexGzip: gzipBytes(fuseJson),
    loadMs: median(() => new Fuse(stories, fuseOptions, Fuse.parseIndex(JSON.parse(fuseJson))), 3),
  })

  const ours = rows[0]!
  const lines = [
    `search · ${label}: ${storyCount} stories, ${engine.docCount} documents (stories, takes, letters), ${queries.length} queries (typo, prefix, multi-word, phrase, exact), corpus ${kb(corpusGzip)} gzip`,
    `  index: built in ${ms(buildMs)}; ${kb(indexJson.length)} raw, ${kb(indexGzip)} gzip = ${pct(indexGzip, corpusGzip)} of the corpus gzip (budget 40%); load (parse+validate+tables) ${ms(loadMs)}`,
    `  ${'engine'.padEnd(32)}${'p50'.padStart(10)}${'p95'.padStart(10)}${'p95 (runs)'.padStart(11)}${'1st query'.padStart(11)}${'queries'.padStart(8)}${'index gz'.padStart(11)}${'load'.padStart(10)}   p95 vs ours`,
    ...rows.map((row) => formatRow(row, ours)),
  ]
  for (const kind of ['typo', 'prefix', 'multi-word', 'phrase', 'exact'] as const) {
    const subset = queries.filter((q) => q.kind === kind)
    const t = latencies(subset, rank).perQuery
    lines.push(
      `  batch rank, ${kind.padEnd(10)} p50 ${ms(percentile(t, 50))}, p95 ${ms(percentile(t, 95))}  e.g. ${subset[0]?.text ?? ''}`,
    )
  }
  lines.push(
    `  p50/p95 over queries, each query the median of ${RUNS_PER_QUERY} runs after a warm-up pass; "p95 (runs)" over every run; load is the median of 5`,
    `  naive Fuse.js and MiniSearch index stories only (no letters), as the issue's baseline; naive Fuse runs cold, once per query, ${rows[3]!.timing.perQuery.length} of ${queries.length} queries within ${(budgetMs / 1000).toFixed(0)} s`,
  )
  return lines
}

export async function runSearchBench(opts: SearchBenchOptions): Promise<string> {
  const budget = opts.baselineBudgetMs ?? 20_000
  const lines = [
    'Search (issue 4): budgets p95 <= 10 ms at 2,000 stories, <= 50 ms at 20,000; index <= 40% of corpus gzip; load <= 100 ms at 2,000',
  ]
  for (const { label, bodies } of opts.corpora) lines.push(...benchCorpus(label, bodies, budget))
  return lines.join('\n')
}
