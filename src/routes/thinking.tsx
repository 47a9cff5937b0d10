import { createFileRoute } from '@tanstack/react-router'
import { ThinkingFeed } from '@/features/reader/components/thinking-feed'
import { loadCatalog } from '@/features/reader/route-loaders'

export const Route = createFileRoute('/thinking')({
  loader: () => loadCatalog(),
  component: () => <ThinkingFeed />,
})
