// Issue 15: an output is never one of the inputs (by device and inode, so links are caught),
// and no command leaves a partial output file behind. These run the real binary: the point
// is what a user's files look like afterwards.
import {execFileSync, spawnSync} from 'node:child_process'
import {
  closeSync,
  constants,
  copyFileSync,
  linkSync,
  lstatSync,
  mkdtempSync,
  openSync,
  readlinkSync,
  readSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {root} from './helpers.js'

const bin = path.join(root, 'bin/resdiff.js')
let folder = ''
let cacheDir = ''

const run = (...args: string[]): {code: number | null; stdout: string; stderr: string} => {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', RESDIFF_CACHE_DIR: cacheDir},
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const original = readFileSync(path.join(root, 'fixtures/ga-78-17.en.txt'), 'utf8')
const later = readFileSync(path.join(root, 'fixtures/ga-79-16.en.txt'), 'utf8')

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'resdiff-output-'))
  cacheDir = mkdtempSync(path.join(tmpdir(), 'resdiff-output-cache-'))
})
afterAll(() => {
  rmSync(folder, {recursive: true, force: true})
  rmSync(cacheDir, {recursive: true, force: true})
})

function fresh(): void {
  for (const name of readdirSync(folder)) rmSync(path.join(folder, name), {recursive: true, force: true})
  copyFileSync(path.join(root, 'fixtures/ga-78-17.en.txt'), path.join(folder, 'a.txt'))
  copyFileSync(path.join(root, 'fixtures/ga-79-16.en.txt'), path.join(folder, 'b.md'))
}

function expectRefused(result: {code: number | null; stderr: string}, output: string): void {
  expect(result.code).toBe(2)
  expect(result.stderr.trim().split('\n')).toHaveLength(1)
  expect(result.stderr).toContain(output)
  expect(result.stderr).toMatch(/input/)
}

describe('an output that is an input is refused and the input is left as it was', () => {
  it('index a.txt b.md -o a.txt', () => {
    fresh()
    expectRefused(run('index', 'a.txt', 'b.md', '-o', 'a.txt'), 'a.txt')
    expect(readFileSync(path.join(folder, 'a.txt'), 'utf8')).toBe(original)
  })

  it('index . -o a.txt: a text file inside an input folder', () => {
    fresh()
    expectRefused(run('index', '.', '-o', 'a.txt'), 'a.txt')
    expect(readFileSync(path.join(folder, 'a.txt'), 'utf8')).toBe(original)
  })

  it('trace d.txt --corpus . -o a.txt', () => {
    fresh()
    writeFileSync(path.join(folder, 'd.txt'), later)
    expectRefused(run('trace', 'd.txt', '--corpus', '.', '-o', 'a.txt'), 'a.txt')
    expect(readFileSync(path.join(folder, 'a.txt'), 'utf8')).toBe(original)
  })

  it('diff through a hard link to the output', () => {
    fresh()
    linkSync(path.join(folder, 'a.txt'), path.join(folder, 'hard.txt'))
    expectRefused(run('diff', 'hard.txt', 'b.md', '-o', 'a.txt'), 'a.txt')
    expect(readFileSync(path.join(folder, 'a.txt'), 'utf8')).toBe(original)
  })

  it('diff through a symbolic link, history and align', () => {
    fresh()
    symlinkSync('a.txt', path.join(folder, 'soft.txt'))
    expectRefused(run('diff', 'a.txt', 'b.md', '-o', 'soft.txt'), 'soft.txt')
    copyFileSync(path.join(folder, 'a.txt'), path.join(folder, 'c.txt'))
    expectRefused(run('history', 'a.txt', 'b.md', 'c.txt', '-o', 'b.md'), 'b.md')
    copyFileSync(path.join(root, 'seeds/cop-6-2.zh.txt'), path.join(folder, 'zh.txt'))
    expectRefused(run('align', 'a.txt', 'zh.txt', '-o', 'zh.txt'), 'zh.txt')
    expect(readFileSync(path.join(folder, 'a.txt'), 'utf8')).toBe(original)
    expect(readFileSync(path.join(folder, 'b.md'), 'utf8')).toBe(later)
  })
})

