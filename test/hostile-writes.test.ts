// Issue 15: what resdiff leaves on disk when it is killed while writing, or when the disk
// refuses a write. These run the real binary and kill real processes (SIGKILL: no handler
// runs, nothing is cleaned up) at several moments: when the temporary file of an output
// appears (that is, in the middle of writing it) and spread over the run. After every kill an
// output (-o), a cache entry and an index are either absent, the previous one or the complete
// new one — never part of a file — and no input has changed.
import {spawn, spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  watch,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeCause} from '../src/write-errors.js'
import {documents, root} from './helpers.js'

const bin = path.join(root, 'bin/resdiff.js')
let folder = ''

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'resdiff-writes-'))
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

interface Run {
  status: number | null
  stdout: string
  stderr: string
}

function env(cache?: string): NodeJS.ProcessEnv {
  const result: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1', RESDIFF_CACHE_DIR: cache ?? path.join(folder, 'c')}
  return result
}

function run(cwd: string, args: string[], cache?: string): Run {
  const result = spawnSync(process.execPath, [bin, ...args], {cwd, encoding: 'utf8', env: env(cache)})
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Run with the size a process may write capped (`ulimit -f`, in KiB): a write past it fails with EFBIG. */
function runCapped(cwd: string, kib: number, args: string[]): Run {
  const quoted = [bin, ...args].map((arg) => `'${arg.replace(/'/g, "'\\''")}'`).join(' ')
  const result = spawnSync('bash', ['-c', `ulimit -f ${kib}; exec '${process.execPath}' ${quoted}`], {
    cwd,
    encoding: 'utf8',
    env: env(),
  })
  return {status: result.status, stdout: result.stdout, stderr: result.stderr}
}

/** Every file under `dir` (recursively) with its sha256 and modification time. */
function snapshot(dir: string): Map<string, string> {
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
function corpusFolder(name: string, count: number): string {
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
async function killed(
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
function duration(cwd: string, args: string[], cache?: string): number {
  const started = Date.now()
  const result = run(cwd, args, cache)
  expect(result.status, result.stderr).toBeLessThan(2)
  return Date.now() - started
}

const temporary = (name: string): boolean => name.endsWith('.tmp') || name.endsWith('.tmp-journal')

describe('a command killed while it writes leaves no part of a file behind', () => {
  it('-o: the report is the previous one or the complete new one, and the inputs are untouched', async () => {
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
    for (const share of [0.2, 0.5, 0.8, 0.95]) await attempt({afterMs: share * taken})
    // Killed when its temporary file appears, resdiff is in the middle of writing the report.
    // The kill can come late on a loaded machine: up to twelve tries for three in the write.
    let inTheWrite = 0
    for (let tries = 0; tries < 12 && inTheWrite < 3; tries++)
      if (await attempt({watched: dir, appears: temporary}, inTheWrite === 2)) inTheWrite++
    expect(inTheWrite).toBe(3)
    // The next write clears what the killed one left, and writes the report whole.
    expect(readdirSync(dir).filter(temporary)).toHaveLength(1)
    expect(run(dir, args).status).toBe(1)
    expect(readdirSync(dir).filter(temporary)).toEqual([])
    expect(readFileSync(path.join(dir, 'report.html'), 'utf8')).toBe(complete)
  })

  it('an index: the previous index or the complete new one, after a build or an --add is killed', async () => {
    const corpus = corpusFolder('index-corpus', 16)
    const more = corpusFolder('index-more', 8)
    const dir = path.join(folder, 'index')
    mkdirSync(dir)
    const index = path.join(dir, 'corpus.rdx')
    const trace = (): string => {
      const passage =
        'Underlining the need for States to enhance their efforts to build national capacity for the effective implementation of the Programme of Action'
      const result = run(dir, ['trace', '--text', passage, '--index', index, '--format', 'json'])
      expect(result.status, result.stderr).toBeLessThan(2)
      return result.stdout
    }
    // The previous index: one seed. The new one: the corpus folder.
    expect(run(dir, ['index', path.join(root, documents.cop62en), '-o', index]).status).toBe(0)
    const previousBytes = readFileSync(index)
    const previousTrace = trace()
    const build = ['index', corpus, '-o', index, '--no-cache', '--threads', '1']
    const taken = duration(dir, build)
    const newTrace = trace()
    expect(newTrace).not.toBe(previousTrace)
    const inputs = snapshot(corpus)

    let midway = 0
    for (const moment of [
      {watched: dir, appears: temporary},
      ...[0.3, 0.6, 0.9].map((share) => ({afterMs: share * taken})),
    ]) {
      writeFileSync(index, previousBytes)
      const wasKilled = await killed(dir, build, moment)
      if (wasKilled) midway++
      const bytes = readFileSync(index)
      if (!bytes.equals(previousBytes)) expect(trace()).toBe(newTrace)
      expect(snapshot(corpus)).toEqual(inputs)
    }
    expect(midway).toBeGreaterThanOrEqual(2)

    // --add writes into the index in place, in one transaction: killed, it is rolled back.
    writeFileSync(index, previousBytes)
    const add = ['index', '--add', more, '-o', index, '--no-cache', '--threads', '1']
    const addTaken = duration(dir, add)
    const addedTrace = trace()
    for (const moment of [
      {watched: dir, appears: (name: string) => name.endsWith('-journal')},
      ...[0.3, 0.6, 0.9].map((share) => ({afterMs: share * addTaken})),
    ]) {
      writeFileSync(index, previousBytes)
      rmSync(`${index}-journal`, {force: true})
      await killed(dir, add, moment)
      expect([previousTrace, addedTrace]).toContain(trace())
    }
    // The next build clears the temporary files of the killed ones.
    expect(run(dir, build).status).toBe(0)
    expect(readdirSync(dir).filter(temporary)).toEqual([])
  })

  it('a cache entry: every entry the killed runs left is whole', async () => {
    const corpus = corpusFolder('cache-corpus', 16)
    const dir = path.join(folder, 'cached')
    mkdirSync(dir)
    const cache = path.join(folder, 'killed-cache')
    const build = ['index', corpus, '-o', path.join(dir, 'c.rdx'), '--threads', '1']
    const taken = duration(dir, build, path.join(folder, 'timing-cache'))
    let entries = 0
    for (const share of [0.2, 0.4, 0.6, 0.8]) {
      rmSync(cache, {recursive: true, force: true})
      await killed(dir, build, {afterMs: share * taken}, cache)
      if (!existsSync(cache)) continue
      for (const name of readdirSync(cache, {recursive: true}) as string[]) {
        if (!name.endsWith('.json')) continue
        // An entry is its key, a line break and the tree: a torn one would not parse.
        const text = readFileSync(path.join(cache, name), 'utf8')
        const key = path.basename(name, '.json')
        expect(text.startsWith(`${key}\n`), name).toBe(true)
        expect(() => JSON.parse(text.slice(key.length + 1)) as unknown, name).not.toThrow()
        entries++
      }
    }
    expect(entries).toBeGreaterThan(0)
  })
})

/** Mount a tmpfs (`options`) for the disk-full and read-only cases; undefined without root on Linux. */
function mountTmpfs(options: string): string | undefined {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return undefined
  const mount = mkdtempSync(path.join(tmpdir(), 'resdiff-disk-'))
  return spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', mount]).status === 0 ? mount : undefined
}

describe('a write the disk refuses is one sentence naming the file and the cause, exit 2', () => {
  const report = ['diff', path.join(root, documents.ga7460), path.join(root, documents.ga75241), '--format', 'html']

  it('a size limit on files (EFBIG, ulimit -f): a report, a Word redline, an index', () => {
    const dir = path.join(folder, 'capped')
    mkdirSync(dir)
    const output = path.join(dir, 'report.html')
    writeFileSync(output, 'previous\n')
    const cause = 'the file would pass the size limit for files (ulimit -f)'
    expect(runCapped(dir, 16, [...report, '-o', output])).toMatchObject({
      status: 2,
      stderr: `resdiff: ${output}: ${cause}; nothing was written\n`,
    })
    const redline = path.join(dir, 'redline.docx')
    const docx = ['diff', path.join(root, documents.ga7460), path.join(root, documents.ga75241), '--format', 'docx']
    expect(runCapped(dir, 4, [...docx, '-o', redline])).toMatchObject({
      status: 2,
      stderr: `resdiff: ${redline}: ${cause}; nothing was written\n`,
    })
    const index = path.join(dir, 'c.rdx')
    const indexed = runCapped(dir, 16, ['index', path.join(root, 'seeds'), '-o', index, '--no-cache'])
    expect(indexed.status).toBe(2)
    expect(indexed.stderr.split('\n').filter((line) => line.includes(index))).toEqual([
      `resdiff: ${index}: ${cause}; the index was left as it was`,
    ])
    expect(readdirSync(dir).sort()).toEqual(['report.html'])
    expect(readFileSync(output, 'utf8')).toBe('previous\n')
  })

  it('a full disk (ENOSPC) and a read-only disk (EROFS), where this machine lets the test mount one', () => {
    const full = mountTmpfs('size=64k')
    const readOnly = mountTmpfs('ro,size=64k')
    try {
      if (full !== undefined) {
        const output = path.join(full, 'report.html')
        expect(run(full, [...report, '-o', output])).toMatchObject({
          status: 2,
          stderr: `resdiff: ${output}: the disk is full; nothing was written\n`,
        })
        const index = path.join(full, 'c.rdx')
        const indexed = run(full, ['index', path.join(root, 'seeds'), '-o', index, '--no-cache'])
        expect(indexed.status).toBe(2)
        expect(indexed.stderr).toContain(`resdiff: ${index}: the disk is full; the index was left as it was\n`)
        expect(readdirSync(full)).toEqual([])
      }
      if (readOnly !== undefined) {
        const output = path.join(readOnly, 'report.html')
        expect(run(readOnly, [...report, '-o', output])).toMatchObject({
          status: 2,
          stderr: `resdiff: ${output}: the file system is read-only; nothing was written\n`,
        })
        const index = path.join(readOnly, 'c.rdx')
        const indexed = run(readOnly, ['index', path.join(root, documents.cop62en), '-o', index, '--no-cache'])
        expect(indexed).toMatchObject({
          status: 2,
          stderr: `resdiff: ${index}: the file system is read-only; the index was left as it was\n`,
        })
      }
    } finally {
      for (const mount of [full, readOnly]) if (mount !== undefined) spawnSync('umount', [mount])
    }
  })

  it('an output whose folder is missing or is a file: one sentence, for a report, a redline and an index', () => {
    const dir = path.join(folder, 'no-folder')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'file'), 'a file\n')
    const sources = [path.join(root, documents.cop62en), path.join(root, documents.cop10draft)]
    for (const [args, output] of [
      [['diff', ...sources, '--format', 'markdown', '-o'], 'missing/report.md'],
      [['diff', ...sources, '--format', 'docx', '-o'], 'missing/redline.docx'],
      [['index', ...sources, '-o'], 'missing/corpus.rdx'],
    ] as const) {
      expect(run(dir, [...args, output])).toMatchObject({
        status: 2,
        stderr: `resdiff: ${output}: its folder does not exist\n`,
      })
      const underFile = output.replace('missing', 'file')
      expect(run(dir, [...args, underFile])).toMatchObject({
        status: 2,
        stderr: `resdiff: ${underFile}: file is a file, not a folder\n`,
      })
    }
    expect(readdirSync(dir)).toEqual(['file'])
  })

  it('names each cause the system gives for a refused write', () => {
    expect(writeCause('ENOSPC')).toBe('the disk is full')
    expect(writeCause('EDQUOT')).toBe('the disk quota is used up')
    expect(writeCause('EFBIG')).toBe('the file would pass the size limit for files (ulimit -f)')
    expect(writeCause('EROFS')).toBe('the file system is read-only')
    expect(writeCause('EACCES')).toBe('permission denied')
    expect(writeCause('EBADF')).toBeUndefined()
  })
})
