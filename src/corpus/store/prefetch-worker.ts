import {workerData} from 'node:worker_threads'
import {recordedBits, SeedDirectory} from './directory.js'
import {openDatabase} from './format.js'
import {joinPostings, mmapBytes, postingCap, postingStatements, readPostingRows} from './postings.js'
import {fileIdentity, slotStates, type PrefetchJob, type PrefetchMessage} from './prefetch.js'

// Reads the postings of a trace's seeds ahead of it (store/prefetch.ts), each seed checked as the trace checks it.
const {file: index, seeds, states, port, textLimit} = workerData as PrefetchJob
const file = index.path
const stop = states.length - 1

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
        let message: PrefetchMessage
        let transfer: ArrayBuffer[] = []
        try {
          const rows = readPostingRows(seed, statements.rows, statements.segments, directory, postingCap, file)
          const {ids, ascending} = joinPostings(seed, rows, postingCap, textLimit, file)
          // Handed over by moving its memory: a list that is a view of a larger buffer is copied first.
          const own = ids.byteOffset === 0 && ids.buffer.byteLength === ids.byteLength ? ids : ids.slice()
          message = {slot, ids: own, ascending}
          transfer = [own.buffer as ArrayBuffer]
        } catch {
          // The trace reads this seed itself, and reports what is wrong with it.
          message = {slot}
        }
        try {
          port.postMessage(message, transfer)
        } catch {
          port.postMessage({slot})
        }
        Atomics.store(states, slot, slotStates.sent)
        Atomics.notify(states, slot)
      }
      db.exec('COMMIT')
    }
  } finally {
    db.close()
  }
} catch {
  // Seeds not claimed are read by the trace; one claimed has been handed over (with or without its list).
}
port.close()
