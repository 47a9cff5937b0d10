// Limits shared by the query parser and the UI, so a long paste is cut the same way everywhere.

/** Longer input is truncated: nobody types more, and it bounds the work per query. */
export const MAX_QUERY_CHARS = 200
/** Terms beyond this are ignored for the same reason. */
export const MAX_QUERY_TERMS = 12
