// A localStorage stand-in shared by several "tabs". Writes are logged in order, can be made to
// throw, and queue `storage` events for the other tabs, delivered when the test says so, which is
// how two tabs can change bookmarks "at the same time".

export class SharedArea {
  readonly data = new Map<string, string>()
  readonly writes: string[] = []
  private readonly tabs = new Set<EventTarget>()
  private queue: { target: EventTarget; key: string; newValue: string | null }[] = []

  tab(): { storage: FakeStorage; window: EventTarget } {
    const window = new EventTarget()
    this.tabs.add(window)
    return { storage: new FakeStorage(this, window), window }
  }

  queueEvent(from: EventTarget, key: string, newValue: string | null) {
    for (const target of this.tabs) if (target !== from) this.queue.push({ target, key, newValue })
  }

  /** Delivers queued storage events, like the browser does in the other tabs. */
  deliver() {
    const events = this.queue
    this.queue = []
    for (const { target, key, newValue } of events)
      target.dispatchEvent(Object.assign(new Event('storage'), { key, newValue }))
  }
}

export class FakeStorage {
  /** Return true to make a write throw, as a full quota does. */
  failWrite: (key: string) => boolean = () => false

  private readonly area: SharedArea
  private readonly window: EventTarget

  constructor(area: SharedArea = new SharedArea(), window: EventTarget = new EventTarget()) {
    this.area = area
    this.window = window
  }

  getItem(key: string): string | null {
    return this.area.data.get(key) ?? null
  }

  setItem(key: string, value: string): void {
    if (this.failWrite(key))
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    const changed = this.area.data.get(key) !== value
    this.area.data.set(key, value)
    this.area.writes.push(key)
    // Browsers fire no event when the value does not change.
    if (changed) this.area.queueEvent(this.window, key, value)
  }

  keys(): string[] {
    return [...this.area.data.keys()]
  }
}
