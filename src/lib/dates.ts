// Issue dates are calendar days (YYYY-MM-DD) with no time zone; format them in UTC so a reader
// west of Greenwich never sees the day before.

// Formatted by hand, in English like the newsletter: creating an Intl.DateTimeFormat loads locale
// data, which cost the front page a ~30 ms long task on a throttled phone before its first date.
/** English month names, January first (also used by the synthetic archive generator). */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const

const monthName = (month: number) => MONTHS[month] ?? ''
const shortMonthName = (month: number) => monthName(month).slice(0, 3)

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
  return date
    ? `${monthName(date.getUTCMonth())} ${date.getUTCDate()}, ${date.getUTCFullYear()}`
    : UNKNOWN_DATE_LABEL
}

/** "Apr 7", for compact lists grouped under a year heading. */
export function formatShortDate(isoDay: string | null): string {
  const date = isoDay ? toUtcDate(isoDay) : null
  return date ? `${shortMonthName(date.getUTCMonth())} ${date.getUTCDate()}` : UNKNOWN_DATE_LABEL
}

/** The year of an issue date, or null when the issue is undated. */
export function issueYear(isoDay: string | null): number | null {
  return isoDay ? (toUtcDate(isoDay)?.getUTCFullYear() ?? null) : null
}

/** "Apr 7, 2021" in the reader's own time zone: when something happened on this device. */
export function formatLocalDay(date: Date): string {
  return `${shortMonthName(date.getMonth())} ${date.getDate()}, ${date.getFullYear()}`
}
