// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import { fixtureResponse, HOSTILE_TEXT } from '../../fixtures/corpus-fixture'
import { renderApp } from '../../routes/render-app'

describe('story page (/stories/$storyId)', () => {
  it('shows the story with labeled, linkable sections, lists, the take and its issue', async () => {
    renderApp('/stories/de-facing-imagenet')
    await screen.findByRole('heading', { level: 1, name: 'De-Facing ImageNet' })
    expect(document.title).toBe('De-Facing ImageNet · Batch Reader')
    expect(screen.getByText('ImageNet now comes with privacy protection.')).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'April 7, 2021' })).toHaveAttribute(
      'href',
      '/issues/2021-04-07',
    )

    const labels = screen
      .getAllByRole('heading', { level: 2 })
      .map((h) => h.firstChild?.textContent)
    expect(labels.slice(0, 3)).toEqual(['What’s new', 'How it worked', 'Why it matters'])
    expect(document.getElementById('whats-new')).toHaveTextContent('what happened this week')
    expect(screen.getByRole('link', { name: 'Link to section “Why it matters”' })).toHaveAttribute(
      'href',
      '/stories/de-facing-imagenet#why-it-matters',
    )
    const list = document.getElementById('how-it-works')!.querySelector('ul')!
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Blur every face.', 'Retrain 24 architectures.'])

    const take = screen.getByRole('complementary', { name: 'We’re thinking' })
    expect(take).toHaveTextContent('A small loss of accuracy is worth it to protect privacy.')
    expect(
      within(screen.getByRole('article', { name: 'De-Facing ImageNet' })).getAllByText(
        '2 min read',
      ),
    ).toHaveLength(1)

    const pager = screen.getByRole('navigation', { name: 'Other stories' })
    expect(within(pager).getByRole('link', { name: /Next story/ })).toHaveAttribute(
      'href',
      '/stories/pretraining-on-uncurated-data',
    )
    const related = screen.getByRole('region', { name: 'Also in this issue' })
    expect(within(related).getAllByRole('article')).toHaveLength(2)
  })

  it('shows hostile text literally and never as markup', async () => {
    const { container } = renderApp('/stories/hostile-tags')
    const heading = await screen.findByRole('heading', { level: 1 })
    expect(heading).toHaveTextContent(HOSTILE_TEXT.headline)
    expect(screen.getByText(`Dek with ${HOSTILE_TEXT.script}`)).toBeInTheDocument()
    expect(
      screen.getByText(`Body ${HOSTILE_TEXT.script} and ${HOSTILE_TEXT.link} as plain text.`),
    ).toBeInTheDocument()
    expect(screen.getByText(`Take with ${HOSTILE_TEXT.link} inside.`)).toBeInTheDocument()
    expect(container.querySelector('script')).toBeNull()
    expect(container.querySelector('main b')).toBeNull()
    for (const link of container.querySelectorAll('a'))
      expect(link.getAttribute('href')).not.toMatch(/^javascript:/i)
    expect(document.title).toBe(`${HOSTILE_TEXT.headline} · Batch Reader`)
  })

  it('says the story is loading while its issue’s text is on its way, then shows the story', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const { router } = renderApp('/', {
      fetch: async (url) => {
        if (url.includes('/issues/')) await gate
        return fixtureResponse(url)
      },
    })
    await screen.findByRole('heading', { level: 1, name: 'April 7, 2021' })
    // Navigate without awaiting: the loader waits on the body, the router shows pending.
    void router.navigate({ to: '/stories/$storyId', params: { storyId: 'de-facing-imagenet' } })
    expect(await screen.findByRole('status')).toHaveTextContent(/Loading/)
    release()
    expect(
      await screen.findByRole('heading', { level: 1, name: 'De-Facing ImageNet' }),
    ).toBeInTheDocument()
    expect(
      await screen.findByText('De-Facing ImageNet: what happened this week.'),
    ).toBeInTheDocument()
  })

  it('shows not-found for an unknown story id', async () => {
    renderApp('/stories/no-such-story')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that story' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('link', { name: 'Every issue in the archive' })).toHaveAttribute(
      'href',
      '/issues',
    )
    expect(document.title).toBe('Story not found · Batch Reader')
  })
})
