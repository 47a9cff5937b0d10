// @vitest-environment jsdom
// The front page's two-step first render: the app's first mount sees null, then the value from a
// deferred render; any later mount sees the value at once (so scroll restoration finds the page).
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { useDeferredFirstRender } from '@/features/reader/hooks/use-deferred-first-render'

function Probe({ value, seen }: { value: string; seen: (string | null)[] }) {
  const shown = useDeferredFirstRender(value)
  seen.push(shown)
  return <p>{shown ?? 'heading only'}</p>
}

describe('useDeferredFirstRender', () => {
  it('renders null first on the app’s first mount, then the value', async () => {
    const seen: (string | null)[] = []
    render(<Probe value="lists" seen={seen} />)
    expect(await screen.findByText('lists')).toBeInTheDocument()
    expect(seen[0]).toBeNull()
    expect(seen.at(-1)).toBe('lists')
  })

  it('renders the value in the first render of any later mount', () => {
    const seen: (string | null)[] = []
    render(<Probe value="again" seen={seen} />)
    expect(seen).not.toContain(null)
    expect(screen.getByText('again')).toBeInTheDocument()
  })
})
