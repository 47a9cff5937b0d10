import { createFileRoute } from '@tanstack/react-router'
import { FrontPage } from '@/features/reader/components/front-page'
import { loadCatalog } from '@/features/reader/route-loaders'

export const Route = createFileRoute('/')({
  loader: () => loadCatalog(),
  component: () => <FrontPage />,
})
