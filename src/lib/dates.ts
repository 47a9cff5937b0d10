// Issue dates are calendar days (YYYY-MM-DD) with no time zone; format them in UTC so a reader
// west of Greenwich never sees the day before.

const longFormat = new Intl.DateTimeFormat('en-US', {
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  timeZone: 'UTC',
})

const shortFormat = new Intl.DateTimeFormat('en-US', {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
})

function toUtcDate(isoDay: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay)
  if (!match) return null
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
  return Number.isNaN(date.getTime()) ? null : date
}

export const UNKNOWN_DATE_LABEL = 'Date unknown'

/** "April 7, 2021", or "Date unknown" for an undated issue. */
export function formatIssueDate(isoDay: string | null): string {
  const date = isoDay ? toUtcDate(isoDay) : null
  return date ? longFormat.format(date) : UNKNOWN_DATE_LABEL
}

/** "Apr 7", for compact lists grouped under a year heading. */
export function formatShortDate(isoDay: string | null): string {
  const date = isoDay ? toUtcDate(isoDay) : null
  return date ? shortFormat.format(date) : UNKNOWN_DATE_LABEL
}

/** The year of an issue date, or null when the issue is undated. */
export function issueYear(isoDay: string | null): number | null {
  return isoDay ? (toUtcDate(isoDay)?.getUTCFullYear() ?? null) : null
}
