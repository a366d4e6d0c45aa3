// Start-up: `resdiff diff` of two ordinary resolutions end to end (a new Node process, as a user
// runs it) against a bare `node -e 0`, measured side by side: the runs alternate, so a change in
// the machine's load hits both alike. Also `resdiff --help`, the bundle without its code cache
// (NODE_DISABLE_COMPILE_CACHE), and the unbundled CLI (dist/, as
// before scripts/bundle.js) for comparison. Figures: median wall time and median CPU time
// (user + system, from the child's resource usage) over RUNS runs (default 15).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.env.RUNS ?? 15)
const unbundled = path.join(root, 'bench', 'unbundled-cli.js')

// The diffs run with a parse cache of their own (filled by the first run, so the medians are of
// runs that read both trees back, as a drafter's repeated diffs of one text do) and, to show the
// first run of a pair, with RESDIFF_NO_CACHE (every run parses both texts).
const cacheDir = mkdtempSync(path.join(tmpdir(), 'resdiff-startup-cache-'))
const cached = {RESDIFF_CACHE_DIR: cacheDir}
const emptyCaches = []
const emptyCache = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-startup-empty-'))
  emptyCaches.push(dir)
  return {RESDIFF_CACHE_DIR: dir}
}
const parsed = {RESDIFF_CACHE_DIR: cacheDir, RESDIFF_NO_CACHE: '1'}
const pairs = {
  '78/17 79/16': ['fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt'],
  '6/2 8/3': ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md'],
}
const bin = path.join(root, 'bin/resdiff.js')
const cases = [
  ['node -e 0', ['-e', '0']],
  ['resdiff --help', [bin, '--help']],
  ['resdiff diff 78/17 79/16, trees cached', [bin, 'diff', ...pairs['78/17 79/16']], cached],
  ['resdiff diff 6/2 8/3, trees cached', [bin, 'diff', ...pairs['6/2 8/3']], cached],
  ['resdiff diff 78/17 79/16, both parsed', [bin, 'diff', ...pairs['78/17 79/16']], parsed],
  ['resdiff diff 6/2 8/3, both parsed', [bin, 'diff', ...pairs['6/2 8/3']], parsed],
  // A true first run: both texts parsed and their trees written into an empty cache.
  ['resdiff diff 6/2 8/3, first run into an empty cache', [bin, 'diff', ...pairs['6/2 8/3']], () => emptyCache()],
  [
    'diff 78/17 79/16, parsed, bundle without its code cache',
    [bin, 'diff', ...pairs['78/17 79/16']],
    {...parsed, NODE_DISABLE_COMPILE_CACHE: '1'},
  ],
  ['unbundled diff 78/17 79/16, parsed', [unbundled, 'diff', ...pairs['78/17 79/16']], parsed],
]

/** One run: wall milliseconds, and CPU milliseconds of the child as the shell's `time` reports them. */
function once(args, env = {}) {
  const wrapped = `const {spawnSync} = require('node:child_process'); const t = process.hrtime.bigint(); const r = spawnSync(process.execPath, ${JSON.stringify(args)}, {cwd: ${JSON.stringify(root)}, stdio: 'ignore'}); const wall = Number(process.hrtime.bigint() - t) / 1e6; process.stdout.write(JSON.stringify({wall, status: r.status}))`
  const run = spawnSync(process.execPath, ['-e', wrapped], {encoding: 'utf8', env: {...process.env, ...env}})
  const {wall, status} = JSON.parse(run.stdout)
  if (status !== 0 && status !== 1) throw new Error(`${args.join(' ')} exited ${status}`)
  return wall
}

function cpuOnce(args, env = {}) {
  const run = spawnSync(
    '/usr/bin/env',
    [
      'bash',
      '-c',
      `TIMEFORMAT='%U %S'; time "${process.execPath}" ${args.map((arg) => `'${arg}'`).join(' ')} >/dev/null 2>&1`,
    ],
    {cwd: root, encoding: 'utf8', env: {...process.env, ...env}},
  )
  const [user, system] = run.stderr.trim().split(/\s+/).map(Number)
  return ((user ?? 0) + (system ?? 0)) * 1000
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

const walls = cases.map(() => [])
const cpus = cases.map(() => [])
for (let run = 0; run < runs; run++) {
  cases.forEach(([, args, env], index) => {
    walls[index].push(once(args, typeof env === 'function' ? env() : env))
    cpus[index].push(cpuOnce(args, typeof env === 'function' ? env() : env))
  })
}

const baseWall = median(walls[0])
const baseCpu = median(cpus[0])
console.log(
  `${runs} runs each, alternating; load average ${(await import('node:os'))
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')}\n`,
)
console.log('| command | wall (median) | × node -e 0 | CPU (median) | × node -e 0 |')
console.log('| --- | ---: | ---: | ---: | ---: |')
cases.forEach(([name], index) => {
  const wall = median(walls[index])
  const cpu = median(cpus[index])
  console.log(
    `| ${name} | ${wall.toFixed(0)} ms | ${(wall / baseWall).toFixed(2)} | ${cpu.toFixed(0)} ms | ${(cpu / baseCpu).toFixed(2)} |`,
  )
})

rmSync(cacheDir, {recursive: true, force: true})
for (const dir of emptyCaches) rmSync(dir, {recursive: true, force: true})
