// `npm run bench -- hostile-mutations` (issue 15): a plain mutation fuzzer over every real text
// of the repository, through parse, lint, diff and align, in worker threads (no more than the
// machine has cores). Each command has a time budget (1 s + 60 ms per kB of its input); the
// main thread watches every worker and ends one whose command overruns it, so a hang costs
// seconds, not the run. An overrun is then replayed alone with ten times the budget: still
// over, it is a hang; done, it was the machine's load. Prints, per command, the slowest case.
//
// HOSTILE_MUTATIONS cases (default 2000), HOSTILE_SEED (15), HOSTILE_THREADS (the cores),
// HOSTILE_SECONDS (stop taking new cases after this long, and say how many were done),
// HOSTILE_ONLY=index[,index…] (replay cases alone), HOSTILE_REPLAYS (overruns replayed at the
// end, default 20), HOSTILE_LIBRARY (the build to test: dist/index.js; point it at another
// build to compare).
import {availableParallelism} from 'node:os'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {Worker} from 'node:worker_threads'
import {commandBudget, fuzzCommands, mutationCase, realTexts} from './hostile-mutations.js'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const library = pathToFileURL(path.resolve(root, process.env.HOSTILE_LIBRARY ?? 'dist/index.js')).href
const total = Number(process.env.HOSTILE_MUTATIONS ?? 2_000)
const seed = Number(process.env.HOSTILE_SEED ?? 15)
const cores = availableParallelism()
const threads = Math.max(1, Math.min(cores, Number(process.env.HOSTILE_THREADS ?? cores)))
const stopAfter = Number(process.env.HOSTILE_SECONDS ?? Infinity) * 1000
const only = process.env.HOSTILE_ONLY?.split(',').map(Number)
const texts = realTexts(root)

const counter = new SharedArrayBuffer(4)
const next = new Int32Array(counter)
const started = Date.now()
let done = 0
const slowest = new Map()
const crashes = []
const overruns = []

/** Start a worker on `slot`; resolves when it has finished, been ended, or died. */
function startWorker(options = {}, onDone = record) {
  const slot = new SharedArrayBuffer(3 * 8)
  const state = new Float64Array(slot)
  const worker = new Worker(new URL('./hostile-worker.js', import.meta.url), {
    workerData: {root, library, seed, total, counter, slot, ...options},
    resourceLimits: {maxOldGenerationSizeMb: 1536},
  })
  let settled = false
  return new Promise((resolve) => {
    const finish = (outcome) => {
      if (settled) return
      settled = true
      clearInterval(watch)
      resolve(outcome)
    }
    const watch = setInterval(() => {
      if (state[0] > 0 && Date.now() > state[0]) {
        const overrun = {index: state[1], command: fuzzCommands[state[2]]}
        void worker.terminate()
        finish({type: 'overrun', ...overrun})
      }
    }, 100)
    worker.on('message', (message) => {
      if (message.type === 'done') onDone(message)
      else if (message.type === 'crash') crashes.push(message)
      else if (message.type === 'finished') finish({type: 'finished'})
    })
    worker.on('error', (error) => {
      // The worker itself died (out of memory, say) on the case it was running.
      const index = state[1]
      crashes.push({index, base: mutationCase(texts, seed, index).base.name, command: '?', message: String(error)})
      finish({type: 'died'})
    })
    worker.on('exit', () => finish({type: 'finished'}))
  })
}

function record({index, base, bytes, taken}) {
  done++
  for (const [command, seconds] of Object.entries(taken)) {
    const ratio = seconds / commandBudget(bytes)
    const best = slowest.get(command)
    if (!best || seconds > best.seconds) slowest.set(command, {seconds, ratio, index, base, bytes})
  }
  if (done % Math.max(1, Math.round(total / 20)) === 0) {
    const elapsed = (Date.now() - started) / 1000
    console.log(
      `  ${done}/${total} in ${elapsed.toFixed(0)} s (${(done / elapsed).toFixed(1)} per s): ${overruns.length} overruns, ${crashes.length} crashes`,
    )
  }
}

