// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { TopicChips } from '@/components/ui/topic-chips'
import type { TopicSelection } from '@/lib/topic-filter'

const topics = [
  { slug: 'vision', name: 'Computer Vision' },
  { slug: 'health', name: 'Health & Medicine' },
  { slug: 'privacy', name: 'Privacy' },
  { slug: 'hardware', name: 'Hardware' },
]
const counts = new Map([
  ['vision', 3],
  ['health', 1],
  ['privacy', 2],
])

/** Six stories in the list; pretend each selected topic keeps one of them. */
const shownFor = (selection: TopicSelection) => ({
  count: selection.topics.length === 0 ? 6 : selection.topics.length,
  total: 6,
  noun: 'stories',
})

function Harness({
  initial = { topics: [], match: 'any' },
  unknown,
}: {
  initial?: TopicSelection
  unknown?: string[]
}) {
  const [selection, setSelection] = useState<TopicSelection>(initial)
  return (
    <>
      <TopicChips
        topics={topics}
        counts={counts}
        selection={selection}
        onChange={setSelection}
        unknown={unknown}
        label="Filter stories by topic"
        shown={shownFor(selection)}
      />
      <output data-testid="selection">{JSON.stringify(selection)}</output>
    </>
  )
}
const selection = () => JSON.parse(screen.getByTestId('selection').textContent!) as TopicSelection

describe('TopicChips', () => {
  it('shows one toggle button per topic in the list, most common first, each with its count', () => {
    render(<Harness />)
    const group = screen.getByRole('group', { name: 'Filter stories by topic' })
    const chips = [...group.querySelectorAll('.topic-chip')]
    expect(chips.map((c) => c.getAttribute('aria-label'))).toEqual([
      'Computer Vision, 3',
      'Privacy, 2',
      'Health & Medicine, 1',
    ])
    expect(chips[0]).toHaveTextContent('Computer Vision3')
    for (const chip of chips) expect(chip).toHaveAttribute('aria-pressed', 'false')
    // A topic with no items in this list has no chip.
    expect(screen.queryByRole('button', { name: /Hardware/ })).toBeNull()
  })

  it('selects several chips by keyboard, switches any/all, and clears them all', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    const vision = screen.getByRole('button', { name: 'Computer Vision, 3' })
    vision.focus()
    await user.keyboard('{Enter}')
    expect(vision).toHaveAttribute('aria-pressed', 'true')
    await user.tab()
    await user.keyboard(' ')
    expect(selection()).toEqual({ topics: ['vision', 'privacy'], match: 'any' })

    await user.click(screen.getByRole('button', { name: 'all topics' }))
    expect(screen.getByRole('button', { name: 'all topics' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
    expect(selection().match).toBe('all')

    await user.click(screen.getByRole('button', { name: 'Clear all topics' }))
    expect(selection()).toEqual({ topics: [], match: 'all' })
    expect(screen.queryByRole('button', { name: 'Clear all topics' })).toBeNull()
  })

  it('says how many items the topics keep only while a topic filters, in a live region', async () => {
    const user = userEvent.setup()
    render(<Harness />)
    // The list says its own total; the chips would only repeat it.
    const group = screen.getByRole('group', { name: 'Filter stories by topic' })
    const status = within(group).getByRole('status')
    expect(status).toHaveTextContent(/^$/)
    await user.click(screen.getByRole('button', { name: 'Privacy, 2' }))
    expect(status).toHaveTextContent('1 of 6 stories')
    await user.click(screen.getByRole('button', { name: 'Clear all topics' }))
    expect(status).toHaveTextContent(/^$/)
  })

  it('keeps a selected chip visible even when nothing in the list carries it', () => {
    render(<Harness initial={{ topics: ['hardware'], match: 'any' }} />)
    expect(screen.getByRole('button', { name: 'Hardware, 0' })).toHaveAttribute(
      'aria-pressed',
      'true',
    )
  })

  it('mentions unknown topics from the URL quietly instead of failing', () => {
    render(<Harness unknown={['astrology']} />)
    expect(
      screen.getByText(/Ignored a topic this app does not know: astrology/),
    ).toBeInTheDocument()
  })

  it('reports changes through onChange only', async () => {
    const onChange = vi.fn()
    render(
      <TopicChips
        topics={topics}
        counts={counts}
        selection={{ topics: ['health'], match: 'any' }}
        onChange={onChange}
      />,
    )
    await userEvent.setup().click(screen.getByRole('button', { name: 'Privacy, 2' }))
    expect(onChange).toHaveBeenCalledWith({ topics: ['health', 'privacy'], match: 'any' })
  })
})
