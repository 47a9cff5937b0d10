export function readingTimeLabel(minutes: number): string {
  return `${Math.max(1, minutes)} min read`
}

export function ReadingTime({ minutes }: { minutes: number }) {
  return <span className="reading-time">{readingTimeLabel(minutes)}</span>
}
