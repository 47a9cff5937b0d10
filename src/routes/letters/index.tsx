import { createFileRoute } from '@tanstack/react-router'
import { useMemo } from 'react'
import { useTopicListFilter } from '@/components/ui/topic-filter'
import type { IssueSummary } from '@/corpus/schema'
import { LettersFeed } from '@/features/reader/components/letters-feed'
import { loadCatalog } from '@/features/reader/route-loaders'
import { validateTopicSearch } from '@/lib/topic-filter'
import { useCorpusIndex } from '@/stores/corpus-store'

const letterTopics = (issue: IssueSummary) => issue.letterTopics

export const Route = createFileRoute('/letters/')({
  validateSearch: validateTopicSearch,
  loader: () => loadCatalog(),
  component: LettersRoute,
})

function LettersRoute() {
  const { catalog } = useCorpusIndex()
  const withLetters = useMemo(() => catalog.issues.filter((issue) => issue.hasLetter), [catalog])
  const { keeps, chips } = useTopicListFilter({
    items: withLetters,
    topicsOf: letterTopics,
    label: 'Filter letters by topic',
    noun: 'letters',
  })
  return <LettersFeed issueFilter={keeps} toolbar={chips} />
}
