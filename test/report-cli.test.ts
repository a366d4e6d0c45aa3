import {copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli, type CliRun} from './helpers/cli.js'

const folder = mkdtempSync(join(tmpdir(), 'resdiff-report-cli-'))
afterAll(() => rmSync(folder, {recursive: true, force: true}))

function resdiff(args: string[]): Promise<CliRun> {
  return runCli(args)
}

const commands: Array<[string, ...string[]]> = [
  ['diff', 'seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md'],
  ['history', 'seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
  ['align', 'seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt'],
] as const

describe.each(commands)('resdiff %s --format html', (...command) => {
  it('writes one page to stdout, and the same bytes to -o FILE, run after run', async () => {
    const first = await resdiff([...command, '--format', 'html'])
    expect(first.stderr).toBe('')
    expect(first.stdout.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(first.stdout.trimEnd().endsWith('</html>')).toBe(true)
    const file = join(folder, `${command[0]}.html`)
    const second = await resdiff([...command, '--format', 'html', '-o', file])
    expect(second.stdout).toBe('')
    expect(second.status).toBe(first.status)
    expect(readFileSync(file, 'utf8')).toBe(first.stdout)
  })

  it('refuses to write over one of its inputs, and leaves the input as it was', async () => {
    const input = join(folder, `input-${command[0]}.txt`)
    copyFileSync(command[1]!, input)
    const before = readFileSync(input)
    const run = await resdiff([command[0], input, ...command.slice(2), '--format', 'html', '-o', input])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`resdiff: ${input}: is one of the input files; choose another output file\n`)
    expect(readFileSync(input)).toEqual(before)
  })

  it('says in one sentence when the output cannot be written', async () => {
    const file = join(folder, 'no-such-folder', 'report.html')
    const run = await resdiff([...command, '--format', 'html', '-o', file])
    expect(run.status).toBe(2)
    expect(run.stderr).toBe(`resdiff: ${file}: its folder does not exist\n`)
    expect(existsSync(file)).toBe(false)
  })

  it('lists html among the formats and shows an example of it in --help', async () => {
    const help = await resdiff([command[0], '--help'])
    expect(help.status).toBe(0)
    expect(help.stdout.replace(/\s+/g, ' ')).toMatch(/choices: "terminal", [^)]*"html"/)
    expect(help.stdout).toContain('-o, --output <file>')
    expect(help.stdout).toMatch(/--format html -o \S+\.html/)
  })

  it('rejects an unknown format with exit 2', async () => {
    const run = await resdiff([...command, '--format', 'htm'])
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("argument 'htm' is invalid")
  })
})

describe('resdiff diff --context --format html', () => {
  it('opens the page on every paragraph instead of the changes only', async () => {
    const checked = (page: string): string | undefined =>
      /<input type="radio" name="show" value="([a-z]+)"[^>]* checked>/.exec(page)?.[1]
    const diff = ['diff', 'fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt', '--format', 'html']
    expect(checked((await resdiff(diff)).stdout)).toBe('changed')
    expect(checked((await resdiff([...diff, '--context'])).stdout)).toBe('all')
  })
})
