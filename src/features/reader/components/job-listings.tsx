// Job postings stay collapsed under their heading: available, but not in the reader's way.
import { LinkedText } from '@/components/ui/text-blocks'
import type { JobPosting } from '@/corpus/schema'
import { countLabel } from '@/lib/neighbours'

export function JobListings({
  heading,
  jobs,
}: {
  heading: string | null
  jobs: readonly JobPosting[]
}) {
  if (jobs.length === 0) return null
  return (
    <details className="jobs">
      <summary className="jobs__summary">
        <span className="jobs__heading">{heading ?? 'Jobs'}</span>{' '}
        <span className="jobs__count">({countLabel(jobs.length, 'posting')})</span>
      </summary>
      <ul className="jobs__list">
        {jobs.map((job, i) => (
          <li key={i} className="jobs__item">
            <p className="jobs__title">
              <LinkedText text={job.title} links={job.titleLinks} />
            </p>
            {job.description ? (
              <p className="jobs__description">
                <LinkedText text={job.description} links={job.descriptionLinks} />
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  )
}
