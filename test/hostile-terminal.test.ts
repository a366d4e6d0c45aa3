// Issue 15: escape sequences in a resolution never reach the terminal raw. A draft carries a
// window-title OSC, an OSC 8 link, "clear screen", a C1 CSI, BEL and a right-to-left override;
// every human output of every command must show them escaped (`\x1b`, `\x9b`, `\u202e`), with
// and without colour, and colour codes of resdiff's own must be the only escapes left.
import {copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {escapeControls} from '../src/cli/display.js'
import {root} from './helpers.js'
import {runCli} from './helpers/cli.js'

const title = '\u001b]0;pwned\u0007'
const link = '\u001b]8;;https://evil.example/\u001b\\click here\u001b]8;;\u001b\\'
const clear = '\u001b[2J\u001b[H'
const csi = '\u009b31m'
const override = '\u202e'

let folder = ''

/** Run resdiff in-process (the binary's own entry) on files of the test folder, coloured or not. */
async function run(args: string[], color: boolean): Promise<{code: number; stdout: string; stderr: string}> {
  const inFolder = args.map((arg) => (/\.(?:txt|json)$/u.test(arg) ? path.join(folder, arg) : arg))
  const {status, stdout, stderr} = await runCli(inFolder, {
    env: {
      RESDIFF_CACHE_DIR: path.join(folder, 'cache'),
      NO_COLOR: color ? undefined : '1',
      FORCE_COLOR: color ? '1' : undefined,
    },
  })
  return {code: status, stdout, stderr}
}

/** Every ESC is the start of an SGR colour code; no OSC, no C1, no BEL, no override. */
function expectNoRawEscapes(output: string, where: string): void {
  const withoutColour = output.replace(/\u001b\[[\d;]*m/gu, '')
  expect(withoutColour, where).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u)
}

beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'resdiff-terminal-'))
  const en = readFileSync(path.join(root, 'seeds/cop-6-2.en.txt'), 'utf8')
  const hostile = en
    .replace('Recalling the functions assigned to it', `Recalling${title} the functions${clear} assigned to it`)
    .replace('Reaffirming its resolution 5/4', `Reaffirming its ${link} resolution${csi} 5/4${override}`)
    // Square brackets make lint quote the text inside them.
    .replace('Urges States parties', `Urges [States${clear} parties]`)
  expect(hostile).not.toBe(en)
  writeFileSync(path.join(folder, 'hostile.txt'), hostile)
  copyFileSync(path.join(root, 'seeds/cop-6-2.en.txt'), path.join(folder, 'en.txt'))
  copyFileSync(path.join(root, 'seeds/cop-6-2.zh.txt'), path.join(folder, 'zh.txt'))
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

// Which outputs quote the changed text (history lists versions and lineage, not wording).
const quotes = new Set([
  'parse outline',
  'diff terminal',
  'diff markdown',
  'align terminal',
  'lint stylish',
  'lint github',
  'trace terminal',
  'trace markdown',
])

const commands: Array<[string, string[]]> = [
  ['parse outline', ['parse', 'hostile.txt', '--format', 'outline']],
  ['diff terminal', ['diff', 'en.txt', 'hostile.txt']],
  ['diff markdown', ['diff', 'en.txt', 'hostile.txt', '--format', 'markdown']],
  ['history terminal', ['history', 'en.txt', 'hostile.txt', 'en.txt']],
  ['history markdown', ['history', 'en.txt', 'hostile.txt', 'en.txt', '--format', 'markdown']],
  ['align terminal', ['align', 'hostile.txt', 'zh.txt']],
  ['lint stylish', ['lint', 'hostile.txt']],
  ['lint github', ['lint', 'hostile.txt', '--format', 'github']],
  ['trace terminal', ['trace', 'hostile.txt', '--corpus', 'en.txt']],
  ['trace markdown', ['trace', 'hostile.txt', '--corpus', 'en.txt', '--format', 'markdown']],
]

describe('escape sequences from a resolution are shown escaped', () => {
  for (const [name, args] of commands) {
    it(name, async () => {
      for (const color of [false, true]) {
        const {stdout, stderr, code} = await run(args, color)
        expect(code, `${name}: ${stderr}`).toBeLessThan(2)
        expectNoRawEscapes(stdout, `${name} stdout (colour ${color})`)
        expectNoRawEscapes(stderr, `${name} stderr (colour ${color})`)
        // The escapes are shown, not dropped: a reader can see the draft carries them.
        if (quotes.has(name)) expect(stdout, name).toMatch(/\\x1b|\\x9b|\\u202e/u)
      }
    })
  }

  it('a configuration file of raw bytes is reported without echoing them', async () => {
    writeFileSync(path.join(folder, 'bad.json'), '\u001b]0;pwned\u0007{\u0000\u007fELF')
    const {code, stderr} = await run(['lint', 'en.txt', '--config', 'bad.json'], false)
    expect(code).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expectNoRawEscapes(stderr, 'config error')
  })
})

describe('escapeControls', () => {
  it('shows C0, DEL, C1 and direction overrides as escapes and keeps tabs, newlines and text', () => {
    expect(escapeControls('a\u001b[31mb')).toBe('a\\x1b[31mb')
    expect(escapeControls('\u0007\u007f\u009b\u202e\u2066')).toBe('\\x07\\x7f\\x9b\\u202e\\u2066')
    expect(escapeControls('line\tone\nline two, 第1段 «é»')).toBe('line\tone\nline two, 第1段 «é»')
  })
})
