// `npm run bench`: writes synthetic archives (350 and 3,500 issues by default) to a temp folder,
// then runs each bench section on them. A section is a module bench/<name>-bench.ts; one that is
// not written yet is skipped, so sections plug in without touching the others.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { DEFAULT_SEED } from '../src/compiler/synth'
import type { CompileBenchOptions } from './compile-bench'
import { createContext, formatCount, writeArchive, type BenchContext } from './context'
// Types only: the modules themselves are imported when their section runs, if they exist.
import type { LoadBenchOptions, LoadBenchReport } from './load-bench'
import type { SearchBenchOptions } from './search-bench'
import {
  parseCommandLine,
  usageError as commandUsageError,
  type Command,
} from '../src/compiler/command-line'

interface BenchSection {
  name: string
  /** File name under bench/. */
  file: string
  /** Calls the module's entry point with what it needs from the context. */
  run(module: Record<string, unknown>, context: BenchContext): Promise<string>
}

function entry<T, R>(module: Record<string, unknown>, name: string): (opts: T) => Promise<R> {
  const fn = module[name]
  if (typeof fn !== 'function') throw new Error(`does not export ${name}()`)
  return fn as (opts: T) => Promise<R>
}

/** In running order. Add a section here when its module lands. */
const SECTIONS: readonly BenchSection[] = [
  {
    name: 'compile',
    file: 'compile-bench.ts',
    run: (module, context) =>
      entry<CompileBenchOptions, string>(module, 'runCompileBench')({ archives: context.archives }),
  },
  {
    name: 'search',
    file: 'search-bench.ts',
    run: async (module, context) =>
      entry<SearchBenchOptions, string>(
        module,
        'runSearchBench',
      )({ corpora: await context.corpora() }),
  },
  {
    name: 'load',
    file: 'load-bench.ts',
    run: async (module, context) => {
      // The load section builds and serves the app per size; budgets apply to the first size.
      const sizes = context.archives.map((archive, i) => ({
        issues: archive.issues,
        budgets: i === 0 ? ('all' as const) : ('performance-only' as const),
      }))
      const report = await entry<LoadBenchOptions, LoadBenchReport>(
        module,
        'runLoadBench',
      )({ sizes, seed: context.seed })
      if (!report.ok) process.exitCode = 1
      return report.text
    },
  },
]

const USAGE = `usage: npm run bench -- [--sizes 350,3500] [--seed S] [--only compile,search] [--keep]
  --sizes   archive sizes in issues, comma-separated (default 350,3500)
  --seed    generator seed (default ${DEFAULT_SEED})
  --only    run only these sections (${SECTIONS.map((s) => s.name).join(', ')})
  --keep    keep the temp folder with the archives and compiled corpora`

const COMMAND: Command = { name: 'bench', usage: USAGE }
function usageError(message: string): never {
  return commandUsageError(COMMAND, message)
}

function parseOptions() {
  const values = parseCommandLine(COMMAND, {
    sizes: { type: 'string', default: '350,3500' },
    seed: { type: 'string', default: String(DEFAULT_SEED) },
    only: { type: 'string' },
    keep: { type: 'boolean', default: false },
  })
  const sizes = values.sizes.split(',').map((s) => Number(s.trim()))
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 100_000))
    usageError(`--sizes must be whole numbers from 1 to 100000, not "${values.sizes}"`)
  const seed = Number(values.seed)
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    usageError(`--seed must be a whole number from 0 to ${0xffffffff}`)
  const only = values.only?.split(',').map((s) => s.trim())
  const unknown = only?.filter((name) => !SECTIONS.some((s) => s.name === name)) ?? []
  if (unknown.length > 0) usageError(`unknown section ${unknown.join(', ')}`)
  return { sizes, seed, only, keep: values.keep }
}

async function main(): Promise<void> {
  const options = parseOptions()
  const benchDir = path.dirname(fileURLToPath(import.meta.url))
  const root = mkdtempSync(path.join(tmpdir(), 'batch-bench-'))
  process.stdout.write(
    `Batch Reader bench · node ${process.version} · seed ${options.seed} · ${root}\n\n`,
  )
  try {
    const archives = options.sizes.map((issues) => writeArchive(root, issues, options.seed))
    process.stdout.write('Synthetic archives\n')
    for (const a of archives) {
      process.stdout.write(
        `  ${a.label}: ${formatCount(a.stories)} stories, ${(a.inputBytes / 1048576).toFixed(1)} MB of raw text, generated in ${(a.generateMs / 1000).toFixed(1)} s\n`,
      )
    }
    const context = createContext(options.seed, archives)
    for (const section of SECTIONS) {
      if (options.only && !options.only.includes(section.name)) continue
      const file = path.join(benchDir, section.file)
      process.stdout.write('\n')
      if (!existsSync(file)) {
        process.stdout.write(`${section.name}: skipped (bench/${section.file} not written yet)\n`)
        continue
      }
      try {
        const module = (await import(pathToFileURL(file).href)) as Record<string, unknown>
        process.stdout.write(`${await section.run(module, context)}\n`)
      } catch (error) {
        process.exitCode = 1
        process.stdout.write(
          `${section.name}: FAILED: ${(error as Error).stack ?? String(error)}\n`,
        )
      }
    }
  } finally {
    if (options.keep) process.stdout.write(`\nkept ${root}\n`)
    else rmSync(root, { recursive: true, force: true })
  }
}

await main()
