import {spawnSync} from 'node:child_process'
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {runCli, runCliProcess} from './helpers/cli.js'
import iconv from 'iconv-lite'

// Inputs a newcomer pipes in: `-` for standard input in every command that reads a resolution,
// /dev/stdin, and process substitution `<(…)`; and `lint DIR`, which walks a folder like parse.

const en62 = readFileSync('seeds/cop-6-2.en.txt')

interface TraceJson {
  draft: Record<string, unknown>
  summary: {paragraphs: number}
  paragraphs: Array<{matches: Array<{file: string}>}>
}

/** Run a bash command line where `resdiff` is the built binary. */
function shell(line: string): {status: number | null; stdout: string; stderr: string} {
  const run = spawnSync('bash', ['-c', `resdiff() { "${process.execPath}" bin/resdiff.js "$@"; }\n${line}`], {
    encoding: 'utf8',
  })
  return {status: run.status, stdout: run.stdout, stderr: run.stderr}
}

describe('standard input as "-"', () => {
  it('lint - reads the text from stdin and names it <stdin>, with the same finding as the file', async () => {
    const fromFile = await runCli(['lint', 'seeds/cop-6-2.en.txt'])
    const fromStdin = runCliProcess(['lint', '-'], {input: en62})
    expect(fromStdin.status).toBe(fromFile.status)
    // 6/2's third operative paragraph opens with "Urges" in roman, the others in italics.
    expect(fromStdin.stdout).toContain('49:4-49:9 warning Unexpected roman `Urges`')
    expect(fromStdin.stdout.split('\n')[0]).toBe('<stdin>')
    expect(fromStdin.stdout.replace('<stdin>', 'seeds/cop-6-2.en.txt')).toBe(fromFile.stdout)
  })

  it('diff - NEW and diff OLD -: the resolution on stdin is read and named <stdin>', () => {
    const run = runCliProcess(['diff', '-', 'seeds/cop-8-3.en.md'], {input: en62})
    expect(run.status).toBe(1)
    expect(run.stdout.split('\n')[0]).toBe('resolution 6/2 (<stdin>) → resolution 8/3 (seeds/cop-8-3.en.md)')
    const reversed = runCliProcess(['diff', 'seeds/cop-8-3.en.md', '-'], {input: en62})
    expect(reversed.stdout.split('\n')[0]).toBe('resolution 8/3 (seeds/cop-8-3.en.md) → resolution 6/2 (<stdin>)')
  })

  it('parse, align and history take - too', () => {
    const parse = runCliProcess(['parse', '-'], {input: en62})
    expect(parse.status).toBe(0)
    expect((JSON.parse(parse.stdout) as {file: string}).file).toBe('<stdin>')
    const align = runCliProcess(['align', 'seeds/cop-6-2.en.txt', '-', '--format', 'json'], {
      input: readFileSync('seeds/cop-6-2.zh.txt'),
    })
    expect(align.status).toBe(0)
    expect((JSON.parse(align.stdout) as {summary: {pairs: number}}).summary.pairs).toBe(39)
    const history = runCliProcess(['history', '-', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'], {
      input: en62,
    })
    expect(history.status).toBe(1)
    expect(history.stdout.split('\n')[0]).toBe('v1  resolution 6/2 (<stdin>)')
  })

  it('refuses - twice in one command: stdin can be read only once', () => {
    const run = runCliProcess(['diff', '-', '-'], {input: en62})
    expect(run.status).toBe(2)
    expect(run.stderr).toBe('resdiff: <stdin>: standard input can be read only once; give "-" for one input only\n')
  })

  it('names <stdin> in the message when stdin is not a resolution', () => {
    const run = runCliProcess(['lint', '-'], {input: 'hello\n'})
    expect(run.status).toBe(2)
    expect(run.stderr).toMatch(/^resdiff: <stdin>: .+\n$/)
    expect(run.stdout).toBe('')
  })
})

