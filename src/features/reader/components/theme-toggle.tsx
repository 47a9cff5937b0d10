// One button that cycles System → Light → Dark; the label always says the current choice.
import {
  themePreferences,
  usePreferencesStore,
  type ThemePreference,
} from '@/stores/preferences-store'

const labels: Record<ThemePreference, string> = { system: 'System', light: 'Light', dark: 'Dark' }
const icons: Record<ThemePreference, string> = { system: '◐', light: '☀', dark: '☾' }

export function ThemeToggle() {
  const theme = usePreferencesStore((s) => s.theme)
  const setTheme = usePreferencesStore((s) => s.setTheme)
  const next = themePreferences[(themePreferences.indexOf(theme) + 1) % themePreferences.length]!
  return (
    <button
      type="button"
      className="icon-button"
      onClick={() => setTheme(next)}
      aria-label={`Theme: ${labels[theme]}. Switch to ${labels[next]}`}
      title={`Theme: ${labels[theme]}`}
    >
      <span aria-hidden="true" className="icon-button__icon">
        {icons[theme]}
      </span>
      <span aria-hidden="true" className="icon-button__text">
        {labels[theme]}
      </span>
    </button>
  )
}