/** One worker slot: start workers until the cases run out (a worker ended on an overrun is replaced). */
async function keepRunning() {
  for (;;) {
    if (Atomics.load(next, 0) >= total) return
    const outcome = await startWorker()
    if (outcome.type === 'overrun') {
      done++
      overruns.push(outcome)
      console.log(`  overrun: ${outcome.command} on case ${outcome.index}; replaying it alone at the end`)
    }
    if (outcome.type === 'finished') return
  }
}

const ms = (seconds) => `${(seconds * 1000).toFixed(0)} ms`

if (only) {
  const outcome = await startWorker({only, stretch: 10})
  for (const [command, best] of slowest) console.log(`  ${command.padEnd(6)} ${ms(best.seconds)} (${best.base})`)
  for (const crash of crashes) console.log(`  crash: ${crash.command} on case ${crash.index}: ${crash.message}`)
  if (outcome.type === 'overrun') console.log(`  hang: ${outcome.command} on case ${outcome.index}`)
  process.exitCode = crashes.length || outcome.type === 'overrun' ? 1 : 0
} else {
  console.log(
    `${total} mutations of ${texts.length} real texts (seed ${seed}) through ${fuzzCommands.join(', ')}, ${threads} worker threads, ${library.replace(pathToFileURL(root).href + '/', '')}`,
  )
  let stopper
  if (Number.isFinite(stopAfter)) stopper = setTimeout(() => Atomics.store(next, 0, total), stopAfter)
  await Promise.all(Array.from({length: threads}, () => keepRunning()))
  clearTimeout(stopper)
  const elapsed = (Date.now() - started) / 1000

  // Each overrun alone, with ten times the budget: a hang overruns that too.
  const hangs = []
  const slow = []
  const replays = Number(process.env.HOSTILE_REPLAYS ?? 20)
  if (overruns.length > replays) console.log(`  replaying the first ${replays} of ${overruns.length} overruns`)
  for (const overrun of overruns.slice(0, replays)) {
    let alone
    const outcome = await startWorker({only: [overrun.index], stretch: 10}, (message) => (alone = message))
    if (outcome.type === 'overrun') hangs.push(overrun)
    else {
      // Not a hang; but over its budget even alone, it is a slow input to look at.
      const seconds = alone?.taken[overrun.command]
      const over = alone !== undefined && seconds !== undefined && seconds > commandBudget(alone.bytes)
      if (over) slow.push(overrun)
      console.log(
        `  case ${overrun.index} alone: ${overrun.command} ${seconds === undefined ? 'finished' : ms(seconds)} (${over ? 'over its budget alone: slow' : 'within its budget: the load'}, not a hang)`,
      )
    }
  }

  const unconfirmed = Math.max(0, overruns.length - replays)
  console.log(
    `${done} of ${total} mutations in ${elapsed.toFixed(0)} s (${(done / elapsed).toFixed(1)} per s): ${hangs.length} hangs` +
      `${unconfirmed ? ` (and ${unconfirmed} overruns not replayed)` : ''}, ${slow.length} over budget alone, ${crashes.length} crashes`,
  )
  for (const command of fuzzCommands) {
    const best = slowest.get(command)
    if (!best) continue
    console.log(
      `  ${command.padEnd(6)} slowest: case ${best.index} (${best.base}, ${(best.bytes / 1024).toFixed(1)} kB): ${ms(best.seconds)}, ${(best.ratio * 100).toFixed(1)} % of its budget`,
    )
  }
  for (const hang of hangs)
    console.log(`  hang: ${hang.command} on case ${hang.index} (replay: HOSTILE_ONLY=${hang.index})`)
  for (const crash of crashes)
    console.log(`  crash: ${crash.command} on case ${crash.index} of ${crash.base}: ${crash.message}`)
  process.exitCode = hangs.length || unconfirmed || slow.length || crashes.length || done < total ? 1 : 0
}
