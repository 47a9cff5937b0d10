// The story page's bookmark control: the toggle, the `b` shortcut, and a polite announcement,
// because a reader who presses `b` is not focused on the button and would otherwise hear nothing.
// Needs only the story id: the story page's loader has the catalog in place.
import { useState } from 'react'
import { useCorpusIndex } from '@/stores/corpus-store'
import { useBookmarkShortcut } from '../hooks/use-bookmark-shortcut'
import { BookmarkToggle, toggleBookmark } from './bookmark-toggle'

export function StoryBookmarkButton({ storyId }: { storyId: string }) {
  const story = useCorpusIndex().storiesById.get(storyId)
  const [announcement, setAnnouncement] = useState('')
  const announce = (saved: boolean) =>
    setAnnouncement(saved ? 'Saved to bookmarks.' : 'Removed from bookmarks.')

  useBookmarkShortcut(() => {
    if (story) announce(toggleBookmark(story))
  }, story !== undefined)

  if (!story) return null
  return (
    <span className="story-bookmark">
      <BookmarkToggle story={story} onToggled={announce} />
      <kbd className="story-bookmark__key" title="Keyboard shortcut: b" aria-hidden="true">
        b
      </kbd>
      <span role="status" className="visually-hidden">
        {announcement}
      </span>
    </span>
  )
}
