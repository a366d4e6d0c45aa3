import {mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {WriteStream} from 'node:tty'
import {describe, expect, it} from 'vitest'
import {colorLevel} from '../src/cli/color.js'
import {runCli, runCliProcess} from './helpers/cli.js'

// What a newcomer expects of a Unix command in the first minutes: usage when no command is
// given (on stderr, exit 2, as GNU tools do for a missing operand), and colour that follows
// FORCE_COLOR and NO_COLOR the way Node itself does.

const escape = /\u001b\[/u

describe('an output file names its format', () => {
  it('writes what -o FILE.docx, .md, .json or .tmx asks for when --format is not given; --format wins', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-output-format-'))
    const pair = ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md']
    const out = (name: string): string => path.join(dir, name)
    expect((await runCli(['diff', ...pair, '-o', out('redline.docx')])).status).toBe(1)
    // A Word file is a zip (PK) holding word/document.xml, not terminal text.
    const docx = readFileSync(out('redline.docx'))
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK')
    expect(docx.includes(Buffer.from('word/document.xml'))).toBe(true)
    await runCli(['diff', ...pair, '-o', out('review.md')])
    expect(readFileSync(out('review.md'), 'utf8')).toMatch(/^### resolution 6\/2 .*\n\n\| unchanged \| reworded/)
    await runCli(['diff', ...pair, '-o', out('changes.json')])
    expect(JSON.parse(readFileSync(out('changes.json'), 'utf8')).schema).toBe('resdiff/diff@1')
    await runCli(['diff', ...pair, '-o', out('forced.json'), '--format', 'markdown'])
    expect(readFileSync(out('forced.json'), 'utf8')).toMatch(/^### resolution 6\/2/)
    await runCli(['diff', ...pair, '-o', out('plain.txt')])
    expect(readFileSync(out('plain.txt'), 'utf8')).toMatch(/^resolution 6\/2 .*\n\d+ unchanged, /)
    await runCli(['align', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt', '-o', out('memory.tmx')])
    expect(readFileSync(out('memory.tmx'), 'utf8')).toMatch(/<tmx version="1\.4">/)
  })
})

describe('no command given', () => {
  it('bare resdiff prints the usage on stderr, nothing on stdout, and exits 2', () => {
    const run = runCliProcess([])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^Usage: resdiff \[options\] \[command\]/u)
    expect(run.stderr).toContain('diff [options] <old> <new>')
  })

  it('resdiff cache without dir or clear does the same for its subcommands', async () => {
    const run = await runCli(['cache'])
    expect(run.status).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^Usage: resdiff cache/u)
  })

  it('help asked for goes to stdout with exit 0', async () => {
    for (const args of [['--help'], ['help'], ['help', 'diff'], ['diff', '--help']]) {
      const run = await runCli(args)
      expect(run.status, args.join(' ')).toBe(0)
      expect(run.stdout, args.join(' ')).toMatch(/^Usage: resdiff/u)
    }
  })

  it('help lists every command with its arguments (declared apart from what they do, src/cli/lazy.ts)', async () => {
    const run = await runCli(['--help'])
    const block = run.stdout.slice(run.stdout.indexOf('Commands:'))
    const commands = block
      .slice(0, block.indexOf('\n\n'))
      .split('\n')
      .filter((line) => /^ {2}\S/u.test(line))
      .map((line) => line.trim().split(/\s{2,}/u)[0])
    // The synopses of README.md and docs/*.md.
    expect(commands).toEqual([
      'parse [options] <file...>',
      'diff [options] <old> <new>',
      'history [options] <versions...>',
      'align [options] <first> <second>',
      'lint [options] [files...]',
      'index [options] [dir...]',
      'trace [options] [draft]',
      'cache',
      'help [command]',
    ])
    // diff's --only offers the change kinds of docs/diff.md, declared without loading the diff.
    expect((await runCli(['diff', '--help'])).stdout.replace(/\s+/gu, ' ')).toContain(
      'report only these changes, comma-separated: unchanged, reworded, added, dropped, merged, split, moved, renumbered',
    )
  })
})

describe('help says what a command reads', () => {
  // README, "Word and PDF in": every command that reads a resolution reads .docx and PDF too,
  // and a web page named on the command line; lint (README, "Inputs") reads them as parse does.
  it('parse and lint name Word, PDF and web pages among their inputs, beside text', async () => {
    for (const command of ['parse', 'lint']) {
      const help = (await runCli([command, '--help'])).stdout.replace(/\s+/gu, ' ')
      for (const kind of ['Word .docx', 'PDF', 'web page', 'Markdown']) expect(help, command).toContain(kind)
      expect(help, command).not.toContain('.txt or .md')
    }
  })

  it('a Word document and a PDF given to lint are checked, not refused', async () => {
    for (const file of ['fixtures/office/cop-6-2.en.docx', 'fixtures/office/cop-6-2.en.pdf']) {
      const run = await runCli(['lint', file, '--format', 'json'])
      expect(run.status, file).not.toBe(2)
      expect((JSON.parse(run.stdout) as {files: Array<{file: string}>}).files[0]!.file).toBe(file)
    }
  })

  it('the cache is not described as for folders only: diff keeps the trees of two single files there', async () => {
    const help = (await runCli(['--help'])).stdout.replace(/\s+/gu, ' ')
    expect(help).not.toContain('trace on folders')
  })
})

describe('colour', () => {
  const diff = ['diff', 'seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md']

  it('is off in a pipe, and on with FORCE_COLOR, for less -R', async () => {
    expect((await runCli(diff, {env: {FORCE_COLOR: undefined, NO_COLOR: undefined}})).stdout).not.toMatch(escape)
    expect((await runCli(diff, {env: {FORCE_COLOR: '1', NO_COLOR: undefined}})).stdout).toMatch(escape)
  })

  it('FORCE_COLOR=0 and --no-color turn it off; FORCE_COLOR wins over NO_COLOR, as in Node', async () => {
    expect((await runCli(diff, {env: {FORCE_COLOR: '0'}})).stdout).not.toMatch(escape)
    expect((await runCli(['--no-color', ...diff], {env: {FORCE_COLOR: '1'}})).stdout).not.toMatch(escape)
    expect((await runCli(diff, {env: {FORCE_COLOR: '1', NO_COLOR: '1'}})).stdout).toMatch(escape)
  })

  it('on a terminal, takes as many colours as Node finds it has, and at least 16', () => {
    const terminal = {
      isTTY: true,
      getColorDepth: (env?: NodeJS.ProcessEnv) => WriteStream.prototype.getColorDepth.call(process.stdout, env),
    }
    expect(colorLevel(terminal, true, {TERM: 'xterm'})).toBe(1)
    expect(colorLevel(terminal, true, {TERM: 'xterm-256color'})).toBe(2)
    expect(colorLevel(terminal, true, {COLORTERM: 'truecolor'})).toBe(3)
    expect(colorLevel(terminal, true, {TERM: 'dumb'})).toBe(1)
  })

  it('reads the levels as Node does', () => {
    const pipe = {isTTY: false}
    const tty = {isTTY: true}
    expect(colorLevel(pipe, true, {})).toBe(0)
    expect(colorLevel(tty, true, {NO_COLOR: '1'})).toBe(0)
    expect(colorLevel(tty, true, {NO_COLOR: ''})).toBeGreaterThan(0)
    expect(colorLevel(pipe, true, {FORCE_COLOR: '3'})).toBe(3)
    expect(colorLevel(pipe, true, {FORCE_COLOR: 'false'})).toBe(0)
    expect(colorLevel(pipe, true, {FORCE_COLOR: ''})).toBe(1)
    expect(colorLevel(tty, false, {FORCE_COLOR: '1'})).toBe(0)
  })
})
