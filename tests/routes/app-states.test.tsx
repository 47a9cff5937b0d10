// @vitest-environment jsdom
// States every route shares: loading, a catalog that fails (each kind) with Retry, unknown paths,
// focus after navigation, the shortcuts dialog and the theme toggle.
import { screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { selectFrontPage } from '@/corpus/front-page'
import { getBookmarksStore, resetBookmarksStore } from '@/stores/bookmarks-store'
import { usePreferencesStore } from '@/stores/preferences-store'
import { fixtureCatalog, heldFetch } from '../fixtures/corpus-fixture'
import { failingThenFixture, renderApp } from './render-app'

const catalogUrl = /corpus\/catalog\.json$/

describe('loading and errors', () => {
  // React and the router log the errors these tests provoke on purpose.
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined))
  afterEach(() => vi.restoreAllMocks())

  it('shows a loading line while the catalog is on its way, then the page', async () => {
    const { fetch, release } = heldFetch()
    renderApp('/issues', { fetch })
    expect(await screen.findByRole('status')).toHaveTextContent('Loading')
    release()
    expect(await screen.findByRole('heading', { level: 1, name: 'All issues' })).toBeInTheDocument()
    // The loading line is gone (the chip row keeps its own "6 stories" status).
    expect(
      screen.queryAllByRole('status').filter((el) => /Loading/.test(el.textContent ?? '')),
    ).toEqual([])
  })

  it.each([
    [
      'network',
      () => Promise.reject(new TypeError('Failed to fetch')),
      /couldn’t reach the server/i,
    ],
    ['http', () => new Response('', { status: 503 }), /server couldn’t send this/i],
    ['invalid-json', () => new Response('{"issues":', { status: 200 }), /arrived damaged/i],
    [
      'schema',
      () => new Response(JSON.stringify({ ...fixtureCatalog, schemaVersion: 99 })),
      /format we expect/i,
    ],
  ] as const)(
    'a %s failure shows what went wrong in the layout, and Retry recovers',
    async (_kind, fail, title) => {
      const user = userEvent.setup()
      renderApp('/thinking', { fetch: failingThenFixture(catalogUrl, fail) })
      const alert = await screen.findByRole('alert')
      expect(within(alert).getByRole('heading', { level: 1 })).toHaveTextContent(title)
      expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument()
      expect(within(alert).getByRole('link', { name: 'Go to the front page' })).toHaveAttribute(
        'href',
        '/',
      )
      expect(document.title).toBe('Something went wrong · Batch Reader')
      await user.click(within(alert).getByRole('button', { name: 'Retry' }))
      expect(
        await screen.findByRole('heading', { level: 1, name: 'We’re thinking' }),
      ).toBeInTheDocument()
      expect(screen.queryByRole('alert')).toBeNull()
    },
  )

  it('lists the zod messages of a schema mismatch', async () => {
    renderApp('/issues', {
      fetch: failingThenFixture(
        catalogUrl,
        () => new Response(JSON.stringify({ ...fixtureCatalog, issues: 7 })),
      ),
    })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText(/^issues: /)).toBeInTheDocument()
    expect(within(alert).getByText('corpus/catalog.json', { exact: false })).toBeInTheDocument()
  })
})

