// Andrew's letter in full: greeting, body, sign-off and signature.
import type { Letter } from '@/corpus/schema'
import { TextBlocks } from '@/components/ui/text-blocks'

export function LetterBody({ letter }: { letter: Letter }) {
  return (
    <div className="prose letter">
      {letter.greeting ? <p className="letter__greeting">{letter.greeting}</p> : null}
      <TextBlocks blocks={letter.blocks} />
      {letter.signOff || letter.signature ? (
        <p className="letter__closing">
          {letter.signOff ? <span className="letter__sign-off">{letter.signOff}</span> : null}
          {letter.signature ? <span className="letter__signature">{letter.signature}</span> : null}
        </p>
      ) : null}
    </div>
  )
}
