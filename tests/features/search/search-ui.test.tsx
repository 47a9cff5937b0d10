// @vitest-environment jsdom
// The search experience in the header and on /search, driven the way a reader drives it.
import { act, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { topicTaxonomy } from '@/corpus/topics'
import { getSearchClient, setSearchClient } from '@/search/search-client'
import { heldFetch } from '../../fixtures/corpus-fixture'
import { seedSearch } from '../../search/seed-search'
import { renderSearchApp, serveCorpus } from './search-test-app'

afterEach(() => {
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
})

const searchField = () =>
  screen.findByRole('searchbox', { name: /search stories, letters and takes/i })

/** Waits until the page's URL holds exactly `search`. */
async function urlSearchBecomes(
  router: ReturnType<typeof renderSearchApp>['router'],
  search: Record<string, unknown>,
) {
  await waitFor(() => expect(router.state.location.search).toEqual(search))
}

/** How long an answer may take to show: the host can slow this VM several-fold for minutes. */
const ANSWER = { timeout: 10_000 }

/**
 * Waits for the answer to the whole quoted phrase: typed key by key, the phrase passes through
 * other queries whose answers (and elements) come and go first.
 */
async function noResultsForThePhrase() {
  await waitFor(
    () =>
      expect(screen.getByText(/No results for/)).toHaveTextContent(
        'No results for "radiologists model".',
      ),
    ANSWER,
  )
}

async function resultTitles() {
  const list = await screen.findByRole('list', { name: 'Search results' }, ANSWER)
  return within(list)
    .getAllByRole('heading', { level: 2 })
    .map((h) => h.textContent)
}

/**
 * Follows the page's way out of an empty answer for "edelman" (one letter holds it), after
 * checking it offers no other spellings: the link keeps the query and finds that letter.
 */
async function followWayOutToTheLetter(
  router: ReturnType<typeof renderSearchApp>['router'],
  user: ReturnType<typeof userEvent.setup>,
  linkName: string,
) {
  expect(screen.queryByText(/Nearest words/)).not.toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: linkName }))
  await urlSearchBecomes(router, { q: 'edelman' })
  expect(await resultTitles()).toHaveLength(1)
}

// Typing key by key in jsdom on a busy machine is slow; these guard behaviour, not speed.
const SLOW = { timeout: 60_000 }

describe('search box', SLOW, () => {
  it('takes focus with / and Ctrl+K, and gives it up with Esc', async () => {
    const user = userEvent.setup()
    renderSearchApp('/')
    await screen.findByText('Front page')
    await user.keyboard('/')
    expect(await searchField()).toHaveFocus()
    expect(await searchField()).toHaveValue('')
    await user.keyboard('{Escape}')
    expect(await searchField()).not.toHaveFocus()
    await user.keyboard('{Control>}k{/Control}')
    expect(await searchField()).toHaveFocus()
  })

  it('searches as you type, typo included, with the query in the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderSearchApp('/')
    await user.click(await searchField())
    await user.keyboard('deepfkae')
    await urlSearchBecomes(router, { q: 'deepfkae' })
    await waitFor(async () => expect((await resultTitles())[0]).toBe('Facebook vs Deepfakes'))
    const first = within(screen.getByRole('list', { name: 'Search results' })).getAllByRole(
      'listitem',
    )[0]!
    expect(within(first).getByText('Story')).toBeInTheDocument()
    expect(within(first).getByText(/January 8, 2020|Jan(uary)? 8, 2020|2020/)).toBeInTheDocument()
    expect(first.querySelector('mark')?.textContent?.toLowerCase()).toMatch(/deepfake/)
    const link = within(first).getByRole('link', { name: 'Facebook vs Deepfakes' })
    expect(link.getAttribute('href')).toMatch(
      /^\/stories\/2020-01-08-facebook-vs-deepfakes\?hl=deepfake/,
    )
    expect(link.getAttribute('href')).toMatch(/#[a-z-]+$/)
  })

  it('restores the previous query on Back after a new typing burst', async () => {
    const user = userEvent.setup()
    let now = 1_000_000
    vi.spyOn(Date, 'now').mockImplementation(() => now)
    const { router } = renderSearchApp('/')
    await user.click(await searchField())
    await user.keyboard('imagenet')
    now += 5_000
    await user.clear(await searchField())
    await user.keyboard('privacy')
    await urlSearchBecomes(router, { q: 'privacy' })
    act(() => router.history.back())
    await urlSearchBecomes(router, { q: 'imagenet' })
    expect(await searchField()).toHaveValue('imagenet')
  })

  it('remembers searches on this device and offers them when the field is empty', async () => {
    const user = userEvent.setup()
    const { router } = renderSearchApp('/')
    await user.click(await searchField())
    await user.keyboard('radiologist{Enter}')
    await user.clear(await searchField())
    const recent = await screen.findByRole('list', { name: 'Recent searches' })
    await user.click(within(recent).getByRole('button', { name: 'radiologist' }))
    await urlSearchBecomes(router, { q: 'radiologist' })
    expect(JSON.parse(localStorage.getItem('batch-reader:recent-searches')!).state.queries).toEqual(
      ['radiologist'],
    )
  })
})

