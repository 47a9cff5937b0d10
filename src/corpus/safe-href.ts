// Where a link in the corpus may lead, in a module of its own: the reader checks links again
// before it renders them, and must not pull the zod schemas into the first page's code for that.

/** The web or an e-mail address, never `javascript:`, `data:` or a relative path. */
export const SAFE_HREF = /^(?:https?:\/\/|mailto:)[^\s"<>]{1,2000}$/i
