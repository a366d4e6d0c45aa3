// A trace of a draft against a large index has a worker read the draft's postings ahead
// (src/corpus/store/prefetch.ts). Only the compiled library has the worker's script (dist/, built
// before the tests), so these cases run it: the lists the worker hands over are the lists the
// trace reads itself, the answers are the same with and without it, and a damaged posting row
// is the same one-sentence error either way.
import {spawnSync} from 'node:child_process'
import {copyFileSync, readFileSync, renameSync, rmSync} from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {buildSeedIndex, documents, root} from './helpers.js'

type Library = typeof import('../src/corpus/index.js')
type Gate = typeof import('../src/corpus/store/read-ahead-gate.js')
type Parser = typeof import('../src/parse/index.js')
const compiled = async (): Promise<{library: Library; parser: Parser}> => ({
  library: (await import(path.join(root, 'dist/corpus/index.js'))) as Library,
  parser: (await import(path.join(root, 'dist/parse/index.js'))) as Parser,
})

let folder = ''
let index = ''
beforeAll(() => {
  ;({folder, index} = buildSeedIndex('resdiff-prefetch-'))
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** The tenth session's draft, parsed by the compiled parser, and the seeds of its paragraphs in the order a trace reads them. */
async function draft(): Promise<{tree: ReturnType<Parser['parseResolution']>; seeds: Uint32Array}> {
  const {library, parser} = await compiled()
  const tree = parser.parseResolution(readFileSync(path.join(root, documents.cop10draft), 'utf8'))
  const {paragraphs} = (await import(path.join(root, 'dist/tree/access.js'))) as typeof import('../src/tree/access.js')
  const seeds = new Set<number>()
  for (const paragraph of paragraphs(tree))
    for (const seed of library.seedsOf(library.wordSpans(paragraph.text, 'en').words)) seeds.add(seed)
  return {tree, seeds: Uint32Array.from(seeds)}
}

/**
 * Wait until the read-ahead worker has gone through every seed: it lets the process's read-ahead
 * gate go once it has (or once it gave up: another file under the name), read-ahead-gate.ts. At
 * most 30 s, a bound no idle run comes near; a wait for the worker itself, not a fixed time.
 */
async function untilWorkerRead(): Promise<() => void> {
  const gate = (await import(path.join(root, 'dist/corpus/store/read-ahead-gate.js'))) as Gate
  return () => gate.untilRead(gate.readAheadGate, 30_000)
}

/**
 * A trace of `file` fails with the damage sentence, the same whether a worker read the draft's
 * postings ahead (every one of them, before the trace starts) or the trace read them itself.
 */
async function expectSameDamage(
  file: string,
  tree: ReturnType<Parser['parseResolution']>,
  seeds: Uint32Array,
): Promise<void> {
  const {library} = await compiled()
  const workerRead = await untilWorkerRead()
  const errorOf = (prefetch: boolean): unknown => {
    const opened = library.CorpusIndex.open(file)
    try {
      opened.reading(() => {
        const stop = prefetch ? opened.prefetch(seeds) : () => {}
        if (prefetch) workerRead()
        try {
          return library.traceResolution(opened, tree, {prefetch: false})
        } finally {
          stop()
        }
      })
      return undefined
    } catch (error) {
      return error
    } finally {
      opened.close()
    }
  }
  const withWorker = errorOf(true)
  expect(withWorker).toBeInstanceOf(library.IndexError)
  expect((withWorker as Error).message).toBe(`${file} is damaged (or stale); rebuild it with resdiff index`)
  expect((errorOf(false) as Error).message).toBe((withWorker as Error).message)
}

/** Wait until `condition` holds, looking every 5 ms, at most 30 s (a bound no idle run comes near). */
async function until(condition: () => boolean): Promise<void> {
  const end = Date.now() + 30_000
  while (!condition()) {
    if (Date.now() > end) throw new Error('waited 30 s in vain')
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('postings read ahead on a worker', () => {
  it('hands over the lists the trace reads itself, and the trace answers the same', async () => {
    const {library} = await compiled()
    const {tree, seeds} = await draft()
    expect(seeds.length).toBeGreaterThan(500)
    const workerRead = await untilWorkerRead()
    const ahead = library.CorpusIndex.open(index)
    const plain = library.CorpusIndex.open(index)
    try {
      ahead.reading(() => {
        const stop = ahead.prefetch(seeds)
        // The worker starts while the trace waits, and reads every seed before the trace asks for any.
        workerRead()
        for (const seed of seeds) expect(ahead.postings(seed)).toEqual(plain.postings(seed))
        stop()
      })
      expect(ahead.readAhead).toBeGreaterThan(0)
      // The whole trace, with the worker and without.
      const opened = library.CorpusIndex.open(index)
      const traced = library.traceResolution(opened, tree, {prefetch: true})
      opened.close()
      expect(traced).toEqual(library.traceResolution(plain, tree, {prefetch: false}))
      expect(traced.filter((paragraph) => !paragraph.new).length).toBeGreaterThan(20)
    } finally {
      ahead.close()
      plain.close()
    }
  })

  it('hands the job to a worker started before it (warm), which reads as one started for it', async () => {
    const {library} = await compiled()
    const {tree} = await draft()
    const {PostingPrefetch} = (await import(
      path.join(root, 'dist/corpus/store/prefetch.js')
    )) as typeof import('../src/corpus/store/prefetch.js')
    PostingPrefetch.warm()
    // The worker starts and waits for its job while nothing is asked of it.
    await until(() => PostingPrefetch.warmWaiting)
    const opened = library.CorpusIndex.open(index)
    const plain = library.CorpusIndex.open(index)
    try {
      const traced = library.traceResolution(opened, tree, {prefetch: true})
      expect(opened.readAhead).toBeGreaterThan(0)
      expect(traced).toEqual(library.traceResolution(plain, tree, {prefetch: false}))
    } finally {
      opened.close()
      plain.close()
    }
  })

  it('leaves a damaged posting row to the trace, which reports it in the same sentence', async () => {
    const {tree, seeds} = await draft()
    const damaged = path.join(folder, 'damaged.rdx')
    spawnSync('cp', [index, damaged])
    const db = new Database(damaged)
    // A seed of the draft held by few texts loses its rows (as a garbled page would lose them).
    const rare = (db.prepare('SELECT seed FROM seeds ORDER BY length(texts), seed').pluck().all() as number[]).find(
      (seed) => seeds.includes(seed),
    )
    expect(rare).toBeDefined()
    expect(db.prepare(`DELETE FROM seeds WHERE seed = ${rare}`).run().changes).toBeGreaterThan(0)
    db.close()
    await expectSameDamage(damaged, tree, seeds)
  })

  it('compares the counts of places on the worker once it has read the postings: a wrong count is the same sentence', async () => {
    const {placesCrc} = (await import(
      path.join(root, 'dist/corpus/store/text-places.js')
    )) as typeof import('../src/corpus/store/text-places.js')
    const {tree, seeds} = await draft()
    const changed = path.join(folder, 'counts.rdx')
    spawnSync('cp', [index, changed])
    const db = new Database(changed)
    // Every text's count one too many (its checksum rewritten to match, as a build of another index would write it).
    for (const [text, places] of db.prepare('SELECT text, places FROM text_places').raw().all() as Array<
      [number, number]
    >)
      db.prepare('UPDATE text_places SET places = ?, crc = ? WHERE text = ?').run(
        places + 1,
        placesCrc(text, places + 1),
        text,
      )
    db.close()
    // The worker has read every seed by then, and compares the counts the trace notes.
    await expectSameDamage(changed, tree, seeds)
  })

  it('has the stale-file check wait while postings are read ahead, and answer once they are read', async () => {
    const store = (await import(
      path.join(root, 'dist/corpus/store/fresh.js')
    )) as typeof import('../src/corpus/store/fresh.js')
    const gate = (await import(
      path.join(root, 'dist/corpus/store/read-ahead-gate.js')
    )) as typeof import('../src/corpus/store/read-ahead-gate.js')
    const reading = gate.readerStarts()
    let answered = false
    const check = store.checkIndexFiles(index).then((stale) => {
      answered = true
      return stale
    })
    // The check's worker waits on the gate (woken to be seen, it waits again: untilRead loads the count anew).
    await until(() => Atomics.notify(gate.readAheadGate, 0, 1) > 0)
    expect(answered).toBe(false)
    gate.readerDone(gate.readAheadGate, reading)
    // Only the first call of a reader counts: the gate does not go below its other readers.
    gate.readerDone(gate.readAheadGate, reading)
    expect(Atomics.load(gate.readAheadGate, 0)).toBe(0)
    expect((await check)?.damaged).toBe(false)
  })

  it('reads nothing from an index renamed over the one the trace opened (as a build replaces one)', async () => {
    const {library} = await compiled()
    const {seeds} = await draft()
    const name = path.join(folder, 'replaced.rdx')
    copyFileSync(index, name)
    const kept = path.join(folder, 'kept.rdx')
    copyFileSync(index, kept)
    const workerRead = await untilWorkerRead()
    const opened = library.CorpusIndex.open(name)
    const original = library.CorpusIndex.open(kept)
    try {
      // Another index (fewer documents) takes the name while the first is open.
      const other = path.join(folder, 'other.tmp')
      const built = spawnSync(
        process.execPath,
        [path.join(root, 'bin/resdiff.js'), 'index', path.join(root, documents.cop62en), '-o', other],
        {encoding: 'utf8', env: {...process.env, RESDIFF_CACHE_DIR: path.join(folder, 'cache')}},
      )
      expect(built.status, built.stderr).toBe(0)
      renameSync(other, name)
      opened.reading(() => {
        const stop = opened.prefetch(seeds)
        // The worker finds another file under the name, reads nothing and lets the gate go.
        workerRead()
        for (const seed of seeds) expect(opened.postings(seed)).toEqual(original.postings(seed))
        stop()
      })
      expect(opened.readAhead).toBe(0)
    } finally {
      opened.close()
      original.close()
    }
  })
})
