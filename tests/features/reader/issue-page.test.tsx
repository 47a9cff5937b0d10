// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { failingThenFixture, renderApp } from '../../routes/render-app'

describe('issue page (/issues/$issueId)', () => {
  it('shows the whole issue in order: letter, stories, sponsor set apart, jobs collapsed', async () => {
    renderApp('/issues/2021-04-07')
    await screen.findByRole('heading', { level: 1, name: 'April 7, 2021' })
    expect(document.title).toBe('Issue of April 7, 2021 · Batch Reader')

    const letter = screen.getByRole('region', { name: 'A letter from Andrew Ng' })
    expect(within(letter).getByText('Dear friends,')).toBeInTheDocument()
    expect(within(letter).getByText('Keep learning!')).toBeInTheDocument()

    const articles = screen.getAllByRole('article')
    expect(
      articles.map((a) => within(a).getAllByRole('heading', { level: 2 })[0]!.textContent),
    ).toEqual(['De-Facing ImageNet', 'Pretraining on Uncurated Data', 'Cancer in the Crosshairs'])
    // Sections keep their labels and get ids unique on the page.
    expect(
      within(articles[0]!).getByRole('heading', { level: 3, name: /How it worked/ }),
    ).toBeInTheDocument()
    expect(document.getElementById('de-facing-imagenet--whats-new')).not.toBeNull()

    const sponsor = screen.getByRole('complementary', { name: /^Sponsored/ })
    expect(within(sponsor).getByText('Sponsored')).toBeInTheDocument()
    // afterStories: 1 — the sponsor block sits between the first and second story, as printed.
    expect(
      articles[0]!.compareDocumentPosition(sponsor) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()
    expect(
      sponsor.compareDocumentPosition(articles[1]!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy()

    const jobs = screen.getByText('Work with Andrew Ng').closest('details')!
    expect(jobs).not.toHaveAttribute('open')
    expect(within(jobs).getByText('Machine Learning Engineer')).not.toBeVisible()
    // Where to apply stays a link.
    expect(within(jobs).getByRole('link', { name: 'Apply here', hidden: true })).toHaveAttribute(
      'href',
      'https://example.com/jobs',
    )

    const pager = screen.getByRole('navigation', { name: 'Other issues' })
    expect(within(pager).getByRole('link', { name: /Older issue/ })).toHaveAttribute(
      'href',
      '/issues/2021-03-31',
    )
    expect(within(pager).queryByRole('link', { name: /Newer issue/ })).toBeNull()
  })

  it('shows an undated issue as "Date unknown"', async () => {
    renderApp('/issues/issue-undated')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Date unknown' }),
    ).toBeInTheDocument()
    expect(document.title).toBe('Undated issue · Batch Reader')
  })

  it('shows a failing issue body as an error with Retry, in place, and recovers', async () => {
    const user = userEvent.setup()
    renderApp('/issues/2021-04-07', {
      fetch: failingThenFixture(
        /issues\/2021-04-07\.json$/,
        () => new Response('boom', { status: 500 }),
      ),
    })
    // The page itself still renders from the catalog; only the body shows the error.
    await screen.findByRole('heading', { level: 1, name: 'April 7, 2021' })
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('The server answered 500')
    expect(screen.getByRole('navigation', { name: 'In this issue' })).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(
      await screen.findByRole('heading', { level: 2, name: 'De-Facing ImageNet' }),
    ).toBeInTheDocument()
    expect(screen.queryByRole('alert')).toBeNull()
  })

  it('shows not-found for an unknown issue id, inside the layout', async () => {
    renderApp('/issues/1999-01-01')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that issue' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument()
    expect(document.title).toBe('Issue not found · Batch Reader')
  })

  it('moves between stories with j and k', async () => {
    const user = userEvent.setup()
    renderApp('/issues/2021-04-07')
    await screen.findByRole('heading', { level: 2, name: 'De-Facing ImageNet' })
    const headlineLink = (name: string) =>
      within(screen.getByRole('heading', { level: 2, name })).getByRole('link')
    await user.keyboard('j')
    expect(headlineLink('De-Facing ImageNet')).toHaveFocus()
    await user.keyboard('j')
    expect(headlineLink('Pretraining on Uncurated Data')).toHaveFocus()
    await user.keyboard('k')
    expect(headlineLink('De-Facing ImageNet')).toHaveFocus()
    await act(async () => undefined)
  })
})
