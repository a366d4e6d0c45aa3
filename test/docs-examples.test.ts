import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, rmSync} from 'node:fs'
import {join} from 'node:path'
import {afterAll, describe, expect, it} from 'vitest'
import {runCli} from './helpers/cli.js'
import {root} from './helpers.js'

// Every `$ resdiff …` example in README.md and docs/*.md is run, as a reader would paste it, from
// the repository root (`resdiff` is `node bin/resdiff.js`), and what it prints (stdout and stderr,
// as a terminal shows them) must be what the block shows below it. A line holding only `…` stands
// for any number of lines. So a change that alters an example's output fails here until the docs
// are updated with it.

export interface Example {
  file: string
  line: number
  command: string
  expected: string[]
}

/** The `$ resdiff …` examples of a Markdown text: each command with the lines shown after it. */
export function examplesOf(file: string, text: string): Example[] {
  const examples: Example[] = []
  const lines = text.split('\n')
  let fence: string | undefined
  let current: Example | undefined
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/\s+$/, '')
    const opening = /^\s*(`{3,}|~{3,})/.exec(line)
    if (fence === undefined) {
      if (opening?.[1]) fence = opening[1]
      continue
    }
    if (opening?.[1] && line.trim() === fence) {
      fence = undefined
      current = undefined
      continue
    }
    if (line.startsWith('$ ')) {
      current = undefined
      if (/^\$ resdiff(?:\s|$)/.test(line)) {
        current = {file, line: index + 1, command: line.slice(2), expected: []}
        examples.push(current)
      }
      continue
    }
    current?.expected.push(line)
  }
  for (const example of examples) while (example.expected.at(-1) === '') example.expected.pop()
  return examples
}

/** Whether `actual` reads as `expected`, where a line `…` in `expected` stands for any lines. */
export function matchesWithElisions(expected: readonly string[], actual: readonly string[]): boolean {
  const segments: string[][] = [[]]
  for (const line of expected) {
    if (line.trim() === '…') segments.push([])
    else segments.at(-1)?.push(line)
  }
  const at = (segment: readonly string[], start: number): boolean =>
    segment.every((line, offset) => actual[start + offset] === line)
  const first = segments[0] ?? []
  if (segments.length === 1) return first.length === actual.length && at(first, 0)
  if (!at(first, 0)) return false
  let position = first.length
  const last = segments.at(-1) ?? []
  for (const segment of segments.slice(1, -1)) {
    if (segment.length === 0) continue
    let found = -1
    for (let start = position; start + segment.length <= actual.length; start++) {
      if (at(segment, start)) {
        found = start
        break
      }
    }
    if (found < 0) return false
    position = found + segment.length
  }
  const tail = actual.length - last.length
  return tail >= position && at(last, tail)
}

const documents = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
]
const examples = documents.flatMap((file) => examplesOf(file, readFileSync(join(root, file), 'utf8')))

/** Files the examples write (`-o FILE`, `> FILE`) that were not there before: removed afterwards. */
const written = new Set<string>()
afterAll(() => {
  for (const file of written) rmSync(join(root, file), {force: true})
})

async function run(command: string): Promise<string[]> {
  for (const match of command.matchAll(/(?:-o|--output|>)\s+(\S+)/g)) {
    if (match[1] && !existsSync(join(root, match[1]))) written.add(match[1])
  }
  const args = plainArguments(command)
  let printed: string
  if (args) {
    // A plain `resdiff …` runs in-process through main, the binary's entry.
    printed = (await runCli(args, {env: {NO_COLOR: '1', FORCE_COLOR: undefined}})).output
  } else {
    // Pipes, redirections and the like need a shell and the real binary.
    const env: NodeJS.ProcessEnv = {...process.env, NO_COLOR: '1'}
    delete env['FORCE_COLOR']
    printed = spawnSync('bash', ['-c', `resdiff() { "${process.execPath}" bin/resdiff.js "$@"; }\n${command} 2>&1`], {
      cwd: root,
      encoding: 'utf8',
      env,
    }).stdout
  }
  const lines = printed.split('\n').map((line) => line.replace(/\s+$/, ''))
  while (lines.at(-1) === '') lines.pop()
  return lines
}

/** The arguments of `resdiff a "b c" 'd'`, or undefined when the command needs a shell. */
function plainArguments(command: string): string[] | undefined {
  if (!command.startsWith('resdiff ') || /[|<>;&$`\\*?(){}]/u.test(command)) return undefined
  const args: string[] = []
  for (const match of command.slice('resdiff '.length).matchAll(/"([^"]*)"|'([^']*)'|(\S+)/gu)) {
    // A quote inside a word (`--text="a b"`) is left to the shell.
    if (match[3]?.includes('"') || match[3]?.includes("'")) return undefined
    args.push(match[1] ?? match[2] ?? match[3] ?? '')
  }
  return args
}

describe('the examples in README.md and docs/*.md print what they show', () => {
  it('finds examples in the README and in the docs', () => {
    expect(examples.filter((example) => example.file === 'README.md').length).toBeGreaterThanOrEqual(5)
    expect(examples.filter((example) => example.file !== 'README.md').length).toBeGreaterThanOrEqual(5)
  })

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example.command, example] as const))(
    '%s $ %s',
    async (_, __, example) => {
      const actual = await run(example.command)
      if (!matchesWithElisions(example.expected, actual)) {
        // Show both in full: the block, then what the command printed.
        expect(actual.join('\n')).toBe(example.expected.join('\n'))
      }
    },
  )
})

describe('the elision matcher', () => {
  it('matches a block without elision only line for line', () => {
    expect(matchesWithElisions(['a', 'b'], ['a', 'b'])).toBe(true)
    expect(matchesWithElisions(['a', 'b'], ['a', 'b', 'c'])).toBe(false)
  })
  it('lets … stand for none, one or many lines, in order', () => {
    expect(matchesWithElisions(['a', '…', 'c'], ['a', 'c'])).toBe(true)
    expect(matchesWithElisions(['a', '…', 'c'], ['a', 'x', 'y', 'c'])).toBe(true)
    expect(matchesWithElisions(['…', 'b', '…'], ['a', 'b', 'c'])).toBe(true)
    expect(matchesWithElisions(['…', 'c', '…', 'b'], ['a', 'b', 'c'])).toBe(false)
    expect(matchesWithElisions(['a', '…'], ['b'])).toBe(false)
  })
})
