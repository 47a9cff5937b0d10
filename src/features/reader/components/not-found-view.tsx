import { Link } from '@tanstack/react-router'
import { PageHeading } from '@/components/ui/page-heading'
import { useDocumentTitle } from '@/components/ui/use-document-title'

interface NotFoundViewProps {
  /** What was missing, e.g. "story" or "issue"; a page when omitted. */
  thing?: string
}

export function NotFoundView({ thing = 'page' }: NotFoundViewProps) {
  useDocumentTitle(`${capitalize(thing)} not found`)
  return (
    <div className="page page--narrow not-found">
      <PageHeading kicker="404">We couldn’t find that {thing}</PageHeading>
      <p className="lede">
        The link may be mistyped, or the {thing} may have moved. These will get you back to reading:
      </p>
      <ul className="link-list">
        <li>
          <Link to="/">The front page and the latest issue</Link>
        </li>
        <li>
          <Link to="/issues">Every issue in the archive</Link>
        </li>
        <li>
          <Link to="/thinking">The “We’re thinking” feed</Link>
        </li>
      </ul>
    </div>
  )
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
