// Fetch a JSON file and validate it with a zod schema, turning every way it can fail into one
// typed error so the UI can say what went wrong (and offer Retry) instead of showing a blank page.
import type * as z from 'zod/mini'
import { describeIssues, type JsonValidator, type Validation } from './validation'

export type LoadErrorKind = 'network' | 'http' | 'invalid-json' | 'schema'

export class LoadError extends Error {
  readonly kind: LoadErrorKind
  readonly url: string
  /** HTTP status for `http` errors. */
  readonly status: number | null
  /** Human-readable problems, e.g. zod issues as `path: message`. */
  readonly details: readonly string[]

  constructor(
    kind: LoadErrorKind,
    url: string,
    message: string,
    options: { status?: number; details?: readonly string[] } = {},
  ) {
    super(message)
    this.name = 'LoadError'
    this.kind = kind
    this.url = url
    this.status = options.status ?? null
    this.details = options.details ?? []
  }
}

export function isLoadError(error: unknown): error is LoadError {
  return error instanceof LoadError
}

type Fetch = (input: string) => Promise<Response>

/** A check, or a promise of one (validators load lazily, outside the initial JavaScript). */
type Source<Check> = Check | Promise<Check>

/** How the JSON of the response from `url` is read: whole by default; the catalog's by line. */
export type ReadJson = (response: Response, url: string) => Promise<unknown>

const wholeJson: ReadJson = (response) => response.json()

/**
 * `code` (a lazily loaded part of the app, such as the validators) for reading `url`: when it
 * cannot be loaded, a network failure that says so, rather than one that blames the file.
 */
export async function appCodeFor<T>(url: string, code: Promise<T>): Promise<T> {
  try {
    return await code
  } catch (cause) {
    throw new LoadError(
      'network',
      url,
      // After a deploy the old chunk is gone for good, and a browser may keep the failed
      // import until the page reloads: trying again alone may not help.
      `Could not load the part of the app that reads this file (${describe(cause)}). If trying again does not help, reload the page.`,
    )
  }
}

export function fetchValidated<Schema extends z.ZodMiniType>(
  fetchFn: Fetch,
  url: string,
  check: Source<Schema>,
  readJson?: ReadJson,
): Promise<z.output<Schema>>
export function fetchValidated<T>(
  fetchFn: Fetch,
  url: string,
  check: Source<z.ZodMiniType<T> | JsonValidator<T>>,
  readJson?: ReadJson,
): Promise<T>
export async function fetchValidated(
  fetchFn: Fetch,
  url: string,
  checkSource: Source<z.ZodMiniType | JsonValidator<unknown>>,
  readJson: ReadJson = wholeJson,
): Promise<unknown> {
  // Handled here so a validator that fails to load while the fetch fails too is not unhandled.
  Promise.resolve(checkSource).catch(() => undefined)
  let response: Response
  try {
    response = await fetchFn(url)
  } catch (cause) {
    throw new LoadError('network', url, `Could not reach the server (${describe(cause)}).`)
  }
  if (!response.ok) {
    throw new LoadError(
      'http',
      url,
      `The server answered ${response.status} ${response.statusText}`.trim() + '.',
      {
        status: response.status,
      },
    )
  }
  let json: unknown
  try {
    json = await readJson(response, url)
  } catch (cause) {
    // A reader that failed for a reason of its own (its code did not load) says why.
    if (cause instanceof LoadError) throw cause
    // A body cut off on its way in is a network failure, not a broken file.
    if (!(cause instanceof SyntaxError))
      throw new LoadError('network', url, `The download broke off (${describe(cause)}).`)
    throw new LoadError('invalid-json', url, `The file is not valid JSON (${describe(cause)}).`)
  }
  const check = await appCodeFor(url, Promise.resolve(checkSource))
  const checked = typeof check === 'function' ? await check(json) : bySchema(check, json)
  if (!checked.success) {
    throw new LoadError('schema', url, 'The file does not match the expected corpus format.', {
      details: checked.problems,
    })
  }
  return checked.data
}

function bySchema(schema: z.ZodMiniType, json: unknown): Validation<unknown> {
  const parsed = schema.safeParse(json)
  return parsed.success
    ? { success: true, data: parsed.data }
    : { success: false, problems: describeIssues(parsed.error.issues) }
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}
