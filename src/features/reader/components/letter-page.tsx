// `/letters/$issueId`: one letter in full, with its issue and the neighbouring letters.
import { Link } from '@tanstack/react-router'
import { IssueDate } from '@/components/ui/issue-date'
import { PageHeading } from '@/components/ui/page-heading'
import { Pager, PagerLabel } from '@/components/ui/pager'
import { ReadingTime } from '@/components/ui/reading-time'
import { formatIssueDate } from '@/lib/dates'
import { neighbours } from '@/lib/neighbours'
import { useCorpusIndex } from '@/stores/corpus-store'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import { IssueBodyGate } from './issue-body-gate'
import { LetterBody } from './letter-body'

export function letterTitle(date: string | null): string {
  return date ? `Letter of ${formatIssueDate(date)}` : 'Letter from an undated issue'
}

export function LetterPage({ issueId }: { issueId: string }) {
  const { catalog, issuesById } = useCorpusIndex()
  const issue = issuesById.get(issueId)
  useDocumentTitle(issue ? letterTitle(issue.date) : null)
  if (!issue) return null // the loader throws notFound first
  const letters = catalog.issues.filter((i) => i.hasLetter)
  const { previous: newer, next: older } = neighbours(letters, (i) => i.id === issueId)

  return (
    <div className="page">
      <article className="letter-page" aria-labelledby="main-heading">
        <PageHeading
          kicker="A letter from Andrew Ng"
          subtitle={
            <p>
              <ReadingTime minutes={issue.letterReadingMinutes} />
              <span aria-hidden="true"> · </span>
              <Link to="/issues/$issueId" params={{ issueId }}>
                Read the whole issue
              </Link>
            </p>
          }
        >
          <IssueDate date={issue.date} />
        </PageHeading>
        <IssueBodyGate issueId={issueId}>
          {(body) =>
            body.issue.letter ? (
              <LetterBody letter={body.issue.letter} />
            ) : (
              <p className="empty-note">This issue has no letter.</p>
            )
          }
        </IssueBodyGate>
      </article>
      <Pager
        label="Other letters"
        previous={
          newer ? (
            <Link to="/letters/$issueId" params={{ issueId: newer.id }} rel="prev">
              <PagerLabel direction="← Newer letter" title={<IssueDate date={newer.date} />} />
            </Link>
          ) : null
        }
        next={
          older ? (
            <Link to="/letters/$issueId" params={{ issueId: older.id }} rel="next">
              <PagerLabel direction="Older letter →" title={<IssueDate date={older.date} />} />
            </Link>
          ) : null
        }
      />
    </div>
  )
}
