/// <reference types="node" />
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  mergeEntries,
  type BookmarkEntries,
  type BookmarkRecord,
} from '../../src/lib/bookmark-records'
import {
  activeBookmarks,
  BOOKMARKS_STORAGE_KEY as KEY,
  createBookmarksStore,
  syncBookmarksAcrossTabs,
  type BookmarkInput,
} from '../../src/stores/bookmarks-store'
import { FakeStorage, SharedArea } from './fake-storage'

const fixture = (name: string) =>
  readFileSync(join(import.meta.dirname, '../fixtures/bookmarks', name), 'utf8')
const story = (storyId: string, headline = storyId): BookmarkInput => ({
  storyId,
  issueId: 'issue-1',
  headline,
  issueDate: '2021-04-07',
})
const flush = () => new Promise<void>((resolve) => queueMicrotask(resolve))
const clock = (start = 1_700_000_000_000) => {
  let t = start
  return () => (t += 1000)
}
const savedIds = (store: ReturnType<typeof createBookmarksStore>) =>
  activeBookmarks(store.getState().entries).map((b) => b.storyId)
const storedIds = (storage: FakeStorage) => {
  const entries = JSON.parse(storage.getItem(KEY)!).state.entries as BookmarkEntries
  return Object.values(entries)
    .filter((r) => !r.removed)
    .map((r) => r.storyId)
    .sort()
}
const backupKeys = (storage: FakeStorage) =>
  storage.keys().filter((k) => k.startsWith(`${KEY}:backup:`))

function storageWith(raw: string) {
  const storage = new FakeStorage()
  storage.setItem(KEY, raw)
  return storage
}

describe('bookmarks store: saving', () => {
  it('adds, toggles and removes, persisting each change with a version', () => {
    const storage = new FakeStorage()
    const store = createBookmarksStore({ storage, now: clock() })
    store.getState().add(story('a'))
    store.getState().toggle(story('b'))
    expect(savedIds(store)).toEqual(['b', 'a'])
    store.getState().toggle(story('b'))
    expect(savedIds(store)).toEqual(['a'])
    expect(JSON.parse(storage.getItem(KEY)!).version).toBe(3)
    expect(storedIds(storage)).toEqual(['a'])
    expect(savedIds(createBookmarksStore({ storage }))).toEqual(['a'])
  })

  it('keeps storyId, issueId, the saved headline and the save date', () => {
    const store = createBookmarksStore({ storage: new FakeStorage(), now: () => 42_000 })
    store
      .getState()
      .add({ storyId: 's', issueId: 'i', headline: 'Saved Headline', issueDate: null })
    expect(store.getState().entries.s).toMatchObject({
      storyId: 's',
      issueId: 'i',
      headline: 'Saved Headline',
      savedAt: 42_000,
    })
  })

  it('undoes a removal with the original save date', () => {
    const store = createBookmarksStore({ storage: new FakeStorage(), now: clock() })
    store.getState().add(story('a'))
    const savedAt = store.getState().entries.a!.savedAt
    const removed = store.getState().remove('a')!
    expect(savedIds(store)).toEqual([])
    store.getState().restore(removed)
    expect(store.getState().entries.a).toMatchObject({ removed: false, savedAt })
  })

  it('imports records: new ones are added, saved ones are kept as they are', () => {
    const store = createBookmarksStore({ storage: new FakeStorage(), now: clock() })
    store.getState().add(story('a', 'Mine'))
    const incoming: BookmarkRecord[] = ['a', 'b'].map((id) => ({
      ...story(id, 'Theirs'),
      savedAt: 5,
      updatedAt: 5,
      removed: false,
    }))
    expect(store.getState().importRecords(incoming)).toEqual({ added: 1, alreadySaved: 1 })
    expect(store.getState().entries.a!.headline).toBe('Mine')
    expect(store.getState().entries.b).toMatchObject({ headline: 'Theirs', savedAt: 5 })
  })
})

