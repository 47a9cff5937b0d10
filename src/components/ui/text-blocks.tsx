// Corpus body text: paragraphs and lists, rendered as text nodes only (never as HTML), with the
// links Markdown sources give. Inside a <SearchMarks> provider, the words of the reader's search
// are wrapped in <mark>.
import { createContext, useContext, type ReactNode } from 'react'
import { SAFE_HREF } from '@/corpus/safe-href'
import type { Block, TextLink } from '@/corpus/schema'
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

/** `text` with its links as anchors; the corpus schema has checked them, this checks again. */
export function LinkedText({ text, links = [] }: { text: string; links?: readonly TextLink[] }) {
  if (links.length === 0) return <MarkedText text={text} />
  const parts: ReactNode[] = []
  let at = 0
  for (const { start, end, href } of links) {
    if (start < at || end <= start || end > text.length || !SAFE_HREF.test(href)) continue
    if (start > at) parts.push(<MarkedText key={`t${at}`} text={text.slice(at, start)} />)
    parts.push(
      <a key={`a${start}`} href={href} rel="noopener noreferrer">
        <MarkedText text={text.slice(start, end)} />
      </a>,
    )
    at = end
  }
  if (at < text.length) parts.push(<MarkedText key={`t${at}`} text={text.slice(at)} />)
  return parts
}

export function TextBlocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.type === 'paragraph')
          return (
            <p key={index}>
              <LinkedText text={block.text} links={block.links} />
            </p>
          )
        const items = block.items.map((item, i) => (
          <li key={i}>
            <LinkedText text={item} links={block.itemLinks?.[i]} />
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
