// `npm run bench`: run every bench/*.bench.js in turn (each prints its own figures).
import {readdirSync} from 'node:fs'
import {spawnSync} from 'node:child_process'
import {fileURLToPath} from 'node:url'
import path from 'node:path'

const here = path.dirname(fileURLToPath(import.meta.url))
const only = process.argv[2]
const files = readdirSync(here)
  .filter((name) => name.endsWith('.bench.js'))
  .filter((name) => !only || name.startsWith(only))
  .sort()
let failed = 0
for (const name of files) {
  console.log(`\n## ${name}\n`)
  const run = spawnSync(process.execPath, ['--expose-gc', path.join(here, name)], {stdio: 'inherit'})
  if (run.status !== 0) failed++
}
process.exitCode = failed ? 1 : 0
