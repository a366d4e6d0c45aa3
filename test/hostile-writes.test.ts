// Issue 15: what resdiff leaves on disk when it is killed while writing, or when the disk
// refuses a write. The kill cases (test/hostile-writes-cases.ts) run the real binary and kill
// real processes with SIGKILL in the middle of writing an output, an index and a cache entry,
// and at shares of a run's time: here at a few moments, in
// test/integration/hostile-writes-all.test.ts at every moment of the earlier, longer test.
import {spawnSync} from 'node:child_process'
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {writeCause} from '../src/write-errors.js'
import {documents, root} from './helpers.js'
import {runCli} from './helpers/cli.js'
import {cacheTemporaryCleaned, indexKilled, reportKilled, run, runCapped, useFolder} from './hostile-writes-cases.js'

let folder = ''
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'resdiff-writes-'))
  useFolder(folder)
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

describe('a command killed while it writes leaves no part of a file behind', () => {
  it('-o: the report is the previous one or the complete new one, and the inputs are untouched', async () => {
    await reportKilled({shares: [0.5], inTheWrite: 2, tries: 10})
  })

  it('an index and its cache entries: the previous index or the complete new one, after a build or an --add is killed', async () => {
    await indexKilled({shares: [0.75], inTheWrite: 1, tries: 1}, 8)
  })

  it('a cache entry killed in its write leaves a temporary file that the next write into its folder removes', async () => {
    await cacheTemporaryCleaned(12)
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

  it('an output whose folder is missing or is a file: one sentence, for a report, a redline and an index', async () => {
    // In this process (the paths are checked before anything is read or written).
    const dir = path.join(folder, 'no-folder')
    mkdirSync(dir)
    writeFileSync(path.join(dir, 'file'), 'a file\n')
    const sources = [path.join(root, documents.cop62en), path.join(root, documents.cop10draft)]
    for (const [args, name] of [
      [['diff', ...sources, '--format', 'markdown', '-o'], 'report.md'],
      [['diff', ...sources, '--format', 'docx', '-o'], 'redline.docx'],
      [['index', ...sources, '-o'], 'corpus.rdx'],
    ] as const) {
      const missing = path.join(dir, 'missing', name)
      expect(await runCli([...args, missing], {env: {RESDIFF_CACHE_DIR: path.join(folder, 'c')}})).toMatchObject({
        status: 2,
        stderr: `resdiff: ${missing}: its folder does not exist\n`,
      })
      const underFile = path.join(dir, 'file', name)
      expect(await runCli([...args, underFile], {env: {RESDIFF_CACHE_DIR: path.join(folder, 'c')}})).toMatchObject({
        status: 2,
        stderr: `resdiff: ${underFile}: ${path.join(dir, 'file')} is a file, not a folder\n`,
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
