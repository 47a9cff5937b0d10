// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { renderApp } from '../../routes/render-app'

describe('archive (/issues)', () => {
  it('lists issues newest first, grouped by year, undated last, with counts and headlines', async () => {
    renderApp('/issues')
    await screen.findByRole('heading', { level: 1, name: 'All issues' })
    const years = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(years).toEqual(['2021', 'Date unknown'])

    const year2021 = screen.getByRole('region', { name: '2021' })
    const dates = within(year2021)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(dates).toEqual(['April 7, 2021', 'March 31, 2021'])
    expect(
      within(year2021).getByText('3 stories · letter · 1 sponsor note · 1 job'),
    ).toBeInTheDocument()
    expect(within(year2021).getByRole('link', { name: 'De-Facing ImageNet' })).toHaveAttribute(
      'href',
      '/stories/de-facing-imagenet',
    )

    const undated = screen.getByRole('region', { name: 'Date unknown' })
    expect(within(undated).getByRole('link', { name: 'Date unknown' })).toHaveAttribute(
      'href',
      '/issues/issue-undated',
    )
    expect(within(undated).getByText('1 story')).toBeInTheDocument()
    expect(document.title).toBe('All issues · Batch Reader')
  })
})
