import {InvalidArgumentError, Option, type Command} from 'commander'
import {CacheError, clearCache, defaultCacheDir} from '../../corpus/index.js'
import {TroubleError} from '../errors.js'

/** `--cache-dir ""` would mean the current folder by accident: a folder name must not be empty. */
export function folderName(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected a folder name, not an empty string')
  return value
}

export function registerCache(program: Command): void {
  const cache = program
    .command('cache')
    .description('show or clear the cache of parsed trees used by parse, index and trace on folders')
    .addHelpText(
      'after',
      `
Parsed trees are cached by the file's content and the parser's own code, so an edited
file or a new resdiff never gets an old tree. The cache lives in $RESDIFF_CACHE_DIR,
else $XDG_CACHE_HOME/resdiff (~/.cache/resdiff on Linux, ~/Library/Caches/resdiff on
macOS, %LOCALAPPDATA%\\resdiff\\cache on Windows). --no-cache on a command bypasses it.

Examples:
  $ resdiff cache dir
  $ resdiff cache clear
  $ resdiff cache clear --cache-dir /tmp/resdiff-cache

Exit codes: 0 done, 2 trouble (the folder is not a resdiff cache).`,
    )
  cache
    .command('dir')
    .description('print the cache folder')
    .addOption(new Option('--cache-dir <dir>', 'the cache folder to use instead of the default').argParser(folderName))
    .action((options: {cacheDir?: string}) => {
      process.stdout.write(`${options.cacheDir ?? defaultCacheDir()}\n`)
    })
  cache
    .command('clear')
    .description('remove every cached tree')
    .addOption(
      new Option('--cache-dir <dir>', 'the cache folder to clear instead of the default').argParser(folderName),
    )
    .action((options: {cacheDir?: string}) => {
      const dir = options.cacheDir ?? defaultCacheDir()
      let removed: boolean
      try {
        removed = clearCache(dir)
      } catch (error) {
        if (error instanceof CacheError) throw new TroubleError(error.message)
        throw error
      }
      process.stderr.write(removed ? `resdiff: cleared the cache in ${dir}\n` : `resdiff: no cache in ${dir}\n`)
    })
  for (const command of cache.commands) command.exitOverride()
}
