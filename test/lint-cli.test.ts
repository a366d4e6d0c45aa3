// `resdiff lint` end to end: exit codes, formats, configuration, and one clear sentence for every
// kind of bad input. Runs go through `main` in-process (the entry the binary calls); the exit codes
// and the configuration found in the current directory are checked in real processes of
// bin/resdiff.js (`npm test` builds first).
import {spawn} from 'node:child_process'
import {mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Ajv} from 'ajv'
import draft04 from 'ajv-draft-04'
import formats from 'ajv-formats'
import {describe, expect, it} from 'vitest'
import {lintRules, parseConfig, parseRuleOption} from '../src/lint/index.js'
import {runCli} from './helpers/cli.js'

// CommonJS packages that also set `exports.default`: TypeScript (NodeNext) types the default import as the module.
const AjvDraft04 = draft04.default
const addFormats = formats.default

const bin = path.resolve('bin/resdiff.js')

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

/** `resdiff ARGS` in this process, colour off unless the test's env asks. */
async function resdiff(args: string[], options: {env?: Record<string, string>} = {}): Promise<Run> {
  const run = await runCli(args, {env: {NO_COLOR: '1', ...options.env}})
  return {code: run.status, stdout: run.stdout, stderr: run.stderr}
}

/** `node bin/resdiff.js ARGS` in a new process, in another directory if asked. */
function resdiffProcess(args: string[], options: {cwd?: string; env?: Record<string, string>} = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      cwd: options.cwd ?? process.cwd(),
      env: {...process.env, NO_COLOR: '1', ...options.env},
    })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({code, stdout, stderr}))
  })
}

const scratch = mkdtempSync(path.join(tmpdir(), 'resdiff-lint-'))
const seed = (name: string) => path.resolve('seeds', name)

describe('exit codes', () => {
  it('is 0 with warnings only, 1 with an error', async () => {
    const warnings = await resdiffProcess(['lint', 'seeds/cop-6-2.en.txt'])
    expect(warnings.code).toBe(0)
    expect(warnings.stdout).toContain('49:4-49:9 warning Unexpected roman `Urges`')
    expect(warnings.stderr).toBe('')
    const errors = await resdiffProcess(['lint', 'seeds/cop-8-3.en.md'])
    expect(errors.code).toBe(1)
    expect(errors.stdout).toContain('error   Unexpected footnote `9` that no marker calls')
    const clean = await resdiffProcess(['lint', 'seeds/cop-10-draft-mexico.en.txt'])
    expect(clean).toEqual({code: 0, stdout: 'seeds/cop-10-draft-mexico.en.txt: no issues found\n', stderr: ''})
  })

  it('--max-warnings works as in ESLint', async () => {
    const over = await resdiff(['lint', 'seeds/cop-6-2.en.txt', '--max-warnings', '0'])
    expect(over.code).toBe(1)
    expect(over.stderr).toBe('resdiff: too many warnings (1; the maximum is 0)\n')
    expect((await resdiff(['lint', 'seeds/cop-6-2.en.txt', '--max-warnings', 'many'])).code).toBe(2)
  })

  it('--rule changes severities', async () => {
    expect((await resdiff(['lint', 'seeds/cop-8-3.en.md', '--rule', 'footnote-used=warn'])).code).toBe(0)
    const off = await resdiff(['lint', 'seeds/cop-6-2.en.txt', '--rule', 'leading-phrase-emphasis=off'])
    expect(off.stdout).toBe('seeds/cop-6-2.en.txt: no issues found\n')
  })
})

describe('configuration', () => {
  it('reads --config and the .resdiffrc.json of the current directory', async () => {
    const config = path.join(scratch, 'strict.json')
    writeFileSync(config, JSON.stringify({rules: {'leading-phrase-emphasis': 'error'}}))
    expect((await resdiff(['lint', 'seeds/cop-6-2.en.txt', '--config', config])).code).toBe(1)
    const project = mkdtempSync(path.join(tmpdir(), 'resdiff-project-'))
    writeFileSync(path.join(project, '.resdiffrc.json'), JSON.stringify({rules: {'footnote-used': 'off'}}))
    const run = await resdiffProcess(['lint', seed('cop-8-3.en.md')], {cwd: project})
    expect(run.code).toBe(0)
    expect(run.stdout).not.toContain('footnote-used')
    // --rule wins over the file.
    expect(
      (await resdiffProcess(['lint', seed('cop-8-3.en.md'), '--rule', 'footnote-used=error'], {cwd: project})).code,
    ).toBe(1)
  })

  it('refuses a bad configuration with one sentence and exit 2', async () => {
    const cases: Array<[string, string]> = [
      ['{"rules": {"footnote-usd": "off"}}', 'unknown rule "footnote-usd" (did you mean "footnote-used"?)'],
      [
        '{"rules": {"footnote-used": "loud"}}',
        'rule "footnote-used" has severity "loud", expected "off", "warn" or "error"',
      ],
      ['{"rules": ', 'is not valid JSON'],
      ['{"extends": "x"}', 'unknown key "extends"'],
    ]
    for (const [text, sentence] of cases) expect(() => parseConfig(text, lintRules, 'bad.json')).toThrow(sentence)
    expect(() => parseRuleOption('pdf-debris', lintRules)).toThrow(
      '--rule pdf-debris: expected ID=off|warn|error, e.g. --rule doubled-space=off',
    )
    const config = path.join(scratch, 'bad.json')
    writeFileSync(config, cases[0]?.[0] ?? '')
    const run = await resdiff(['lint', 'seeds/cop-6-2.en.txt', '--config', config])
    expect(run).toEqual({
      code: 2,
      stdout: '',
      stderr: `resdiff: ${config}: unknown rule "footnote-usd" (did you mean "footnote-used"?); run \`resdiff lint --list-rules\` to see them\n`,
    })
  })
})

