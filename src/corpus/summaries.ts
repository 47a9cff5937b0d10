// The catalog's view of a story and an issue, derived from their full bodies. One definition for
// the compiler (which emits the catalog) and the test fixtures (which build one by hand).
import type { Issue, IssueSummary, Story, StorySummary } from './schema'

export function storySummary(story: Story): StorySummary {
  return {
    id: story.id,
    issueId: story.issueId,
    order: story.order,
    headline: story.headline,
    dek: story.dek,
    take: story.take?.text ?? null,
    topics: story.topics.map((topic) => topic.slug),
    wordCount: story.wordCount,
    readingMinutes: story.readingMinutes,
  }
}

export function issueSummary(issue: Issue): IssueSummary {
  const firstParagraph = issue.letter?.blocks.find((block) => block.type === 'paragraph')
  return {
    id: issue.id,
    date: issue.date,
    dateSource: issue.dateSource,
    storyCount: issue.storyIds.length,
    hasLetter: issue.letter !== null,
    letterExcerpt: firstParagraph?.type === 'paragraph' ? firstParagraph.text : null,
    letterTopics: issue.letter?.topics.map((topic) => topic.slug) ?? [],
    letterReadingMinutes: issue.letter?.readingMinutes ?? 0,
    sponsorCount: issue.sponsors.length,
    jobCount: issue.jobs.length,
  }
}
