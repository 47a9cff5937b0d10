// Stored bookmarks: every format the app has ever written, the migrations between them, recovery
// of what can be read from a damaged value, and the merge that keeps two tabs' changes.
// Pure (no storage access) so each rule can be tested with plain values.
import * as z from 'zod/mini'

export const BOOKMARKS_VERSION = 3

/**
 * The formats of past versions, built the first time a store in one of them is read: most
 * readers never have one, and each `z.iso.datetime` builds its pattern when constructed, which
 * would cost every cold load of `/` (it shows bookmark toggles) main-thread time.
 */
function buildLegacySchemas() {
  const storedList = z.object({ bookmarks: z.array(z.unknown()) })
  return {
    /** Version 1 (first prototype): which story, from which issue, when. No headline. */
    stateV1: storedList,
    bookmarkV1: z.object({
      id: z.string().check(z.minLength(1)),
      issue: z.string().check(z.minLength(1)),
      at: z.iso.datetime({ offset: true }),
    }),
    /** Version 2: the headline is saved so a story that leaves the corpus can still be named. */
    stateV2: storedList,
    bookmarkV2: z.object({
      storyId: z.string().check(z.minLength(1)),
      issueId: z.string().check(z.minLength(1)),
      headline: z.string(),
      savedAt: z.iso.datetime({ offset: true }),
    }),
  }
}
let legacySchemasBuilt: ReturnType<typeof buildLegacySchemas> | undefined
const legacySchemas = () => (legacySchemasBuilt ??= buildLegacySchemas())

/**
 * Version 3 (current): one record per story, keyed by story id. A removal leaves a tombstone
 * (`removed: true`) stamped with `updatedAt`, so when two tabs merge, the newer change wins and a
 * removal in one tab is not undone by the other tab's stale copy.
 */
export const bookmarkRecordSchema = z.object({
  storyId: z.string().check(z.minLength(1)),
  issueId: z.string().check(z.minLength(1)),
  headline: z.string(),
  /** Issue date (YYYY-MM-DD) when known at save time, so "sort by issue date" works offline. */
  issueDate: z.nullable(z.string()),
  /** Epoch milliseconds. */
  savedAt: z.int().check(z.gte(0)),
  updatedAt: z.int().check(z.gte(0)),
  removed: z.boolean(),
})
export const stateV3Schema = z.object({ entries: z.record(z.string(), z.unknown()) })

export type BookmarkRecord = z.infer<typeof bookmarkRecordSchema>
export type BookmarkEntries = Record<string, BookmarkRecord>
export interface PersistedBookmarks {
  entries: BookmarkEntries
}

/** What the reader should be told after reading storage; null when it read cleanly. */
export interface RecoveryProblem {
  reason: 'invalid-json' | 'invalid-data' | 'unknown-version'
  /** Bookmarks that were read successfully (counting tombstones out). */
  kept: number
  /** Items that could not be read and were left out (they survive in the backup). */
  dropped: number
}

export interface Recovered {
  data: PersistedBookmarks
  problem: RecoveryProblem | null
}

const envelopeSchema = z.object({ state: z.unknown(), version: z.int() })

