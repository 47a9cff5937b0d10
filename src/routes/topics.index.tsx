import { createFileRoute } from '@tanstack/react-router'
import { TopicsIndexPage } from '@/features/topics/components/topics-index-page'
import { loadTopics } from '@/features/topics/route-loaders'

export const Route = createFileRoute('/topics/')({
  loader: () => loadTopics(),
  component: () => <TopicsIndexPage />,
})
