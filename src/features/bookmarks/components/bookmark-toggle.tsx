// The bookmark button for a story: a toggle (aria-pressed) whose name stays the same whether or
// not the story is saved, as toggle buttons should; the icon fills in when it is.
// It takes the story summary a list already has (or what a search hit knows); the issue date is
// looked up when it is saved, unless the caller knows it.
import type { StorySummary } from '@/corpus/schema'
import { getBookmarksStore, useIsBookmarked, type BookmarkInput } from '@/stores/bookmarks-store'
import { knownIssueDate } from '@/stores/corpus-store'

export type BookmarkStory = Pick<StorySummary, 'id' | 'issueId' | 'headline'> & {
  /** The issue's date when the caller has it; otherwise it is looked up in the loaded corpus. */
  issueDate?: string | null
}

export interface BookmarkToggleProps {
  story: BookmarkStory
  /** Icon only (cards, search results): the headline goes into the accessible name instead. */
  compact?: boolean
  /** Called after the toggle with the new state, e.g. to announce it. */
  onToggled?: (saved: boolean) => void
}

/** What a bookmark keeps about a story, so it can still be named if the story leaves the corpus. */
export function bookmarkInput(story: BookmarkStory): BookmarkInput {
  const issueDate = story.issueDate !== undefined ? story.issueDate : knownIssueDate(story.issueId)
  return { storyId: story.id, issueId: story.issueId, headline: story.headline, issueDate }
}

/** Toggles the bookmark; returns whether the story is saved now. */
export function toggleBookmark(story: BookmarkStory): boolean {
  const state = getBookmarksStore().getState()
  const record = state.entries[story.id]
  const wasSaved = record !== undefined && !record.removed
  state.toggle(bookmarkInput(story))
  return !wasSaved
}

export function BookmarkIcon({ filled }: { filled: boolean }) {
  return (
    <svg
      className="bookmark-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M6 3.5h12a.5.5 0 0 1 .5.5v16.2a.3.3 0 0 1-.48.24L12 16l-6.02 4.44a.3.3 0 0 1-.48-.24V4a.5.5 0 0 1 .5-.5z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinejoin="round"
      />
    </svg>
  )
}

export function BookmarkToggle({ story, compact = false, onToggled }: BookmarkToggleProps) {
  const saved = useIsBookmarked(story.id)
  return (
    <button
      type="button"
      className={compact ? 'bookmark-toggle bookmark-toggle--compact' : 'bookmark-toggle'}
      aria-pressed={saved}
      aria-label={compact ? `Bookmark: ${story.headline}` : undefined}
      title={saved ? 'Saved to bookmarks' : 'Bookmark this story'}
      data-bookmark-toggle={story.id}
      onClick={() => {
        // Not `onToggled?.(toggleBookmark(story))`: optional calls skip evaluating their arguments.
        const saved = toggleBookmark(story)
        onToggled?.(saved)
      }}
    >
      <BookmarkIcon filled={saved} />
      {compact ? null : <span>Bookmark</span>}
    </button>
  )
}

/** A compact toggle for story cards; list views take it as `renderStoryActions`. */
export const renderBookmarkToggle = (story: BookmarkStory) => (
  <BookmarkToggle story={story} compact />
)
