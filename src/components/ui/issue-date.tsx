import { formatIssueDate, formatShortDate } from '@/lib/dates'

/** An issue date as a <time>, or a muted "Date unknown" for an undated issue. */
export function IssueDate({ date, short = false }: { date: string | null; short?: boolean }) {
  const label = short ? formatShortDate(date) : formatIssueDate(date)
  if (date === null) return <span className="issue-date issue-date--unknown">{label}</span>
  return (
    <time className="issue-date" dateTime={date}>
      {label}
    </time>
  )
}