describe('search results page', SLOW, () => {
  it('filters by type through the URL', async () => {
    const user = userEvent.setup()
    const { router } = renderSearchApp('/search?q=imagenet')
    await resultTitles()
    await user.click(screen.getByRole('link', { name: /^Takes, \d+$/ }))
    await urlSearchBecomes(router, { q: 'imagenet', type: 'take' })
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Search results' }))
          .getAllByRole('listitem')
          .every((li) => li.textContent?.includes('We’re thinking')),
      ).toBe(true),
    )
  })

  it('links a letter result to the letter page', async () => {
    renderSearchApp('/search?q=edelman')
    await resultTitles()
    const link = within(screen.getByRole('list', { name: 'Search results' }))
      .getAllByRole('listitem')[0]!
      .querySelector('a')!
    expect(link.getAttribute('href')).toBe('/letters/2021-04-07?hl=edelman')
  })

  it('says when nothing matches and offers existing words', async () => {
    renderSearchApp('/search?q=radiolgy%20zzzqqq')
    const status = await screen.findByText(/No results for/, {}, ANSWER)
    expect(status).toBeInTheDocument()
    expect(await screen.findByRole('link', { name: 'radiologist' })).toBeInTheDocument()
  })

  it('counts the results of each type on its chip, and none for a quoted phrase', async () => {
    const { engine } = seedSearch()
    const counts = engine.rank('model', { limit: 1 }).typeCounts
    const { unmount } = renderSearchApp('/search?q=model')
    await resultTitles()
    const chips = within(screen.getByRole('navigation', { name: 'Result type' }))
    expect(chips.getAllByRole('link').map((link) => link.getAttribute('aria-label'))).toEqual([
      `All, ${counts.story + counts.letter + counts.take}`,
      `Stories, ${counts.story}`,
      `Letters, ${counts.letter}`,
      `Takes, ${counts.take}`,
    ])
    unmount()

    const user = userEvent.setup()
    renderSearchApp('/search')
    await user.type(await searchField(), '"radiologists model"')
    await noResultsForThePhrase()
    const phraseChips = within(screen.getByRole('navigation', { name: 'Result type' }))
    expect(phraseChips.getAllByRole('link').map((link) => link.textContent)).toEqual([
      'All',
      'Stories',
      'Letters',
      'Takes',
    ])
  })

  it('marks the type counts as the last query’s while the next answer is on its way', async () => {
    const { engine } = seedSearch()
    const { router } = renderSearchApp('/search?q=model')
    await resultTitles()
    const chips = screen.getByRole('navigation', { name: 'Result type' })
    const storiesChip = () => within(chips).getByRole('link', { name: /^Stories/ })
    expect(chips).not.toHaveAttribute('aria-busy')
    expect(storiesChip()).toHaveAccessibleName(
      `Stories, ${engine.rank('model', { limit: 1 }).typeCounts.story}`,
    )

    // The next answer waits until released.
    const client = getSearchClient('/')
    let release = () => {}
    setSearchClient({
      search: (request) =>
        new Promise((resolve) => {
          release = () => resolve(client.search(request))
        }),
    })
    await act(() => router.navigate({ to: '/search', search: { q: 'privacy' } }))
    expect(chips).toHaveAttribute('aria-busy', 'true')
    expect(chips).toHaveClass('is-pending')

    act(() => release())
    await waitFor(() => expect(chips).not.toHaveAttribute('aria-busy'), ANSWER)
    expect(chips).not.toHaveClass('is-pending')
    expect(storiesChip()).toHaveAccessibleName(
      `Stories, ${engine.rank('privacy', { limit: 1 }).typeCounts.story}`,
    )
  })

  it('says which other types hold the words when the chosen type has none', async () => {
    const user = userEvent.setup()
    const { engine } = seedSearch()
    const counts = engine.rank('edelman', { limit: 1 }).typeCounts
    expect(counts).toEqual({ story: 0, letter: 1, take: 0 })
    const { router } = renderSearchApp('/search?q=edelman&type=story')
    const status = await screen.findByText(/No stories match/, {}, ANSWER)
    // The quotation marks around the query are the <q> element's, drawn by CSS.
    expect(status).toHaveTextContent('No stories match edelman; 1 letter does. Show every type')
    const onlyCurrent = [...document.querySelectorAll('a[aria-current]')].map((a) => a.textContent)
    expect(onlyCurrent).toEqual(['Stories0'])
    await followWayOutToTheLetter(router, user, 'Show every type')
  })

  it('offers to search everything when the words are only outside the chosen type and topics', async () => {
    const user = userEvent.setup()
    const { engine, bodies } = seedSearch()
    const [letter] = engine.rank('edelman', { limit: 1 }).hits
    const letterTopics = bodies
      .find((body) => body.issue.id === letter!.issueId)!
      .issue.letter!.topics.map((topic) => topic.slug)
    const other = topicTaxonomy.find((topic) => !letterTopics.includes(topic.slug))!.slug
    const { router } = renderSearchApp(`/search?q=edelman&type=story&topics=${other}`)
    const status = await screen.findByText(/nor anything about the selected topics/, {}, ANSWER)
    expect(status).toHaveTextContent(
      'No stories match edelman, nor anything about the selected topics. Search every type and topic',
    )
    await followWayOutToTheLetter(router, user, 'Search every type and topic')
  })

  it('keeps the type and topic chips when the reader follows a suggested word', async () => {
    const user = userEvent.setup()
    const { router } = renderSearchApp('/search?q=radiolgy%20zzzqqq&type=story&topics=health')
    await user.click(await screen.findByRole('link', { name: 'radiologist' }, ANSWER))
    await urlSearchBecomes(router, { q: 'radiologist', type: 'story', topics: 'health' })
  })

  it('lists every result about the selected topic, and says when none is', async () => {
    const { engine } = seedSearch()
    const everyMatch = engine.rank('model', { limit: 1 })
    const counts = new Map(everyMatch.topicCounts)
    const [present, count] = [...counts].find(([, n]) => n > 1)!
    const { unmount } = renderSearchApp(`/search?q=model&topics=${present}`)
    expect(await resultTitles()).toHaveLength(count)
    expect(screen.getByText(`${count} results`)).toBeInTheDocument()
    unmount()

    const absent = topicTaxonomy.find((topic) => !counts.has(topic.slug))!
    renderSearchApp(`/search?q=model&topics=${absent.slug}`)
    expect(
      await screen.findByText(
        `None of the ${everyMatch.totalBeforeTopics} results is about the selected topics.`,
      ),
    ).toBeInTheDocument()
    expect(screen.queryByText(/No results for/)).not.toBeInTheDocument()
  })

  it('keeps the topic chips when the type or the query changes', async () => {
    const user = userEvent.setup()
    const { router } = renderSearchApp('/search?q=model&topics=vision')
    await resultTitles()
    await user.click(screen.getByRole('link', { name: /^Stories, \d+$/ }))
    await urlSearchBecomes(router, {
      q: 'model',
      type: 'story',
      topics: 'vision',
    })
    await user.type(await searchField(), 's')
    await urlSearchBecomes(router, {
      q: 'models',
      type: 'story',
      topics: 'vision',
    })
  })

  it('blames the words, not the topics, when a quoted phrase is found nowhere', async () => {
    const user = userEvent.setup()
    // Both words are in two documents about health, neither holds the phrase.
    renderSearchApp('/search?topics=vision')
    await user.type(await searchField(), '"radiologists model"')
    await noResultsForThePhrase()
    expect(screen.getByText(/No results for/)).toBeInTheDocument()
    expect(screen.queryByText(/about the selected topics/)).not.toBeInTheDocument()
  })

  it('says it is searching while the index is on its way, and shows the results after', async () => {
    const { fetch, release } = heldFetch(serveCorpus)
    renderSearchApp('/search?q=imagenet', { fetch })
    expect(await screen.findByRole('status')).toHaveTextContent('Searching…')
    release()
    expect(await screen.findByRole('list', { name: 'Search results' }, ANSWER)).toBeInTheDocument()
    expect(screen.queryByText('Searching…')).toBeNull()
  })

  it('says so when the index cannot be loaded, instead of showing nothing', async () => {
    renderSearchApp('/search?q=imagenet', { fetch: () => new Response('oops', { status: 500 }) })
    expect(await screen.findByRole('alert', {}, ANSWER)).toHaveTextContent(/Search is unavailable/)
  })

  it('survives hostile input in the URL', async () => {
    renderSearchApp(`/search?q=${encodeURIComponent(`'!^=|$ 🤖 画像 "`)}&type=bogus`)
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Search:')
  })
})
