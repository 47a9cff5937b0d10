// `/thinking`: every "We're thinking" take, newest first, under the date of its issue: the
// editors' running commentary on AI, readable as a feed of its own.
import { Link } from '@tanstack/react-router'
import { IssueDate } from '@/components/ui/issue-date'
import { PageHeading } from '@/components/ui/page-heading'
import { countLabel } from '@/lib/neighbours'
import { useCorpusIndex, type TakeSummary } from '@/stores/corpus-store'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import { useStoryStepper } from '../hooks/use-story-stepper'
import { keepAll, type StoryListExtensions } from './list-extensions'
import { TakeCard } from './take-card'

export function ThinkingFeed({
  storyFilter = keepAll,
  toolbar,
  renderStoryActions,
}: StoryListExtensions) {
  const { catalog, takes } = useCorpusIndex()
  useDocumentTitle('We’re thinking')
  useStoryStepper()
  const shown = takes.filter(storyFilter)
  // Takes arrive in catalog order (newest issue first), so grouping keeps that order.
  const byIssue = new Map<string, TakeSummary[]>()
  for (const take of shown) byIssue.set(take.issueId, [...(byIssue.get(take.issueId) ?? []), take])

  return (
    <div className="page">
      <PageHeading
        kicker="The editors’ take"
        subtitle={
          <p>
            Every “We’re thinking” from The Batch, newest first: {countLabel(takes.length, 'take')}.{' '}
            <span className="keyboard-hint">
              Press <kbd>j</kbd> and <kbd>k</kbd> to move between them.
            </span>
          </p>
        }
      >
        We’re thinking
      </PageHeading>
      {toolbar}
      {shown.length === 0 ? <p className="empty-note">No takes here yet.</p> : null}
      {catalog.issues
        .filter((issue) => byIssue.has(issue.id))
        .map((issue) => (
          <section key={issue.id} className="feed-day" aria-labelledby={`feed-${issue.id}`}>
            <h2 id={`feed-${issue.id}`} className="feed-day__date">
              <Link to="/issues/$issueId" params={{ issueId: issue.id }}>
                <IssueDate date={issue.date} />
              </Link>
            </h2>
            <div className="take-list">
              {byIssue.get(issue.id)!.map((story) => (
                <TakeCard key={story.id} story={story} actions={renderStoryActions?.(story)} />
              ))}
            </div>
          </section>
        ))}
    </div>
  )
}
