// A row of topic chips over a list: one toggle button per topic with its count in the list, an
// any/all switch and clear-all. Presentational: the selection comes in and changes go out, so
// the same row serves URL-backed lists (see use-topic-selection.ts) and tests.
import { useEffect, useId, useRef } from 'react'
import type { TopicMatch, TopicSelection } from '@/lib/topic-filter'
import { toggleTopic } from '@/lib/topic-filter'
import '@/styles/chips.css'

export interface ChipTopic {
  slug: string
  name: string
}

export interface TopicChipsProps {
  topics: readonly ChipTopic[]
  /** Items per topic in the current list; topics with none are hidden unless selected. */
  counts: ReadonlyMap<string, number>
  selection: TopicSelection
  onChange: (selection: TopicSelection) => void
  /** Slugs from the URL that name no topic: mentioned quietly, never an error. */
  unknown?: readonly string[]
  /** Names the group for assistive technology, e.g. "Filter stories by topic". */
  label?: string
  /**
   * Items shown after filtering and in total: "12 of 40 stories", announced politely, while a
   * topic filters the list (each list says its own total elsewhere). None where no total is
   * known (a search for a quoted phrase).
   */
  shown?: { count: number; total: number; noun: string }
}

/**
 * Scrolls the chip row sideways, and only sideways, until `chip` is wholly in view. Focus alone
 * does not: Chromium leaves a chip that is half in sight where it is.
 */
function revealChip(list: HTMLElement, chip: HTMLElement): void {
  const row = list.getBoundingClientRect()
  const box = chip.getBoundingClientRect()
  const margin = 8
  if (box.left < row.left) list.scrollLeft -= row.left - box.left + margin
  else if (box.right > row.right) list.scrollLeft += box.right - row.right + margin
}

export function TopicChips({
  topics,
  counts,
  selection,
  onChange,
  unknown = [],
  label = 'Filter by topic',
  shown,
}: TopicChipsProps) {
  const labelId = useId()
  const visible = topics
    .filter((t) => (counts.get(t.slug) ?? 0) > 0 || selection.topics.includes(t.slug))
    // Most common first; names break ties so the row is stable between renders.
    .sort(
      (a, b) =>
        (counts.get(b.slug) ?? 0) - (counts.get(a.slug) ?? 0) || a.name.localeCompare(b.name),
    )
  const listRef = useRef<HTMLUListElement>(null)
  const firstSelected = visible.find((t) => selection.topics.includes(t.slug))?.slug
  // Where the row scrolls sideways (phones), a selected chip may sit out of sight, say when a
  // link opens the list: bring the first one in, so the reader sees what filters the list. After
  // a chip press (a navigation) the router's scroll restoration puts the row back where it was.
  useEffect(() => {
    const list = listRef.current
    const chip = [...(list?.querySelectorAll<HTMLElement>('[data-topic]') ?? [])].find(
      (element) => element.dataset.topic === firstSelected,
    )
    if (list && chip) revealChip(list, chip)
  }, [firstSelected])
  if (visible.length === 0 && unknown.length === 0) return null
  const setMatch = (match: TopicMatch) => onChange({ ...selection, match })

  return (
    <div className="topic-chips" role="group" aria-labelledby={labelId}>
      <span id={labelId} className="visually-hidden">
        {label}
      </span>
      <ul className="topic-chips__list" ref={listRef}>
        {visible.map((topic) => {
          const count = counts.get(topic.slug) ?? 0
          return (
            <li key={topic.slug}>
              <button
                type="button"
                className="topic-chip"
                aria-pressed={selection.topics.includes(topic.slug)}
                data-topic={topic.slug}
                // The name starts with the visible label (voice control), then the count.
                aria-label={`${topic.name}, ${count}`}
                onClick={() => onChange(toggleTopic(selection, topic.slug))}
                onFocus={(event) => {
                  if (listRef.current) revealChip(listRef.current, event.currentTarget)
                }}
              >
                {topic.name}
                <span className="topic-chip__count">{count}</span>
              </button>
            </li>
          )
        })}
      </ul>
      <div className="topic-chips__controls">
        <span aria-hidden="true">Match</span>
        <span className="topic-chips__match" role="group" aria-label="How selected topics combine">
          <button
            type="button"
            aria-pressed={selection.match === 'any'}
            onClick={() => setMatch('any')}
          >
            any topic
          </button>
          <button
            type="button"
            aria-pressed={selection.match === 'all'}
            onClick={() => setMatch('all')}
          >
            all topics
          </button>
        </span>
        {selection.topics.length > 0 ? (
          <button
            type="button"
            className="topic-chips__clear"
            onClick={() => onChange({ ...selection, topics: [] })}
          >
            Clear all topics
          </button>
        ) : null}
        {/* Always there, even empty: a live region added along with its text may go unread. */}
        <span role="status" className="topic-chips__shown">
          {shown && selection.topics.length > 0
            ? `${shown.count} of ${shown.total} ${shown.noun}`
            : null}
        </span>
      </div>
      {unknown.length > 0 ? (
        <p className="topic-chips__notice">
          Ignored {unknown.length === 1 ? 'a topic' : 'topics'} this app does not know:{' '}
          {unknown.join(', ')}.
        </p>
      ) : null}
    </div>
  )
}
