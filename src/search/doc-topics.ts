// The topics of each indexed document, for the search page's chips: which documents a selection
// keeps, and how many matches carry each topic. Takes are stored without topics and have their
// story's, as they have its id and headline.
import { storyDocOf, type SearchIndexData } from './index-schema'

/** Counts the topics of documents as a query qualifies them. */
export interface TopicCounter {
  add(doc: number): void
  /** How many documents were added. */
  readonly documents: number
  /** [slug, documents] for each topic that any added document has. */
  counts(): [string, number][]
}

export class DocTopics {
  private readonly docs: SearchIndexData['docs']
  private table: { slugs: string[]; perDoc: string[][]; numbers: Int32Array[] } | null = null

  constructor(docs: SearchIndexData['docs']) {
    this.docs = docs
  }

  /** Splits the column once, on first use (or now, from the engine's warm()). */
  warm(): void {
    this.tables()
  }

  of(doc: number): readonly string[] {
    return this.tables().perDoc[doc] ?? []
  }

  counter(): TopicCounter {
    const { slugs, numbers } = this.tables()
    // Numbers rather than a map of slugs: "model" qualifies most of the archive on every keystroke.
    const counts = new Int32Array(slugs.length)
    let documents = 0
    return {
      add(doc) {
        documents++
        for (const number of numbers[doc] ?? []) counts[number]!++
      },
      get documents() {
        return documents
      },
      counts: () =>
        slugs.flatMap((slug, number) =>
          counts[number]! > 0 ? [[slug, counts[number]!] as [string, number]] : [],
        ),
    }
  }

  private tables() {
    if (this.table) return this.table
    const numberOf = new Map<string, number>()
    const slugs: string[] = []
    const perDoc: string[][] = []
    const numbers: Int32Array[] = []
    const { types, topics } = this.docs
    for (let doc = 0; doc < types.length; doc++) {
      const owner = storyDocOf(types, doc)
      if (owner !== doc) {
        perDoc.push(perDoc[owner]!)
        numbers.push(numbers[owner]!)
        continue
      }
      const column = topics[doc] ?? ''
      const own = column ? [...new Set(column.split(' '))] : []
      perDoc.push(own)
      numbers.push(
        Int32Array.from(own, (slug) => {
          let number = numberOf.get(slug)
          if (number === undefined) numberOf.set(slug, (number = slugs.push(slug) - 1))
          return number
        }),
      )
    }
    this.table = { slugs, perDoc, numbers }
    return this.table
  }
}
