// @vitest-environment jsdom
import type { AnyRouter } from '@tanstack/react-router'
import { afterFirstView } from '@/lib/after-first-view'

/** Just what afterFirstView reads of a router: whether a page is shown, and its onResolved event. */
function fakeRouter(resolved: boolean) {
  const listeners = new Set<() => void>()
  const router = {
    state: { resolvedLocation: resolved ? { href: '/' } : undefined },
    subscribe: (event: string, listener: () => void) => {
      expect(event).toBe('onResolved')
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
  const resolve = () => {
    for (const listener of [...listeners]) listener()
  }
  return { router: router as unknown as AnyRouter, resolve, listeners }
}

describe('afterFirstView', () => {
  let idle: (() => void)[]
  beforeEach(() => {
    idle = []
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback))
  })
  afterEach(() => vi.unstubAllGlobals())
  const runIdle = () => idle.splice(0).forEach((callback) => callback())

  it('waits for the first page, then for an idle moment', () => {
    const { router, resolve, listeners } = fakeRouter(false)
    const work = vi.fn()
    afterFirstView(router, work)
    runIdle()
    expect(work).not.toHaveBeenCalled()
    resolve()
    expect(work).not.toHaveBeenCalled()
    runIdle()
    expect(work).toHaveBeenCalledOnce()
    // Once: it stops listening, so later navigations do not run it again.
    expect(listeners.size).toBe(0)
  })

  it('runs at the next idle moment when a page is already shown', () => {
    const { router } = fakeRouter(true)
    const work = vi.fn()
    afterFirstView(router, work)
    runIdle()
    expect(work).toHaveBeenCalledOnce()
  })

  it('does nothing once cancelled, before or after the first page', () => {
    const early = fakeRouter(false)
    const work = vi.fn()
    afterFirstView(early.router, work)()
    early.resolve()
    runIdle()
    const late = fakeRouter(false)
    const cancel = afterFirstView(late.router, work)
    late.resolve()
    cancel()
    runIdle()
    expect(work).not.toHaveBeenCalled()
  })
})
