// Checking a catalog of thousands of stories in one call blocks the main thread for a long task
// (a reader typing a search feels it). This checks the document without its long lists first,
// then the lists item by item, yielding to the browser whenever a slice has used its time.
import * as z from 'zod/mini'
import { TimeSlicer } from '../lib/time-slices'
import { describeIssues, type JsonValidator, type Validation } from '../lib/validation'

export function validateInSlices<Whole extends z.ZodMiniObject>(
  whole: Whole,
  lists: Partial<Record<keyof z.output<Whole> & string, z.ZodMiniType>>,
): JsonValidator<z.output<Whole>> {
  const listEntries = Object.entries(lists) as [string, z.ZodMiniType][]
  const shell = z.extend(
    whole,
    Object.fromEntries(listEntries.map(([key]) => [key, z.array(z.unknown())])),
  )
  return async (json): Promise<Validation<z.output<Whole>>> => {
    const top = shell.safeParse(json)
    if (!top.success) return { success: false, problems: describeIssues(top.error.issues) }
    const data = top.data as Record<string, unknown[]>
    const slicer = new TimeSlicer()
    for (const [key, item] of listEntries) {
      const list = data[key] as unknown[]
      for (let i = 0; i < list.length; i++) {
        if (slicer.due) await slicer.pause()
        const parsed = item.safeParse(list[i])
        if (!parsed.success)
          return { success: false, problems: describeIssues(parsed.error.issues, [key, i]) }
        list[i] = parsed.data
      }
    }
    return { success: true, data: data as z.output<Whole> }
  }
}
