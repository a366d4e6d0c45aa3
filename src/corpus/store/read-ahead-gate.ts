/*
 * Postings read ahead (prefetch.ts) and the stale-file check (fresh.ts) each run on a worker beside
 * a trace. On a machine where the postings take the one core the trace leaves (two cores, the
 * other idle), the two workers would share it, and the trace would wait for postings it needs now
 * while the check, whose answer is wanted only at the end, ran. So the check waits while postings
 * are being read ahead: a count per process, in memory shared with the workers, of the readers
 * still reading; each reader is let go once (by its worker when its postings are read, or by the
 * trace when it stops it).
 */

/** Readers still reading postings ahead, in this process. */
export const readAheadGate = new Int32Array(new SharedArrayBuffer(4))

/** A reader starts: its own mark (0: reading), for `readerDone`. */
export function readerStarts(): Int32Array {
  Atomics.add(readAheadGate, 0, 1)
  return new Int32Array(new SharedArrayBuffer(4))
}

/** A reader is done (only the first call of each counts). */
export function readerDone(gate: Int32Array, mark: Int32Array): void {
  if (Atomics.compareExchange(mark, 0, 0, 1) !== 0) return
  Atomics.sub(gate, 0, 1)
  Atomics.notify(gate, 0)
}

/** Wait, at most `ms`, until no reader is reading postings ahead. */
export function untilRead(gate: Int32Array, ms: number): void {
  const end = Date.now() + ms
  for (let readers = Atomics.load(gate, 0); readers > 0; readers = Atomics.load(gate, 0)) {
    const left = end - Date.now()
    if (left <= 0) return
    Atomics.wait(gate, 0, readers, left)
  }
}
