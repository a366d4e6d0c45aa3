import {InvalidArgumentError, Option, type Command} from 'commander'
import type {Lang} from '../../tree/types.js'

// The options of the commands that read a whole corpus (parse and history on folders, index,
// trace), declared without loading the corpus code: see index-run.ts for what they do.

/** Options shared by the commands that read a whole corpus. */
export interface CorpusOptions {
  lang?: Lang
  threads?: number
  cache: boolean
  cacheDir?: string
}

export function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more')
  return number
}

/** `--cache-dir ""` would mean the current folder by accident: a folder name must not be empty. */
export function folderName(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected a folder name, not an empty string')
  return value
}

/** `--lang`, `--threads`, `--cache-dir`, `--no-cache`. */
export function addCorpusOptions(command: Command): Command {
  return addPoolOptions(
    command.addOption(new Option('--lang <lang>', 'force the language instead of detecting it').choices(['en', 'zh'])),
  )
}

/** `--threads`, `--cache-dir`, `--no-cache`. */
export function addPoolOptions(command: Command): Command {
  return command
    .addOption(
      new Option('--threads <n>', 'worker threads for parsing (default: every core)').argParser(positiveInteger),
    )
    .addOption(
      new Option(
        '--cache-dir <dir>',
        'where parsed trees are cached (default: $RESDIFF_CACHE_DIR or the user cache folder)',
      ).argParser(folderName),
    )
    .option('--no-cache', 'parse every file afresh and write no cache')
}
