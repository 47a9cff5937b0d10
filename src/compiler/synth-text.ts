// Small text helpers for the synthetic archive: slot filling, quote styles, word counts.

/** Whitespace-separated tokens that contain a letter or digit (a lone dash is not a word). */
export function countWords(text: string): number {
  // A plain loop: regular expressions over every generated sentence dominated the profile.
  let count = 0
  let counted = false
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code === 32 || code === 10 || code === 9 || code === 13) counted = false
    else if (!counted && isWordChar(code)) {
      count++
      counted = true
    }
  }
  return count
}

/** ASCII letters and digits and Latin letters with accents; the generator writes nothing else. */
function isWordChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
  )
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

/**
 * Replaces `{slot}` with `values(slot)`; `{Slot}` capitalizes the value. Unknown slots throw,
 * since they can only come from a typo in a template.
 */
export function fillTemplate(
  template: string,
  values: (slot: string) => string | undefined,
): string {
  return template.replace(/\{(\w+)\}/g, (_match, slot: string) => {
    const key = slot.charAt(0).toLowerCase() + slot.slice(1)
    const value = values(key)
    if (value === undefined)
      throw new Error(`synth template has unknown slot {${slot}}: ${template}`)
    return slot === key ? value : capitalize(value)
  })
}

export type QuoteStyle = 'curly' | 'straight'

/** Templates are written with curly quotes; an issue in straight style gets ASCII ones. */
export function applyQuotes(text: string, style: QuoteStyle): string {
  if (style === 'curly') return text
  return text.replace(/[’‘]/g, "'").replace(/[“”]/g, '"')
}
