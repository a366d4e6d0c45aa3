// The counts of places a trace relies on are compared on the worker that read its postings
// (src/corpus/store/place-checks.ts); once the trace is over, it compares itself the texts the
// worker has not reached, taking them one at a time as the worker does. These cases run the two
// sides of the queue on two threads (the compiled module: a worker runs JavaScript), with a worker
// made slow, as one on a busy core is: every text is compared once, by one side or the other, and
// a count that differs is damage whichever side finds it.
import path from 'node:path'
import {Worker} from 'node:worker_threads'
import {describe, expect, it} from 'vitest'
import {root} from './helpers.js'

type Checks = typeof import('../src/corpus/store/place-checks.js')
const checks = async (): Promise<Checks> =>
  (await import(path.join(root, 'dist/corpus/store/place-checks.js'))) as Checks

/**
 * A worker serving the queue in `memory`, 5 ms a text, writing each text it compares into `log`
 * (a count, then the texts); a count of `wrong` differs.
 */
function slowWorker(memory: Int32Array, log: Int32Array, wrong: number): Worker {
  const module = path.join(root, 'dist/corpus/store/place-checks.js')
  const code = `
    const {workerData} = require('node:worker_threads')
    const {memory, log, wrong} = workerData
    const pause = new Int32Array(new SharedArrayBuffer(4))
    import(${JSON.stringify(module)}).then(({servePlaceChecks}) =>
      servePlaceChecks(memory, (text) => {
        Atomics.wait(pause, 0, 0, 5)
        log[1 + Atomics.add(log, 0, 1)] = text
        Atomics.notify(log, 0)
        return text !== wrong
      }))`
  return new Worker(code, {eval: true, workerData: {memory, log, wrong}})
}

async function run(
  wrong: number,
): Promise<{result: {damaged: boolean; left: number[]}; worker: number[]; trace: number[]}> {
  const {PlaceCheckQueue, placeCheckMemory} = await checks()
  const memory = placeCheckMemory()
  const log = new Int32Array(new SharedArrayBuffer(4 * 1000))
  const queue = new PlaceCheckQueue(memory)
  const texts = Array.from({length: 60}, (_, at) => 1000 + at)
  for (const text of texts) expect(queue.add(text)).toBe(true)
  const worker = slowWorker(memory, log, wrong)
  try {
    // The worker has compared a first text: it is serving, and behind (5 ms a text).
    while (Atomics.load(log, 0) === 0) await new Promise((resolve) => setTimeout(resolve, 1))
    const trace: number[] = []
    const result = queue.close((text) => {
      trace.push(text)
      return text !== wrong
    })
    return {result, worker: Array.from(log.subarray(1, 1 + Atomics.load(log, 0))), trace}
  } finally {
    await worker.terminate()
  }
}

describe('counts of places compared by the worker and, once the trace is over, by the trace', () => {
  it('compares every text once, the trace taking those the worker has not reached', async () => {
    const {result, worker, trace} = await run(-1)
    expect(result).toEqual({damaged: false, left: []})
    expect(worker.length).toBeGreaterThan(0)
    expect(trace.length).toBeGreaterThan(0)
    expect([...worker, ...trace].sort((a, b) => a - b)).toEqual(Array.from({length: 60}, (_, at) => 1000 + at))
  })

  it('reports a count that differs whichever side compares it', async () => {
    // The first text is the worker's (it is compared before the queue closes); the last, the trace's.
    for (const wrong of [1000, 1059]) expect((await run(wrong)).result.damaged).toBe(true)
  })
})
