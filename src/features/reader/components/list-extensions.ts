// Extension points for list views, so other features (topic chips, bookmarks) can filter a list
// and add to its cards from the route file, without editing or importing the reader's views.
import type { ReactNode } from 'react'
import type { StorySummary } from '@/corpus/schema'

export interface StoryListExtensions {
  /** Keep only the stories this returns true for (e.g. selected topic chips). */
  storyFilter?: (story: StorySummary) => boolean
  /** Shown above the list (e.g. the chip row). */
  toolbar?: ReactNode
  /** Per-story controls (e.g. a bookmark toggle). */
  renderStoryActions?: (story: StorySummary) => ReactNode
  /** Per-story footer (e.g. topic chips). */
  renderStoryFooter?: (story: StorySummary) => ReactNode
}

export const keepAll = (): boolean => true
