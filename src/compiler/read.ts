// Stage 1, read: file → bytes → text. Decodes UTF-8 strictly and falls back to Windows-1252 (a
// superset of Latin-1 for printable text), so a mis-encoded export is still readable and never
// crashes.
import { readFileSync } from 'node:fs'
import { diagnostic, type Diagnostic, type StageResult } from './diagnostics'

export interface SourceFile {
  name: string
  bytes: Uint8Array
}

/**
 * A raw issue known by its path: the thread that compiles it reads it, so a large archive is
 * read on every core and its bytes never cross threads.
 */
export interface SourcePath {
  name: string
  path: string
}

export type SourceInput = SourceFile | SourcePath

export interface ReadText {
  name: string
  text: string
  encoding: 'utf-8' | 'windows-1252'
}

const LARGE_FILE_BYTES = 2 * 1024 * 1024

// Windows-1252 differs from Latin-1 only in 0x80–0x9F (curly quotes, dashes, €). Node's own
// 'windows-1252' decoder maps that range to control characters, so the table lives here.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ'

export function decodeWindows1252(bytes: Uint8Array): string {
  let text = ''
  for (const byte of bytes)
    text += byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : String.fromCharCode(byte)
  return text
}

/** Text files have no NUL bytes; a few in the first 8 KB mark a binary file. */
function looksBinary(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, 8192)
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true
  return false
}

/** The file's bytes, read from disk when only its path is known. */
function readBytes(input: SourceInput): Uint8Array {
  return 'path' in input ? readFileSync(input.path) : input.bytes
}

export function readSource(input: SourceInput): StageResult<ReadText | null> {
  const { name } = input
  let bytes: Uint8Array
  try {
    bytes = readBytes(input)
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message
    return {
      result: null,
      diagnostics: [diagnostic(name, 0, 'READ_FAILED', `the file cannot be read (${reason})`)],
    }
  }
  if (looksBinary(bytes)) {
    return {
      result: null,
      diagnostics: [
        diagnostic(
          name,
          0,
          'BINARY_FILE',
          'the file contains NUL bytes: it is not a text export of an issue',
        ),
      ],
    }
  }
  const diagnostics: Diagnostic[] = []
  if (bytes.length > LARGE_FILE_BYTES) {
    diagnostics.push(
      diagnostic(
        name,
        0,
        'LARGE_FILE',
        `the file is ${(bytes.length / 1048576).toFixed(1)} MB; a real issue is under 100 KB`,
      ),
    )
  }
  let decoded: ReadText
  try {
    decoded = {
      name,
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
    }
  } catch {
    decoded = { name, text: decodeWindows1252(bytes), encoding: 'windows-1252' }
    diagnostics.push(
      diagnostic(
        name,
        0,
        'INVALID_UTF8',
        'the file is not valid UTF-8; decoded it as Windows-1252 (Latin-1)',
      ),
    )
  }
  if (!/[^\s\u00a0\ufeff]/.test(decoded.text)) {
    return {
      result: null,
      diagnostics: [diagnostic(name, 0, 'EMPTY_FILE', 'the file has no text; nothing to compile')],
    }
  }
  return { result: decoded, diagnostics }
}
