import { createFileRoute } from '@tanstack/react-router'
import { BookmarkToggle } from '@/features/bookmarks/components/bookmark-toggle'
import { NotFoundView } from '@/features/reader/components/not-found-view'
import { TopicPage } from '@/features/topics/components/topic-page'
import { loadTopic } from '@/features/topics/route-loaders'

export const Route = createFileRoute('/topics/$topic')({
  loader: ({ params }) => loadTopic(params.topic),
  notFoundComponent: () => <NotFoundView thing="topic" />,
  component: TopicRoute,
})

function TopicRoute() {
  const { topic } = Route.useParams()
  return (
    <TopicPage slug={topic} storyActions={(story) => <BookmarkToggle story={story} compact />} />
  )
}
