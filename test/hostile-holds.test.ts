// Issue 15, "what already holds and must keep holding": the same bytes out whatever the
// folder, time zone and locale a service runs resdiff in, and a cache that cannot be written
// costs speed, never an answer.
import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {documents, root} from './helpers.js'

const bin = path.join(root, 'bin/resdiff.js')
const runner = path.join(root, 'test/helpers/run-commands.cjs')
let folder = ''

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'resdiff-holds-'))
  for (const place of ['here', 'there']) {
    const dir = path.join(folder, place)
    mkdirSync(dir)
    copyFileSync(path.join(root, documents.cop62en), path.join(dir, 'a.txt'))
    copyFileSync(path.join(root, documents.cop10draft), path.join(dir, 'b.txt'))
    copyFileSync(path.join(root, documents.cop62zh), path.join(dir, 'zh.txt'))
  }
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function run(cwd: string, args: string[], env: NodeJS.ProcessEnv): {status: number | null; stdout: string} {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', RESDIFF_CACHE_DIR: path.join(folder, 'cache'), ...env},
  })
  expect(result.stderr).not.toMatch(/internal error/u)
  return {status: result.status, stdout: result.stdout}
}

/** Every command in one real process (test/helpers/run-commands.cjs), in that folder and environment. */
function runAll(cwd: string, commands: string[][], env: NodeJS.ProcessEnv): Array<{status: number; stdout: string}> {
  const result = spawnSync(process.execPath, [runner, JSON.stringify(commands)], {
    cwd,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1', RESDIFF_CACHE_DIR: path.join(folder, 'cache'), ...env},
  })
  expect(result.status, result.stderr).toBe(0)
  const runs = JSON.parse(result.stdout) as Array<{status: number; stdout: string; stderr: string}>
  for (const one of runs) expect(one.stderr).not.toMatch(/internal error/u)
  return runs.map(({status, stdout}) => ({status, stdout}))
}

describe('the same bytes in any folder, time zone and locale', () => {
  const commands = [
    ['parse', 'a.txt', '--format', 'json'],
    ['diff', 'a.txt', 'b.txt', '--format', 'json'],
    ['diff', 'a.txt', 'b.txt', '--format', 'markdown'],
    ['diff', 'a.txt', 'b.txt', '--format', 'html'],
    ['history', 'a.txt', 'b.txt', 'a.txt', '--format', 'json'],
    ['lint', 'b.txt', '--format', 'sarif'],
    ['align', 'a.txt', 'zh.txt', '--format', 'json'],
    ['trace', 'b.txt', '--corpus', 'a.txt', '--format', 'json'],
  ]
  // Each place and environment runs all the commands in one process of its own.
  let here: Array<{status: number; stdout: string}> = []
  let there: Array<{status: number; stdout: string}> = []
  beforeAll(() => {
    here = runAll(path.join(folder, 'here'), commands, {TZ: 'UTC', LC_ALL: 'C', LANG: 'C'})
    // Fourteen hours ahead of UTC, and a locale whose capital of "i" is "İ".
    there = runAll(path.join(folder, 'there'), commands, {
      TZ: 'Pacific/Kiritimati',
      LC_ALL: 'tr_TR.UTF-8',
      LANG: 'tr_TR.UTF-8',
    })
  })
  commands.forEach((args, index) => {
    it(args.join(' '), () => {
      expect(here[index]!.status).toBeLessThan(2)
      expect(here[index]!.stdout.length).toBeGreaterThan(100)
      expect(there[index]).toEqual(here[index])
    })
  })
  it('gives what the binary gives, command by command', () => {
    expect(run(path.join(folder, 'here'), commands[1]!, {TZ: 'UTC'})).toEqual(here[1])
  })
})

describe('a cache that cannot be written', () => {
  it('costs speed, not an answer: the same output and no message', () => {
    const dir = path.join(folder, 'here')
    // A cache folder under a regular file cannot be created, even by root.
    const blocker = path.join(folder, 'not-a-folder')
    writeFileSync(blocker, 'a file\n')
    const args = ['trace', 'b.txt', '--corpus', 'a.txt', '--format', 'json']
    const fresh = run(dir, [...args, '--no-cache'], {})
    const result = spawnSync(process.execPath, [bin, ...args], {
      cwd: dir,
      encoding: 'utf8',
      env: {...process.env, NO_COLOR: '1', RESDIFF_CACHE_DIR: path.join(blocker, 'cache')},
    })
    expect(result.stderr).toBe('')
    expect({status: result.status, stdout: result.stdout}).toEqual(fresh)
  })
})
