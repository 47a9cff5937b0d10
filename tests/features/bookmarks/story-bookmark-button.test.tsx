// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { StoryBookmarkButton } from '@/features/bookmarks/components/story-bookmark-button'
import { getBookmarksStore, resetBookmarksStore } from '@/stores/bookmarks-store'
import { corpusStore, indexCatalog } from '@/stores/corpus-store'
import { topicCatalog } from '../topics/topic-fixture'

beforeEach(() => {
  localStorage.clear()
  resetBookmarksStore()
  // The story page's loader has the catalog in place before the button renders.
  corpusStore.setState({ catalog: { status: 'ready', data: indexCatalog(topicCatalog) } })
})
afterEach(() => {
  // Unmount before the catalog goes away: the button reads it while rendering.
  cleanup()
  resetBookmarksStore()
  corpusStore.getState().reset()
})

const bookmarkButton = () => screen.getByRole('button', { name: 'Bookmark' })

describe('StoryBookmarkButton', () => {
  it('is a toggle button; saving keeps story, issue, headline and issue date', async () => {
    const user = userEvent.setup()
    render(<StoryBookmarkButton storyId="de-facing-imagenet" />)
    expect(bookmarkButton()).toHaveAttribute('aria-pressed', 'false')
    await user.click(bookmarkButton())
    expect(bookmarkButton()).toHaveAttribute('aria-pressed', 'true')
    expect(getBookmarksStore().getState().entries['de-facing-imagenet']).toMatchObject({
      headline: 'De-Facing ImageNet',
      issueId: '2021-04-07',
      issueDate: '2021-04-07',
      removed: false,
    })
    expect(screen.getByRole('status')).toHaveTextContent('Saved to bookmarks.')
  })

  it('toggles with b, announces it, and ignores b while the reader types or holds a modifier', async () => {
    const user = userEvent.setup()
    render(
      <>
        <input aria-label="Search" />
        <StoryBookmarkButton storyId="de-facing-imagenet" />
      </>,
    )
    await user.keyboard('b')
    expect(bookmarkButton()).toHaveAttribute('aria-pressed', 'true')
    await user.keyboard('b')
    expect(bookmarkButton()).toHaveAttribute('aria-pressed', 'false')
    expect(screen.getByRole('status')).toHaveTextContent('Removed from bookmarks.')
    await user.click(screen.getByRole('textbox', { name: 'Search' }))
    await user.keyboard('b')
    expect(bookmarkButton()).toHaveAttribute('aria-pressed', 'false')
    await user.keyboard('{Control>}b{/Control}')
    expect(bookmarkButton()).toHaveAttribute('aria-pressed', 'false')
  })
})
