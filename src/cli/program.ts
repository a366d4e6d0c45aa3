import path from 'node:path'
import {guardStderr} from './display.js'
import {Command, CommanderError} from 'commander'
import {version} from '../version.js'
import {exitCode, TroubleError} from './errors.js'
import {resetInputs} from './stdin.js'

/**
 * Each command's module, loaded only when that command runs: `resdiff diff` never loads the
 * corpus indexer, the Word writer or the lint rules. Help and unknown commands load them all.
 */
const commands: ReadonlyArray<readonly [string, () => Promise<(program: Command) => void>]> = [
  ['parse', async () => (await import('./commands/parse.js')).registerParse],
  ['diff', async () => (await import('./commands/diff.js')).registerDiff],
  ['history', async () => (await import('./commands/history.js')).registerHistory],
  ['align', async () => (await import('./commands/align.js')).registerAlign],
  ['lint', async () => (await import('./commands/lint.js')).registerLint],
  ['index', async () => (await import('./commands/index-cmd.js')).registerIndex],
  ['trace', async () => (await import('./commands/trace.js')).registerTrace],
  ['cache', async () => (await import('./commands/cache.js')).registerCache],
]

/** The command named on the command line: the first word that is not an option (global options take no value). */
function commandNamed(argv: readonly string[]): string | undefined {
  const word = argv.find((arg) => !arg.startsWith('-'))
  return commands.some(([name]) => name === word) ? word : undefined
}

/** Build the `resdiff` program with the command `argv` names, or with every command when it names none. */
export async function buildProgram(argv: readonly string[] = []): Promise<Command> {
  const program = new Command()
    .name('resdiff')
    .description('Parse, diff, align and lint the texts of United Nations resolutions.')
    .version(version, '-V, --version', 'print the version')
    .option('--no-color', 'never colour the output (NO_COLOR and FORCE_COLOR are honoured too)')
    // One line per error, as every other error of resdiff: the usage hint goes on the same line.
    .configureOutput({
      outputError: (text, write) =>
        write(`resdiff: ${text.replace(/^error: /u, '').trimEnd()} (run with --help for usage)\n`),
    })
    .configureHelp({sortSubcommands: false})
    .exitOverride()
  program.addHelpText(
    'after',
    `
Examples:
  $ resdiff parse seeds/cop-6-2.en.txt --format outline
  $ resdiff diff seeds/cop-6-2.en.txt seeds/cop-8-3.en.md
  $ resdiff align seeds/cop-6-2.en.txt seeds/cop-6-2.zh.txt
  $ resdiff lint seeds/cop-10-draft-mexico.en.txt

Exit codes: 0 same / clean, 1 differences or findings, 2 trouble (bad input or usage;
a bare "resdiff" prints this help on stderr and exits 2).

Colour: on when stdout is a terminal; FORCE_COLOR=1 (2, 3) forces it, as for "less -R";
NO_COLOR or FORCE_COLOR=0 turns it off; --no-color wins over both.`,
  )
  const named = commandNamed(argv)
  for (const [name, load] of commands) if (named === undefined || name === named) (await load())(program)
  for (const command of program.commands) command.exitOverride()
  program.hook('preAction', (_program, command) => formatFromOutput(command))
  return program
}

/** The output format an `-o` file's extension names. */
const formatOfExtension: Record<string, string> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.json': 'json',
  '.html': 'html',
  '.htm': 'html',
  '.docx': 'docx',
  '.tmx': 'tmx',
}

/**
 * `-o redline.docx` without `--format` writes a Word redline, `-o review.md` Markdown, and so
 * on: a format the command offers, named by the file's extension, instead of terminal text in a
 * file Word cannot open. `--format` always wins.
 */
function formatFromOutput(command: Command): void {
  const output: unknown = command.getOptionValue('output')
  if (typeof output !== 'string' || command.getOptionValueSource('format') !== 'default') return
  const format = formatOfExtension[path.extname(output).toLowerCase()]
  const offered = command.options.find((option) => option.attributeName() === 'format')?.argChoices
  if (format !== undefined && offered?.includes(format)) command.setOptionValueWithSource('format', format, 'implied')
}

/** Run the CLI and return the exit code; never throws. */
export async function main(argv: string[]): Promise<number> {
  resetInputs()
  const restoreStderr = guardStderr()
  try {
    const program = await buildProgram(argv)
    await program.parseAsync(argv, {from: 'user'})
    return typeof process.exitCode === 'number' ? process.exitCode : exitCode.ok
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for (--help, `help`) and the version are not errors. Help shown because no
      // command was given (bare `resdiff`, `resdiff cache`) went to stderr: a usage error, exit 2,
      // as GNU tools do when an operand is missing (git exits 1; our 1 means "found changes").
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return exitCode.ok
      if (error.code === 'commander.help') return error.exitCode === 0 ? exitCode.ok : exitCode.trouble
      return exitCode.trouble
    }
    if (error instanceof TroubleError) {
      process.stderr.write(`resdiff: ${error.message}\n`)
      return exitCode.trouble
    }
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`resdiff: internal error: ${message}\n`)
    if (process.env['RESDIFF_DEBUG'] && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`)
    return exitCode.trouble
  } finally {
    restoreStderr()
  }
}
