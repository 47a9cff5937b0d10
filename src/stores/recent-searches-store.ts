// Recent searches, kept on this device. Stored data is validated on read: anything malformed is
// dropped rather than trusted, so a hand-edited or old entry can never break the search box.
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

export const MAX_RECENT_SEARCHES = 8
const MAX_QUERY_LENGTH = 200

interface RecentSearchesState {
  queries: string[]
  addRecentSearch: (query: string) => void
  removeRecentSearch: (query: string) => void
  clearRecentSearches: () => void
}

/** Keeps well-formed, distinct, non-empty queries, newest first, capped. */
export function sanitizeRecentQueries(value: unknown): string[] {
  // Entries are checked one by one, so one bad entry does not cost the good ones. (By hand, not
  // zod: the search box is in the header of every page, inside the initial JavaScript budget.)
  const queries = (value as { queries?: unknown } | null)?.queries
  if (!Array.isArray(queries)) return []
  const seen = new Set<string>()
  const out: string[] = []
  for (const raw of queries as unknown[]) {
    if (typeof raw !== 'string') continue
    const query = raw.trim().slice(0, MAX_QUERY_LENGTH)
    const key = query.toLowerCase()
    if (!query || seen.has(key)) continue
    seen.add(key)
    out.push(query)
    if (out.length === MAX_RECENT_SEARCHES) break
  }
  return out
}

export const useRecentSearchesStore = create<RecentSearchesState>()(
  persist(
    (set) => ({
      queries: [],
      addRecentSearch: (query) =>
        set((state) => ({
          queries: sanitizeRecentQueries({ queries: [query, ...state.queries] }),
        })),
      removeRecentSearch: (query) =>
        set((state) => ({ queries: state.queries.filter((q) => q !== query) })),
      clearRecentSearches: () => set({ queries: [] }),
    }),
    {
      name: 'batch-reader:recent-searches',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) => ({ queries: state.queries }),
      // Persisted state is not validated by zustand; do it here so bad data cannot leak in.
      merge: (persisted, current) => ({ ...current, queries: sanitizeRecentQueries(persisted) }),
      migrate: (persisted) => ({ queries: sanitizeRecentQueries(persisted) }),
    },
  ),
)
