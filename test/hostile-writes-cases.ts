// Issue 15: what resdiff leaves on disk when it is killed while writing (shared by
// test/hostile-writes.test.ts, a few moments in npm test, and
// test/integration/hostile-writes-all.test.ts, every moment). Real processes of the real
// binary are killed with SIGKILL (no handler runs, nothing is cleaned up): when the temporary
// file of an output appears (that is, in the middle of writing it) and at shares of a run's
// time. After every kill an output (-o), a cache entry and an index are either absent, the
// previous one or the complete new one — never part of a file — and no input has changed.
import {spawn, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  watch,
  writeFileSync,
} from 'node:fs'
import path from 'node:path'
import {expect} from 'vitest'
import {CorpusIndex, traceText} from '../src/corpus/index.js'
import {documents, root} from './helpers.js'

const bin = path.join(root, 'bin/resdiff.js')
/** The scratch folder of the test file that uses these cases (set by `useFolder`). */
let folder = ''
export function useFolder(dir: string): void {
  folder = dir
}

export interface Run {
  status: number | null
  stdout: string
  stderr: string
}

export function env(cache?: string): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', RESDIFF_CACHE_DIR: cache ?? path.join(folder, 'c')}
  return result
}

export function run(cwd: string, args: string[], cache?: string): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: env(cache)})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Run with the size a process may write capped (`ulimit -f`, in KiB): a write past it fails with EFBIG. */
export function runCapped(cwd: string, kib: number, args: string[]): Run {
  const quoted = [bin, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ')
  const result = spawnSync('bash', ['-c', `ulimit -f ${kib}; exec '${process.execPath}' ${quoted}`], {
    cwd,
    encoding: 'utf8',
    env: env(),
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Every file under `dir` (recursively) with its sha256 and modification time. */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync(dir, {recursive: true}) as string[]) {
    const file = path.join(dir, name)
    const stats = statSync(file)
    if (!stats.isFile()) continue
    files.set(name, `${createHash('sha256').update(readFileSync(file)).digest('hex')} ${stats.mtimeMs}`)
  }
  return files
}

/** A folder of `count` distinct real resolutions, so a build takes long enough to be killed in the middle. */
export function corpusFolder(name: string, count: number): string {
  const dir = path.join(folder, name)
  mkdirSync(dir)
  const text = readFileSync(path.join(root, documents.ga7460), 'utf8')
  for (let copy = 0; copy < count; copy++)
    writeFileSync(
      path.join(dir, `copy-${copy}.txt`),
      `${text}\n${copy + 1}0. Decides to meet again in session ${copy};\n`,
    )
  return dir
}

/**
 * Start resdiff and SIGKILL it: `afterMs` after the start, or as soon as a file whose name
 * `appears` accepts is created in `watched` (its temporary output: the kill lands while it is
 * written). Resolves once the process is gone; says whether it was killed or had finished.
 */
export async function killed(
  cwd: string,
  args: string[],
  moment: {afterMs?: number; watched?: string; appears?: (name: string) => boolean},
  cache?: string,
): Promise<boolean> {
  const child = spawn(process.execPath, [bin, ...args], {cwd, env: env(cache), stdio: 'ignore'})
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()))
  const kill = (): void => {
    if (child.exitCode === null) child.kill('SIGKILL')
  }
  const watcher =
    moment.watched === undefined
      ? undefined
      : watch(moment.watched, {recursive: true}, (event, name) => {
          if (name !== null && moment.appears?.(path.basename(name))) kill()
        })
  const timer = moment.afterMs === undefined ? undefined : setTimeout(kill, moment.afterMs)
  await exited
  watcher?.close()
  clearTimeout(timer)
  return child.signalCode === 'SIGKILL'
}

/** Milliseconds a whole run takes (the kills are spread over it). */
export function duration(cwd: string, args: string[], cache?: string): number {
  const started = Date.now()
  const result = run(cwd, args, cache)
  expect(result.status, result.stderr).toBeLessThan(2)
  return Date.now() - started
}

export const temporary = (name: string): boolean => name.endsWith('.tmp') || name.endsWith('.tmp-journal')

