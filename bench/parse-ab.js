// Parse throughput of two builds in the same process, run by turns on the same corpus (the
// machine is shared: runs side by side see the same load): `node bench/parse-ab.js APP_A APP_B
// [ROUNDS]`, each APP a checkout with dist/ built (a worktree of another commit). The corpus is
// the parse bench's (seeds and fixtures/*.txt of this checkout, repeated to 2.5 MB); prints per
// build the best and the median MB/s of ROUNDS runs (5) and the load average around them.
// Not run by `npm run bench` (no .bench.js).
import {loadavg} from 'node:os'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {repeatedTo, sources} from './parse-corpus.js'

const [appA, appB, roundsArg] = process.argv.slice(2)
if (!appA || !appB) {
  process.stderr.write('usage: node bench/parse-ab.js APP_A APP_B [ROUNDS]\n')
  process.exit(2)
}
const rounds = Number(roundsArg ?? 5)
const {corpus, megabytes} = repeatedTo(2.5 * 1024 * 1024)
const load = (lib) => import(pathToFileURL(path.resolve(lib, 'dist/index.js')).href)
const builds = [
  {name: appA, lib: await load(appA), times: []},
  {name: appB, lib: await load(appB), times: []},
]
for (const build of builds) for (const text of sources) build.lib.parseResolution(text)
const before = loadavg()[0]
for (let round = 0; round < rounds; round++)
  for (const build of builds) {
    const start = process.hrtime.bigint()
    for (const text of corpus) build.lib.parseResolution(text)
    build.times.push(Number(process.hrtime.bigint() - start) / 1e9)
  }
console.log(
  `corpus ${megabytes.toFixed(2)} MB, ${rounds} rounds, load ${before.toFixed(2)} → ${loadavg()[0].toFixed(2)}`,
)
for (const build of builds) {
  const sorted = [...build.times].sort((a, b) => a - b)
  const best = megabytes / sorted[0]
  const median = megabytes / sorted[Math.floor(sorted.length / 2)]
  console.log(`${build.name}: best ${best.toFixed(2)} MB/s, median ${median.toFixed(2)} MB/s`)
}
