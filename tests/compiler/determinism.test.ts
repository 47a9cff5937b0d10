import fc from 'fast-check'
import { compileSources } from '../../src/compiler/compile'
import { CATALOG_LINE_LISTS } from '../../src/corpus/schema'
import { stringifyListsByLine } from '../../src/lib/lined-json'
import { normalizeIssue } from '../../src/compiler/normalize'
import { readSource } from '../../src/compiler/read'
import { segmentIssue } from '../../src/compiler/segment'
import { loadFolder, SEEDS_DIR, textFile } from './helpers'

const seeds = loadFolder(SEEDS_DIR)
const seedTexts = seeds.files.map((f) => new TextDecoder().decode(f.bytes))
const serialize = (out: ReturnType<typeof compileSources>) =>
  JSON.stringify([out.catalog, out.bodies, new TextDecoder().decode(out.searchIndexJson)])

/** Every non-blank line is given exactly one role and the batch does not throw. */
function accountsForEveryLine(text: string): void {
  const read = readSource(textFile('x.txt', text)).result
  if (!read) return
  const segmented = segmentIssue(normalizeIssue(read).result).result
  expect(segmented.roles).toHaveLength(segmented.lines.length)
  for (const role of segmented.roles) expect(role).toBeDefined()
}

describe('determinism and stable ids', () => {
  it('the same input gives byte-identical output', () => {
    expect(serialize(compileSources(seeds.files, seeds.manifest))).toBe(
      serialize(compileSources([...seeds.files].reverse(), seeds.manifest)),
    )
  })

  it('the catalog text written is the catalog serialized a summary to a line, the version spliced in after schemaVersion', () => {
    for (const files of [seeds.files, [], [textFile('x.txt', 'Dear friends,\n\nHello.')]]) {
      const out = compileSources(files)
      expect(out.catalogJson).toBe(stringifyListsByLine(out.catalog, CATALOG_LINE_LISTS))
      const lines = new Set(out.catalogJson.split('\n').map((line) => line.replace(/,$/, '')))
      for (const summary of [...out.catalog.issues, ...out.catalog.stories])
        expect(lines.has(JSON.stringify(summary))).toBe(true)
    }
  })

  it('the version changes with any body, even where the catalog stays the same', () => {
    const edited = seedTexts[1]!.replace('used an independent company', 'used an outside company')
    expect(edited).not.toBe(seedTexts[1])
    const before = compileSources(seeds.files, seeds.manifest)
    const after = compileSources(
      seeds.files.map((file, i) => (i === 1 ? textFile(file.name, edited) : file)),
      seeds.manifest,
    )
    const withoutVersion = (out: typeof before) => ({ ...out.catalog, version: '' })
    expect(withoutVersion(after)).toEqual(withoutVersion(before))
    expect(after.catalog.version).toMatch(/^[0-9a-f]{16}$/)
    expect(after.catalog.version).not.toBe(before.catalog.version)
    expect(compileSources(seeds.files, seeds.manifest).catalog.version).toBe(before.catalog.version)
  })

  it('story ids come from the headline, not the position: swapping two stories keeps their ids', () => {
    const text = seedTexts[0]!
    const a = text.indexOf('SEER (1)')
    const b = text.indexOf('INFLUENCE TG')
    const c = text.indexOf('A MESSAGE FROM DEEPLEARNING.AI')
    const swapped = text.slice(0, a) + text.slice(b, c) + text.slice(a, b) + text.slice(c)
    const ids = (t: string) =>
      compileSources([textFile('i.txt', t)])
        .bodies[0]!.stories.map((s) => s.id)
        .sort()
    expect(ids(swapped)).toEqual(ids(text))
    const order = compileSources([textFile('i.txt', swapped)]).bodies[0]!.stories.map(
      (s) => s.headline,
    )
    expect(order.slice(1, 3)).toEqual([
      'Would Your Doctor Take AI’s Advice?',
      'Pretraining on Uncurated Data',
    ])
  })
})

describe('property: the compiler never throws and accounts for every line', () => {
  const lineArb = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.constantFrom(
      'Dear friends,',
      'Keep learning!',
      'Andrew',
      'News',
      'What’s new: x.',
      "We're thinking: y.",
      '  • item',
      '- item',
      'A MESSAGE FROM DEEPLEARNING.AI',
      'Work With Andrew Ng',
      'Copyright 2021',
      'BLUR TG',
      '\u00a0',
      '',
      '# Heading',
      '**Results:** z',
      '![a](b)',
    ),
  )

  it('random line soups', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { maxLength: 60 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        (lines, eol) => {
          const text = lines.join(eol)
          const first = serialize(compileSources([textFile('soup.txt', text)]))
          expect(serialize(compileSources([textFile('soup.txt', text)]))).toBe(first)
          accountsForEveryLine(text)
        },
      ),
      { numRuns: 200 },
    )
  }, 60_000)

  it('random mutations of the seeds: lines dropped, swapped, duplicated, spacing and quotes changed', () => {
    const mutation = fc.record({
      seed: fc.nat(seedTexts.length - 1),
      ops: fc.array(
        fc.record({
          kind: fc.constantFrom('drop', 'swap', 'dup', 'space', 'quote'),
          at: fc.nat(),
          other: fc.nat(),
        }),
        { maxLength: 12 },
      ),
    })
    fc.assert(
      fc.property(mutation, ({ seed, ops }) => {
        const lines = seedTexts[seed]!.split('\n')
        for (const op of ops) {
          const i = op.at % lines.length
          const j = op.other % lines.length
          if (op.kind === 'drop') lines.splice(i, 1)
          else if (op.kind === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!]
          else if (op.kind === 'dup') lines.splice(i, 0, lines[i]!)
          else if (op.kind === 'space') lines[i] = `\u00a0 ${lines[i]}  `
          else lines[i] = lines[i]!.replace(/’/g, "'")
        }
        const text = lines.join('\n')
        const out = compileSources([textFile('mutant.txt', text)])
        expect(serialize(compileSources([textFile('mutant.txt', text)]))).toBe(serialize(out))
        accountsForEveryLine(text)
        const ids = out.bodies.flatMap((b) => b.stories.map((s) => s.id))
        expect(new Set(ids).size).toBe(ids.length)
      }),
      { numRuns: 60 },
    )
  }, 60_000)
})
