import { createFileRoute } from '@tanstack/react-router'
import { IssueArchive } from '@/features/reader/components/issue-archive'
import { loadCatalog } from '@/features/reader/route-loaders'

export const Route = createFileRoute('/issues/')({
  loader: () => loadCatalog(),
  component: () => <IssueArchive />,
})
