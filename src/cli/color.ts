import {Chalk, type ChalkInstance} from 'chalk'
import type {Command} from 'commander'

/**
 * The colour level for one output stream, as Node reads the environment: `--no-color`
 * first, then `FORCE_COLOR` (`0`/`false` off; `1`, `2`, `3` that level; empty or `true` level 1),
 * which wins over `NO_COLOR` (as in Node), then `NO_COLOR`, then whether the stream is a terminal.
 */
export function colorLevel(
  stream: {isTTY?: boolean; getColorDepth?: (env?: NodeJS.ProcessEnv) => number},
  wanted: boolean,
  env: NodeJS.ProcessEnv = process.env,
): 0 | 1 | 2 | 3 {
  if (!wanted) return 0
  const force = env['FORCE_COLOR']
  if (force !== undefined) {
    const value = force.trim().toLowerCase()
    if (value === '0' || value === 'false') return 0
    if (value === '2' || value === '3') return Number(value) as 2 | 3
    return 1
  }
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return 0
  if (!stream.isTTY) return 0
  // A terminal: as many colours as Node finds it has (TERM, COLORTERM), and at least the basic 16.
  const depth = stream.getColorDepth?.(env) ?? 4
  return depth >= 24 ? 3 : depth >= 8 ? 2 : 1
}

/** A chalk instance for one output stream, at the level colorLevel gives. */
export function colorsFor(stream: NodeJS.WriteStream, wanted: boolean): ChalkInstance {
  return new Chalk({level: colorLevel(stream, wanted)})
}

/** Colour is wanted unless `--no-color` was given or the output goes to a file (`-o`). */
export function wantsColor(command: Command, outputFile: string | undefined): boolean {
  return command.optsWithGlobals<{color?: boolean}>().color !== false && outputFile === undefined
}
