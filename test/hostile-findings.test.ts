// Issue 15, the remaining findings of the attack on the build: each one, as a user meets it.
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {diffResolutions, renderDiffMarkdown, renderHistoryMarkdown, traceHistory} from '../src/diff/index.js'
import {lintRules, parseConfig} from '../src/lint/index.js'
import {parseResolution} from '../src/parse/index.js'
import {decodeResolution} from '../src/read/decode.js'
import {operativeParagraphs} from '../src/tree/access.js'
import {CorpusIndex, traceResolution} from '../src/corpus/index.js'
import {root} from './helpers.js'

let folder = ''
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'resdiff-findings-'))
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const run = (...args: string[]): {code: number | null; stdout: string; stderr: string} => {
  const result = spawnSync(process.execPath, [path.join(root, 'bin/resdiff.js'), ...args], {
    cwd: folder,
    encoding: 'utf8',
    env: {...process.env, NO_COLOR: '1'},
  })
  return {code: result.status, stdout: result.stdout, stderr: result.stderr}
}

describe('silent loss', () => {
  it('operative paragraphs numbered 10000 and up keep their own numbers', () => {
    const lines = ['The General Assembly,', '']
    for (let number = 1; number <= 10_002; number++) lines.push(`${number}. Decides to consider item ${number};`, '')
    const paragraphs = operativeParagraphs(parseResolution(lines.join('\n')))
    expect(paragraphs).toHaveLength(10_002)
    expect(paragraphs.slice(-3).map((paragraph) => paragraph.eId)).toEqual(['para_10000', 'para_10001', 'para_10002'])
  })
})

describe('Markdown does not notify or link', () => {
  const before = 'The General Assembly,\n\n1. Decides to continue its work;\n'
  const after =
    'The General Assembly,\n\n1. Decides to continue its work with @octocat and @un-org/drafting-team, see https://evil.example/x and www.example.org;\n'
  const texts = (markdown: string): void => {
    expect(markdown).toContain('octocat')
    expect(markdown).not.toMatch(/@octocat|@un-org|https:\/\/|www\./u)
  }

  it('in diff and history', () => {
    const [oldTree, newTree] = [parseResolution(before), parseResolution(after)]
    texts(renderDiffMarkdown(diffResolutions(oldTree, newTree)))
    texts(renderHistoryMarkdown(traceHistory([oldTree, newTree, oldTree])))
  })
})

describe('small', () => {
  it('a configuration file saved with a UTF-8 byte order mark is read', () => {
    const severities = parseConfig('\uFEFF{"rules": {"operative-numbering": "warn"}}', lintRules, '.resdiffrc.json')
    expect(severities.get('operative-numbering')).toBe('warn')
  })

  it('an unknown option is one line on stderr', () => {
    const {code, stderr} = run('diff', '--bogus')
    expect(code).toBe(2)
    expect(stderr.trimEnd().split('\n')).toEqual(["resdiff: unknown option '--bogus' (run with --help for usage)"])
  })

  it('trace of a 10,000-paragraph draft against a one-document index grows linearly (it took 18 s)', () => {
    const draft = (count: number): string => {
      const lines = ['The General Assembly,', '']
      for (let number = 1; number <= count; number++)
        lines.push(`${number}. Decides to consider item ${number} at its next session;`, '')
      return lines.join('\n')
    }
    writeFileSync(path.join(folder, 'long-draft.txt'), draft(10_000))
    expect(run('index', path.join(root, 'seeds/cop-6-2.en.txt'), '-o', 'one.rdx').code).toBe(0)
    const traced = run('trace', 'long-draft.txt', '--index', 'one.rdx', '--format', 'json', '-o', 'trace.json')
    expect(traced.code, traced.stderr).toBe(1)
    const report = JSON.parse(readFileSync(path.join(folder, 'trace.json'), 'utf8')) as {paragraphs: unknown[]}
    expect(report.paragraphs).toHaveLength(10_000)
    // Four times the paragraphs, at most about four times the time (quadratic would be sixteen).
    const index = CorpusIndex.open(path.join(folder, 'one.rdx'))
    try {
      const time = (count: number): number => {
        const tree = parseResolution(draft(count))
        let best = Infinity
        for (let round = 0; round < 2; round++) {
          const started = performance.now()
          traceResolution(index, tree, {})
          best = Math.min(best, performance.now() - started)
        }
        return best
      }
      time(200)
      const [quarter, whole] = [time(1_000), time(4_000)]
      expect(whole, `${quarter.toFixed(0)} ms → ${whole.toFixed(0)} ms`).toBeLessThan(8 * quarter + 200)
    } finally {
      index.close()
    }
  })

  it('cache dir --cache-dir "" is an error, not the current folder', () => {
    const {code, stdout, stderr} = run('cache', 'dir', '--cache-dir', '')
    expect(code).toBe(2)
    expect(stdout).toBe('')
    expect(stderr.trimEnd().split('\n')).toHaveLength(1)
  })
})

describe('size and binary', () => {
  it('a 50 MB file is refused with one sentence before it is read', () => {
    const file = path.join(folder, 'huge.txt')
    writeFileSync(file, '')
    truncateSync(file, 50 * 1024 * 1024)
    const started = Date.now()
    const {code, stderr} = run('parse', 'huge.txt')
    expect(code).toBe(2)
    expect(stderr.trimEnd().split('\n')).toEqual([
      'resdiff: huge.txt: is too large (50.0 MB; resdiff reads files of up to 16.0 MB)',
    ])
    expect(Date.now() - started).toBeLessThan(10_000)
  })

  it('binary data after the first 64K characters is binary', () => {
    const text =
      'The General Assembly,\n\n1. Decides;\n' + 'x'.repeat(70_000) + '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008'
    expect(() => decodeResolution(new TextEncoder().encode(text))).toThrow(/binary/u)
    // A few escape sequences in a text do not make it binary: they are shown escaped.
    const escaped = `The General Assembly,\n\n${'1. Decides to continue its work on the matter;\n'.repeat(40)}2. Requests\u001b[2J a report;\n`
    expect(decodeResolution(new TextEncoder().encode(escaped)).text).toContain('Requests\u001b[2J')
  })
})
