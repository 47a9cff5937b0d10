// `?` anywhere (outside text fields) opens the shortcuts dialog; the header button does too.
import { useState } from 'react'
import { useKeyShortcut } from '../hooks/use-key-shortcut'
import { ShortcutsDialog } from './shortcuts-dialog'

export function ShortcutsHelp() {
  const [open, setOpen] = useState(false)
  useKeyShortcut(['?'], () => setOpen(true), !open)
  return (
    <>
      <button
        type="button"
        className="icon-button"
        aria-haspopup="dialog"
        aria-label="Keyboard shortcuts"
        title="Keyboard shortcuts (?)"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true" className="icon-button__icon">
          ?
        </span>
      </button>
      {open ? <ShortcutsDialog onClose={() => setOpen(false)} /> : null}
    </>
  )
}
