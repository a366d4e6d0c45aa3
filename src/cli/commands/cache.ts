import {Option, type Command} from 'commander'
import {TroubleError} from '../errors.js'
import {folderName} from './corpus-options.js'

// The cache code (corpus/cache.ts) loads only when a cache command runs, not for help.

export function registerCache(program: Command): void {
  const cache = program
    .command('cache')
    .description('show or clear the cache of parsed trees (kept by parse, diff, history, align, index and trace)')
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
    .action(async (options: {cacheDir?: string}) => {
      const {defaultCacheDir} = await import('../../corpus/cache.js')
      process.stdout.write(`${options.cacheDir ?? defaultCacheDir()}\n`)
    })
  cache
    .command('clear')
    .description('remove every cached tree')
    .addOption(
      new Option('--cache-dir <dir>', 'the cache folder to clear instead of the default').argParser(folderName),
    )
    .action(async (options: {cacheDir?: string}) => {
      const {CacheError, clearCache, defaultCacheDir} = await import('../../corpus/cache.js')
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
