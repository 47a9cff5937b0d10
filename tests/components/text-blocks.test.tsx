// @vitest-environment jsdom
// Body text as the reader sees it: links from Markdown sources are real links, search marks work
// inside them, and nothing but a web or e-mail address ever becomes a link.
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SearchMarks, TextBlocks } from '@/components/ui/text-blocks'
import { blockSchema, jobPostingSchema, type Block } from '@/corpus/schema'

const paragraph: Block = {
  type: 'paragraph',
  text: 'A study from Fold Lab shows robots fold shirts.',
  links: [
    { start: 2, end: 7, href: 'https://study.example/1' },
    { start: 13, end: 21, href: 'https://fold.example' },
  ],
}

describe('TextBlocks', () => {
  it('shows the links of a paragraph and of list items, with the text around them', () => {
    const list: Block = {
      type: 'list',
      ordered: false,
      items: ['Plain item.', 'See the code.'],
      itemLinks: [[], [{ start: 8, end: 12, href: 'https://code.example' }]],
    }
    const { container } = render(<TextBlocks blocks={[paragraph, list]} />)
    expect(container.querySelector('p')?.textContent).toBe(paragraph.text)
    const links = screen.getAllByRole('link')
    expect(
      links.map((a) => [a.textContent, a.getAttribute('href'), a.getAttribute('rel')]),
    ).toEqual([
      ['study', 'https://study.example/1', 'noopener noreferrer'],
      ['Fold Lab', 'https://fold.example', 'noopener noreferrer'],
      ['code', 'https://code.example', 'noopener noreferrer'],
    ])
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual(list.items)
  })

  it('marks searched words inside and outside links', () => {
    render(
      <SearchMarks terms={new Set(['fold', 'robot'])}>
        <TextBlocks blocks={[paragraph]} />
      </SearchMarks>,
    )
    expect(screen.getAllByRole('mark').map((m) => m.textContent)).toEqual([
      'Fold',
      // Neighbouring marked words share one mark.
      'robots fold',
    ])
    expect(screen.getByRole('link', { name: 'Fold Lab' }).querySelector('mark')).not.toBeNull()
  })

  it('never links to script or data, nor outside the text, even past the schema', () => {
    const hostile = {
      type: 'paragraph',
      text: 'Click here now.',
      links: [
        { start: 0, end: 5, href: 'javascript:alert(1)' },
        { start: 6, end: 10, href: 'data:text/html,<script>alert(1)</script>' },
        { start: 11, end: 40, href: 'https://outside.example' },
        { start: 9, end: 6, href: 'https://backwards.example' },
      ],
    } as Block
    const { container } = render(<TextBlocks blocks={[hostile]} />)
    expect(container.querySelectorAll('a')).toHaveLength(0)
    expect(container.textContent).toBe('Click here now.')
    expect(blockSchema.safeParse(hostile).success).toBe(false)
  })

  it('is refused by the schema when a link falls outside its text or out of order', () => {
    const at = (start: number, end: number) => ({ start, end, href: 'https://a.example' })
    for (const links of [[at(0, 99)], [at(5, 3)], [at(4, 8), at(2, 6)]])
      expect(blockSchema.safeParse({ ...paragraph, links }).success).toBe(false)
    expect(blockSchema.safeParse(paragraph).success).toBe(true)
    expect(
      blockSchema.safeParse({ type: 'list', ordered: true, items: ['a'], itemLinks: [[], []] })
        .success,
    ).toBe(false)
    const job = { title: 'Engineer', description: 'Apply here.' }
    expect(jobPostingSchema.safeParse({ ...job, titleLinks: [at(0, 8)] }).success).toBe(true)
    expect(jobPostingSchema.safeParse({ ...job, titleLinks: [at(0, 9)] }).success).toBe(false)
    expect(jobPostingSchema.safeParse({ ...job, descriptionLinks: [at(6, 12)] }).success).toBe(
      false,
    )
  })
})
