// The header's search field. Typing navigates to /search with the query in the URL: a typing
// burst replaces one history entry, a new burst pushes one, so Back restores the previous query.
import { useLocation, useNavigate, useRouter } from '@tanstack/react-router'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { useRecentSearchesStore } from '@/stores/recent-searches-store'
import { MAX_QUERY_CHARS } from '@/search/query-limits'
import { searchPageState } from '../search-params'
import { useSearchShortcuts } from '../hooks/use-search-shortcuts'
import { prepareSearch } from '../hooks/use-search-results'
import { useTypingBurst } from '../hooks/use-typing-burst'
import '../search.css'

/** Edits closer together than this belong to one burst and share a history entry. */
const TYPING_BURST_MS = 1200

export function SearchBox() {
  const navigate = useNavigate()
  const router = useRouter()
  const location = useLocation()
  const onSearchPage = location.pathname.endsWith('/search')
  const params = onSearchPage ? searchPageState(location.search as Record<string, unknown>) : {}
  const urlQuery = params.q ?? ''

  const [value, setValue] = useState(urlQuery)
  const [syncedQuery, setSyncedQuery] = useState(urlQuery)
  const [showRecent, setShowRecent] = useState(false)
  // Follow the URL when it changes under us (Back/Forward, a link): adjust state during render.
  if (urlQuery !== syncedQuery) {
    setSyncedQuery(urlQuery)
    setValue(urlQuery)
  }

  const inputRef = useRef<HTMLInputElement>(null)
  const burst = useTypingBurst(TYPING_BURST_MS)
  const listId = useId()
  useSearchShortcuts(inputRef)

  const recent = useRecentSearchesStore((s) => s.queries)
  const addRecentSearch = useRecentSearchesStore((s) => s.addRecentSearch)

  useEffect(() => {
    if (!onSearchPage) burst.end()
  }, [onSearchPage, burst])

  function goToQuery(next: string, replace: boolean) {
    setSyncedQuery(next)
    void navigate({
      to: '/search',
      // A new query keeps the page's filters: the type and the topic chips.
      search: { ...params, q: next || undefined },
      replace,
    })
  }

  function onChange(next: string) {
    const query = next.slice(0, MAX_QUERY_CHARS)
    setValue(query)
    const sameBurst = burst.continues() && onSearchPage
    goToQuery(query, sameBurst)
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape') {
      setShowRecent(false)
      event.currentTarget.blur()
    } else if (event.key === 'Enter') {
      const query = value.trim()
      if (query) addRecentSearch(query)
      burst.end()
      if (!onSearchPage) goToQuery(value, false)
    }
  }

  function pickRecent(query: string) {
    setValue(query)
    setShowRecent(false)
    burst.end()
    addRecentSearch(query)
    goToQuery(query, false)
  }

  const recentOpen = showRecent && value === '' && recent.length > 0
  return (
    <div
      className="search-box"
      role="search"
      // The recent list stays open while focus moves within the box (Tab to a suggestion).
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setShowRecent(false)
      }}
    >
      <label htmlFor={`${listId}-input`} className="search-box__label">
        Search stories, letters and takes
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        className="search-box__input"
        placeholder="Search  ( / )"
        autoComplete="off"
        spellCheck={false}
        maxLength={MAX_QUERY_CHARS}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => {
          setShowRecent(true)
          prepareSearch()
          // The results page's code loads while the reader starts typing; a failure here is
          // shown, with Retry, when the page itself loads.
          router.preloadRoute({ to: '/search' }).catch(() => undefined)
        }}
      />
      {recentOpen && (
        <div className="search-box__recent">
          <p className="search-box__recent-title">Recent searches</p>
          <ul id={listId} aria-label="Recent searches">
            {recent.map((query) => (
              <li key={query}>
                <button type="button" onClick={() => pickRecent(query)}>
                  {query}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  )
}