/** Which moments to kill at: shares of a run's time, and kills in the write (watched). */
export interface Moments {
  /** Shares of the measured time of a whole run. */
  shares: readonly number[]
  /** Kills that must land in the write (a temporary file left behind), and tries for them. */
  inTheWrite: number
  tries: number
}

/** -o: the report is the previous one or the complete new one, and the inputs are untouched. */
export async function reportKilled(moments: Moments): Promise<void> {
  const dir = path.join(folder, 'report')
  mkdirSync(dir)
  copyFileSync(path.join(root, documents.ga7460), path.join(dir, 'a.txt'))
  copyFileSync(path.join(root, documents.ga75241), path.join(dir, 'b.txt'))
  const args = ['diff', 'a.txt', 'b.txt', '--format', 'html', '-o', 'report.html']
  const taken = duration(dir, args)
  const complete = readFileSync(path.join(dir, 'report.html'), 'utf8')
  const previous = '<!doctype html><title>the report of yesterday</title>\n'
  const inputs = snapshot(dir)
  inputs.delete('report.html')

  /** Kill one run; check the report and the inputs; say whether the kill landed in the write. */
  const attempt = async (moment: Parameters<typeof killed>[2], keep = false): Promise<boolean> => {
    writeFileSync(path.join(dir, 'report.html'), previous)
    const wasKilled = await killed(dir, args, moment)
    const now = snapshot(dir)
    const report = readFileSync(path.join(dir, 'report.html'), 'utf8')
    expect([previous, complete], `killed: ${wasKilled}`).toContain(report)
    for (const [name, stamp] of inputs) expect(now.get(name), name).toBe(stamp)
    // A temporary file left behind means the kill landed between its creation and the rename.
    // (Removed here, so the next run's clean-up of it does not trigger the watched kill.)
    const left = readdirSync(dir).filter(temporary)
    if (!keep) for (const name of left) rmSync(path.join(dir, name))
    return left.length > 0
  }
  for (const share of moments.shares) await attempt({afterMs: share * taken})
  // Killed when its temporary file appears, resdiff is in the middle of writing the report.
  // The kill can come late on a loaded machine: several tries for each one in the write.
  let inTheWrite = 0
  for (let tries = 0; tries < moments.tries && inTheWrite < moments.inTheWrite; tries++)
    if (await attempt({watched: dir, appears: temporary}, inTheWrite === moments.inTheWrite - 1)) inTheWrite++
  expect(inTheWrite).toBe(moments.inTheWrite)
  // The next write clears what the killed one left, and writes the report whole.
  expect(readdirSync(dir).filter(temporary)).toHaveLength(1)
  expect(run(dir, args).status).toBe(1)
  expect(readdirSync(dir).filter(temporary)).toEqual([])
  expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toBe(complete)
}

const passage =
  'Underlining the need for States to enhance their efforts to build national capacity for the effective implementation of the Programme of Action'

/** The passage traced in this process (the index opened and closed each time). */
function traceOf(index: string): string {
  const opened = CorpusIndex.open(index)
  try {
    opened.checkFiles = false
    return JSON.stringify(traceText(opened, passage, 'en'))
  } finally {
    opened.close()
  }
}

/** Every cache entry under `cache` is whole; returns how many there are. */
function wholeEntries(cache: string): number {
  if (!existsSync(cache)) return 0
  let entries = 0
  for (const name of readdirSync(cache, {recursive: true}) as string[]) {
    if (!name.endsWith('.json')) continue
    // An entry is its key, a line break and the tree: a torn one would not parse.
    const text = readFileSync(path.join(cache, name), 'utf8')
    const key = path.basename(name, '.json')
    expect(text.startsWith(`${key}\n`), name).toBe(true)
    expect(() => JSON.parse(text.slice(key.length + 1)) as unknown, name).not.toThrow()
    entries++
  }
  return entries
}

/**
 * An index: the previous index or the complete new one, after a build or an --add is killed;
 * the builds write the parse cache too (a fresh one each), whose entries must all be whole.
 */
