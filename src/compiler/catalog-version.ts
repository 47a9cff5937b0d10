// The catalog's version: the first 16 hex digits of the SHA-256 of the catalog without its
// version, then every issue body in catalog order, joined by newlines. Hashed here on this
// thread, or on the thread pool while this thread does other work; both give the same digest.
import { createHash, webcrypto } from 'node:crypto'

const VERSION_DIGITS = 16
const NEWLINE = 0x0a

/**
 * The bytes the version hashes, in one buffer (the thread pool's digest takes no stream), so both
 * paths below hash the same layout by construction. `draftJson` is the catalog without its
 * version, serialized; `bodies` are in catalog order.
 */
function hashedBytes(draftJson: string, bodies: readonly (string | Uint8Array)[]): Uint8Array {
  const parts = [draftJson, ...bodies].map((part) =>
    typeof part === 'string' ? Buffer.from(part) : part,
  )
  const out = Buffer.allocUnsafe(
    parts.reduce((sum, part) => sum + part.length, Math.max(0, bodies.length - 1)),
  )
  let at = 0
  parts.forEach((part, i) => {
    if (i > 1) out[at++] = NEWLINE
    out.set(part, at)
    at += part.length
  })
  return out
}

/** On this thread: the single-threaded compile (small archives and tests) has nothing to overlap. */
export function catalogVersion(
  draftJson: string,
  bodies: readonly (string | Uint8Array)[],
): string {
  const digest = createHash('sha256').update(hashedBytes(draftJson, bodies)).digest('hex')
  return digest.slice(0, VERSION_DIGITS)
}

/** catalogVersion(), hashed on the thread pool: this thread is free until the promise settles. */
export async function catalogVersionOffThread(
  draftJson: string,
  bodies: readonly (string | Uint8Array)[],
): Promise<string> {
  const digest = await webcrypto.subtle.digest('SHA-256', hashedBytes(draftJson, bodies))
  return Buffer.from(digest).toString('hex').slice(0, VERSION_DIGITS)
}
