// /topics: every topic with its description and story count, The Batch's sections first.
import { Link } from '@tanstack/react-router'
import { PageHeading } from '@/components/ui/page-heading'
import { useDocumentTitle } from '@/components/ui/use-document-title'
import { useCorpusIndex } from '@/stores/corpus-store'
import { topicEntries, type TopicEntry } from '../topic-list'
import '@/styles/topics.css'

const groups = [
  { kind: 'section', title: 'Sections of The Batch' },
  { kind: 'subject', title: 'Subjects' },
] as const

export function TopicsIndexPage() {
  useDocumentTitle('Topics')
  const index = useCorpusIndex()
  const topics = topicEntries(index.catalog)
  return (
    <div className="page topics-page">
      <PageHeading
        subtitle={
          <p>
            Every story is filed under one to four topics, chosen from its own words when the
            archive is compiled.
          </p>
        }
      >
        Topics
      </PageHeading>
      {groups.map(({ kind, title }) => {
        const list = topics.filter((t) => t.kind === kind)
        if (list.length === 0) return null
        return (
          <section key={kind} aria-labelledby={`topics-${kind}`}>
            <h2 id={`topics-${kind}`} className="section-title">
              {title}
            </h2>
            <ul className="topic-grid">
              {list.map((topic) => (
                <TopicTile key={topic.slug} topic={topic} />
              ))}
            </ul>
          </section>
        )
      })}
    </div>
  )
}

function TopicTile({ topic }: { topic: TopicEntry }) {
  return (
    <li className="topic-tile">
      <h3 className="topic-tile__name">
        <Link to="/topics/$topic" params={{ topic: topic.slug }}>
          {topic.name}
        </Link>
      </h3>
      <p className="topic-tile__description">{topic.description}</p>
      <p className="topic-tile__count">
        {topic.storyCount} {topic.storyCount === 1 ? 'story' : 'stories'}
        {topic.letterCount > 0
          ? ` · ${topic.letterCount} ${topic.letterCount === 1 ? 'letter' : 'letters'}`
          : ''}
      </p>
    </li>
  )
}