describe('outputs are written whole or not at all', () => {
  it('writes the report and leaves no temporary file', () => {
    fresh()
    const result = run('diff', 'a.txt', 'b.md', '--format', 'json', '-o', 'out.json')
    expect(result.code).toBe(1)
    const report = JSON.parse(readFileSync(path.join(folder, 'out.json'), 'utf8')) as {summary: {unchanged: number}}
    expect(report.summary.unchanged).toBe(17)
    expect(readdirSync(folder).sort()).toEqual(['a.txt', 'b.md', 'out.json'])
  })

  it('an index into a folder input, as a binary file beside the texts, is allowed and complete', () => {
    fresh()
    const result = run('index', '.', '-o', 'corpus.rdx')
    expect(result.code).toBe(0)
    // Built again over the same folder: the old index is binary, so it is not an input.
    expect(run('index', '.', '-o', 'corpus.rdx').code).toBe(0)
    const trace = run('trace', 'a.txt', '--index', 'corpus.rdx', '--format', 'json')
    expect(trace.stderr).toBe('')
    expect((JSON.parse(trace.stdout) as {paragraphs: unknown[]}).paragraphs.length).toBeGreaterThan(20)
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([])
  })

  it('a failed command leaves an existing output untouched', () => {
    fresh()
    writeFileSync(path.join(folder, 'out.md'), 'earlier report\n')
    writeFileSync(path.join(folder, 'empty.txt'), '')
    const result = run('diff', 'a.txt', 'empty.txt', '--format', 'markdown', '-o', 'out.md')
    expect(result.code).toBe(2)
    expect(readFileSync(path.join(folder, 'out.md'), 'utf8')).toBe('earlier report\n')
  })

  it('a folder that does not exist is one sentence and exit 2', () => {
    fresh()
    const result = run('diff', 'a.txt', 'b.md', '-o', 'missing/out.md')
    expect(result.code).toBe(2)
    expect(result.stderr.trim().split('\n')).toEqual(['resdiff: missing/out.md: its folder does not exist'])
  })

  it('a killed index build leaves neither an index nor a temporary file', async () => {
    fresh()
    for (let copy = 0; copy < 40; copy++)
      copyFileSync(path.join(folder, 'a.txt'), path.join(folder, `copy-${copy}.txt`))
    const {spawn} = await import('node:child_process')
    const child = spawn(process.execPath, [bin, 'index', '.', '-o', 'killed.rdx', '--no-cache'], {
      cwd: folder,
      env: {...process.env, RESDIFF_CACHE_DIR: cacheDir},
    })
    await new Promise((resolve) => setTimeout(resolve, 400))
    child.kill('SIGTERM')
    await new Promise((resolve) => child.on('close', resolve))
    expect(readdirSync(folder).filter((name) => name.startsWith('killed') || name.includes('.tmp'))).toEqual([])
  })
})

describe('an output that is a link or a stream keeps what it is', () => {
  it('-o through a symbolic link writes the file it points to and leaves the link a link', () => {
    fresh()
    writeFileSync(path.join(folder, 'report.md'), 'earlier report\n')
    symlinkSync('report.md', path.join(folder, 'latest.md'))
    const result = run('diff', 'a.txt', 'b.md', '--format', 'markdown', '-o', 'latest.md')
    expect(result.code).toBe(1)
    expect(lstatSync(path.join(folder, 'latest.md')).isSymbolicLink()).toBe(true)
    expect(readlinkSync(path.join(folder, 'latest.md'))).toBe('report.md')
    // The report is in the file the link names: 78/17 and 79/16 are two sessions' texts.
    const report = readFileSync(path.join(folder, 'report.md'), 'utf8')
    expect(report).not.toContain('earlier report')
    expect(report).toContain('unchanged')
  })

  it('index -o through a symbolic link builds the index where the link points', () => {
    fresh()
    symlinkSync('real.rdx', path.join(folder, 'current.rdx'))
    expect(run('index', 'a.txt', 'b.md', '-o', 'current.rdx').code).toBe(0)
    expect(lstatSync(path.join(folder, 'current.rdx')).isSymbolicLink()).toBe(true)
    expect(lstatSync(path.join(folder, 'real.rdx')).isFile()).toBe(true)
    // The index answers through the link: 79/16 repeats paragraphs of 78/17.
    const trace = run('trace', 'b.md', '--index', 'current.rdx', '--format', 'json')
    expect(trace.code).not.toBe(2)
    expect((JSON.parse(trace.stdout) as {paragraphs: unknown[]}).paragraphs.length).toBeGreaterThan(10)
  })

  it('-o a named pipe writes into the pipe and leaves it a pipe', () => {
    fresh()
    const pipe = path.join(folder, 'pipe')
    execFileSync('mkfifo', [pipe])
    // The reading end is open (without waiting for a writer) before resdiff writes; a short report fits the pipe's buffer.
    const reader = openSync(pipe, constants.O_RDONLY | constants.O_NONBLOCK)
    try {
      const result = run('diff', 'a.txt', 'b.md', '--format', 'json', '-o', 'pipe')
      expect(result.code).toBe(1)
      expect(lstatSync(pipe).isFIFO()).toBe(true)
      const buffer = Buffer.alloc(1 << 16)
      let length = 0
      try {
        length = readSync(reader, buffer, 0, buffer.length, null)
      } catch {
        // EAGAIN: nothing came down the pipe.
      }
      const report = JSON.parse(buffer.subarray(0, length).toString('utf8')) as {summary: {unchanged: number}}
      expect(report.summary.unchanged).toBe(17)
    } finally {
      closeSync(reader)
    }
  })
})
