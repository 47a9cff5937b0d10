// Corpus body text: paragraphs and lists, rendered as text nodes only (never as HTML). Inside a
// <SearchMarks> provider, the words of the reader's search are wrapped in <mark>.
import { createContext, useContext, type ReactNode } from 'react'
import type { Block } from '@/corpus/schema'
import { splitForHighlight } from '@/search/highlight'

const noTerms: ReadonlySet<string> = new Set()
const SearchTermsContext = createContext<ReadonlySet<string>>(noTerms)

/** Marks `terms` (normalized search words) in every TextBlocks below it. */
export function SearchMarks({
  terms,
  children,
}: {
  terms: ReadonlySet<string>
  children: ReactNode
}) {
  return <SearchTermsContext.Provider value={terms}>{children}</SearchTermsContext.Provider>
}

function MarkedText({ text }: { text: string }) {
  const terms = useContext(SearchTermsContext)
  if (terms.size === 0) return text
  return splitForHighlight(text, terms).map((part, i) =>
    part.marked ? <mark key={i}>{part.text}</mark> : part.text,
  )
}

export function TextBlocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.type === 'paragraph')
          return (
            <p key={index}>
              <MarkedText text={block.text} />
            </p>
          )
        const items = block.items.map((item, i) => (
          <li key={i}>
            <MarkedText text={item} />
          </li>
        ))
        return block.ordered ? <ol key={index}>{items}</ol> : <ul key={index}>{items}</ul>
      })}
    </>
  )
}

/** Plain text split on blank lines into paragraphs (catalog takes and excerpts). */
export function PlainText({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((part) => part.trim() !== '')
        .map((part, i) => (
          <p key={i}>{part}</p>
        ))}
    </>
  )
}
