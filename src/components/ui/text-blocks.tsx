// Corpus body text: paragraphs and lists, rendered as text nodes only (never as HTML).
import type { Block } from '@/corpus/schema'

export function TextBlocks({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, index) => {
        if (block.type === 'paragraph') return <p key={index}>{block.text}</p>
        const items = block.items.map((item, i) => <li key={i}>{item}</li>)
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
