// Fetch a JSON file and validate it with a zod schema, turning every way it can fail into one
// typed error so the UI can say what went wrong (and offer Retry) instead of showing a blank page.
import type * as z from 'zod/mini'

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

/** A zod schema, or a promise of one (validators load lazily, outside the initial JavaScript). */
type SchemaSource<Schema> = Schema | Promise<Schema>

export async function fetchValidated<Schema extends z.ZodMiniType>(
  fetchFn: Fetch,
  url: string,
  schemaSource: SchemaSource<Schema>,
): Promise<z.output<Schema>> {
  // Handled here so a validator that fails to load while the fetch fails too is not unhandled.
  Promise.resolve(schemaSource).catch(() => undefined)
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
    json = await response.json()
  } catch (cause) {
    throw new LoadError('invalid-json', url, `The file is not valid JSON (${describe(cause)}).`)
  }
  const schema = await schemaSource
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    const details = parsed.error.issues.map(
      (issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`,
    )
    throw new LoadError('schema', url, 'The file does not match the expected corpus format.', {
      details,
    })
  }
  return parsed.data
}

function describe(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause)
}
