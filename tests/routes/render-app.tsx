// Render the real app (route tree, router defaults, layout) at a URL in jsdom, with fetch
// serving the fixture corpus unless a test says otherwise. Reusable by any feature's route tests.
import { createMemoryHistory, createRouter, RouterProvider } from '@tanstack/react-router'
import { render } from '@testing-library/react'
import { vi } from 'vitest'
import { routerDefaults } from '@/features/reader/router-defaults'
import { routeTree } from '@/routeTree.gen'
import { corpusStore } from '@/stores/corpus-store'
import { fixtureResponse } from '../fixtures/corpus-fixture'

export type FetchHandler = (url: string) => Response | Promise<Response>

export function stubFetch(handler: FetchHandler = fixtureResponse) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL) => handler(String(input)))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

export function renderApp(url: string, options: { fetch?: FetchHandler } = {}) {
  corpusStore.getState().reset()
  const fetchMock = stubFetch(options.fetch)
  // jsdom has no layout or scrolling; the router's scroll restoration calls these.
  window.scrollTo = vi.fn() as unknown as typeof window.scrollTo
  Element.prototype.scrollIntoView = vi.fn()
  const router = createRouter({
    routeTree,
    history: createMemoryHistory({ initialEntries: [url] }),
    ...routerDefaults,
  })
  const result = render(<RouterProvider router={router} />)
  return { ...result, router, fetchMock }
}

/** A fetch that fails the first `failures` requests matching `pattern` with `failure`, then serves the fixture. */
export function failingThenFixture(
  pattern: RegExp,
  failure: () => Response | Promise<Response>,
  failures = 1,
): FetchHandler {
  let remaining = failures
  return (url) => {
    if (pattern.test(url) && remaining > 0) {
      remaining--
      return failure()
    }
    return fixtureResponse(url)
  }
}
