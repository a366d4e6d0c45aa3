import {existsSync} from 'node:fs'
import os from 'node:os'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import type {ParseJob, ParseOutcome} from './digest.js'

export interface PoolOptions {
  /** Worker threads; default and most: every core (more would only share the cores and add memory). 1 parses in this thread. */
  threads?: number
  /** Called after each file with the number done so far. */
  onProgress?: (done: number) => void
}

/** Every core the machine offers to this process. */
export function defaultThreads(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length
}

const workerScript = new URL('./parse-worker.js', import.meta.url)

/**
 * Parse many files on a pool of worker threads, yielding outcomes in the order of the jobs
 * whatever order they finish in, so output is stable. At most a few jobs per thread run
 * ahead of the consumer, which keeps memory flat on large corpora.
 */
export async function* parseFiles(jobs: readonly ParseJob[], options: PoolOptions = {}): AsyncGenerator<ParseOutcome> {
  const threads = Math.max(1, Math.min(options.threads ?? defaultThreads(), defaultThreads(), jobs.length))
  // Running from the TypeScript sources (tests) there is no compiled worker: parse here.
  if (threads === 1 || !existsSync(fileURLToPath(workerScript))) {
    // The parser loads here only when this thread parses: a pool's threads load their own.
    const {runParseJob} = await import('./digest.js')
    let done = 0
    for (const job of jobs) {
      const outcome = await runParseJob(job)
      options.onProgress?.(++done)
      yield outcome
    }
    return
  }
  yield* runPool(jobs, threads, options)
}

async function* runPool(
  jobs: readonly ParseJob[],
  threads: number,
  options: PoolOptions,
): AsyncGenerator<ParseOutcome> {
  const window = threads * 8
  const finished = new Map<number, ParseOutcome>()
  const workers: Worker[] = []
  const idle: Worker[] = []
  let nextJob = 0
  let nextYield = 0
  let done = 0
  let failure: Error | undefined
  let wake: (() => void) | undefined

  const dispatch = (): void => {
    while (idle.length > 0 && nextJob < jobs.length && nextJob < nextYield + window) {
      const worker = idle.pop()!
      const id = nextJob++
      worker.postMessage({id, job: jobs[id]})
    }
  }

  for (let index = 0; index < threads; index++) {
    const worker = new Worker(workerScript)
    worker.on('message', (message: {id: number; outcome: ParseOutcome}) => {
      finished.set(message.id, message.outcome)
      options.onProgress?.(++done)
      idle.push(worker)
      dispatch()
      wake?.()
    })
    worker.on('error', (error) => {
      failure = error
      wake?.()
    })
    workers.push(worker)
    idle.push(worker)
  }

  try {
    dispatch()
    while (nextYield < jobs.length) {
      const outcome = finished.get(nextYield)
      if (outcome) {
        finished.delete(nextYield)
        nextYield++
        dispatch()
        yield outcome
        continue
      }
      if (failure) throw failure
      await new Promise<void>((resolve) => {
        wake = resolve
      })
      wake = undefined
    }
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
}
