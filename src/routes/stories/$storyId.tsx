import { createFileRoute } from '@tanstack/react-router'
import { NotFoundView } from '@/features/reader/components/not-found-view'
import { StoryPage } from '@/features/reader/components/story-page'
import { loadStory } from '@/features/reader/route-loaders'

export const Route = createFileRoute('/stories/$storyId')({
  loader: ({ params }) => loadStory(params.storyId),
  notFoundComponent: () => <NotFoundView thing="story" />,
  component: StoryRoute,
})

function StoryRoute() {
  const { storyId } = Route.useParams()
  return <StoryPage storyId={storyId} />
}
