/*
 * A trace's counts of places (text-places.ts) compared beside it, by the worker that reads its
 * postings ahead (prefetch-worker.ts), once those are read. Each count is a walk of the index's
 * entries for a text (some 7,800 for boilerplate at 100,000 resolutions: about a tenth of the
 * trace's own thread). No answer depends on when a count is compared: the trace notes the texts
 * as it goes, and the read ends (CorpusIndex.reading) only once every one is compared, by the
 * worker or, for those it did not reach, by the trace itself; damage is the same sentence. Once
 * the trace is over it takes the texts the worker has not reached, one at a time as the worker
 * does, so a worker behind (its core busy) delays the end by half as much.
 * The queue is shared memory: a count of texts queued, of texts compared, the worker's state,
 * whether it found damage, whether the trace has closed the queue, how many texts either side has
 * taken, then the texts and a mark for each once compared.
 */

const field = {queued: 0, done: 1, serving: 2, damaged: 3, closed: 4, claimed: 5} as const
const head = 6
/** Texts the queue holds (a trace of the 50-paragraph draft at 100,000 notes about 2,500); the trace compares any more itself. */
const capacity = 65_536
/** Where the texts queued lie, then a mark per text once compared (by either side). */
const texts = head
const compared = head + capacity
/** The worker's states: not serving yet, serving, gone. */
const serving = {not: 0, yes: 1, gone: 2} as const
/** How often a waiting worker looks for texts queued (the trace wakes it only when it closes the queue). */
const pollMs = 2
/** How long the trace waits for the worker to compare one text before it compares the rest itself (a worker that stalls). */
const patienceMs = 5000

export function placeCheckMemory(): Int32Array {
  return new Int32Array(new SharedArrayBuffer(4 * (head + 2 * capacity)))
}

/** The next text queued that no side has taken yet (its place in the queue), or -1: each is compared once, by whichever side takes it. */
function claim(memory: Int32Array): number {
  for (;;) {
    const next = Atomics.load(memory, field.claimed)
    if (next >= Atomics.load(memory, field.queued)) return -1
    if (Atomics.compareExchange(memory, field.claimed, next, next + 1) === next) return next
  }
}

/** A text compared: marked, and counted for a side waiting for the rest. */
function settled(memory: Int32Array, at: number): void {
  Atomics.store(memory, compared + at, 1)
  Atomics.add(memory, field.done, 1)
  Atomics.notify(memory, field.done)
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
    this.memory[texts + count] = text
    this.sent.push(text)
    // No wake-up per text (a system call each, some 15 µs of the trace's thread): the worker looks every few milliseconds.
    Atomics.store(this.memory, field.queued, count + 1)
    return true
  }

  /**
   * No more texts: the trace compares those the worker has not taken yet (`intact`, taking them as
   * the worker does, so a worker behind on a busy machine costs the end of the trace half as much),
   * then waits while the worker finishes those it took. Whether either side found damage, and the
   * texts not compared (the worker stopped on an error, or stalled), for the caller.
   */
  close(intact: (text: number) => boolean): {damaged: boolean; left: number[]} {
    const {memory} = this
    this.closed = true
    Atomics.store(memory, field.closed, 1)
    Atomics.notify(memory, field.queued)
    for (let at = claim(memory); at >= 0; at = claim(memory)) {
      if (!intact(this.sent[at]!)) return {damaged: true, left: []}
      settled(memory, at)
    }
    for (;;) {
      const done = Atomics.load(memory, field.done)
      if (done >= this.sent.length || Atomics.load(memory, field.serving) !== serving.yes) break
      if (Atomics.wait(memory, field.done, done, patienceMs) === 'timed-out') break
    }
    const left = this.sent.filter((_, at) => Atomics.load(memory, compared + at) === 0)
    return {damaged: Atomics.load(memory, field.damaged) === 1, left}
  }
}

/**
 * The worker's side: compare each text queued that the trace has not taken (`intact`: its count
 * against the index) until the trace closes the queue and none is left. An error (rather than a
 * count that differs) ends the serving: the trace compares the rest itself and reports what it
 * finds in its own words.
 */
export function servePlaceChecks(memory: Int32Array, intact: (text: number) => boolean): void {
  // A trace already over has compared the texts itself.
  if (Atomics.load(memory, field.closed) === 1) return
  if (Atomics.compareExchange(memory, field.serving, serving.not, serving.yes) !== serving.not) return
  try {
    for (;;) {
      const queued = Atomics.load(memory, field.queued)
      const at = claim(memory)
      if (at >= 0) {
        if (!intact(memory[texts + at]!)) Atomics.store(memory, field.damaged, 1)
        settled(memory, at)
      } else if (Atomics.load(memory, field.closed) === 1) break
      // Closed: the trace takes whatever is left (texts queued just before the close included).
      else Atomics.wait(memory, field.queued, queued, pollMs)
    }
  } catch {
    // Left to the trace.
  } finally {
    Atomics.store(memory, field.serving, serving.gone)
    Atomics.notify(memory, field.done)
  }
}
