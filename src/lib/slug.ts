// URL-safe slugs for ids and anchors. Pure: shared by the compiler and the app.

/** Lowercase ascii slug: accents folded, apostrophes dropped, everything else a single hyphen. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’‘`]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
}

/** Short stable hash (FNV-1a, 32-bit, base36) for text that has no ascii letters to slug. */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return (hash >>> 0).toString(36)
}

/** A slug capped at `maxLength` characters on a word boundary, never empty. */
export function slugWithFallback(text: string, maxLength = 60): string {
  const slug = slugify(text)
  if (!slug) return `x-${shortHash(text)}`
  if (slug.length <= maxLength) return slug
  const cut = slug.slice(0, maxLength)
  const lastHyphen = cut.lastIndexOf('-')
  return lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut
}
