// Make sure Debian's chromium is installed for the browser tests (playwright-core drives it; its
// own browser downloads do not work on these machines). Prints what it does.
import { execSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const CHROMIUM = '/usr/bin/chromium'

if (existsSync(CHROMIUM)) {
  console.log(`[ensure-chromium] ${CHROMIUM} is present; nothing to install.`)
  process.exit(0)
}

const asRoot = typeof process.getuid === 'function' && process.getuid() === 0
const sudo = asRoot ? '' : 'sudo '
const commands = [`${sudo}apt-get update`, `${sudo}apt-get install -y chromium`]
console.log(`[ensure-chromium] ${CHROMIUM} is missing; installing Debian chromium:`)
for (const command of commands) {
  console.log(`[ensure-chromium] $ ${command}`)
  execSync(command, {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  })
}
if (!existsSync(CHROMIUM)) {
  console.error(
    `[ensure-chromium] ${CHROMIUM} is still missing after the install; browser tests cannot run.`,
  )
  process.exit(1)
}
console.log(`[ensure-chromium] installed ${CHROMIUM}.`)