describe('pipes that are not regular files', () => {
  it('reads /dev/stdin', () => {
    const run = shell('cat seeds/cop-6-2.en.txt | resdiff parse /dev/stdin --format outline')
    expect(run.status).toBe(0)
    expect(run.stdout.split('\n')[0]).toBe('resolution 6/2 · adopted · en')
  })

  it('trace - reads the draft from a pipe once, names it <stdin>, and still leaves the draft itself out', async () => {
    // seeds/ holds the draft too; it has no symbol, so only its bytes tell trace it is the draft.
    const fromFile = await runCli([
      'trace',
      'seeds/cop-10-draft-mexico.en.txt',
      '--corpus',
      'seeds/',
      '--no-cache',
      '--format',
      'json',
    ])
    const piped = shell(
      'cat seeds/cop-10-draft-mexico.en.txt | resdiff trace - --corpus seeds/ --no-cache --format json',
    )
    expect(piped.stderr).toBe('')
    expect(piped.status).toBe(1)
    const fileReport = JSON.parse(fromFile.stdout) as TraceJson
    const report = JSON.parse(piped.stdout) as TraceJson
    expect(report.draft).toEqual({file: '<stdin>', lang: 'en', date: '2020-10-09'})
    // The draft has 21 preambular and 24 operative paragraphs.
    expect(report.summary.paragraphs).toBe(45)
    const matched = new Set(report.paragraphs.flatMap((paragraph) => paragraph.matches.map((match) => match.file)))
    expect(matched).toEqual(new Set(['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md']))
    expect(report.paragraphs).toEqual(fileReport.paragraphs)
  })

  it('trace <(…) reads a process substitution as a draft', () => {
    const run = shell('resdiff trace <(cat seeds/cop-10-draft-mexico.en.txt) --corpus seeds/ --no-cache --format json')
    expect(run.stderr).toBe('')
    const report = JSON.parse(run.stdout) as TraceJson
    const matched = new Set(report.paragraphs.flatMap((paragraph) => paragraph.matches.map((match) => match.file)))
    expect(matched.has('seeds/cop-10-draft-mexico.en.txt')).toBe(false)
  })

  it('reads a process substitution <(…)', () => {
    const run = shell('resdiff align seeds/cop-6-2.en.txt <(cat seeds/cop-6-2.zh.txt) --format json')
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect((JSON.parse(run.stdout) as {summary: {pairs: number}}).summary.pairs).toBe(39)
  })
})

describe('lint DIR', () => {
  it('walks the folder and reports every resolution in it, in one report', async () => {
    const run = await runCli(['lint', 'seeds', '--format', 'json'])
    const report = JSON.parse(run.stdout) as {files: Array<{file: string}>}
    expect(report.files.map((file) => file.file)).toEqual([
      'seeds/cop-10-draft-mexico.en.txt',
      'seeds/cop-6-2.en.txt',
      'seeds/cop-6-2.zh.txt',
      'seeds/cop-8-3.en.md',
    ])
    // 8/3's footnote 9 has no marker in the text (the PDF conversion lost it): an error, so exit 1.
    expect(run.status).toBe(1)
  })

  it('notes skipped files and goes on past a file that is not a resolution, then exits 2 as grep -r does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'resdiff-lint-dir-'))
    try {
      copyFileSync('seeds/cop-10-draft-mexico.en.txt', join(folder, 'a-draft.txt'))
      // Russian in Windows-1251: no encoding resdiff reads, so this file cannot be linted.
      writeFileSync(join(folder, 'b-notes.txt'), iconv.encode('Резолюция, принятая Конференцией\n', 'windows-1251'))
      writeFileSync(join(folder, '.hidden.txt'), 'x')
      const run = await runCli(['lint', folder, '--format', 'json'])
      expect(run.status).toBe(2)
      expect(run.stderr).toContain(`resdiff: skipped ${join(folder, '.hidden.txt')} (hidden)`)
      expect(run.stderr).toContain(`resdiff: ${join(folder, 'b-notes.txt')}: unknown encoding`)
      expect(run.stderr).toContain('resdiff: 1 of 2 files could not be linted')
      const report = JSON.parse(run.stdout) as {files: Array<{file: string; errors: number}>}
      expect(report.files.map((file) => file.file)).toEqual([join(folder, 'a-draft.txt')])
    } finally {
      rmSync(folder, {recursive: true, force: true})
    }
  })
})
