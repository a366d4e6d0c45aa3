import {workerData, type MessagePort} from 'node:worker_threads'
import {recordedBits, SeedDirectory} from './directory.js'
import {openDatabase} from './format.js'
import {servePlaceChecks} from './place-checks.js'
import {readerDone} from './read-ahead-gate.js'
import {PlaceCounts} from './text-places.js'
import {joinPostings, mmapBytes, postingCap, postingStatements, readPostingRows} from './postings.js'
import {blockIds, fileIdentity, placeFields, slotStates, type PrefetchJob, type PrefetchMessage} from './prefetch.js'

// Reads the postings of a trace's seeds ahead of it (store/prefetch.ts), each seed checked as the trace checks it.
// Started ahead of its job (PostingPrefetch.warm), the worker waits for it on a port of its own.
const {jobs: ahead, waiting} = workerData as {jobs?: MessagePort; waiting?: Int32Array}
const job = ahead
  ? await new Promise<PrefetchJob>((resolve) => {
      ahead.once('message', (message: PrefetchJob) => resolve(message))
      // Its modules loaded, it waits for the job (PostingPrefetch.warmWaiting).
      if (waiting) Atomics.store(waiting, 0, 1)
    })
  : (workerData as PrefetchJob)
ahead?.close()
const {file: index, seeds, states, places, port, textLimit, checks, gate, reading} = job
const file = index.path
const stop = states.length - 1

/** The lists are decoded into blocks of shared memory, each sent to the trace once, before a slot in it is handed over. */
let block = -1
let memory: Uint32Array | undefined
let used = 0
function allocate(length: number): Uint32Array {
  if (memory === undefined || used + length > memory.length) {
    const shared = new SharedArrayBuffer(4 * Math.max(blockIds, length))
    memory = new Uint32Array(shared)
    used = 0
    block++
    port.postMessage({block, memory: shared} satisfies PrefetchMessage)
  }
  const ids = memory.subarray(used, used + length)
  used += length
  return ids
}

try {
  const db = openDatabase(file, true, 10_000)
  try {
    db.pragma(`mmap_size = ${mmapBytes}`)
    // Only the file the trace reads (not one renamed over its name since: the trace holds its own open),
    // and not with a write-ahead log, which lets a writer commit under a reader's lock.
    const same = fileIdentity(file)
    if (same?.dev === index.dev && same.ino === index.ino && db.pragma('journal_mode', {simple: true}) !== 'wal') {
      const statements = postingStatements(db)
      const directory = new SeedDirectory(db, file, recordedBits(db, file))
      db.exec('BEGIN')
      for (let slot = 0; slot < seeds.length && Atomics.load(states, stop) === 0; slot++) {
        if (Atomics.compareExchange(states, slot, slotStates.open, slotStates.worker) !== slotStates.open) continue
        const seed = seeds[slot]!
        const at = slot * placeFields
        try {
          const rows = readPostingRows(seed, statements.rows, statements.segments, directory, postingCap, file)
          const {ids} = joinPostings(seed, rows, postingCap, textLimit, file, allocate)
          places[at] = block
          places[at + 1] = ids.byteOffset / 4
          places[at + 2] = ids.length
        } catch {
          // The trace reads this seed itself, and reports what is wrong with it.
          places[at + 2] = -1
        }
        Atomics.store(states, slot, slotStates.sent)
        Atomics.notify(states, slot)
      }
      readerDone(gate, reading)
      // In the same read: the trace holds its lock, so this is the index it reads.
      const counts = new PlaceCounts(db, file)
      servePlaceChecks(checks, (text) => counts.intact(text))
      db.exec('COMMIT')
    }
  } finally {
    db.close()
  }
} catch {
  // Seeds not claimed are read by the trace; one claimed has been handed over (with or without its list).
} finally {
  readerDone(gate, reading)
}
port.close()
