import {existsSync, statSync} from 'node:fs'
import {fileURLToPath} from 'node:url'
import {MessageChannel, receiveMessageOnPort, Worker, type MessagePort} from 'node:worker_threads'
import {PlaceCheckQueue, placeCheckMemory} from './place-checks.js'
import {readAheadGate, readerDone, readerStarts} from './read-ahead-gate.js'

/*
 * Postings read ahead on a worker thread (docs/corpus.md, "How far one machine goes"). A trace of a draft asks for
 * the postings of every seed of each paragraph in turn; reading them from SQLite (and checking
 * them) is a third of its work at 100,000 resolutions. A worker, on a connection of its own,
 * reads them in the order the trace will ask and decodes each list into memory shared with the
 * trace (a few large blocks, each sent once), while the trace counts and aligns the lists it
 * already has: a list costs the trace no message and no copy, only a view. Each seed has a slot
 * in shared memory: whichever side claims it first reads it, so the trace reads the first seeds
 * itself while the worker starts, never waits for a seed nobody reads, and reads a seed itself
 * whenever the worker could not (a damaged row is then found, and reported, by the same code as
 * without the worker). The worker reads under the trace's own read lock (taken first; no writer
 * can commit while it is held), so both read the same index.
 */

const workerScript = new URL('./prefetch-worker.js', import.meta.url)

/** States of a slot (a seed of the list): no one's yet, the trace's, the worker's, handed over. */
export const slotStates = {open: 0, trace: 1, worker: 2, sent: 3} as const

/** A trace waits this long for a seed the worker is reading before it reads it itself (a worker that stalls). */
const patienceMs = 5000

/** Where a slot's list lies, three Int32 a slot: its block, its first id in the block, and its length (-1: the worker could not read it). */
export const placeFields = 3

/** Ids a block of shared memory holds (a list is at most `postingCap`, 50,000): 16 MB, a handful of blocks a trace. */
export const blockIds = 4 * 2 ** 20

/** What the worker sends: each block of shared memory once, before any slot that lies in it is handed over. */
export interface PrefetchMessage {
  block: number
  memory: SharedArrayBuffer
}

/**
 * An index file as the trace opened it: its name, and the file it named then (a build replaces an
 * index by renaming a new file over it; the worker reads only the file the trace reads).
 */
export interface IndexFile {
  path: string
  dev: number
  ino: number
}

export function fileIdentity(file: string): {dev: number; ino: number} | undefined {
  const info = statSync(file, {throwIfNoEntry: false})
  return info && {dev: info.dev, ino: info.ino}
}

/** Open a file by name, and say which file that was: the one the name held before and after (none if another was renamed over it meanwhile). */
export function openedAs<T>(file: string, open: () => T): {opened: T; named?: IndexFile} {
  const before = fileIdentity(file)
  const opened = open()
  const after = fileIdentity(file)
  if (before === undefined || before.dev !== after?.dev || before.ino !== after.ino) return {opened}
  return {opened, named: {path: file, ...after}}
}

/** What a worker is given: the index, the seeds in order, the slots, the port it answers on, and the trace's bound on text ids. */
export interface PrefetchJob {
  file: IndexFile
  seeds: Uint32Array
  /** One Int32 per seed, and a last one the trace sets to 1 to stop the worker. */
  states: Int32Array
  /** `placeFields` Int32 per seed: where its list lies, written before its state says `sent`. */
  places: Int32Array
  port: MessagePort
  textLimit: number
  /** The counts of places the worker compares once the postings are read (place-checks.ts). */
  checks: Int32Array
  /** The process's readers reading ahead, and this one's mark (read-ahead-gate.ts). */
  gate: Int32Array
  reading: Int32Array
}

/** A worker started ahead of its job (PostingPrefetch.warm), the port its job goes to, and its mark: 1 once it waits for the job. */
let warm: {worker: Worker; jobs: MessagePort; waiting: Int32Array} | undefined

export class PostingPrefetch {
  private readonly slots = new Map<number, number>()
  private readonly blocks: SharedArrayBuffer[] = []
  readonly placeChecks: PlaceCheckQueue

  private constructor(
    private readonly states: Int32Array,
    private readonly places: Int32Array,
    private readonly port: MessagePort,
    private readonly worker: Worker,
    seeds: Uint32Array,
    checks: Int32Array,
    private readonly reading: Int32Array,
  ) {
    this.placeChecks = new PlaceCheckQueue(checks)
    seeds.forEach((seed, slot) => {
      if (!this.slots.has(seed)) this.slots.set(seed, slot)
    })
  }

