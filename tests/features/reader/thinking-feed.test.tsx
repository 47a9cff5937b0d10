// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { fixtureCatalog, HOSTILE_TEXT } from '../../fixtures/corpus-fixture'
import { renderApp } from '../../routes/render-app'

describe('"We’re thinking" feed (/thinking)', () => {
  it('shows every take newest first under its issue date, each linking to its story', async () => {
    renderApp('/thinking')
    await screen.findByRole('heading', { level: 1, name: 'We’re thinking' })
    expect(document.title).toBe('We’re thinking · Batch Reader')
    const days = screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)
    expect(days).toEqual(['April 7, 2021', 'March 31, 2021', 'Date unknown'])
    const cards = screen.getAllByRole('article')
    expect(cards).toHaveLength(fixtureCatalog.stories.filter((s) => s.take).length)
    expect(within(cards[0]!).getByRole('link', { name: 'De-Facing ImageNet' })).toHaveAttribute(
      'href',
      '/stories/de-facing-imagenet',
    )
    expect(
      within(cards[0]!).getByText('A small loss of accuracy is worth it to protect privacy.'),
    ).toBeInTheDocument()
    // A story without a take is not in the feed; hostile text is shown literally.
    expect(screen.queryByText('Cancer in the Crosshairs')).toBeNull()
    expect(screen.getByText(`Take with ${HOSTILE_TEXT.link} inside.`)).toBeInTheDocument()
  })

  it('steps through takes with j and k, and ignores them while typing', async () => {
    const user = userEvent.setup()
    renderApp('/thinking')
    await screen.findByRole('heading', { level: 1, name: 'We’re thinking' })
    await user.keyboard('jj')
    expect(screen.getByRole('link', { name: 'Pretraining on Uncurated Data' })).toHaveFocus()
    await user.keyboard('k')
    expect(screen.getByRole('link', { name: 'De-Facing ImageNet' })).toHaveFocus()

    const input = document.createElement('input')
    document.body.append(input)
    input.focus()
    await user.keyboard('j')
    expect(input).toHaveFocus()
    expect(input).toHaveValue('j')
    input.remove()
  })
})
