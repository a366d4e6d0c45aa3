import {spawnSync} from 'node:child_process'
import {main} from '../../src/cli/program.js'

export interface CliRun {
  status: number
  stdout: string
  stderr: string
  /** stdout and stderr interleaved in the order they were written, as `2>&1` shows them. */
  output: string
}

export interface CliOptions {
  /** Variables to set (a string) or unset (undefined) for the run, restored after it. */
  env?: Record<string, string | undefined>
}

let running = false

/**
 * Run `resdiff ARGS` in this process, through `main`, the entry the binary calls: what it writes to
 * stdout and stderr is captured and its exit code returned. About a hundred times cheaper than a new
 * Node process, so a CLI test can afford one run per case. It does not cover what only a real process
 * has (stdin, the pipe closing early, the binary's shebang): `runCliProcess` does.
 * Runs must not overlap (they share process.stdout); tests in one file run one after another.
 */
export async function runCli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  if (running) throw new Error('runCli: runs overlap; await each before starting the next')
  running = true
  const stdout: string[] = []
  const stderr: string[] = []
  const output: string[] = []
  const writeOut = process.stdout.write
  const writeErr = process.stderr.write
  const savedEnv = new Map<string, string | undefined>()
  const savedExitCode = process.exitCode
  const capture =
    (into: string[]) =>
    (chunk: string | Uint8Array, encoding?: unknown, callback?: unknown): boolean => {
      const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8')
      into.push(text)
      output.push(text)
      const done = typeof encoding === 'function' ? encoding : callback
      if (typeof done === 'function') queueMicrotask(() => (done as () => void)())
      return true
    }
  try {
    for (const [name, value] of Object.entries(options.env ?? {})) {
      savedEnv.set(name, process.env[name])
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    process.exitCode = undefined
    process.stdout.write = capture(stdout) as typeof process.stdout.write
    process.stderr.write = capture(stderr) as typeof process.stderr.write
    const status = await main([...args])
    return {status, stdout: stdout.join(''), stderr: stderr.join(''), output: output.join('')}
  } finally {
    process.stdout.write = writeOut
    process.stderr.write = writeErr
    process.exitCode = savedExitCode
    for (const [name, value] of savedEnv) {
      if (value === undefined) delete process.env[name]
      else process.env[name] = value
    }
    running = false
  }
}

/** Run the built binary `bin/resdiff.js` in a new Node process, for exit codes and streams. */
export function runCliProcess(
  args: readonly string[],
  options: {input?: string | Buffer; env?: NodeJS.ProcessEnv; cwd?: string} = {},
): CliRun {
  const run = spawnSync(process.execPath, [new URL('../../bin/resdiff.js', import.meta.url).pathname, ...args], {
    encoding: 'utf8',
    input: options.input,
    env: options.env ?? process.env,
    cwd: options.cwd,
  })
  return {status: run.status ?? -1, stdout: run.stdout, stderr: run.stderr, output: run.stdout + run.stderr}
}
