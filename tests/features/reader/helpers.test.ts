import fc from 'fast-check'
import { formatIssueDate, formatLocalDay, formatShortDate, issueYear } from '@/lib/dates'
import { countLabel, neighbours } from '@/lib/neighbours'
import { documentTitle } from '@/components/ui/use-document-title'

describe('dates', () => {
  it('formats issue days in UTC, whatever the reader’s time zone', () => {
    expect(formatIssueDate('2021-04-07')).toBe('April 7, 2021')
    expect(formatIssueDate('2021-01-01')).toBe('January 1, 2021')
    expect(formatShortDate('2021-04-07')).toBe('Apr 7')
    expect(issueYear('2020-12-31')).toBe(2020)
  })

  it('writes every day exactly as Intl would in US English', () => {
    const long = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' })
    const short = new Intl.DateTimeFormat('en-US', {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    })
    const local = new Intl.DateTimeFormat('en-US', {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
    })
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        (date) => {
          const isoDay = date.toISOString().slice(0, 10)
          expect(formatIssueDate(isoDay)).toBe(long.format(date))
          expect(formatShortDate(isoDay)).toBe(short.format(date))
          expect(formatLocalDay(date)).toBe(local.format(date))
        },
      ),
    )
  })

  it('says "Date unknown" for undated or malformed days', () => {
    expect(formatIssueDate(null)).toBe('Date unknown')
    expect(formatIssueDate('April 2021')).toBe('Date unknown')
    expect(issueYear(null)).toBeNull()
  })
})

describe('neighbours and labels', () => {
  it('finds the items around the current one', () => {
    expect(neighbours([1, 2, 3], (n) => n === 2)).toEqual({ previous: 1, next: 3 })
    expect(neighbours([1, 2, 3], (n) => n === 1)).toEqual({ previous: undefined, next: 2 })
    expect(neighbours([1, 2, 3], (n) => n === 9)).toEqual({})
  })

  it('pluralizes counts', () => {
    expect(countLabel(1, 'story', 'stories')).toBe('1 story')
    expect(countLabel(3, 'story', 'stories')).toBe('3 stories')
    expect(countLabel(2, 'job')).toBe('2 jobs')
  })

  it('builds document titles', () => {
    expect(documentTitle('De-Facing ImageNet')).toBe('De-Facing ImageNet · Batch Reader')
    expect(documentTitle(null)).toBe('Batch Reader')
  })
})
