// @vitest-environment jsdom
import {
  applyTheme,
  PREFERENCES_STORAGE_KEY,
  resolveTheme,
  usePreferencesStore,
} from '@/stores/preferences-store'

afterEach(() => {
  localStorage.clear()
  usePreferencesStore.setState({ theme: 'system' })
  delete document.documentElement.dataset.theme
})

describe('preferences store', () => {
  it('follows the system by default', () => {
    expect(usePreferencesStore.getState().theme).toBe('system')
  })

  it('remembers the chosen theme in localStorage', () => {
    usePreferencesStore.getState().setTheme('dark')
    expect(JSON.parse(localStorage.getItem(PREFERENCES_STORAGE_KEY)!).state.theme).toBe('dark')
  })

  it('reads a stored theme back, and falls back to system for a value it does not know', async () => {
    localStorage.setItem(
      PREFERENCES_STORAGE_KEY,
      JSON.stringify({ state: { theme: 'light' }, version: 1 }),
    )
    await usePreferencesStore.persist.rehydrate()
    expect(usePreferencesStore.getState().theme).toBe('light')
    localStorage.setItem(
      PREFERENCES_STORAGE_KEY,
      JSON.stringify({ state: { theme: 'neon' }, version: 1 }),
    )
    await usePreferencesStore.persist.rehydrate()
    expect(usePreferencesStore.getState().theme).toBe('system')
  })

  it('survives a stored value that is not JSON', async () => {
    localStorage.setItem(PREFERENCES_STORAGE_KEY, '{not json')
    await usePreferencesStore.persist.rehydrate()
    expect(usePreferencesStore.getState().theme).toBe('system')
  })

  it('pins the document theme only for an explicit choice', () => {
    applyTheme('dark')
    expect(document.documentElement.dataset.theme).toBe('dark')
    applyTheme('system')
    expect(document.documentElement.dataset.theme).toBeUndefined()
  })

  it('resolves system to the system preference', () => {
    expect(resolveTheme('system', true)).toBe('dark')
    expect(resolveTheme('system', false)).toBe('light')
    expect(resolveTheme('light', true)).toBe('light')
  })
})
