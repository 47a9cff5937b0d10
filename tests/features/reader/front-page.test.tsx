// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { renderApp } from '../../routes/render-app'

describe('front page (/)', () => {
  it('shows the latest issue, its letter opening, its stories, the latest takes and the archive', async () => {
    renderApp('/')
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading).toHaveTextContent('April 7, 2021')
    // The letter's opening (a phone's largest text) comes with the heading; the lists follow in a
    // deferred render on the app's first load.
    expect(screen.getByText('Trust is much harder to build than to destroy.')).toBeInTheDocument()
    expect(await screen.findByRole('region', { name: 'In this issue' })).toBeInTheDocument()
    expect(heading.closest('.front-page')).not.toHaveAttribute('aria-busy')
    expect(screen.getByRole('link', { name: /Continue reading Andrew’s letter/ })).toHaveAttribute(
      'href',
      '/letters/2021-04-07',
    )

    const stories = screen.getByRole('region', { name: 'In this issue' })
    const headlines = within(stories)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent)
    expect(headlines).toEqual([
      'De-Facing ImageNet',
      'Pretraining on Uncurated Data',
      'Cancer in the Crosshairs',
    ])
    expect(
      within(stories).getByText('ImageNet now comes with privacy protection.'),
    ).toBeInTheDocument()
    expect(within(stories).getAllByText('2 min read')).toHaveLength(3)

    const takes = screen.getByRole('region', { name: 'We’re thinking' })
    expect(
      within(takes).getByText('A small loss of accuracy is worth it to protect privacy.'),
    ).toBeInTheDocument()

    const archive = screen.getByRole('region', { name: 'From the archive' })
    expect(within(archive).getByRole('link', { name: 'March 31, 2021' })).toHaveAttribute(
      'href',
      '/issues/2021-03-31',
    )
    expect(within(archive).getByRole('link', { name: /All 3 issues/ })).toHaveAttribute(
      'href',
      '/issues',
    )
    expect(document.title).toBe('Front page · Batch Reader')
  })

  it('renders inside the layout: skip link, header navigation, footer', async () => {
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    expect(screen.getByRole('link', { name: 'Skip to content' })).toBeInTheDocument()
    const nav = screen.getByRole('navigation', { name: 'Sections' })
    expect(within(nav).getByRole('link', { name: 'Front page' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(screen.getByRole('contentinfo')).toBeInTheDocument()
  })
})
