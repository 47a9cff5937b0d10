// @vitest-environment jsdom
import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { topicTaxonomy } from '@/corpus/topics'
import { renderApp } from '../../routes/render-app'
import { topicCatalog, topicFixtureResponse } from './topic-fixture'

describe('/topics', () => {
  it('lists every topic with its description and story count, sections apart from subjects', async () => {
    renderApp('/topics', { fetch: topicFixtureResponse })
    await screen.findByRole('heading', { level: 1, name: 'Topics' }, { timeout: 10_000 })
    expect(document.title).toBe('Topics · Batch Reader')
    const sections = screen.getByRole('region', { name: 'Sections of The Batch' })
    expect(within(sections).getAllByRole('listitem')).toHaveLength(
      topicTaxonomy.filter((t) => t.kind === 'section').length,
    )
    const vision = screen.getByRole('link', { name: 'Computer Vision' }).closest('li')!
    expect(vision).toHaveTextContent('Images and video')
    expect(vision).toHaveTextContent('3 stories')
    expect(screen.getByRole('link', { name: 'Computer Vision' })).toHaveAttribute(
      'href',
      '/topics/vision',
    )
  })
})

describe('/topics/$topic', () => {
  it('shows the topic’s stories newest first and a month-by-month chart with a table alternative', async () => {
    renderApp('/topics/vision', { fetch: topicFixtureResponse })
    await screen.findByRole('heading', { level: 1, name: 'Computer Vision' }, { timeout: 10_000 })
    const headlines = screen
      .getAllByRole('article')
      .map((a) => within(a).getByRole('heading').textContent)
    expect(headlines).toEqual([
      'De-Facing ImageNet',
      'Pretraining on Uncurated Data',
      'Cancer in the Crosshairs',
    ])
    const chart = screen.getByRole('img', {
      name: /Stories about Computer Vision per month, Mar 2021 to Apr 2021/,
    })
    expect(chart).toHaveAccessibleDescription(
      /3 stories in 2 months\. The busiest month was Apr 2021 with 3/,
    )
    const table = screen.getByRole('table', {
      name: 'Stories about Computer Vision per month',
      hidden: true,
    })
    const row = within(table).getByRole('rowheader', { name: '2021', hidden: true }).closest('tr')!
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '–',
      '–',
      '0',
      '3',
      '–',
      '–',
      '–',
      '–',
      '–',
      '–',
      '–',
      '–',
      '3',
    ])
  })

  it('each story card carries a bookmark toggle', async () => {
    const user = userEvent.setup()
    renderApp('/topics/health', { fetch: topicFixtureResponse })
    const toggle = await screen.findByRole(
      'button',
      { name: 'Bookmark: Cancer in the Crosshairs' },
      { timeout: 10_000 },
    )
    expect(toggle).toHaveAttribute('aria-pressed', 'false')
    await user.click(toggle)
    expect(toggle).toHaveAttribute('aria-pressed', 'true')
    await user.click(toggle)
  })

  it('lists the letters filed under the topic, and /topics counts them', async () => {
    const lettered = topicCatalog.issues.filter((i) => i.hasLetter)
    renderApp('/topics/ai-and-society', { fetch: topicFixtureResponse })
    const section = await screen.findByRole(
      'region',
      { name: 'Letters from Andrew' },
      { timeout: 10_000 },
    )
    const links = within(section).getAllByRole('link')
    expect(links).toHaveLength(lettered.length)
    expect(links[0]).toHaveAttribute('href', `/letters/${lettered[0]!.id}`)
  })

  it('an unknown topic is a not-found page inside the layout, not a crash', async () => {
    renderApp('/topics/astrology', { fetch: topicFixtureResponse })
    expect(
      await screen.findByRole(
        'heading',
        { level: 1, name: /couldn’t find that topic/ },
        { timeout: 10_000 },
      ),
    ).toBeInTheDocument()
  })
})
