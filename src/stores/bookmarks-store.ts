// Saved stories, the one thing a reader creates here, so the store is paranoid about losing them:
//  - a stored value that fails to parse or validate is copied to a backup key before any write;
//  - every write re-reads storage and merges, and the `storage` event merges other tabs' writes,
//    with tombstones so removals survive the merge;
//  - storage that throws keeps bookmarks in memory and says so.
// Formats, migrations and merge rules live in lib/bookmark-records.ts.
import { useStore } from 'zustand'
import { persist, type PersistStorage, type StorageValue } from 'zustand/middleware'
import { createStore } from 'zustand/vanilla'
import {
  BOOKMARKS_VERSION,
  migrateBookmarks,
  mergeEntries,
  pruneTombstones,
  recoverBookmarks,
  sameEntries,
  serializeBookmarks,
  type BookmarkEntries,
  type BookmarkRecord,
  type PersistedBookmarks,
  type RecoveryProblem,
} from '@/lib/bookmark-records'

export const BOOKMARKS_STORAGE_KEY = 'batch-reader:bookmarks'

/** What a toggle knows about the story it saves. */
export interface BookmarkInput {
  storyId: string
  issueId: string
  headline: string
  issueDate: string | null
}

export interface RecoveryNotice extends RecoveryProblem {
  /** Where the unreadable value was copied; null if even the copy could not be written. */
  backupKey: string | null
}

export interface ImportResult {
  added: number
  alreadySaved: number
}

export interface BookmarksState {
  entries: BookmarkEntries
  /** Set when stored bookmarks could not all be read; cleared when the reader dismisses it. */
  recovery: RecoveryNotice | null
  /** True while changes cannot be saved on this device (quota, disabled storage, failed backup). */
  notPersisted: boolean
  add: (input: BookmarkInput) => void
  /** Removes and returns the record so the caller can offer Undo. */
  remove: (storyId: string) => BookmarkRecord | null
  toggle: (input: BookmarkInput) => void
  /** Undo of a removal: the bookmark comes back with its original save date. */
  restore: (record: BookmarkRecord) => void
  /** Adds bookmarks from an export; stories already saved are kept as they are. */
  importRecords: (records: readonly BookmarkRecord[]) => ImportResult
  /** Merges entries written by another tab. */
  mergeFromStorage: (raw: string | null) => void
  dismissRecovery: () => void
}

/** The subset of the Web Storage API the store uses; tests pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem'>

export interface BookmarksStoreOptions {
  /** Defaults to localStorage; null (or a throwing getter) means memory only. */
  storage?: StorageLike | null
  key?: string
  now?: () => number
}

function defaultStorage(): StorageLike | null {
  try {
    // Reading the property throws in some locked-down browsers.
    return globalThis.localStorage ?? null
  } catch {
    return null
  }
}

interface Health {
  recovery: RecoveryNotice | null
  notPersisted: boolean
}

/**
 * The persist middleware's storage: reads through recovery (backing up what it cannot read),
 * writes through read-merge-write so a write never discards another tab's changes.
 */
function createBookmarksStorage(
  storage: StorageLike | null,
  key: string,
  now: () => number,
  report: (health: Partial<Health>) => void,
) {
  // Once a backup fails, the damaged original is the only copy: never overwrite it.
  let writeBlocked = storage === null
  // The damaged value already copied aside, so the write that replaces it does not copy it twice.
  let backedUp: { raw: string; key: string } | null = null

  function backup(raw: string): string | null {
    if (!storage) return null
    if (raw === backedUp?.raw) return backedUp.key
    const stamp = new Date(now()).toISOString()
    try {
      let backupKey = `${key}:backup:${stamp}`
      for (let n = 2; storage.getItem(backupKey) !== null; n++)
        backupKey = `${key}:backup:${stamp}:${n}`
      storage.setItem(backupKey, raw)
      backedUp = { raw, key: backupKey }
      return backupKey
    } catch {
      return null
    }
  }

  function readRaw(): string | null {
    try {
      return storage ? storage.getItem(key) : null
    } catch {
      return null
    }
  }

  const persistStorage: PersistStorage<PersistedBookmarks> = {
    getItem() {
      if (!storage) {
        report({ notPersisted: true })
        return null
      }
      const raw = readRaw()
      const { data, problem } = recoverBookmarks(raw)
      if (problem && raw !== null) {
        const backupKey = backup(raw)
        if (backupKey === null) writeBlocked = true
        report({ recovery: { ...problem, backupKey }, notPersisted: writeBlocked })
      }
      // Already migrated and validated: hand persist the current version so it does not migrate again.
      return { state: data, version: BOOKMARKS_VERSION }
    },
    setItem(_name, value: StorageValue<PersistedBookmarks>) {
      if (writeBlocked || !storage) {
        report({ notPersisted: true })
        return
      }
      const raw = readRaw()
      const stored = recoverBookmarks(raw)
      // Something unreadable appeared since load (another app, a bug): keep a copy before replacing it.
      if (stored.problem && raw !== null && backup(raw) === null) {
        report({ notPersisted: true })
        return
      }
      const entries = pruneTombstones(mergeEntries(stored.data.entries, value.state.entries), now())
      const next = serializeBookmarks({ entries })
      if (next === raw) return
      try {
        storage.setItem(key, next)
        report({ notPersisted: false })
      } catch {
        report({ notPersisted: true })
      }
    },
    removeItem() {
      // Bookmarks are never wiped as a whole; removals are tombstones inside the value.
    },
  }
  return persistStorage
}

