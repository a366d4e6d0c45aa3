// A worker thread of bench/hostile-mutations.bench.js. It takes the next case number from a
// shared counter, builds the case, and runs each command on it; before each command it writes
// the case, the command and the moment it must be done by into its shared slot, so the main
// thread can see a command that overruns its budget and end the worker, however stuck it is.
import {parentPort, workerData} from 'node:worker_threads'
import {Chalk} from 'chalk'
import {commandBudget, fuzzCommands, fuzzContext, mutationCase, realTexts, runMutation} from './hostile-mutations.js'

const {root, library, seed, total, counter, slot, only} = workerData
const lib = {...(await import(library)), plain: new Chalk({level: 0})}
const texts = realTexts(root)
const context = fuzzContext(lib, texts)
const next = new Int32Array(counter)
// [deadline in ms since the epoch, case, command]
const state = new Float64Array(slot)

function run(index) {
  const {base, text} = mutationCase(texts, seed, index)
  const limit = commandBudget(Buffer.byteLength(text)) * 1000 * (workerData.stretch ?? 1)
  state[1] = index
  // The budget is for a command as the CLI runs it: the parse, then the command on its tree.
  let parsed = 0
  const time = (command, fn) => {
    state[2] = fuzzCommands.indexOf(command)
    state[0] = Date.now() + limit - parsed
    const start = process.hrtime.bigint()
    try {
      fn()
    } catch (error) {
      error.command ??= command
      throw error
    } finally {
      state[0] = 0
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9
    if (command === 'parse') parsed = seconds * 1000
    return seconds
  }
  try {
    const taken = runMutation(context, base, text, time)
    parentPort.postMessage({type: 'done', index, base: base.name, bytes: Buffer.byteLength(text), taken})
  } catch (error) {
    parentPort.postMessage({
      type: 'crash',
      index,
      base: base.name,
      command: error?.command ?? '?',
      message: String(error?.stack ?? error)
        .split('\n')
        .slice(0, 4)
        .join(' | '),
    })
  }
}

if (only !== undefined) {
  for (const index of only) run(index)
} else {
  for (;;) {
    const index = Atomics.add(next, 0, 1)
    if (index >= total) break
    run(index)
  }
}
parentPort.postMessage({type: 'finished'})
