// One saved story in /bookmarks: linked headline (or the saved headline, marked unavailable, when
// the story has left the archive), issue date, date saved, and Remove.
import { Link } from '@tanstack/react-router'
import { IssueDate } from '@/components/ui/issue-date'
import { formatLocalDay } from '@/lib/dates'
import type { ResolvedBookmark } from '../resolve-bookmarks'

export function BookmarkListItem({
  bookmark,
  onRemove,
}: {
  bookmark: ResolvedBookmark
  onRemove: (b: ResolvedBookmark) => void
}) {
  const { record, story, headline, issueDate, available } = bookmark
  const saved = new Date(record.savedAt)
  return (
    <li className="bookmark-item" data-bookmark={record.storyId}>
      <div className="bookmark-item__main">
        <h2 className="bookmark-item__headline">
          {story ? (
            <Link to="/stories/$storyId" params={{ storyId: story.id }}>
              {headline}
            </Link>
          ) : (
            <span>{headline}</span>
          )}
        </h2>
        {available === false ? (
          <p className="bookmark-item__unavailable">
            Unavailable: this story is no longer in the archive. Your bookmark is kept.
          </p>
        ) : null}
        <p className="bookmark-item__meta">
          <IssueDate date={issueDate} />
          <span aria-hidden="true"> · </span>
          <span>
            Saved <time dateTime={saved.toISOString()}>{formatLocalDay(saved)}</time>
          </span>
        </p>
      </div>
      <button
        type="button"
        className="button bookmark-item__remove"
        aria-label={`Remove bookmark: ${headline}`}
        onClick={() => onRemove(bookmark)}
      >
        Remove
      </button>
    </li>
  )
}
