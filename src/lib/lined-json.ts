// JSON whose long lists put one item on each line, so that a reader can parse it a line at a time
// and give the main thread back between lines: the catalog of a long archive holds thousands of
// stories, and parsing it in one call is a long task a reader typing a search would feel. The
// text stays one valid JSON document; a text in any other layout is parsed whole.
import { TimeSlicer, type Pacer } from './time-slices'

/**
 * JSON.stringify(value), except that each list under `lists` (top-level keys) has one item per
 * line. Items never span lines: JSON escapes the line breaks inside strings.
 */
export function stringifyListsByLine(
  value: Readonly<Record<string, unknown>>,
  lists: readonly string[],
): string {
  const fields: string[] = []
  for (const [key, field] of Object.entries(value)) {
    if (field === undefined) continue
    const name = JSON.stringify(key)
    fields.push(
      lists.includes(key) && Array.isArray(field) && field.length > 0
        ? `${name}:[\n${field.map((item) => JSON.stringify(item)).join(',\n')}\n]`
        : `${name}:${JSON.stringify(field)}`,
    )
  }
  return `{${fields.join(',')}}`
}

/**
 * Marks a list's place in the text left once its item lines are out. Only that outline is searched
 * for it, and the outline's own values (version, topics) hold no NUL.
 */
const LIST_MARK = '\u0000list '

const NOT_LINED = Symbol('not in the one-item-per-line layout')

/**
 * JSON.parse(text), a line at a time when the text is in stringifyListsByLine()'s layout, pausing
 * whenever `pacer` says so. Any other text, valid or not, goes to JSON.parse whole, so the result
 * (or the SyntaxError) is always JSON.parse's.
 */
export async function parseListsByLine(text: string, pacer: Pacer): Promise<unknown> {
  const parsed = await parseLines(text, pacer)
  return parsed === NOT_LINED ? JSON.parse(text) : parsed
}

async function parseLines(text: string, pacer: Pacer): Promise<unknown> {
  // The text without the item lines, each list's place marked, and the lists' parsed items.
  const outline: string[] = []
  const lists: unknown[][] = []
  let list: unknown[] | null = null
  let commaAfterLast = false
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start)
    const end = newline < 0 ? text.length : newline
    const line = text.slice(start, end)
    start = end + 1
    if (list === null || line.startsWith(']')) {
      // Closing a list: the item before the bracket takes no comma.
      if (list !== null && list.length > 0 && commaAfterLast) return NOT_LINED
      list = null
      outline.push(line)
      if (line.endsWith('[')) {
        list = []
        outline.push(JSON.stringify(`${LIST_MARK}${lists.push(list) - 1}`))
      }
      continue
    }
    // Every item but the first follows a comma.
    if (list.length > 0 && !commaAfterLast) return NOT_LINED
    commaAfterLast = line.endsWith(',')
    try {
      list.push(JSON.parse(commaAfterLast ? line.slice(0, -1) : line))
    } catch {
      return NOT_LINED
    }
    if (pacer.due) await pacer.pause()
  }
  if (list !== null) return NOT_LINED
  try {
    return JSON.parse(outline.join('\n'), (_key, value: unknown) => listFor(value, lists))
  } catch {
    return NOT_LINED
  }
}

/** The parsed list a marked place in the outline stands for; any other value as it is. */
function listFor(value: unknown, lists: readonly unknown[][]): unknown {
  if (!Array.isArray(value) || value.length !== 1) return value
  const [only] = value as unknown[]
  if (typeof only !== 'string' || !only.startsWith(LIST_MARK)) return value
  return lists[Number(only.slice(LIST_MARK.length))] ?? value
}

/**
 * A response's JSON without a long task: the body is decoded a network chunk at a time and parsed
 * a line at a time (see parseListsByLine), with the main thread given back between slices.
 */
export async function readListsByLine(response: Response): Promise<unknown> {
  const slicer = new TimeSlicer()
  return parseListsByLine(await readTextInSlices(response, slicer), slicer)
}

async function readTextInSlices(response: Response, slicer: TimeSlicer): Promise<string> {
  if (!response.body) return response.text()
  const reader = response.body.getReader()
  // As response.text() decodes: UTF-8, a leading BOM dropped, bad bytes replaced.
  const decoder = new TextDecoder()
  const parts: string[] = []
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    parts.push(decoder.decode(value, { stream: true }))
    if (slicer.due) await slicer.pause()
  }
  parts.push(decoder.decode())
  return parts.join('')
}