describe('bookmarks store: past formats migrate (§7)', () => {
  it('version 1 (ids only) gains headlines from the id and keeps its save dates', () => {
    const store = createBookmarksStore({ storage: storageWith(fixture('v1.json')) })
    const list = activeBookmarks(store.getState().entries)
    expect(list.map((b) => [b.storyId, b.issueId, b.headline])).toEqual([
      ['cancer-in-the-crosshairs', '2020-01-08', 'Cancer in the crosshairs'],
      ['de-facing-imagenet', '2021-04-07', 'De facing imagenet'],
    ])
    expect(list[1]!.savedAt).toBe(Date.parse('2021-04-08T09:30:00.000Z'))
    expect(store.getState().recovery).toBeNull()
  })

  it('version 2 (list with headlines) keeps headlines and dedupes by story, earliest save wins', () => {
    const store = createBookmarksStore({ storage: storageWith(fixture('v2.json')) })
    const list = activeBookmarks(store.getState().entries)
    expect(list.map((b) => b.headline)).toEqual(['A Story Since Removed', 'De-Facing ImageNet'])
    expect(store.getState().entries['de-facing-imagenet']!.savedAt).toBe(
      Date.parse('2021-04-08T09:30:00.000Z'),
    )
  })

  it('version 3 (current) reads as is, tombstones included', () => {
    const store = createBookmarksStore({ storage: storageWith(fixture('v3.json')) })
    expect(savedIds(store)).toEqual(['cancer-in-the-crosshairs'])
    expect(store.getState().entries['tell-me-a-picture']!.removed).toBe(true)
  })

  it.each(['v1.json', 'v2.json'])(
    '%s is rewritten in the current format on the next change, without a backup',
    (name) => {
      const storage = storageWith(fixture(name))
      const store = createBookmarksStore({ storage, now: clock() })
      store.getState().add(story('new'))
      expect(JSON.parse(storage.getItem(KEY)!).version).toBe(3)
      expect(storedIds(storage)).toContain('de-facing-imagenet')
      expect(backupKeys(storage)).toEqual([])
    },
  )
})

describe('bookmarks store: damaged storage is kept aside (§7)', () => {
  it('invalid JSON: copied to a backup key before anything is written, the app starts empty and says so', async () => {
    const raw = '{"state":{"entries":{"a":'
    const storage = storageWith(raw)
    const before = storage.keys().length
    const store = createBookmarksStore({ storage, now: clock() })
    await flush()
    const [backupKey] = backupKeys(storage)
    expect(storage.getItem(backupKey!)).toBe(raw)
    expect(store.getState().recovery).toMatchObject({ reason: 'invalid-json', backupKey })
    expect(storage.keys().length).toBe(before + 1)
    store.getState().add(story('b'))
    expect(storedIds(storage)).toEqual(['b'])
    expect(storage.getItem(backupKey!)).toBe(raw)
    expect(backupKeys(storage)).toHaveLength(1)
  })

  it('the backup is the first write after reading damaged data', () => {
    const area = new SharedArea()
    const { storage } = area.tab()
    storage.setItem(KEY, 'not json')
    area.writes.length = 0
    const store = createBookmarksStore({ storage, now: clock() })
    store.getState().add(story('a'))
    expect(area.writes[0]).toMatch(new RegExp(`^${KEY}:backup:`))
    expect(area.writes.slice(1).every((key) => key === KEY)).toBe(true)
  })

  it('invalid records: the valid ones are recovered, the rest survive in the backup', async () => {
    const data = JSON.parse(fixture('v3.json'))
    data.state.entries.broken = { storyId: 'broken', savedAt: 'yesterday' }
    data.state.entries.misfiled = { ...data.state.entries['cancer-in-the-crosshairs'] }
    const raw = JSON.stringify(data)
    const storage = storageWith(raw)
    const store = createBookmarksStore({ storage })
    await flush()
    expect(savedIds(store)).toEqual(['cancer-in-the-crosshairs'])
    expect(store.getState().recovery).toMatchObject({ reason: 'invalid-data', kept: 1, dropped: 2 })
    expect(storage.getItem(store.getState().recovery!.backupKey!)).toBe(raw)
  })

  it.each([
    ['a value of the wrong shape', '[1,2,3]'],
    ['an old version with the wrong state', '{"state":{"ids":[]},"version":2}'],
    ['a version this app does not know', '{"state":{"things":[]},"version":99}'],
  ])('%s is backed up, never silently wiped', async (_label, raw) => {
    const storage = storageWith(raw)
    const store = createBookmarksStore({ storage, now: clock() })
    await flush()
    expect(store.getState().recovery).not.toBeNull()
    expect(backupKeys(storage).map((k) => storage.getItem(k))).toEqual([raw])
  })

  it('a newer version whose data still fits the current format is read, and the reader is told', async () => {
    const raw = JSON.stringify({ ...JSON.parse(fixture('v3.json')), version: 4 })
    const store = createBookmarksStore({ storage: storageWith(raw) })
    await flush()
    expect(savedIds(store)).toEqual(['cancer-in-the-crosshairs'])
    expect(store.getState().recovery).toMatchObject({ reason: 'unknown-version', kept: 1 })
  })

  it('if the backup cannot be written, the damaged original is never overwritten', async () => {
    const storage = storageWith('not json')
    storage.failWrite = (key) => key.includes(':backup:')
    const store = createBookmarksStore({ storage, now: clock() })
    store.getState().add(story('a'))
    await flush()
    expect(storage.getItem(KEY)).toBe('not json')
    expect(store.getState()).toMatchObject({ notPersisted: true, recovery: { backupKey: null } })
    expect(savedIds(store)).toEqual(['a'])
  })

  it('the notice goes away when dismissed', async () => {
    const store = createBookmarksStore({ storage: storageWith('oops') })
    await flush()
    store.getState().dismissRecovery()
    expect(store.getState().recovery).toBeNull()
  })
})

