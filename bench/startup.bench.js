// Start-up: `resdiff diff` of two ordinary resolutions end to end (a new Node process, as a user
// runs it) against a bare `node -e 0`, measured side by side: the runs alternate, so a change in
// the machine's load hits both alike. Also `resdiff --help`, the bundle without its code cache
// (NODE_DISABLE_COMPILE_CACHE), and the unbundled CLI (dist/, as
// before scripts/bundle.js) for comparison. Figures: median wall time and median CPU time
// (user + system, from the child's resource usage) over RUNS runs (default 15).
import {spawnSync} from 'node:child_process'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const runs = Number(process.env.RUNS ?? 15)
const unbundled = path.join(root, 'bench', 'unbundled-cli.js')

const cases = [
  ['node -e 0', ['-e', '0']],
  ['resdiff --help', [path.join(root, 'bin/resdiff.js'), '--help']],
  [
    'resdiff diff 78/17 79/16',
    [path.join(root, 'bin/resdiff.js'), 'diff', 'fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt'],
  ],
  ['resdiff diff 6/2 8/3', [path.join(root, 'bin/resdiff.js'), 'diff', 'seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md']],
  [
    'diff 78/17 79/16, bundle without its code cache',
    [path.join(root, 'bin/resdiff.js'), 'diff', 'fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt'],
    {NODE_DISABLE_COMPILE_CACHE: '1'},
  ],
  ['unbundled diff 78/17 79/16', [unbundled, 'diff', 'fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt']],
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
    walls[index].push(once(args, env))
    cpus[index].push(cpuOnce(args, env))
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
