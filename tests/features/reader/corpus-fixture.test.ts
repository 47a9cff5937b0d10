import { catalogSchema, issueBodySchema } from '@/corpus/schema'
import { fixtureBodies, fixtureCatalog } from '../../fixtures/corpus-fixture'

describe('corpus fixture', () => {
  it('is a valid catalog', () => {
    expect(catalogSchema.safeParse(fixtureCatalog).error).toBeUndefined()
  })

  it.each(Object.keys(fixtureBodies))('issue body %s is valid', (id) => {
    expect(issueBodySchema.safeParse(fixtureBodies[id]).error).toBeUndefined()
  })

  it('covers the cases the views must handle', () => {
    expect(fixtureCatalog.issues.some((i) => i.date === null)).toBe(true)
    expect(Object.values(fixtureBodies).some((b) => b.issue.sponsors.length > 0)).toBe(true)
    expect(Object.values(fixtureBodies).some((b) => b.issue.jobs.length > 0)).toBe(true)
    expect(JSON.stringify(fixtureCatalog)).toContain('<script>alert(1)</script>')
  })
})