describe('bookmarks store: two tabs stay in step (§8)', () => {
  function twoTabs() {
    const area = new SharedArea()
    const now = clock()
    const tabs = [area.tab(), area.tab()].map(({ storage, window }) => {
      const store = createBookmarksStore({ storage, now })
      syncBookmarksAcrossTabs(store, window)
      return store
    })
    return { area, a: tabs[0]!, b: tabs[1]! }
  }

  it('a bookmark added in one tab appears in the other', () => {
    const { area, a, b } = twoTabs()
    a.getState().add(story('x'))
    area.deliver()
    expect(savedIds(b)).toEqual(['x'])
  })

  it('concurrent additions in two tabs are both kept, in storage and in both tabs', () => {
    const { area, a, b } = twoTabs()
    a.getState().add(story('x'))
    b.getState().add(story('y'))
    expect(storedIds(area.tab().storage)).toEqual(['x', 'y'])
    area.deliver()
    area.deliver()
    expect(savedIds(a).sort()).toEqual(['x', 'y'])
    expect(savedIds(b).sort()).toEqual(['x', 'y'])
  })

  it('a removal in one tab is not undone by the other tab writing its older copy', () => {
    const { area, a, b } = twoTabs()
    a.getState().add(story('x'))
    area.deliver()
    a.getState().remove('x')
    b.getState().add(story('y'))
    area.deliver()
    area.deliver()
    for (const tab of [a, b]) expect(savedIds(tab)).toEqual(['y'])
    expect(storedIds(area.tab().storage)).toEqual(['y'])
  })

  it('settles: once merged, tabs stop writing to each other', () => {
    const { area, a, b } = twoTabs()
    a.getState().add(story('x'))
    b.getState().add(story('y'))
    for (let i = 0; i < 3; i++) area.deliver()
    const writes = area.writes.length
    area.deliver()
    expect(area.writes.length).toBe(writes)
  })

  it('merging is order-free: commutative, associative and idempotent', () => {
    const record = fc.record({
      storyId: fc.constantFrom('a', 'b', 'c'),
      issueId: fc.constant('i'),
      headline: fc.constantFrom('A', 'B'),
      issueDate: fc.constant(null),
      savedAt: fc.nat(10),
      updatedAt: fc.nat(10),
      removed: fc.boolean(),
    })
    const entries = fc
      .array(record, { maxLength: 4 })
      .map((rs) => Object.fromEntries(rs.map((r) => [r.storyId, r])))
    fc.assert(
      fc.property(entries, entries, entries, (x, y, z) => {
        expect(mergeEntries(x, y)).toEqual(mergeEntries(y, x))
        expect(mergeEntries(mergeEntries(x, y), z)).toEqual(mergeEntries(x, mergeEntries(y, z)))
        expect(mergeEntries(x, x)).toEqual(x)
      }),
    )
  })
})

describe('bookmarks store: storage that refuses writes (§9)', () => {
  it('quota exceeded: bookmarks stay for the session and the reader is told', async () => {
    const storage = new FakeStorage()
    storage.failWrite = () => true
    const store = createBookmarksStore({ storage, now: clock() })
    expect(() => store.getState().add(story('a'))).not.toThrow()
    await flush()
    expect(savedIds(store)).toEqual(['a'])
    expect(store.getState().notPersisted).toBe(true)
  })

  it('clears the notice once a write succeeds again', async () => {
    const storage = new FakeStorage()
    storage.failWrite = () => true
    const store = createBookmarksStore({ storage, now: clock() })
    store.getState().add(story('a'))
    await flush()
    storage.failWrite = () => false
    store.getState().add(story('b'))
    await flush()
    expect(store.getState().notPersisted).toBe(false)
    expect(storedIds(storage)).toEqual(['a', 'b'])
  })

  it('no storage at all (disabled): memory only, with the notice', async () => {
    const store = createBookmarksStore({ storage: null, now: clock() })
    store.getState().add(story('a'))
    await flush()
    expect(savedIds(store)).toEqual(['a'])
    expect(store.getState().notPersisted).toBe(true)
  })
})

describe('bookmarks store: stories missing from the corpus (§10)', () => {
  it('keeps bookmarks whatever the corpus holds: the store never drops by story id', () => {
    const storage = storageWith(fixture('v2.json'))
    createBookmarksStore({ storage, now: clock() }).getState().add(story('another'))
    expect(storedIds(storage)).toContain('a-story-since-removed')
    expect(
      createBookmarksStore({ storage }).getState().entries['a-story-since-removed']!.headline,
    ).toBe('A Story Since Removed')
  })
})
