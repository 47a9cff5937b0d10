export function SiteFooter() {
  return (
    <footer className="site-footer">
      <p>
        Batch Reader is an unofficial reader for <cite>The Batch</cite>, DeepLearning.AI’s weekly AI
        newsletter.{' '}
        <span className="keyboard-hint">
          Press <kbd>?</kbd> for keyboard shortcuts.
        </span>
      </p>
    </footer>
  )
}
