// @vitest-environment jsdom
import { whenIdle } from '@/lib/when-idle'

describe('whenIdle', () => {
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  it('waits for the browser to be idle, with a deadline', () => {
    const requestIdleCallback = vi.fn()
    vi.stubGlobal('requestIdleCallback', requestIdleCallback)
    const work = vi.fn()
    whenIdle(work, 1234)
    expect(work).not.toHaveBeenCalled()
    expect(requestIdleCallback).toHaveBeenCalledWith(expect.any(Function), { timeout: 1234 })
    ;(requestIdleCallback.mock.calls[0]![0] as () => void)()
    expect(work).toHaveBeenCalledOnce()
  })

  it('falls back to a short timer where there is no requestIdleCallback (Safari)', () => {
    vi.useFakeTimers()
    vi.stubGlobal('requestIdleCallback', undefined)
    const work = vi.fn()
    whenIdle(work)
    expect(work).not.toHaveBeenCalled()
    vi.advanceTimersByTime(1000)
    expect(work).toHaveBeenCalledOnce()
  })
})
