import fc from 'fast-check'
import { linksFit, type TextLink } from '../../src/corpus/schema'
import { jobPosting } from '../../src/compiler/extract'
import type { SourceLine } from '../../src/compiler/normalize'

/** A line as normalize() gives it: trimmed text, and links over some of its words. */
const line = fc
  .tuple(
    fc.array(fc.stringMatching(/^[A-Za-z0-9’'.,:]{1,8}$/), { minLength: 1, maxLength: 10 }),
    fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
  )
  .map(([words, linked]): SourceLine => {
    const links: TextLink[] = []
    let at = 0
    words.forEach((word, i) => {
      if (linked[i])
        links.push({ start: at, end: at + word.length, href: `https://x.example/${i}` })
      at += word.length + 1
    })
    const text = words.join(' ')
    return { no: 1, text, shape: 'text', ordered: false, ...(links.length ? { links } : {}) }
  })

/** Each link with the words it covers. */
const linked = (text: string, links: readonly TextLink[] = []) =>
  links.map((link) => [text.slice(link.start, link.end), link.href])

describe('job postings', () => {
  it('keep every link that lies wholly in the title or the description, over the same words', () => {
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 4 }), (lines) => {
        const job = jobPosting(lines)
        expect(linksFit(job.titleLinks ?? [], job.title.length)).toBe(true)
        expect(linksFit(job.descriptionLinks ?? [], job.description.length)).toBe(true)
        // What each link covered in its line is what it covers in the posting.
        const before = lines.flatMap((l) => linked(l.text, l.links))
        const after = [
          ...linked(job.title, job.titleLinks),
          ...linked(job.description, job.descriptionLinks),
        ]
        for (const kept of after) expect(before).toContainEqual(kept)
        // Only a link over the colon that ends the title may go: neither part holds the colon.
        const [first] = lines
        const colon = first!.text.indexOf(':')
        const spanning = (first!.links ?? []).filter(
          (l) => colon > 0 && l.start <= colon && l.end > colon,
        )
        expect(after).toHaveLength(before.length - spanning.length)
      }),
    )
  })
})
