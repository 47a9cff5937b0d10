import { catalogValidator } from '@/corpus/list-validators'
import { catalogSchema } from '@/corpus/schema'
import { fixtureCatalog } from '../fixtures/corpus-fixture'

/** The fixture catalog with its stories repeated under fresh ids: a long list to slice. */
function longCatalog(copies: number) {
  const stories = Array.from({ length: copies }, (_, n) =>
    fixtureCatalog.stories.map((story) => ({ ...story, id: `${story.id}-${n}` })),
  ).flat()
  return { ...fixtureCatalog, stories }
}

describe('checking the catalog in slices', () => {
  afterEach(() => vi.restoreAllMocks())

  it('accepts what the whole schema accepts and returns the same data', async () => {
    const catalog = longCatalog(3)
    const withExtraField = {
      ...catalog,
      stories: [{ ...catalog.stories[0], extra: 1 }, ...catalog.stories.slice(1)],
    }
    const result = await catalogValidator(structuredClone(withExtraField))
    expect(result).toEqual({ success: true, data: catalogSchema.parse(withExtraField) })
  })

  it('names the first bad item by its path, as the whole schema would', async () => {
    const catalog = longCatalog(2)
    catalog.stories[5] = { ...catalog.stories[5]!, headline: '' }
    const result = await catalogValidator(catalog)
    expect(result.success).toBe(false)
    if (!result.success) expect(result.problems[0]).toMatch(/^stories\.5\.headline: /)
  })

  it('rejects a broken envelope before looking at any item', async () => {
    const result = await catalogValidator({ ...fixtureCatalog, schemaVersion: 99 })
    expect(result.success).toBe(false)
    if (!result.success) expect(result.problems[0]).toMatch(/^schemaVersion: /)
  })

  it('gives the main thread back between slices of a long list', async () => {
    // Each check "takes" a millisecond, so the slices are short and the yields many.
    let now = 0
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1))
    const setTimeoutSpy = vi.spyOn(globalThis, 'setTimeout')
    const catalog = longCatalog(20)
    const result = await catalogValidator(catalog)
    expect(result.success).toBe(true)
    expect(setTimeoutSpy.mock.calls.length).toBeGreaterThan(catalog.stories.length / 10)
  })
})