describe('front page', () => {
  beforeEach(() => void vi.spyOn(console, 'error').mockImplementation(() => undefined))
  afterEach(() => vi.restoreAllMocks())

  it('shows the latest issue from its own small file, without fetching the catalog', async () => {
    const { fetchMock } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'April 7, 2021' })
    // The lists follow the heading in a deferred render on the app's first load.
    expect(
      (await screen.findAllByRole('link', { name: 'De-Facing ImageNet' })).length,
    ).toBeGreaterThan(0)
    expect(screen.getByRole('link', { name: /All 3 issues/ })).toBeInTheDocument()
    const requested = fetchMock.mock.calls.map(([url]) => String(url))
    expect(requested).toEqual(['/corpus/front.json'])
  })

  it('says what is wrong with a damaged front.json, and Retry recovers', async () => {
    const user = userEvent.setup()
    renderApp('/', {
      fetch: failingThenFixture(
        /corpus\/front\.json$/,
        () => new Response(JSON.stringify({ ...selectFrontPage(fixtureCatalog), latest: 7 })),
      ),
    })
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText(/^latest: /)).toBeInTheDocument()
    expect(within(alert).getByText('corpus/front.json', { exact: false })).toBeInTheDocument()
    await user.click(within(alert).getByRole('button', { name: 'Retry' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'April 7, 2021' }),
    ).toBeInTheDocument()
  })

  it('bookmarks a front-page story with its issue date before the catalog is loaded', async () => {
    localStorage.clear()
    resetBookmarksStore()
    const user = userEvent.setup()
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'April 7, 2021' })
    await user.click(screen.getAllByRole('button', { name: 'Bookmark: De-Facing ImageNet' })[0]!)
    expect(getBookmarksStore().getState().entries['de-facing-imagenet']).toMatchObject({
      issueId: '2021-04-07',
      issueDate: '2021-04-07',
    })
    resetBookmarksStore()
  })

  it('reuses the loaded catalog when the reader comes back to it', async () => {
    const { router, fetchMock } = renderApp('/issues')
    await screen.findByRole('heading', { level: 1, name: 'All issues' })
    await router.navigate({ to: '/' })
    await screen.findByRole('heading', { level: 1, name: 'April 7, 2021' })
    const requested = fetchMock.mock.calls.map(([url]) => String(url))
    expect(requested).not.toContain('/corpus/front.json')
  })
})

describe('not found', () => {
  it('renders an unknown path inside the layout with links back', async () => {
    renderApp('/no/such/page')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that page' }),
    ).toBeInTheDocument()
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'The front page and the latest issue' }),
    ).toHaveAttribute('href', '/')
    expect(document.title).toBe('Page not found · Batch Reader')
  })

  it('shows not-found after in-app navigation too', async () => {
    const { router } = renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'April 7, 2021' })
    await router.navigate({ to: '/stories/$storyId', params: { storyId: 'gone' } })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We couldn’t find that story' }),
    ).toBeInTheDocument()
  })
})

describe('navigation', () => {
  it('moves focus to the new page’s heading after following a link', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await screen.findByRole('heading', { level: 1, name: 'April 7, 2021' })
    await user.click(screen.getAllByRole('link', { name: 'Pretraining on Uncurated Data' })[0]!)
    const heading = await screen.findByRole('heading', {
      level: 1,
      name: 'Pretraining on Uncurated Data',
    })
    await waitFor(() => expect(heading).toHaveFocus())
    expect(document.title).toBe('Pretraining on Uncurated Data · Batch Reader')
  })

  it('skip link moves focus to main', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    await user.tab()
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus()
    await user.keyboard('{Enter}')
    expect(screen.getByRole('main')).toHaveFocus()
  })
})

describe('shortcuts dialog', () => {
  it('opens with ?, traps focus, closes with Esc and returns focus', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    const trigger = screen.getByRole('button', { name: 'Keyboard shortcuts' })
    trigger.focus()
    await user.keyboard('?')
    const dialog = screen.getByRole('dialog', { name: 'Keyboard shortcuts' })
    expect(dialog).toHaveAttribute('aria-modal', 'true')
    expect(within(dialog).getByText('Next story (issue and feed pages)')).toBeInTheDocument()
    const close = within(dialog).getByRole('button', { name: 'Close' })
    expect(close).toHaveFocus()
    await user.tab()
    expect(close).toHaveFocus() // the only control: Tab stays inside
    await user.tab({ shift: true })
    expect(close).toHaveFocus()
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(trigger).toHaveFocus()
  })

  it('does not open while typing in a field', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    const input = document.createElement('input')
    document.body.append(input)
    input.focus()
    await user.keyboard('?')
    expect(screen.queryByRole('dialog')).toBeNull()
    input.remove()
  })
})

describe('theme toggle', () => {
  afterEach(() => usePreferencesStore.setState({ theme: 'system' }))

  it('cycles system → light → dark and says which is on', async () => {
    const user = userEvent.setup()
    renderApp('/')
    await screen.findByRole('heading', { level: 1 })
    const toggle = screen.getByRole('button', { name: /^Theme: System/ })
    await user.click(toggle)
    expect(usePreferencesStore.getState().theme).toBe('light')
    expect(toggle).toHaveAccessibleName('Theme: Light. Switch to Dark')
    await user.click(toggle)
    expect(usePreferencesStore.getState().theme).toBe('dark')
  })
})
