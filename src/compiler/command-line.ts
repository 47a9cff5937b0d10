// The project's command-line tools (corpus, corpus:synth, bench) parse flags one way: strict,
// no positionals, `--help` prints the usage, and every usage error exits 2 with the usage.
import { parseArgs, type ParseArgsConfig } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>

export interface Command {
  /** Name in messages, e.g. `corpus`. */
  name: string
  usage: string
}

export function usageError(command: Command, message: string): never {
  process.stderr.write(`${command.name}: ${message}\n${command.usage}\n`)
  process.exit(2)
}

/** Parsed flags; `--help` prints the usage and exits 0, a bad flag is a usage error. */
export function parseCommandLine<const O extends Options>(command: Command, options: O) {
  let parsed
  try {
    parsed = parseArgs({
      options: { ...options, help: { type: 'boolean', default: false } },
      strict: true,
      allowPositionals: false,
    })
  } catch (error) {
    usageError(command, (error as Error).message)
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(`${command.usage}\n`)
    process.exit(0)
  }
  return parsed.values
}
