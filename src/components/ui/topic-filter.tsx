// Topic chips wired to the URL: reads `?topics=&match=` from whatever route is showing, filters
// the list it is given and writes chip changes back as a new history entry, so Back undoes them.
// Views wrap their list: <TopicFilter items={stories} topicsOf={(s) => s.topics}>{(shown) => ...}</TopicFilter>
import { useNavigate, useSearch } from '@tanstack/react-router'
import { useCallback, useMemo, type ReactNode } from 'react'
import { topicTaxonomy } from '@/corpus/topics'
import {
  countTopics,
  filterByTopics,
  readTopicSelection,
  topicSearchFor,
  type ParsedTopicSelection,
  type TopicSearch,
  type TopicSelection,
} from '@/lib/topic-filter'
import { TopicChips, type ChipTopic } from './topic-chips'

const knownSlugs: ReadonlySet<string> = new Set(topicTaxonomy.map((t) => t.slug))

export interface TopicSelectionState extends ParsedTopicSelection {
  setSelection: (selection: TopicSelection) => void
}

/** The chip selection of the current URL, and a setter that navigates (pushes) to the new one. */
export function useTopicSelection(known: ReadonlySet<string> = knownSlugs): TopicSelectionState {
  // Only these two params: a view re-renders when its chips change, not on every other param
  // (such as each keystroke of a search query).
  const topics = useSearch({ strict: false, select: (search) => (search as TopicSearch).topics })
  const match = useSearch({ strict: false, select: (search) => (search as TopicSearch).match })
  const navigate = useNavigate()
  const parsed = useMemo(() => readTopicSelection({ topics, match }, known), [topics, match, known])
  const setSelection = useCallback(
    (selection: TopicSelection) => {
      // A changed filter starts the list from its first page.
      void navigate({
        to: '.',
        search: ((prev: Record<string, unknown>) => ({
          ...prev,
          ...topicSearchFor(selection),
          page: undefined,
        })) as never,
      })
    },
    [navigate],
  )
  return { ...parsed, setSelection }
}

export interface TopicListFilterOptions<T> {
  items: readonly T[]
  topicsOf: (item: T) => readonly string[]
  /** Group label for assistive technology. */
  label?: string
  /** What the items are, for the "12 of 40 stories" line. */
  noun?: string
  topics?: readonly ChipTopic[]
}

export interface TopicListFilter<T> {
  /** The items the selected chips keep, in their original order. */
  filtered: T[]
  /** Whether an item is one of `filtered` (for views that filter a list themselves). */
  keeps: (item: unknown) => boolean
  selection: TopicSelection
  /** The chip row, with counts over `items`. */
  chips: ReactNode
}

/** Chips for a list plus what they keep: the URL holds the selection. */
export function useTopicListFilter<T>({
  items,
  topicsOf,
  label,
  noun = 'stories',
  topics = topicTaxonomy,
}: TopicListFilterOptions<T>): TopicListFilter<T> {
  const { selection, unknown, setSelection } = useTopicSelection()
  const counts = useMemo(() => countTopics(items, topicsOf), [items, topicsOf])
  const filtered = useMemo(
    () => filterByTopics(items, topicsOf, selection),
    [items, topicsOf, selection],
  )
  const keeps = useMemo(() => {
    const kept = new Set<unknown>(filtered)
    return (item: unknown) => kept.has(item)
  }, [filtered])
  const chips = (
    <TopicChips
      topics={topics}
      counts={counts}
      selection={selection}
      onChange={setSelection}
      unknown={unknown}
      label={label}
      shown={{ count: filtered.length, total: items.length, noun }}
    />
  )
  return { filtered, keeps, selection, chips }
}

export interface TopicFilterProps<T> extends TopicListFilterOptions<T> {
  /** Renders the filtered list. */
  children: (filtered: T[], selection: TopicSelection) => ReactNode
}

export function TopicFilter<T>({ children, ...options }: TopicFilterProps<T>) {
  const { filtered, selection, chips } = useTopicListFilter(options)
  return (
    <>
      {chips}
      {children(filtered, selection)}
    </>
  )
}

const storyTopics = (story: { topics: readonly string[] }) => story.topics

/**
 * Chips for a list of stories, as the reader's list views take them: a `storyFilter` (only
 * while chips are selected) and a `toolbar`.
 */
export function useStoryTopicFilter<T extends { topics: readonly string[] }>(
  stories: readonly T[],
  label: string,
  noun = 'stories',
) {
  const { keeps, selection, chips } = useTopicListFilter({
    items: stories,
    topicsOf: storyTopics,
    label,
    noun,
  })
  return { storyFilter: selection.topics.length > 0 ? keeps : undefined, toolbar: chips }
}
