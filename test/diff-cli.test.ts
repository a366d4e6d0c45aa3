import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {diffResolutions} from '../src/diff/index.js'
import {load, root} from './helpers/resolutions.js'
import {runCli} from './helpers/cli.js'

// In-process, through the entry the binary uses (test/helpers/cli.ts); the first test runs the
// real binary, for the exit code and the streams of a process.
const run = async (...args: string[]): Promise<{code: number | null; stdout: string; stderr: string}> => {
  const result = await runCli(args, {env: {NO_COLOR: '1', FORCE_COLOR: undefined}})
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}
const runProcess = (...args: string[]): {code: number | null; stdout: string; stderr: string} => {
  const result = spawnSync(process.execPath, ['bin/resdiff.js', ...args], {
    cwd: root,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

const validate = new Ajv({allErrors: true}).compile(
  JSON.parse(readFileSync(`${root}docs/schema/diff.schema.json`, 'utf8')) as object,
)

describe('resdiff diff', () => {
  it('exits 1 and reports the changes when the versions differ', async () => {
    const {code, stdout, stderr} = runProcess('diff', 'fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt')
    expect(stderr).toBe('')
    expect(code).toBe(1)
    expect(stdout.split('\n').slice(0, 2)).toEqual([
      'A/RES/78/17 (fixtures/ga-78-17.en.txt) → A/RES/79/16 (fixtures/ga-79-16.en.txt)',
      '17 unchanged, 7 reworded, 0 added, 0 dropped, 0 merged, 0 split; 0 moved',
    ])
    expect(stdout).toContain('at its [-seventy-ninth-]{+eightieth+} session')
  })

  it('exits 0 when a file is compared with itself, in English and in Chinese', async () => {
    for (const file of ['seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt']) {
      const {code, stdout} = await run('diff', file, file, '--format', 'json')
      expect(code).toBe(0)
      const result = JSON.parse(stdout) as {changes: Array<{kind: string}>; summary: {unchanged: number}}
      expect(result.changes.every((change) => change.kind === 'unchanged')).toBe(true)
      expect(result.summary.unchanged).toBe(27)
    }
  })

  it('writes JSON that the resdiff/diff@1 schema accepts', async () => {
    const {stdout} = await run('diff', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt', '--format', 'json')
    const result: unknown = JSON.parse(stdout)
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true)
    expect(result).toMatchObject({
      schema: 'resdiff/diff@1',
      old: {file: 'seeds/cop-8-3.en.md'},
      new: {file: 'seeds/cop-10-draft-mexico.en.txt'},
    })
    // The schema is strict enough to refuse a broken document.
    const broken = JSON.parse(stdout) as {changes: Array<Record<string, unknown>>}
    broken.changes[0]!['kind'] = 'renamed'
    expect(validate(broken)).toBe(false)
    const merged = JSON.parse(stdout) as {changes: Array<{kind: string; old: string[]}>}
    merged.changes.find((change) => change.kind === 'merged')!.old.splice(1)
    expect(validate(merged)).toBe(false)
    // The other real pairs through the library, serialised as the CLI does.
    const pairs = [
      ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md'],
      ['fixtures/ga-74-60.en.txt', 'fixtures/ga-75-241.en.txt'],
      ['fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt'],
      ['seeds/cop-6-2.zh.txt', 'seeds/cop-6-2.zh.txt'],
    ] as const
    for (const [oldFile, newFile] of pairs) {
      const document: unknown = JSON.parse(
        JSON.stringify(diffResolutions(load(oldFile), load(newFile), {oldFile, newFile})),
      )
      expect(validate(document), `${oldFile} ${JSON.stringify(validate.errors)}`).toBe(true)
    }
  })

  it('gives byte-identical output for the same input', async () => {
    const args = ['diff', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt', '--format', 'json']
    expect((await run(...args)).stdout).toBe((await run(...args)).stdout)
  })

  it('filters with --only, and the exit code follows the filter', async () => {
    const merged = await run(
      'diff',
      'seeds/cop-8-3.en.md',
      'seeds/cop-10-draft-mexico.en.txt',
      '--only',
      'merged,split',
      '--format',
      'json',
    )
    expect(merged.code).toBe(1)
    const kinds = (JSON.parse(merged.stdout) as {changes: Array<{kind: string}>}).changes.map((change) => change.kind)
    expect(kinds).toEqual(['merged', 'merged', 'merged'])
    const none = await run('diff', 'fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt', '--only', 'added,dropped')
    expect(none.code).toBe(0)
  })

  it('shows unchanged paragraphs only with --context', async () => {
    const without = await run('diff', 'fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt')
    const withContext = await run('diff', 'fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt', '--context')
    expect(without.stdout).not.toMatch(/^unchanged/mu)
    expect(withContext.stdout.match(/^unchanged/gmu)).toHaveLength(17)
  })

  it('writes Markdown for a review comment', async () => {
    const {stdout} = await run('diff', 'fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt', '--format', 'markdown')
    expect(stdout).toContain('| 17 | 7 | 0 | 0 | 0 | 0 | 0 |')
    expect(stdout).toContain('#### reworded · OP 11 → OP 11 · similarity 0.84')
    expect(stdout).toContain('at its ~~seventy-ninth~~**eightieth** session')
  })

  it('exits 2 with one sentence on trouble', async () => {
    const cases = [
      ['diff', 'seeds/none.txt', 'seeds/cop-8-3.en.md'],
      ['diff', 'seeds', 'seeds/cop-8-3.en.md'],
      ['diff', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt'],
      ['diff', 'seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md', '--format', 'html5'],
      ['diff', 'seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md', '--only', 'renamed'],
      ['diff', 'seeds/cop-6-2.en.txt'],
    ]
    for (const args of cases) {
      const {code, stdout, stderr} = await run(...args)
      expect(code, args.join(' ')).toBe(2)
      expect(stdout).toBe('')
      expect(stderr.trim().split('\n').length, stderr).toBeLessThanOrEqual(2)
      expect(stderr).not.toMatch(/\bat .*\.js:\d+/u)
    }
    expect((await run('diff', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt')).stderr).toContain('use "resdiff align"')
  })

  it('does not count italics, hyphen debris and whitespace as changes unless --strict-format', async () => {
    const directory = mkdtempSync(path.join(tmpdir(), 'resdiff-diff-'))
    try {
      const original = readFileSync(`${root}seeds/cop-8-3.en.md`, 'utf8')
      const cleaned = original
        .replace(/record -keeping/gu, 'record-keeping')
        .replace(/\*(Recalling also|Noting)\*/gu, '$1')
        .replace(/ {2}/gu, ' ')
      expect(cleaned).not.toBe(original)
      const file = path.join(directory, 'cop-8-3.cleaned.md')
      writeFileSync(file, cleaned)
      const relaxed = await run('diff', 'seeds/cop-8-3.en.md', file)
      expect(relaxed.stdout.split('\n')[1]).toBe(
        '54 unchanged, 0 reworded, 0 added, 0 dropped, 0 merged, 0 split; 0 moved',
      )
      expect(relaxed.code).toBe(0)
      const strict = await run('diff', 'seeds/cop-8-3.en.md', file, '--strict-format')
      expect(strict.code).toBe(1)
      expect(strict.stdout).toContain('record[- -]-keeping')
      expect(strict.stdout).toContain('[-*-]Recalling also[-*-]')
    } finally {
      rmSync(directory, {recursive: true, force: true})
    }
  })

  it('has help with examples', async () => {
    const {code, stdout} = await run('diff', '--help')
    expect(code).toBe(0)
    expect(stdout).toContain('$ resdiff diff seeds/cop-6-2.en.txt seeds/cop-8-3.en.md')
  })
})
