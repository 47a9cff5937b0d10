// Finds an issue's date in its own text when the manifest has none: a `M_D` banner name with the
// footer's copyright year, else the latest `Screen Shot YYYY-MM-DD` image name.
import type { DateSource } from '../corpus/schema'
import type { SourceLine } from './normalize'

export interface IssueDate {
  date: string | null
  dateSource: DateSource
  evidence: string | null
}

const pad = (n: number) => String(n).padStart(2, '0')

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}

export function dateFromText(lines: readonly SourceLine[]): IssueDate {
  const copyright = lines
    .map((line) => /\bcopyright (?:©\s*)?(\d{4})\b/i.exec(line.text))
    .find(Boolean)
  const banner = lines
    .slice(0, 5)
    .map((line) => /^(\d{1,2})_(\d{1,2})$/.exec(line.text))
    .find(Boolean)
  if (banner && copyright) {
    const [year, month, day] = [Number(copyright[1]), Number(banner[1]), Number(banner[2])]
    if (isRealDate(year, month, day)) {
      return {
        date: `${year}-${pad(month)}-${pad(day)}`,
        dateSource: 'text',
        evidence: `banner "${banner[0]}" (month_day) and "Copyright ${year}"`,
      }
    }
  }
  const screenshots = lines
    .map((line) => /^screen ?shot (\d{4})-(\d{2})-(\d{2})\b/i.exec(line.text))
    .filter((match): match is RegExpExecArray => match !== null)
    .filter((match) => isRealDate(Number(match[1]), Number(match[2]), Number(match[3])))
    .map((match) => `${match[1]}-${match[2]}-${match[3]}`)
    .sort()
  const latest = screenshots[screenshots.length - 1]
  if (latest)
    return { date: latest, dateSource: 'inferred', evidence: `latest screenshot named ${latest}` }
  return { date: null, dateSource: 'unknown', evidence: null }
}
