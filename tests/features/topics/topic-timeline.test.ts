import { describe, expect, it } from 'vitest'
import type { StorySummary } from '@/corpus/schema'
import {
  formatMonth,
  movingAverage,
  niceMax,
  topicTimeline,
} from '@/features/topics/topic-timeline'

const issues = new Map<string, { date: string | null }>([
  ['i1', { date: '2020-11-04' }],
  ['i2', { date: '2021-02-03' }],
  ['i3', { date: '2021-02-17' }],
  ['undated', { date: null }],
])
const story = (id: string, issueId: string, topics: string[]) =>
  ({ id, issueId, topics }) as unknown as StorySummary
const stories = [
  story('a', 'i3', ['vision']),
  story('b', 'i2', ['vision', 'health']),
  story('c', 'i2', ['health']),
  story('d', 'undated', ['vision']),
]

describe('topicTimeline', () => {
  it('spans the whole archive, month by month, with zero months included', () => {
    const t = topicTimeline('health', stories, issues)
    expect(t.months.map((m) => m.month)).toEqual(['2020-11', '2020-12', '2021-01', '2021-02'])
    expect(t.months.map((m) => m.count)).toEqual([0, 0, 0, 2])
  })

  it('counts undated stories in the total but not on the axis, and finds the peak', () => {
    const t = topicTimeline('vision', stories, issues)
    expect(t).toMatchObject({ total: 3, undated: 1, peak: { month: '2021-02', count: 2 } })
  })

  it('has no months when no issue is dated', () => {
    expect(topicTimeline('vision', stories, new Map([['i1', { date: null }]])).months).toEqual([])
  })

  it('covers 350 weekly issues (about 7 years) as about 81 months', () => {
    const many = new Map<string, { date: string }>()
    const start = Date.UTC(2019, 4, 1)
    for (let i = 0; i < 350; i++)
      many.set(`w${i}`, { date: new Date(start + i * 7 * 86_400_000).toISOString().slice(0, 10) })
    const t = topicTimeline(
      'vision',
      [...many.keys()].map((id) => story(id, id, ['vision'])),
      many,
    )
    expect(t.months.length).toBeGreaterThanOrEqual(80)
    expect(t.months.length).toBeLessThanOrEqual(82)
    expect(t.total).toBe(350)
  })
})

describe('chart helpers', () => {
  it('averages over the trailing months', () => {
    const months = [3, 0, 3, 6].map((count, i) => ({ month: `2021-0${i + 1}`, count }))
    expect(movingAverage(months)).toEqual([3, 1.5, 2, 3])
  })

  it('rounds the axis up to a whole, readable number', () => {
    expect([0, 1, 3, 4, 7, 12, 21, 60, 130].map(niceMax)).toEqual([
      1, 1, 5, 5, 10, 20, 25, 100, 200,
    ])
  })

  it('formats months for people', () => {
    expect(formatMonth('2021-03')).toBe('Mar 2021')
  })
})
