// Reader preferences kept on the device. Only the theme for now; the stored value is validated
// on read because localStorage can hold anything (an old format, another app's data).
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'

export const themePreferences = ['system', 'light', 'dark'] as const
export type ThemePreference = (typeof themePreferences)[number]

export const PREFERENCES_STORAGE_KEY = 'batch-reader:preferences'

// One enum is checked by hand: this store is read before the first paint, where every KB counts.
const isThemePreference = (value: unknown): value is ThemePreference =>
  themePreferences.includes(value as ThemePreference)

interface PreferencesState {
  theme: ThemePreference
  setTheme: (theme: ThemePreference) => void
}

export const usePreferencesStore = create<PreferencesState>()(
  persist(
    (set) => ({
      theme: 'system',
      setTheme: (theme) => set({ theme }),
    }),
    {
      name: PREFERENCES_STORAGE_KEY,
      version: 1,
      // Private windows and locked-down browsers can throw on access; fall back to memory.
      storage: createJSONStorage(() => safeLocalStorage()),
      partialize: (state) => ({ theme: state.theme }),
      merge: (persisted, current) => {
        if (typeof persisted !== 'object' || persisted === null) return current
        const theme = (persisted as { theme?: unknown }).theme
        // A value this version does not know falls back to following the system.
        return { ...current, theme: isThemePreference(theme) ? theme : 'system' }
      },
    },
  ),
)

function safeLocalStorage(): Storage {
  try {
    const storage = globalThis.localStorage
    storage.getItem(PREFERENCES_STORAGE_KEY)
    return storage
  } catch {
    const memory = new Map<string, string>()
    return {
      get length() {
        return memory.size
      },
      clear: () => memory.clear(),
      getItem: (key) => memory.get(key) ?? null,
      key: (index) => [...memory.keys()][index] ?? null,
      removeItem: (key) => void memory.delete(key),
      setItem: (key, value) => void memory.set(key, value),
    }
  }
}

/** The theme to paint: the explicit choice, or what the system prefers. */
export function resolveTheme(
  preference: ThemePreference,
  systemPrefersDark: boolean,
): 'light' | 'dark' {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light'
  return preference
}

/**
 * Mark the document with the chosen theme. CSS follows prefers-color-scheme unless data-theme
 * pins it, so "system" removes the attribute. Called synchronously before the first render.
 */
export function applyTheme(
  preference: ThemePreference,
  root: HTMLElement = document.documentElement,
): void {
  if (preference === 'system') delete root.dataset.theme
  else root.dataset.theme = preference
}