  /** Start a worker reading the postings of `seeds` in this order; undefined when there is no compiled worker (running from the sources). */
  static start(file: IndexFile, seeds: Uint32Array, textLimit: number): PostingPrefetch | undefined {
    if (!existsSync(fileURLToPath(workerScript))) return undefined
    const states = new Int32Array(new SharedArrayBuffer(4 * (seeds.length + 1)))
    const places = new Int32Array(new SharedArrayBuffer(4 * placeFields * seeds.length))
    const {port1, port2} = new MessageChannel()
    const checks = placeCheckMemory()
    const reading = readerStarts()
    const job: PrefetchJob = {file, seeds, states, places, port: port2, textLimit, checks, gate: readAheadGate, reading}
    let worker: Worker
    const started = warm
    warm = undefined
    try {
      if (started) {
        worker = started.worker
        started.jobs.postMessage(job, [port2])
        started.jobs.close()
      } else worker = new Worker(workerScript, {workerData: job, transferList: [port2]})
    } catch {
      // No worker (a limit on threads): the trace reads every seed itself.
      if (started) void started.worker.terminate()
      readerDone(readAheadGate, reading)
      port1.close()
      return undefined
    }
    // Nothing of the worker's keeps the process alive, and its failures are the trace's to see (seeds it did not read).
    worker.unref()
    worker.on('error', () => {})
    return new PostingPrefetch(states, places, port1, worker, seeds, checks, reading)
  }

  /**
   * Start the worker now, before its job: a worker takes 50-100 ms to start (its thread, its
   * modules), which a trace otherwise spends reading the first paragraphs' postings itself. The
   * command calls this as soon as it knows it will trace a draft against an index file; the next
   * `start` in this process hands the worker its job, and one never used idles without keeping the
   * process alive.
   */
  static warm(): void {
    if (warm !== undefined || !existsSync(fileURLToPath(workerScript))) return
    const {port1, port2} = new MessageChannel()
    const waiting = new Int32Array(new SharedArrayBuffer(4))
    try {
      const worker = new Worker(workerScript, {workerData: {jobs: port2, waiting}, transferList: [port2]})
      worker.unref()
      worker.on('error', () => {})
      port1.unref()
      warm = {worker, jobs: port1, waiting}
    } catch {
      port1.close()
    }
  }

  /**
   * Whether a worker started by `warm` has loaded its modules and waits for its job (false when
   * there is none, or once a `start` has given it one). Read-only: the worker sets its mark, nothing
   * reads it but this; the tests wait on it instead of for a fixed time.
   */
  static get warmWaiting(): boolean {
    return warm !== undefined && Atomics.load(warm.waiting, 0) === 1
  }

  /** A seed's list, if the worker read it; undefined when the trace is to read it itself. */
  take(seed: number): {ids: Uint32Array; ascending: boolean} | undefined {
    const slot = this.slots.get(seed)
    if (slot === undefined) return undefined
    const {states} = this
    if (Atomics.compareExchange(states, slot, slotStates.open, slotStates.trace) === slotStates.open) return undefined
    if (Atomics.load(states, slot) === slotStates.trace) return undefined
    // The worker's: wait until it is handed over (its block is on the port before the slot says so).
    while (Atomics.load(states, slot) !== slotStates.sent)
      if (Atomics.wait(states, slot, slotStates.worker, patienceMs) === 'timed-out') return undefined
    const at = slot * placeFields
    const block = this.places[at]!
    const length = this.places[at + 2]!
    if (length < 0) return undefined
    while (this.blocks[block] === undefined) {
      const received = receiveMessageOnPort(this.port)
      if (!received) return undefined
      const message = received.message as PrefetchMessage
      this.blocks[message.block] = message.memory
    }
    // Postings are written strictly ascending (joinPostings checks them so).
    return {ids: new Uint32Array(this.blocks[block], this.places[at + 1]! * 4, length), ascending: true}
  }

  /** Stop the worker (the trace is over: lists it has not handed over are not needed). */
  stop(): void {
    Atomics.store(this.states, this.states.length - 1, 1)
    readerDone(readAheadGate, this.reading)
    this.port.close()
    void this.worker.terminate()
  }
}
