// The session the worker runs: loads and validates the index, fetches only the issue bodies its
// top hits need, and survives a body that fails to load.
import { describe, expect, it } from 'vitest'
import { corpusPaths } from '../../src/corpus/schema'
import { buildSearchIndex } from '../../src/search/build-index'
import { SearchSession } from '../../src/search/search-session'
import { compileSeedBodies } from './seed-search'

const bodies = compileSeedBodies()
const files = new Map<string, unknown>([
  [`/${corpusPaths.searchIndex}`, buildSearchIndex(bodies)],
  ...bodies.map((b) => [`/${corpusPaths.issueBody(b.issue.id)}`, b] as const),
])

function server(fail: (path: string) => boolean = () => false) {
  const requested: string[] = []
  const fetchFn = async (url: string) => {
    const path = new URL(url, 'http://x').pathname
    requested.push(path)
    const json = files.get(path)
    if (json === undefined || fail(path)) return new Response('no', { status: 500 })
    return new Response(JSON.stringify(json))
  }
  return { fetchFn, requested }
}

describe('search session', () => {
  it('fetches only the issues of the hits it shows', async () => {
    const { fetchFn, requested } = server()
    const session = await SearchSession.open('/', fetchFn)
    const answer = await session.query({ query: 'gaussian blur', limit: 1 })
    expect(answer.hits[0]!.storyId).toBe('2021-04-07-de-facing-imagenet')
    expect(answer.hits[0]!.snippet).not.toBeNull()
    expect(requested).toEqual(['/corpus/search-index.json', '/corpus/issues/2021-04-07.json'])
  })

  it('still answers, without snippets, when an issue body fails to load', async () => {
    const { fetchFn } = server((path) => path.includes('/issues/'))
    const session = await SearchSession.open('/', fetchFn)
    const answer = await session.query({ query: 'imagenet' })
    expect(answer.hits.length).toBeGreaterThan(0)
    expect(answer.hits.every((h) => h.snippet === null)).toBe(true)
  })

  it('refuses an index that is not valid', async () => {
    const fetchFn = async () => new Response(JSON.stringify({ version: 1, terms: 'nope' }))
    await expect(SearchSession.open('/', fetchFn)).rejects.toThrow(/corpus format/)
  })

  it('suggests existing words when nothing matches', async () => {
    const { fetchFn } = server()
    const session = await SearchSession.open('/', fetchFn)
    const answer = await session.query({ query: 'radiolgy qqqzzz' })
    expect(answer.hits).toEqual([])
    expect(answer.suggestions).toContain('radiologist')
  })

  it('suggests no other spelling when the words are in another type of document', async () => {
    const { fetchFn } = server()
    const session = await SearchSession.open('/', fetchFn)
    const answer = await session.query({ query: 'edelman', type: 'story' })
    expect(answer.hits).toEqual([])
    expect(answer.typeCounts.letter).toBeGreaterThan(0)
    expect(answer.suggestions).toEqual([])
  })
})
