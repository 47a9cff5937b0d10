// `/letters`: Andrew's letters, newest first, each opening with its first paragraph.
import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import type { IssueSummary } from '@/corpus/schema'
import { IssueDate } from '@/components/ui/issue-date'
import { PageHeading } from '@/components/ui/page-heading'
import { ReadingTime } from '@/components/ui/reading-time'
import { formatIssueDate } from '@/lib/dates'
import { countLabel } from '@/lib/neighbours'
import { useCorpusIndex } from '@/stores/corpus-store'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import { useStoryStepper } from '../hooks/use-story-stepper'

interface LettersFeedProps {
  /** Keep only these letters (e.g. topic chips over letterTopics). */
  issueFilter?: (issue: IssueSummary) => boolean
  toolbar?: ReactNode
}

export function LettersFeed({ issueFilter = () => true, toolbar }: LettersFeedProps) {
  const { catalog } = useCorpusIndex()
  useDocumentTitle('Letters from Andrew Ng')
  useStoryStepper()
  const withLetters = catalog.issues.filter((issue) => issue.hasLetter)
  const letters = withLetters.filter(issueFilter)

  return (
    <div className="page">
      <PageHeading
        kicker="Letters"
        subtitle={
          <p>{countLabel(withLetters.length, 'letter')} opening each issue, newest first.</p>
        }
      >
        Dear friends
      </PageHeading>
      {toolbar}
      {letters.length === 0 ? <p className="empty-note">No letters here yet.</p> : null}
      <div className="letter-list">
        {letters.map((issue) => (
          <article key={issue.id} className="letter-card" data-story-step="">
            <h2 className="letter-card__date">
              <Link to="/letters/$issueId" params={{ issueId: issue.id }} data-step-focus="">
                <IssueDate date={issue.date} />
              </Link>
            </h2>
            {issue.letterExcerpt ? (
              <p className="letter-card__excerpt">{issue.letterExcerpt}</p>
            ) : null}
            <p className="letter-card__meta">
              <ReadingTime minutes={issue.letterReadingMinutes} />
              <span aria-hidden="true"> · </span>
              <Link
                to="/letters/$issueId"
                params={{ issueId: issue.id }}
                aria-label={`Read the letter of ${formatIssueDate(issue.date)}`}
              >
                Read the letter
              </Link>
            </p>
          </article>
        ))}
      </div>
    </div>
  )
}