/** A headline for records saved before headlines were stored: "de-facing-imagenet" → "De facing imagenet". */
export function headlineFromId(storyId: string): string {
  const words = storyId.replace(/[-_]+/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** Validates items one by one so one bad item costs that item, not the whole list. */
function salvage<T>(
  items: readonly unknown[],
  schema: z.ZodMiniType<T>,
): { ok: T[]; dropped: number } {
  const ok: T[] = []
  for (const item of items) {
    const parsed = schema.safeParse(item)
    if (parsed.success) ok.push(parsed.data)
  }
  return { ok, dropped: items.length - ok.length }
}

function fromList(records: readonly BookmarkRecord[]): BookmarkEntries {
  const entries: BookmarkEntries = {}
  // Duplicates in old lists: the earliest save wins, as it is the reader's real save date.
  for (const r of records) {
    const seen = entries[r.storyId]
    if (!seen || r.savedAt < seen.savedAt) entries[r.storyId] = r
  }
  return entries
}

interface Step {
  entries: BookmarkEntries
  dropped: number
}

/** One function per past version, each turning that version's state into the current entries. */
const migrations: Record<number, (state: unknown) => Step | null> = {
  1: (state) => {
    const { stateV1, bookmarkV1 } = legacySchemas()
    const parsed = stateV1.safeParse(state)
    if (!parsed.success) return null
    const { ok, dropped } = salvage(parsed.data.bookmarks, bookmarkV1)
    const records = ok.map((b): BookmarkRecord => {
      const at = Date.parse(b.at)
      return {
        storyId: b.id,
        issueId: b.issue,
        headline: headlineFromId(b.id),
        issueDate: null,
        savedAt: at,
        updatedAt: at,
        removed: false,
      }
    })
    return { entries: fromList(records), dropped }
  },
  2: (state) => {
    const { stateV2, bookmarkV2 } = legacySchemas()
    const parsed = stateV2.safeParse(state)
    if (!parsed.success) return null
    const { ok, dropped } = salvage(parsed.data.bookmarks, bookmarkV2)
    const records = ok.map((b): BookmarkRecord => {
      const at = Date.parse(b.savedAt)
      return {
        storyId: b.storyId,
        issueId: b.issueId,
        headline: b.headline,
        issueDate: null,
        savedAt: at,
        updatedAt: at,
        removed: false,
      }
    })
    return { entries: fromList(records), dropped }
  },
  3: (state) => {
    const parsed = stateV3Schema.safeParse(state)
    if (!parsed.success) return null
    const entries: BookmarkEntries = {}
    let dropped = 0
    for (const [key, value] of Object.entries(parsed.data.entries)) {
      const record = bookmarkRecordSchema.safeParse(value)
      // A record filed under another story's key is as untrustworthy as a malformed one.
      if (record.success && record.data.storyId === key) entries[key] = record.data
      else dropped++
    }
    return { entries, dropped }
  },
}

/** Converts a state written by `version` to current entries; null when it cannot be read at all. */
export function migrateBookmarks(state: unknown, version: number): Step | null {
  const migrate = migrations[version]
  return migrate ? migrate(state) : null
}

export function countActive(entries: BookmarkEntries): number {
  return Object.values(entries).filter((r) => !r.removed).length
}

const EMPTY: PersistedBookmarks = { entries: {} }

/**
 * Reads a raw stored string. Never throws: what can be read is returned, and `problem` says
 * whether anything was wrong (the caller must then back the raw value up before writing).
 */
export function recoverBookmarks(raw: string | null): Recovered {
  if (raw === null) return { data: EMPTY, problem: null }
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch {
    return { data: EMPTY, problem: { reason: 'invalid-json', kept: 0, dropped: 1 } }
  }
  const envelope = envelopeSchema.safeParse(json)
  if (!envelope.success)
    return { data: EMPTY, problem: { reason: 'invalid-data', kept: 0, dropped: 1 } }
  const { state, version } = envelope.data
  // A newer app may have written this; read it as the current format if it happens to fit.
  const known = version in migrations
  const step = migrateBookmarks(state, known ? version : BOOKMARKS_VERSION)
  if (!step)
    return {
      data: EMPTY,
      problem: { reason: known ? 'invalid-data' : 'unknown-version', kept: 0, dropped: 1 },
    }
  const kept = countActive(step.entries)
  if (!known)
    return {
      data: { entries: step.entries },
      problem: { reason: 'unknown-version', kept, dropped: step.dropped },
    }
  return {
    data: { entries: step.entries },
    problem: step.dropped > 0 ? { reason: 'invalid-data', kept, dropped: step.dropped } : null,
  }
}

/**
 * The later change wins; on a tie a live bookmark beats a tombstone, so nothing is lost by
 * accident. Remaining ties are broken by content so every tab picks the same record.
 */
function newer(a: BookmarkRecord, b: BookmarkRecord): BookmarkRecord {
  if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt ? a : b
  if (a.removed !== b.removed) return a.removed ? b : a
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? a : b
  return canonical(a) <= canonical(b) ? a : b
}

function canonical(r: BookmarkRecord): string {
  return JSON.stringify([
    r.storyId,
    r.issueId,
    r.headline,
    r.issueDate,
    r.savedAt,
    r.updatedAt,
    r.removed,
  ])
}

/** Merges two tabs' entries. Commutative, associative and idempotent, so tabs converge. */
export function mergeEntries(a: BookmarkEntries, b: BookmarkEntries): BookmarkEntries {
  const merged: BookmarkEntries = { ...a }
  for (const [id, record] of Object.entries(b)) {
    const mine = merged[id]
    merged[id] = mine ? newer(mine, record) : record
  }
  return merged
}

/** Tombstones older than this are dropped: long enough for any open tab to have seen them. */
export const TOMBSTONE_TTL_MS = 90 * 24 * 60 * 60 * 1000

export function pruneTombstones(entries: BookmarkEntries, now: number): BookmarkEntries {
  const kept: BookmarkEntries = {}
  for (const [id, r] of Object.entries(entries))
    if (!r.removed || now - r.updatedAt < TOMBSTONE_TTL_MS) kept[id] = r
  return kept
}

/** Stable JSON (keys sorted) so equal states serialize equally and tabs stop echoing writes. */
export function serializeBookmarks(data: PersistedBookmarks, version = BOOKMARKS_VERSION): string {
  const ids = Object.keys(data.entries).sort()
  const entries: BookmarkEntries = {}
  for (const id of ids) {
    const r = data.entries[id]!
    entries[id] = {
      storyId: r.storyId,
      issueId: r.issueId,
      headline: r.headline,
      issueDate: r.issueDate,
      savedAt: r.savedAt,
      updatedAt: r.updatedAt,
      removed: r.removed,
    }
  }
  return JSON.stringify({ state: { entries }, version })
}

export function sameEntries(a: BookmarkEntries, b: BookmarkEntries): boolean {
  return serializeBookmarks({ entries: a }) === serializeBookmarks({ entries: b })
}
