import { createFileRoute } from '@tanstack/react-router'
import { useMemo } from 'react'
import { SearchMarks } from '@/components/ui/text-blocks'
import { StoryBookmarkButton } from '@/features/bookmarks/components/story-bookmark-button'
import { NotFoundView } from '@/features/reader/components/not-found-view'
import { StoryPage } from '@/features/reader/components/story-page'
import { loadStory } from '@/features/reader/route-loaders'
import { highlightTermsFromParam, validateHighlightSearch } from '@/search/highlight'

export const Route = createFileRoute('/stories/$storyId')({
  validateSearch: validateHighlightSearch,
  loader: ({ params }) => loadStory(params.storyId),
  notFoundComponent: () => <NotFoundView thing="story" />,
  component: StoryRoute,
})

function StoryRoute() {
  const { storyId } = Route.useParams()
  const { hl } = Route.useSearch()
  const terms = useMemo(() => highlightTermsFromParam(hl), [hl])
  return (
    <SearchMarks terms={terms}>
      <StoryPage storyId={storyId} actions={<StoryBookmarkButton storyId={storyId} />} />
    </SearchMarks>
  )
}
