/*
 * A trace's counts of places (text-places.ts) compared beside it, by the worker that reads its
 * postings ahead (prefetch-worker.ts), once those are read. Each count is a walk of the index's
 * entries for a text (some 7,800 for boilerplate at 100,000 resolutions: about a tenth of the
 * trace's own thread). No answer depends on when a count is compared: the trace notes the texts
 * as it goes, and the read ends (CorpusIndex.reading) only once every one is compared, by the
 * worker or, for those it did not reach, by the trace itself; damage is the same sentence.
 * The queue is shared memory: a count of texts queued, of texts compared, the worker's state,
 * whether it found damage, whether the trace has closed the queue, then the texts.
 */

const field = {queued: 0, done: 1, serving: 2, damaged: 3, closed: 4} as const
const head = 5
/** Texts the queue holds (a trace of the 50-paragraph draft at 100,000 notes about 2,500); the trace compares any more itself. */
const capacity = 65_536
/** The worker's states: not serving yet, serving, gone. */
const serving = {not: 0, yes: 1, gone: 2} as const
/** How often a waiting worker looks for texts queued (the trace wakes it only when it closes the queue). */
const pollMs = 2
/** How long the trace waits for the worker to compare one text before it compares the rest itself (a worker that stalls). */
const patienceMs = 5000

export function placeCheckMemory(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * (head + capacity)))
}

/** The trace's side of the queue. */
export class PlaceCheckQueue {
  private readonly sent: number[] = []
  private closed = false

  constructor(private readonly memory: Int32Array) {}

  /** Queue a text for the worker; false when the queue is full or closed (the caller compares it). */
  add(text: number): boolean {
    const count = this.sent.length
    if (this.closed || count >= capacity) return false
    this.memory[head + count] = text
    this.sent.push(text)
    // No wake-up per text (a system call each, some 15 µs of the trace's thread): the worker looks every few milliseconds.
    Atomics.store(this.memory, field.queued, count + 1)
    return true
  }

  /**
   * No more texts: wait while the worker compares those queued. Whether it found damage, and the
   * texts it did not compare (it never served, stopped on an error, or stalled), for the caller.
   */
  close(): {damaged: boolean; left: number[]} {
    const {memory} = this
    this.closed = true
    Atomics.store(memory, field.closed, 1)
    Atomics.notify(memory, field.queued)
    for (;;) {
      const done = Atomics.load(memory, field.done)
      if (done >= this.sent.length || Atomics.load(memory, field.serving) !== serving.yes) break
      if (Atomics.wait(memory, field.done, done, patienceMs) === 'timed-out') break
    }
    return {damaged: Atomics.load(memory, field.damaged) === 1, left: this.sent.slice(Atomics.load(memory, field.done))}
  }
}

/**
 * The worker's side: compare each text queued (`intact`: its count against the index) until the
 * trace closes the queue. An error (rather than a count that differs) ends the serving: the
 * trace compares the rest itself and reports what it finds in its own words.
 */
export function servePlaceChecks(memory: Int32Array, intact: (text: number) => boolean): void {
  // A trace already over has compared the texts itself.
  if (Atomics.load(memory, field.closed) === 1) return
  if (Atomics.compareExchange(memory, field.serving, serving.not, serving.yes) !== serving.not) return
  try {
    let done = 0
    for (;;) {
      const queued = Atomics.load(memory, field.queued)
      if (done < queued) {
        if (!intact(memory[head + done]!)) Atomics.store(memory, field.damaged, 1)
        Atomics.store(memory, field.done, ++done)
        Atomics.notify(memory, field.done)
      } else if (Atomics.load(memory, field.closed) === 1) {
        // Texts queued just before the close are read at the top of the loop.
        if (Atomics.load(memory, field.queued) === done) break
      } else Atomics.wait(memory, field.queued, queued, pollMs)
    }
  } catch {
    // Left to the trace.
  } finally {
    Atomics.store(memory, field.serving, serving.gone)
    Atomics.notify(memory, field.done)
  }
}
