import fc from 'fast-check'
import { parseListsByLine, readListsByLine, stringifyListsByLine } from '@/lib/lined-json'

/** A pacer that is always due, counting its pauses: one per item line parsed. */
function countingPacer() {
  const pacer = { due: true, pauses: 0, pause: async () => void pacer.pauses++ }
  return pacer
}

/** JSON.parse's verdict on `text`: its value, or its error's message. */
function verdictOf(text: string): { value: unknown } | { error: string } {
  try {
    return { value: JSON.parse(text) as unknown }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

async function linedVerdictOf(text: string): Promise<{ value: unknown } | { error: string }> {
  try {
    return { value: await parseListsByLine(text, countingPacer()) }
  } catch (error) {
    return { error: (error as Error).message }
  }
}

const catalogLike = fc.record({
  schemaVersion: fc.integer(),
  issues: fc.array(fc.jsonValue()),
  stories: fc.array(fc.jsonValue()),
  topics: fc.array(fc.jsonValue()),
})
const LISTS = ['issues', 'stories']

describe('JSON with a list item to a line', () => {
  it('is JSON.stringify’s value, and reads back item by item', async () => {
    await fc.assert(
      fc.asyncProperty(catalogLike, async (value) => {
        const text = stringifyListsByLine(value, LISTS)
        const expected = JSON.parse(JSON.stringify(value)) as unknown
        expect(JSON.parse(text)).toEqual(expected)
        const pacer = countingPacer()
        expect(await parseListsByLine(text, pacer)).toEqual(expected)
        // Paced between items: the reader can type while a long list is parsed.
        expect(pacer.pauses).toBe(value.issues.length + value.stories.length)
      }),
    )
  })

  it('puts each item of the named lists on its own line and nothing else', () => {
    const text = stringifyListsByLine({ v: 1, issues: [{ a: 'x\ny' }, 2], topics: [3, 4] }, LISTS)
    expect(text.split('\n')).toEqual([
      '{"v":1,"issues":[',
      '{"a":"x\\ny"},',
      '2',
      '],"topics":[3,4]}',
    ])
  })

  it('parses JSON in any other layout whole, with the same result', async () => {
    const value = { issues: [1, 2], nested: { list: [[1], { a: [] }] } }
    for (const text of [JSON.stringify(value), JSON.stringify(value, null, 2), '[\n1,\n2\n]']) {
      expect(await parseListsByLine(text, countingPacer())).toEqual(JSON.parse(text))
    }
  })

  it.each([
    ['a missing comma between items', '{"issues":[\n1\n2\n]}'],
    ['a comma after the last item', '{"issues":[\n1,\n2,\n]}'],
    ['a broken item', '{"issues":[\n{"a":\n]}'],
    ['a list never closed', '{"issues":[\n1,\n2'],
    ['a broken outline', '{"issues":[\n1\n],}'],
  ])('rejects %s with JSON.parse’s own error', async (_case, text) => {
    expect(await linedVerdictOf(text)).toEqual(verdictOf(text))
    expect(verdictOf(text)).toHaveProperty('error')
  })

  it('agrees with JSON.parse on any damaged text, valid or not', async () => {
    const damaged = fc
      .tuple(catalogLike, fc.nat(), fc.constantFrom('', ',', '\n', ']', '[', '"', ' '))
      .map(([value, at, insert]) => {
        const text = stringifyListsByLine(value, LISTS)
        const cut = at % (text.length + 1)
        // Either a character dropped or one inserted at `cut`.
        return insert === ''
          ? text.slice(0, cut) + text.slice(cut + 1)
          : text.slice(0, cut) + insert + text.slice(cut)
      })
    await fc.assert(
      fc.asyncProperty(damaged, async (text) => {
        expect(await linedVerdictOf(text)).toEqual(verdictOf(text))
      }),
    )
  })
})

describe('reading a response a line at a time', () => {
  it('decodes a body split inside a character and parses it', async () => {
    const value = { issues: [{ headline: 'Café “quotes” — ✓' }, { headline: 'two' }] }
    const bytes = new TextEncoder().encode(stringifyListsByLine(value, LISTS))
    // Chunks of 3 bytes cut the multi-byte characters in two.
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 3) controller.enqueue(bytes.slice(at, at + 3))
        controller.close()
      },
    })
    expect(await readListsByLine(new Response(body))).toEqual(value)
  })

  it('drops a leading byte-order mark, as response.json() does', async () => {
    const response = new Response('\uFEFF{"issues":[\n1\n]}')
    expect(await readListsByLine(response)).toEqual({ issues: [1] })
  })
})