export async function indexKilled(moments: Moments, copies: number): Promise<void> {
  const corpus = corpusFolder('index-corpus', copies)
  const more = corpusFolder('index-more', Math.ceil(copies / 2))
  const dir = path.join(folder, 'index')
  mkdirSync(dir)
  const index = path.join(dir, 'corpus.rdx')
  const cache = path.join(folder, 'index-cache')
  // The previous index: one seed. The new one: the corpus folder.
  expect(run(dir, ['index', path.join(root, documents.cop62en), '-o', index, '--no-cache']).status).toBe(0)
  const previousBytes = readFileSync(index)
  const previousTrace = traceOf(index)
  const build = ['index', corpus, '-o', index, '--threads', '1']
  const taken = duration(dir, build, path.join(folder, 'timing-cache'))
  const newTrace = traceOf(index)
  expect(newTrace).not.toBe(previousTrace)
  const inputs = snapshot(corpus)

  let midway = 0
  let entries = 0
  for (const moment of [
    {watched: dir, appears: temporary},
    // Once the first cache entry is in place, while the next are written.
    {watched: cache, appears: (name: string) => name.endsWith('.json')},
    ...moments.shares.map((share) => ({afterMs: share * taken})),
  ]) {
    writeFileSync(index, previousBytes)
    rmSync(cache, {recursive: true, force: true})
    mkdirSync(cache)
    const wasKilled = await killed(dir, build, moment, cache)
    if (wasKilled) midway++
    const bytes = readFileSync(index)
    if (!bytes.equals(previousBytes)) expect(traceOf(index)).toBe(newTrace)
    expect(snapshot(corpus)).toEqual(inputs)
    entries += wholeEntries(cache)
  }
  expect(midway).toBeGreaterThanOrEqual(1 + Math.floor(moments.shares.length / 2))
  expect(entries).toBeGreaterThan(0)

  // --add writes into the index in place, in one transaction: killed, it is rolled back.
  writeFileSync(index, previousBytes)
  const add = ['index', '--add', more, '-o', index, '--no-cache', '--threads', '1']
  const addTaken = duration(dir, add)
  const addedTrace = traceOf(index)
  for (const moment of [
    {watched: dir, appears: (name: string) => name.endsWith('-journal')},
    ...moments.shares.map((share) => ({afterMs: share * addTaken})),
  ]) {
    writeFileSync(index, previousBytes)
    rmSync(`${index}-journal`, {force: true})
    await killed(dir, add, moment)
    expect([previousTrace, addedTrace]).toContain(traceOf(index))
  }
  // The next build clears the temporary files of the killed ones.
  expect(run(dir, build, cache).status).toBe(0)
  expect(readdirSync(dir).filter(temporary)).toEqual([])
}

/**
 * A cache entry killed in its write leaves a temporary file (`KEY.json.PID.TIME.N.tmp`) that
 * nothing reads; the next write into its folder removes it, its writer being gone.
 */
export async function cacheTemporaryCleaned(tries: number): Promise<void> {
  const corpus = corpusFolder('cache-corpus', 6)
  const dir = path.join(folder, 'cached')
  mkdirSync(dir)
  const cache = path.join(folder, 'killed-cache')
  const build = ['index', corpus, '-o', path.join(dir, 'c.rdx'), '--threads', '1']
  const left = (): string[] =>
    existsSync(cache) ? (readdirSync(cache, {recursive: true}) as string[]).filter((name) => name.endsWith('.tmp')) : []
  let abandoned: string[] = []
  for (let attempt = 0; attempt < tries && abandoned.length === 0; attempt++) {
    rmSync(cache, {recursive: true, force: true})
    mkdirSync(cache)
    await killed(dir, build, {watched: cache, appears: (name) => name.endsWith('.tmp')}, cache)
    abandoned = left()
  }
  expect(abandoned.length, 'a kill that lands in a cache write').toBeGreaterThan(0)
  expect(wholeEntries(cache)).toBeGreaterThanOrEqual(0)
  // A writer that is still running (this test's own process) keeps its temporary file.
  const live = path.join(
    cache,
    path.dirname(abandoned[0]!),
    `${'0'.repeat(64)}.json.${process.pid}.${Date.now()}.0.tmp`,
  )
  writeFileSync(live, 'being written')
  // The next run writes the entry the killed one did not finish, into the same folder.
  expect(run(dir, build, cache).status).toBe(0)
  expect(left()).toEqual([path.relative(cache, live)])
  rmSync(live)
  expect(wholeEntries(cache)).toBeGreaterThan(0)
}