describe('formats', () => {
  it('json is resdiff/lint@1, valid against its schema, and byte-identical on every run', async () => {
    const first = await resdiff(['lint', 'seeds/cop-8-3.en.md', 'seeds/cop-6-2.zh.txt', '--format', 'json'])
    expect(first.code).toBe(1)
    const report = JSON.parse(first.stdout)
    const validate = new Ajv({strict: true}).compile(JSON.parse(readFileSync('docs/schema/lint.schema.json', 'utf8')))
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true)
    expect(report.summary).toEqual({files: 2, errors: 1, warnings: 14})
    expect(report.files[1]).toEqual({file: 'seeds/cop-6-2.zh.txt', errors: 0, warnings: 0, messages: []})
    expect((await resdiff(['lint', 'seeds/cop-8-3.en.md', 'seeds/cop-6-2.zh.txt', '--format', 'json'])).stdout).toBe(
      first.stdout,
    )
  })

  it('sarif validates against the SARIF 2.1.0 schema', async () => {
    const run = await resdiff(['lint', 'seeds/cop-8-3.en.md', 'seeds/cop-6-2.en.txt', '--format', 'sarif'])
    expect(run.code).toBe(1)
    const ajv = new AjvDraft04({strict: false, unicodeRegExp: false})
    addFormats(ajv)
    const validate = ajv.compile(JSON.parse(readFileSync('test/schemas/sarif-2.1.0.json', 'utf8')))
    const log = JSON.parse(run.stdout)
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true)
    expect(log.runs[0].results).toHaveLength(16)
    expect(log.runs[0].tool.driver.version).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version)
  })

  it('github writes workflow commands', async () => {
    const run = await resdiff(['lint', 'seeds/cop-6-2.en.txt', '--format', 'github'])
    expect(run).toEqual({
      code: 0,
      stdout:
        '::warning file=seeds/cop-6-2.en.txt,line=49,endLine=49,col=4,endColumn=9,title=resdiff leading-phrase-emphasis::Unexpected roman `Urges` in operative paragraph 3, expected the leading phrase in italics as in the other 14 operative paragraphs (leading-phrase-emphasis)\n',
      stderr: '',
    })
  })

  it('refuses an unknown format', async () => {
    const run = await resdiff(['lint', 'seeds/cop-6-2.en.txt', '--format', 'xml'])
    expect(run.code).toBe(2)
    expect(run.stderr).toContain("argument 'xml' is invalid. Allowed choices are stylish, json, sarif, github.")
  })

  // FORCE_COLOR wins over NO_COLOR, as in Node itself (\`resdiff … | less -R\`); FORCE_COLOR=0 turns colour off.
  it('colours a pipe only when FORCE_COLOR asks, never with FORCE_COLOR=0', async () => {
    expect((await resdiff(['lint', 'seeds/cop-8-3.en.md'])).stdout).not.toMatch(/\u001b\[/u)
    expect((await resdiff(['lint', 'seeds/cop-8-3.en.md'], {env: {FORCE_COLOR: '0'}})).stdout).not.toMatch(/\u001b\[/u)
    expect((await resdiff(['lint', 'seeds/cop-8-3.en.md'], {env: {FORCE_COLOR: '1'}})).stdout).toMatch(/\u001b\[/u)
  })
})

describe('bad input', () => {
  it('says one sentence and exits 2, leaving the inputs alone', async () => {
    const binary = path.join(scratch, 'binary.txt')
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]))
    const prose = path.join(scratch, 'prose.txt')
    writeFileSync(prose, 'This is a letter, not a resolution.\n')
    // A folder is walked now (lint DIR, as parse DIR); one with no resolution in it is trouble.
    const empty = path.join(scratch, 'empty-folder')
    mkdirSync(empty, {recursive: true})
    const cases: Array<[string[], string]> = [
      [['lint', path.join(scratch, 'nothing.txt')], 'no such file'],
      [['lint', empty], `no resolution files found in ${empty}`],
      // Bytes that open like a zip are read as a Word document and named as a damaged zip (issue 12).
      [['lint', 'seeds/cop-6-2.en.txt', binary], 'the file is a damaged zip archive'],
      [['lint'], 'lint: no file given'],
    ]
    for (const [args, sentence] of cases) {
      const run = await resdiff(args)
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stdout).toBe('')
      expect(run.stderr).toContain(sentence)
      expect(run.stderr.trim().split('\n')).toHaveLength(1)
    }
    const notResolution = await resdiff(['lint', prose])
    expect(notResolution).toEqual({
      code: 2,
      stdout: '',
      stderr: `resdiff: ${prose}: no enacting formula, opening phrase or numbered paragraph was found: this does not read as a resolution\n`,
    })
    const before = statSync('seeds/cop-8-3.en.md').mtimeMs
    await resdiff(['lint', 'seeds/cop-8-3.en.md', '--format', 'sarif'])
    expect(statSync('seeds/cop-8-3.en.md').mtimeMs).toBe(before)
  })

  it('lists the rules', async () => {
    const run = await resdiff(['lint', '--list-rules', '--rule', 'pdf-debris=off'])
    expect(run.code).toBe(0)
    expect(run.stdout.split('\n')).toContain(
      'pdf-debris                      off    No conversion debris: `record -keeping`, `CT OC/COP`, `and , where`, `( A/60/88 )`, `i n`.',
    )
    expect(run.stdout.trim().split('\n')).toHaveLength(24)
  })
})
