// The catalog's version: the first 16 hex digits of the BLAKE2b hash of the catalog without its
// version, then the digest of every issue body in catalog order. Each body's digest is taken
// where the body is serialized, on whichever thread finished it, so the batch hashes only the
// catalog and 64 bytes per issue. The version tells a changed corpus from an unchanged one; it
// guards against no adversary, so the hash is chosen for speed (BLAKE2b is twice SHA-256's here).
import { createHash } from 'node:crypto'

const HASH = 'blake2b512'
const VERSION_DIGITS = 16

/** The digest of one serialized body, as catalogVersion() takes it. */
export function bodyDigest(json: Uint8Array): Uint8Array {
  return createHash(HASH).update(json).digest()
}

/** `draftJson` is the catalog without its version, serialized; `bodyDigests` in catalog order. */
export function catalogVersion(draftJson: string, bodyDigests: readonly Uint8Array[]): string {
  const hash = createHash(HASH).update(draftJson)
  for (const digest of bodyDigests) hash.update(digest)
  return hash.digest('hex').slice(0, VERSION_DIGITS)
}
