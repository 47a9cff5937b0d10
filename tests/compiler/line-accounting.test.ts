// "Nothing is lost": every non-blank input line gets exactly one place, and its text shows up
// in the output field of that place.
import { readSource } from '../../src/compiler/read'
import { normalizeIssue, splitLines } from '../../src/compiler/normalize'
import { segmentIssue } from '../../src/compiler/segment'
import { SEEDS_DIR, loadFolder } from './helpers'
import { compileSources } from '../../src/compiler/compile'

const nonBlankLineNumbers = (text: string) =>
  splitLines(text)
    .map((line, i) => (/[^\s\u00a0\ufeff\u200b]/.test(line) ? i + 1 : null))
    .filter((n): n is number => n !== null)

describe('line accounting on the seeds', () => {
  const { files, manifest } = loadFolder(SEEDS_DIR)
  const output = compileSources(files, manifest)

  it.each(files.map((file) => [file.name, file] as const))(
    '%s: every non-blank line has one place and none is unplaced',
    (_name, file) => {
      const read = readSource(file).result!
      const segmented = segmentIssue(normalizeIssue(read).result).result
      expect(segmented.lines.map((line) => line.no)).toEqual(nonBlankLineNumbers(read.text))
      expect(segmented.roles).toHaveLength(segmented.lines.length)
      expect(segmented.roles.filter((role) => role.kind === 'unplaced')).toEqual([])

      const body = output.bodies.find((b) => b.issue.sourceFile === file.name)!
      const placedText = JSON.stringify(body)
      segmented.roles.forEach((role, i) => {
        const line = segmented.lines[i]!
        if (role.kind === 'image' || role.kind === 'heading') return
        // A take's stray marker is the one piece of placed text that is removed on purpose.
        const text = line.text.replace(/\s*\(\d{1,3}\)$/, '')
        const probe = text.split(':').pop()!.trim().slice(0, 40)
        expect(placedText, `line ${line.no} (${role.kind})`).toContain(
          JSON.stringify(probe).slice(1, -1),
        )
      })
    },
  )

  it('drops image lines and footer icons as noise, not text', () => {
    const f000 = files.find((f) => f.name.startsWith('000'))!
    const segmented = segmentIssue(normalizeIssue(readSource(f000).result!).result).result
    const images = segmented.lines
      .filter((_, i) => segmented.roles[i]!.kind === 'image')
      .map((line) => line.text)
    expect(images).toEqual(
      expect.arrayContaining([
        '4_7',
        'Screen Shot 2021-04-06 at 2.07.27 PM copy',
        'BLUR TG',
        'SEER (1)',
        'INFLUENCE TG',
        'The Batch (1)-1',
        'upmix',
        'ezgif.com-gif-maker - 2021-03-30T133105.644',
      ]),
    )
    expect(images.some((text) => text.startsWith('facebook-dark'))).toBe(true)
    const body = output.bodies.find((b) => b.issue.sourceFile === f000.name)!
    expect(body.issue.footer.join('\n')).not.toContain('facebook-dark')
  })
})
