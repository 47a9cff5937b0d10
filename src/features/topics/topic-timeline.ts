// Stories per month for one topic, across the whole archive's span (not just the topic's), so
// every topic's chart shares one time axis and a reader can see when a subject rose or faded.
import type { IssueSummary, StorySummary } from '@/corpus/schema'

export interface MonthCount {
  /** YYYY-MM */
  month: string
  count: number
}

export interface TopicTimeline {
  months: MonthCount[]
  /** Stories in undated issues: counted in the total, not placed on the axis. */
  undated: number
  total: number
  peak: MonthCount | null
}

function monthIndex(month: string): number {
  const [y, m] = month.split('-').map(Number)
  return y! * 12 + (m! - 1)
}

function monthAt(index: number): string {
  const y = Math.floor(index / 12)
  const m = (index % 12) + 1
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}`
}

export function topicTimeline(
  slug: string,
  stories: readonly StorySummary[],
  issuesById: ReadonlyMap<string, Pick<IssueSummary, 'date'>>,
): TopicTimeline {
  const dated = [...issuesById.values()].flatMap((i) =>
    i.date ? [monthIndex(i.date.slice(0, 7))] : [],
  )
  const counts = new Map<number, number>()
  let undated = 0
  let total = 0
  for (const story of stories) {
    if (!story.topics.includes(slug)) continue
    total++
    const date = issuesById.get(story.issueId)?.date
    if (!date) {
      undated++
      continue
    }
    const at = monthIndex(date.slice(0, 7))
    counts.set(at, (counts.get(at) ?? 0) + 1)
  }
  if (dated.length === 0) return { months: [], undated, total, peak: null }
  const first = Math.min(...dated)
  const last = Math.max(...dated)
  const months: MonthCount[] = []
  for (let i = first; i <= last; i++) months.push({ month: monthAt(i), count: counts.get(i) ?? 0 })
  const peak = months.reduce<MonthCount | null>(
    (best, m) => (m.count > 0 && (!best || m.count > best.count) ? m : best),
    null,
  )
  return { months, undated, total, peak }
}

/** Trailing mean over `window` months: a steadier line for spotting a rise or a fade. */
export function movingAverage(months: readonly MonthCount[], window = 3): number[] {
  return months.map((_, i) => {
    const slice = months.slice(Math.max(0, i - window + 1), i + 1)
    return slice.reduce((sum, m) => sum + m.count, 0) / slice.length
  })
}

/** A round upper bound for the y axis: 1, 2, 5, 10, 20, 25, 50, ... (whole numbers: these are counts). */
export function niceMax(value: number): number {
  if (value <= 1) return 1
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const steps = magnitude >= 10 ? [1, 2, 2.5, 5, 10] : [1, 2, 5, 10]
  for (const step of steps) if (step * magnitude >= value) return step * magnitude
  return 10 * magnitude
}

const monthNames = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/** "Mar 2021" */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-')
  return `${monthNames[Number(m) - 1] ?? m} ${y}`
}

export const shortMonthNames: readonly string[] = monthNames
