// `npm run corpus`: compiles src/content/issues into public/corpus/.
// Exit codes: 0 clean, 1 content errors (every other file still written), 2 usage errors.
import { existsSync, statSync } from 'node:fs'
import { parseCommandLine, usageError, type Command } from './command-line'
import { compileDirectory } from './emit'
import { formatReportText } from './report'

const USAGE = `usage: npm run corpus -- [--in DIR] [--out DIR] [--check] [--report json|text]
  --in DIR       folder of raw issues (*.txt, *.md) and an optional manifest.json (default src/content/issues)
  --out DIR      where to write the corpus (default public/corpus)
  --check        compile and report, write nothing; exit 1 on content errors
  --report json  print the machine-readable compile report to stdout`

const COMMAND: Command = { name: 'corpus', usage: USAGE }

async function main(): Promise<void> {
  const values = parseCommandLine(COMMAND, {
    in: { type: 'string', default: 'src/content/issues' },
    out: { type: 'string', default: 'public/corpus' },
    check: { type: 'boolean', default: false },
    report: { type: 'string', default: 'text' },
  })
  if (values.report !== 'json' && values.report !== 'text')
    usageError(COMMAND, `--report must be json or text, not "${values.report}"`)
  if (!existsSync(values.in) || !statSync(values.in).isDirectory())
    usageError(COMMAND, `input folder "${values.in}" does not exist`)

  const result = await compileDirectory({
    inDir: values.in,
    outDir: values.out,
    check: values.check,
  })
  if (values.report === 'json') process.stdout.write(`${JSON.stringify(result.report, null, 2)}\n`)
  else
    process.stderr.write(
      `${formatReportText(result.report)}\n${values.check ? '(check only: nothing written)' : `wrote ${values.out}`}\n`,
    )
  process.exitCode = result.exitCode
}

void main()
