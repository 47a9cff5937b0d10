// `npm run size`: fails when the production build's initial JavaScript exceeds its budget.
// A size check, not a timing, so it is safe in CI.
import { measureInitialJs } from './initial-js'

const BUDGET_BYTES = 110 * 1024
const initial = measureInitialJs(process.argv[2] ?? 'dist')
for (const file of initial.files)
  console.log(`  ${file.file}  ${(file.gzipBytes / 1024).toFixed(1)} KB gzip`)
const verdict = initial.gzipBytes <= BUDGET_BYTES ? 'within' : 'OVER'
console.log(
  `initial JavaScript: ${(initial.gzipBytes / 1024).toFixed(1)} KB gzip, ${verdict} the ${BUDGET_BYTES / 1024} KB budget`,
)
if (initial.gzipBytes > BUDGET_BYTES) process.exitCode = 1
