// The whole `resdiff trace` command, timed alternately from two or more builds in the same minutes
// (the machine is shared: runs side by side see the same load): `node bench/trace-command-ab.js
// ROUNDS INDEX DRAFT APP…` in the folder of INDEX and DRAFT, where each APP is a checkout with
// bin/ and dist/ built (`APP@FOLDER` runs that one in FOLDER instead, which holds its own INDEX
// and DRAFT under the same names: a copy of the index with other metadata, the same output). Each run is `node --require APP/bench/cpu-report.cjs APP/bin/resdiff.js
// trace DRAFT --index INDEX --format json`; prints per app the median wall, CPU (every thread)
// and main-thread CPU, the load average around the runs, and whether every app's JSON is the same.
// With RESDIFF_BENCH_NICE=N (e.g. -10, as root) each run is started by `nice -n N`; with
// RESDIFF_BENCH_CHRT=N (root, Linux) by `chrt -f N`, real-time priority: on a machine shared with
// other work the runs then take the cores first (the kernel still leaves others 5 % of each
// second), which is what an idle machine gives. `nice` was not enough on the project machine.
// Not run by `npm run bench` (no .bench.js).
import {spawn} from 'node:child_process'
import {createHash} from 'node:crypto'
import {loadavg} from 'node:os'
import path from 'node:path'

const [rounds, index, draft, ...apps] = process.argv.slice(2)
if (!rounds || !index || !draft || apps.length === 0) {
  process.stderr.write('usage: node bench/trace-command-ab.js ROUNDS INDEX DRAFT APP…\n')
  process.exit(2)
}

function once(named) {
  const [app, cwd] = named.split('@')
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const nice = process.env.RESDIFF_BENCH_NICE
    const realtime = process.env.RESDIFF_BENCH_CHRT
    const child = spawn(
      realtime ? 'chrt' : nice ? 'nice' : process.execPath,
      [
        ...(realtime ? ['-f', realtime, process.execPath] : nice ? ['-n', nice, process.execPath] : []),
        ...(process.env.RESDIFF_BENCH_PRELOAD ? ['--require', path.resolve(process.env.RESDIFF_BENCH_PRELOAD)] : []),
        '--require',
        path.resolve(app, 'bench/cpu-report.cjs'),
        path.resolve(app, 'bin/resdiff.js'),
        'trace',
        draft,
        '--index',
        index,
        '--format',
        'json',
      ],
      {stdio: ['ignore', 'pipe', 'pipe', 'pipe'], ...(cwd ? {cwd} : {})},
    )
    const hash = createHash('sha256')
    let report = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => hash.update(chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.stdio[3].on('data', (chunk) => (report += chunk))
    child.on('error', reject)
    child.on('close', (status) => {
      const wall = performance.now() - started
      if (status !== 0 && status !== 1) return reject(new Error(`${app}: exit ${status}: ${stderr}`))
      const {user, system, mainMs} = JSON.parse(report)
      resolve({wall, cpu: (user + system) / 1000, main: mainMs, output: hash.digest('hex')})
    })
  })
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
const runs = new Map(apps.map((app) => [app, []]))
const loads = [loadavg()[0]]
for (let round = 0; round < Number(rounds); round++) {
  // Alternate which app goes first, so neither always follows the other.
  const order = round % 2 ? [...apps].reverse() : apps
  for (const app of order) runs.get(app).push(await once(app))
  loads.push(loadavg()[0])
}
const outputs = new Set()
for (const [app, results] of runs) {
  for (const result of results) outputs.add(result.output)
  const figure = (key) => median(results.map((result) => result[key])).toFixed(0)
  const range = (key) =>
    `${Math.min(...results.map((result) => result[key])).toFixed(0)}–${Math.max(...results.map((result) => result[key])).toFixed(0)}`
  console.log(
    `${app}: wall ${figure('wall')} ms (${range('wall')}), CPU ${figure('cpu')} ms, main thread ${figure('main')} ms (${results.length} runs)`,
  )
}
console.log(
  `${process.env.RESDIFF_BENCH_CHRT ? `chrt -f ${process.env.RESDIFF_BENCH_CHRT}; ` : process.env.RESDIFF_BENCH_NICE ? `nice ${process.env.RESDIFF_BENCH_NICE}; ` : ''}${process.env.RESDIFF_BENCH_PRELOAD ? `preload ${path.basename(process.env.RESDIFF_BENCH_PRELOAD)}; ` : ''}load average (1 min) ${Math.min(...loads).toFixed(2)}–${Math.max(...loads).toFixed(2)}; outputs ${outputs.size === 1 ? 'byte for byte the same' : 'DIFFER'}`,
)
