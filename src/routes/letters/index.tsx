import { createFileRoute } from '@tanstack/react-router'
import { LettersFeed } from '@/features/reader/components/letters-feed'
import { loadCatalog } from '@/features/reader/route-loaders'

export const Route = createFileRoute('/letters/')({
  loader: () => loadCatalog(),
  component: () => <LettersFeed />,
})
