// Output files are written over in place: the new content must replace the old one exactly.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { overwriteFileSync } from '../../src/compiler/overwrite-file'

const fileIn = (name: string) => path.join(mkdtempSync(path.join(tmpdir(), 'overwrite-')), name)

describe('overwriteFileSync', () => {
  it('creates a file that does not exist yet', () => {
    const file = fileIn('new.json')
    overwriteFileSync(file, '{"a":1}')
    expect(readFileSync(file, 'utf8')).toBe('{"a":1}')
  })

  it('cuts an earlier, longer version at the new end', () => {
    const file = fileIn('body.json')
    writeFileSync(file, 'x'.repeat(100_000))
    overwriteFileSync(file, new TextEncoder().encode('{"short":true}'))
    expect(readFileSync(file, 'utf8')).toBe('{"short":true}')
  })

  it('replaces a shorter version and writes text as UTF-8', () => {
    const file = fileIn('body.json')
    writeFileSync(file, 'old')
    const text = `{"headline":"Café ’s 🤖 ${'long '.repeat(20_000)}"}`
    overwriteFileSync(file, text)
    expect(readFileSync(file, 'utf8')).toBe(text)
  })

  it('throws, as writeFileSync does, when the folder is missing', () => {
    expect(() => overwriteFileSync(path.join(fileIn('gone'), 'x.json'), '{}')).toThrow(/ENOENT/)
  })
})