export function createBookmarksStore(options: BookmarksStoreOptions = {}) {
  const storage = options.storage === undefined ? defaultStorage() : options.storage
  const key = options.key ?? BOOKMARKS_STORAGE_KEY
  const now = options.now ?? Date.now

  // Health reports come from inside persist's hydration and writes, where setting state would
  // trigger another write; they are queued and applied once the store exists, outside persist.
  let applyHealth: ((health: Partial<Health>) => void) | null = null
  let pendingHealth: Partial<Health> = {}
  const report = (health: Partial<Health>) => {
    if (applyHealth) applyHealth(health)
    else pendingHealth = { ...pendingHealth, ...health }
  }

  const store = createStore<BookmarksState>()(
    persist(
      (set, get) => ({
        entries: {},
        recovery: null,
        notPersisted: false,

        add(input) {
          const current = get().entries[input.storyId]
          if (current && !current.removed) return
          const at = now()
          set({
            entries: {
              ...get().entries,
              [input.storyId]: { ...input, savedAt: at, updatedAt: at, removed: false },
            },
          })
        },

        remove(storyId) {
          const current = get().entries[storyId]
          if (!current || current.removed) return null
          set({
            entries: {
              ...get().entries,
              [storyId]: { ...current, removed: true, updatedAt: now() },
            },
          })
          return current
        },

        toggle(input) {
          const current = get().entries[input.storyId]
          if (current && !current.removed) get().remove(input.storyId)
          else get().add(input)
        },

        restore(record) {
          set({
            entries: {
              ...get().entries,
              [record.storyId]: { ...record, removed: false, updatedAt: now() },
            },
          })
        },

        importRecords(records) {
          const entries = { ...get().entries }
          let added = 0
          let alreadySaved = 0
          const at = now()
          for (const record of records) {
            const current = entries[record.storyId]
            if (current && !current.removed) {
              alreadySaved++
              continue
            }
            // Stamped now so the import wins over an older removal in another tab.
            entries[record.storyId] = {
              ...record,
              removed: false,
              updatedAt: Math.max(at, record.updatedAt),
            }
            added++
          }
          if (added > 0) set({ entries })
          return { added, alreadySaved }
        },

        mergeFromStorage(raw) {
          if (raw === null) return
          const incoming = recoverBookmarks(raw).data.entries
          const merged = mergeEntries(get().entries, incoming)
          if (!sameEntries(merged, get().entries)) set({ entries: merged })
        },

        dismissRecovery() {
          set({ recovery: null })
        },
      }),
      {
        name: key,
        version: BOOKMARKS_VERSION,
        storage: createBookmarksStorage(storage, key, now, report),
        partialize: (state): PersistedBookmarks => ({ entries: state.entries }),
        // getItem already migrates; this is the same chain, for any caller handing persist an old state.
        migrate: (state, version) => ({ entries: migrateBookmarks(state, version)?.entries ?? {} }),
        merge: (persisted, current) => ({
          ...current,
          entries: (persisted as PersistedBookmarks | undefined)?.entries ?? {},
        }),
      },
    ),
  )

  const healthOf = (s: BookmarksState): Health => ({
    recovery: s.recovery,
    notPersisted: s.notPersisted,
  })
  applyHealth = (health) => {
    const next = { ...healthOf(store.getState()), ...health }
    const prev = healthOf(store.getState())
    if (next.recovery === prev.recovery && next.notPersisted === prev.notPersisted) return
    // Deferred: a report can arrive in the middle of a write; the state update itself writes entries again.
    queueMicrotask(() => store.setState(next))
  }
  if (Object.keys(pendingHealth).length > 0)
    store.setState({ ...healthOf(store.getState()), ...pendingHealth })
  return store
}

export type BookmarksStore = ReturnType<typeof createBookmarksStore>

/** Keeps a store in step with other tabs: the `storage` event fires there when one tab writes. */
export function syncBookmarksAcrossTabs(
  store: BookmarksStore,
  target: EventTarget = window,
  key = BOOKMARKS_STORAGE_KEY,
): () => void {
  const onStorage = (event: Event) => {
    const { key: changed, newValue } = event as StorageEvent
    if (changed === key) store.getState().mergeFromStorage(newValue)
  }
  target.addEventListener('storage', onStorage)
  return () => target.removeEventListener('storage', onStorage)
}

let appStore: BookmarksStore | null = null
let stopSync: (() => void) | null = null

/** The app's one bookmarks store, created (and synced across tabs) on first use. */
export function getBookmarksStore(): BookmarksStore {
  if (!appStore) {
    appStore = createBookmarksStore()
    if (typeof window !== 'undefined') stopSync = syncBookmarksAcrossTabs(appStore)
  }
  return appStore
}

/** Forgets the app store so the next use reads storage afresh, as a page load does (tests). */
export function resetBookmarksStore(): void {
  stopSync?.()
  stopSync = null
  appStore = null
}

export function useBookmarksStore<T>(selector: (state: BookmarksState) => T): T {
  return useStore(getBookmarksStore(), selector)
}

export function useIsBookmarked(storyId: string): boolean {
  return useBookmarksStore((s) => {
    const record = s.entries[storyId]
    return record !== undefined && !record.removed
  })
}

/** Saved bookmarks (tombstones left out), newest save first. */
export function activeBookmarks(entries: BookmarkEntries): BookmarkRecord[] {
  return Object.values(entries)
    .filter((r) => !r.removed)
    .sort((a, b) => b.savedAt - a.savedAt || a.storyId.localeCompare(b.storyId))
}
