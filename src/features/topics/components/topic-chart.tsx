// Stories per month as an SVG bar chart with a 3-month trend line, plus the same numbers as a
// table (a year per row) for screen readers and anyone who wants exact figures. The SVG scales
// to its container; year labels thin out so seven or thirty years stay legible.
import { useId } from 'react'
import {
  formatMonth,
  movingAverage,
  niceMax,
  shortMonthNames,
  type TopicTimeline,
} from '../topic-timeline'

const WIDTH = 720
const HEIGHT = 240
const MARGIN = { top: 12, right: 8, bottom: 30, left: 34 }

export function TopicChart({
  timeline,
  topicName,
}: {
  timeline: TopicTimeline
  topicName: string
}) {
  const titleId = useId()
  const descId = useId()
  const { months, peak } = timeline
  if (months.length === 0)
    return <p className="empty-note">No dated issues yet, so there is nothing to chart.</p>

  const plotW = WIDTH - MARGIN.left - MARGIN.right
  const plotH = HEIGHT - MARGIN.top - MARGIN.bottom
  const yMax = niceMax(Math.max(...months.map((m) => m.count)))
  const slot = plotW / months.length
  // A hairline gap keeps bars distinct until they get too thin for one.
  const gap = slot > 4 ? Math.min(2, slot * 0.2) : 0
  const x = (i: number) => MARGIN.left + i * slot
  const y = (v: number) => MARGIN.top + plotH - (v / yMax) * plotH
  const years = [...new Set(months.map((m) => m.month.slice(0, 4)))]
  // Label every year while they fit (~48px each), else every 2nd, 5th, ...
  const yearStep = [1, 2, 5, 10].find((s) => (years.length / s) * 48 <= plotW) ?? 10
  const trend = movingAverage(months)
  const trendPoints = trend
    .map((v, i) => `${(x(i) + slot / 2).toFixed(1)},${y(v).toFixed(1)}`)
    .join(' ')
  const first = formatMonth(months[0]!.month)
  const last = formatMonth(months[months.length - 1]!.month)

  return (
    <figure className="topic-chart">
      {/* On narrow screens the chart keeps a legible size and scrolls sideways instead of shrinking. */}
      <div
        className="topic-chart__scroll"
        tabIndex={0}
        role="group"
        aria-label="Chart, scrolls sideways on small screens"
      >
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-labelledby={titleId}
          aria-describedby={descId}
          className="topic-chart__svg"
        >
          <title id={titleId}>{`Stories about ${topicName} per month, ${first} to ${last}`}</title>
          <desc id={descId}>
            {`${timeline.total} stories in ${months.length} months.`}
            {peak ? ` The busiest month was ${formatMonth(peak.month)} with ${peak.count}.` : ''}
            {' The table below lists every month.'}
          </desc>
          {(Number.isInteger(yMax / 2) ? [0, yMax / 2, yMax] : [0, yMax]).map((tick) => (
            <g key={tick} className="topic-chart__grid">
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end">
                {tick}
              </text>
            </g>
          ))}
          <g className="topic-chart__bars">
            {months.map((m, i) =>
              m.count > 0 ? (
                <rect
                  key={m.month}
                  x={x(i) + gap / 2}
                  y={y(m.count)}
                  width={Math.max(slot - gap, 0.5)}
                  height={plotH - (y(m.count) - MARGIN.top)}
                >
                  <title>{`${formatMonth(m.month)}: ${m.count}`}</title>
                </rect>
              ) : null,
            )}
          </g>
          {months.length > 2 ? (
            <polyline className="topic-chart__trend" points={trendPoints} />
          ) : null}
          <g className="topic-chart__years">
            {months.map((m, i) => {
              const year = m.month.slice(0, 4)
              const isYearStart = i === 0 || m.month.endsWith('-01')
              // A label that would run off the right edge is dropped rather than clipped.
              const fits = x(i) + 34 <= WIDTH
              if (!isYearStart || !fits || years.indexOf(year) % yearStep !== 0) return null
              return (
                <g key={m.month}>
                  <line x1={x(i)} x2={x(i)} y1={MARGIN.top + plotH} y2={MARGIN.top + plotH + 5} />
                  <text x={x(i) + 2} y={HEIGHT - 8}>
                    {year}
                  </text>
                </g>
              )
            })}
          </g>
        </svg>
      </div>
      <figcaption className="topic-chart__caption">
        Bars: stories per month. Line: 3-month average.
        {timeline.undated > 0
          ? ` ${timeline.undated} ${timeline.undated === 1 ? 'story is' : 'stories are'} from undated issues and not shown.`
          : ''}
      </figcaption>
      <details className="topic-chart__table">
        <summary>Show the numbers as a table</summary>
        <MonthTable timeline={timeline} topicName={topicName} />
      </details>
    </figure>
  )
}

function MonthTable({ timeline, topicName }: { timeline: TopicTimeline; topicName: string }) {
  const byYear = new Map<string, Map<number, number>>()
  for (const m of timeline.months) {
    const [year, month] = m.month.split('-')
    const row = byYear.get(year!) ?? new Map<number, number>()
    row.set(Number(month), m.count)
    byYear.set(year!, row)
  }
  return (
    <div className="topic-chart__table-scroll">
      <table>
        <caption>{`Stories about ${topicName} per month`}</caption>
        <thead>
          <tr>
            <th scope="col">Year</th>
            {shortMonthNames.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
            <th scope="col">Total</th>
          </tr>
        </thead>
        <tbody>
          {[...byYear].map(([year, row]) => (
            <tr key={year}>
              <th scope="row">{year}</th>
              {shortMonthNames.map((name, i) => (
                <td key={name}>{row.has(i + 1) ? row.get(i + 1) : '–'}</td>
              ))}
              <td>{[...row.values()].reduce((a, b) => a + b, 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
