/** The items before and after the first item matching `isCurrent` (undefined at either end). */
export function neighbours<T>(
  items: readonly T[],
  isCurrent: (item: T) => boolean,
): { previous?: T; next?: T } {
  const index = items.findIndex(isCurrent)
  if (index === -1) return {}
  return { previous: items[index - 1], next: items[index + 1] }
}

/** "1 story", "3 stories". */
export function countLabel(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`
}
