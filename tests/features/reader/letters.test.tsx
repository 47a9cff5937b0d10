// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { HOSTILE_TEXT } from '../../fixtures/corpus-fixture'
import { renderApp } from '../../routes/render-app'

describe('letters (/letters, /letters/$issueId)', () => {
  it('lists letters newest first with their openings, skipping issues without one', async () => {
    renderApp('/letters')
    await screen.findByRole('heading', { level: 1, name: 'Dear friends' })
    const cards = screen.getAllByRole('article')
    expect(cards.map((c) => within(c).getByRole('heading', { level: 2 }).textContent)).toEqual([
      'April 7, 2021',
      'March 31, 2021',
    ])
    expect(
      within(cards[0]!).getByText('Trust is much harder to build than to destroy.'),
    ).toBeInTheDocument()
    expect(
      within(cards[0]!).getByRole('link', { name: 'Read the letter of April 7, 2021' }),
    ).toHaveAttribute('href', '/letters/2021-04-07')
    expect(document.title).toBe('Letters from Andrew Ng · Batch Reader')
  })

  it('shows one letter in full, literally', async () => {
    renderApp('/letters/2021-03-31')
    await screen.findByRole('heading', { level: 1, name: 'March 31, 2021' })
    expect(
      screen.getByText(`A letter that quotes ${HOSTILE_TEXT.script} literally.`),
    ).toBeInTheDocument()
    expect(screen.getByText('Andrew')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: /Newer letter/ })).toHaveAttribute(
      'href',
      '/letters/2021-04-07',
    )
    expect(document.title).toBe('Letter of March 31, 2021 · Batch Reader')
  })

  it('shows not-found for an issue that has no letter', async () => {
    renderApp('/letters/issue-undated')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that letter' }),
    ).toBeInTheDocument()
  })
})
