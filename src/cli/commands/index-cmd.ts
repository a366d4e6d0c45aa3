import {existsSync, statSync} from 'node:fs'
import {InvalidArgumentError, Option, type Command} from 'commander'
import {
  addToIndex,
  CorpusIndex,
  createProgress,
  defaultCacheDir,
  defaultThreads,
  IndexError,
  indexFiles,
  writeIndex,
  type FileFailure,
  type IndexOutcome,
} from '../../corpus/index.js'
import type {Lang} from '../../tree/types.js'
import {exitCode, TroubleError} from '../errors.js'
import {findCorpusFiles} from '../files.js'

export {findCorpusFiles} from '../files.js'
import {folderName} from './cache.js'
import {checkOutput} from '../output.js'
import {unreadNote} from '../volume-notes.js'

/** Options shared by the commands that read a whole corpus. */
export interface CorpusOptions {
  lang?: Lang
  threads?: number
  cache: boolean
  cacheDir?: string
}

function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more')
  return number
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

/** The cache folder these options ask for, or undefined for none. */
export function cacheDirOf(options: CorpusOptions): string | undefined {
  if (!options.cache) return undefined
  return options.cacheDir ?? defaultCacheDir()
}

export function reportFailures(failures: readonly FileFailure[]): void {
  for (const {file, reason} of failures) process.stderr.write(`resdiff: ${file}: ${reason}\n`)
}

/** The thread count asked for, at most the cores (more would only share them and add memory). */
export function threadsOf(options: CorpusOptions): number | undefined {
  if (options.threads === undefined) return undefined
  return Math.min(options.threads, defaultThreads())
}

/** Parse a corpus on every core, through the cache, with a progress bar, and index it in memory (for trace --corpus). */
export async function buildCorpusIndex(
  files: readonly string[],
  options: CorpusOptions,
): Promise<{index: CorpusIndex; failures: FileFailure[]}> {
  const progress = createProgress('indexing', files.length)
  const cacheDir = cacheDirOf(options)
  const threads = threadsOf(options)
  const result = await indexFiles(files, {
    ...(options.lang ? {lang: options.lang} : {}),
    ...(threads ? {threads} : {}),
    ...(cacheDir === undefined ? {} : {cacheDir}),
    onProgress: (done) => progress.update(done),
  })
  progress.finish()
  reportFailures(result.failures)
  if (result.index.header.documents === 0)
    throw new TroubleError(`none of the ${files.length} files could be parsed as a resolution`)
  return {index: result.index, failures: result.failures}
}

/** Is this existing file a resdiff index (so writing over it replaces nothing of the user's)? */
function isIndexFile(file: string): boolean {
  try {
    CorpusIndex.open(file).close()
    return true
  } catch (error) {
    // A damaged or stale index is still ours to replace; anything else is not.
    return error instanceof IndexError && !/not a resdiff index$/.test(error.message)
  }
}

export function registerIndex(program: Command): void {
  const command = program
    .command('index')
    .description('index every paragraph of a corpus of resolutions, for resdiff trace')
    .argument('<dir...>', 'folders of resolutions (walked recursively) or resolution files')
    .requiredOption('-o, --output <index>', 'the index file to write (SQLite)')
    .option('--add', 'add the files to an existing index, re-indexing only files whose bytes changed')
  addCorpusOptions(command)
    .addHelpText(
      'after',
      `
The index is one SQLite file (tables described in docs/index.md): for every paragraph,
the resolution's symbol, number, date and body, the paragraph's eId (PP/OP label),
leading phrase and text, and the seeds (word 3-grams) trace looks passages up by.
Identical paragraphs are stored once with every place they occur. A build writes a
temporary file and renames it into place, so a killed build leaves the old index whole.
--add grows an index in one transaction: files it holds with the same SHA-256 are not
read again, changed files are replaced, new ones added; a second writer waits.

Printed volumes: a file that holds several resolutions (OCR of the annual volumes) is
indexed as one document per resolution, labelled with its number ("368 (1975)"), so
trace cites the resolution the wording is from; one that cannot be read is named on stderr.

Examples:
  $ resdiff index seeds/ fixtures/ -o firearms.rdx
  $ resdiff index --add new-session/ -o firearms.rdx
  $ resdiff index ~/un/ga-78/ -o ga78.rdx --threads 2
  $ resdiff trace seeds/cop-10-draft-mexico.en.txt --index firearms.rdx

Exit codes: 0 every file indexed, 1 some files failed (the index holds the rest),
2 trouble (no such folder, nothing parseable, the index cannot be written or is damaged).`,
    )
    .action(async (roots: string[], options: CorpusOptions & {output: string; add?: boolean}) => {
      const {files} = await findCorpusFiles(roots)
      checkOutput(options.output, [...roots, ...files])
      const exists = existsSync(options.output)
      if (exists && !statSync(options.output).isFile())
        throw new TroubleError(`${options.output}: is not a file; choose another output file`)
      if (exists && !isIndexFile(options.output))
        throw new TroubleError(`${options.output}: exists and is not a resdiff index; choose another output file`)
      const progress = createProgress('indexing', files.length)
      const cacheDir = cacheDirOf(options)
      const threads = threadsOf(options)
      const indexOptions = {
        ...(options.lang ? {lang: options.lang} : {}),
        ...(threads ? {threads} : {}),
        ...(cacheDir === undefined ? {} : {cacheDir}),
        onProgress: (done: number) => progress.update(done),
      }
      const accept = (outcome: IndexOutcome): void => {
        progress.finish()
        reportFailures(outcome.failures)
        for (const {file, resolutions} of outcome.unread)
          process.stderr.write(`resdiff: ${unreadNote(file, resolutions)}`)
        // Nothing parseable: the old index (or no file) stays as it was.
        if (outcome.indexed + outcome.unchanged === 0)
          throw new TroubleError(`none of the ${files.length} files could be parsed as a resolution`)
      }
      let outcome: IndexOutcome
      try {
        outcome =
          options.add && exists
            ? await addToIndex(options.output, files, indexOptions, accept)
            : await writeIndex(options.output, files, indexOptions, accept)
      } catch (error) {
        if (error instanceof TroubleError) throw error
        if (error instanceof IndexError) throw new TroubleError(error.message)
        throw new TroubleError(
          `${options.output}: cannot write the index (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
        )
      } finally {
        progress.finish()
      }
      const index = CorpusIndex.open(options.output)
      const {header} = index
      index.close()
      const added = options.add ? `; ${outcome.indexed} read, ${outcome.unchanged} unchanged` : ''
      process.stderr.write(
        `resdiff: indexed ${header.documents} resolution${header.documents === 1 ? '' : 's'} ` +
          `(${header.paragraphs} paragraphs, ${header.texts} distinct) into ${options.output}${added}` +
          `${outcome.failures.length ? `; ${outcome.failures.length} file${outcome.failures.length === 1 ? '' : 's'} failed` : ''}\n`,
      )
      process.exitCode = outcome.failures.length ? exitCode.found : exitCode.ok
    })
}
