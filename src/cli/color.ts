import chalk, {Chalk, type ChalkInstance} from 'chalk'
import type {Command} from 'commander'

/**
 * A chalk instance for one output stream: no colour when `NO_COLOR` is set, when the
 * user passed `--no-color`, or when the stream is not a terminal.
 */
export function colorsFor(stream: NodeJS.WriteStream, wanted: boolean): ChalkInstance {
  const noColorEnv = process.env['NO_COLOR'] !== undefined && process.env['NO_COLOR'] !== ''
  if (!wanted || noColorEnv || !stream.isTTY) return new Chalk({level: 0})
  return new Chalk({level: chalk.level === 0 ? 1 : chalk.level})
}

/** Colour is wanted unless `--no-color` was given or the output goes to a file (`-o`). */
export function wantsColor(command: Command, outputFile: string | undefined): boolean {
  return command.optsWithGlobals<{color?: boolean}>().color !== false && outputFile === undefined
}
