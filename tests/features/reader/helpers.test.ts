import { formatIssueDate, formatShortDate, issueYear } from '@/lib/dates'
import { countLabel, neighbours } from '@/lib/neighbours'
import { documentTitle } from '@/components/ui/use-document-title'

describe('dates', () => {
  it('formats issue days in UTC, whatever the reader’s time zone', () => {
    expect(formatIssueDate('2021-04-07')).toBe('April 7, 2021')
    expect(formatIssueDate('2021-01-01')).toBe('January 1, 2021')
    expect(formatShortDate('2021-04-07')).toBe('Apr 7')
    expect(issueYear('2020-12-31')).toBe(2020)
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
