import type { TextPart } from '@/search/highlight'

/** Text with its matched words in <mark> elements: React nodes, never an HTML string. */
export function MarkedText({ parts }: { parts: readonly TextPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.marked ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>,
      )}
    </>
  )
}
