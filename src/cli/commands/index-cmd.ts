import {InvalidArgumentError, Option, type Command} from 'commander'
import {
  createProgress,
  defaultCacheDir,
  indexFiles,
  walkCorpus,
  WalkError,
  serializeIndex,
  type CorpusFiles,
  type FileFailure,
  type IndexData
} from '../../corpus/index.js'
import type {Lang} from '../../tree/types.js'
import {exitCode, TroubleError} from '../errors.js'
import {checkOutput, writeFileAtomic} from '../output.js'

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
  return addPoolOptions(command.addOption(new Option('--lang <lang>', 'force the language instead of detecting it').choices(['en', 'zh'])))
}

/** `--threads`, `--cache-dir`, `--no-cache`. */
export function addPoolOptions(command: Command): Command {
  return command
    .addOption(new Option('--threads <n>', 'worker threads for parsing (default: every core)').argParser(positiveInteger))
    .option('--cache-dir <dir>', 'where parsed trees are cached (default: $RESDIFF_CACHE_DIR or the user cache folder)')
    .option('--no-cache', 'parse every file afresh and write no cache')
}

/** The cache folder these options ask for, or undefined for none. */
export function cacheDirOf(options: CorpusOptions): string | undefined {
  if (!options.cache) return undefined
  return options.cacheDir ?? defaultCacheDir()
}

/** Walk the folders, saying on stderr what was skipped and why. */
export async function findCorpusFiles(roots: readonly string[]): Promise<CorpusFiles> {
  let found: CorpusFiles
  try {
    found = await walkCorpus(roots)
  } catch (error) {
    if (error instanceof WalkError) throw new TroubleError(error.message)
    throw error
  }
  for (const {file, reason} of found.skipped) process.stderr.write(`resdiff: skipped ${file} (${reason})\n`)
  if (found.files.length === 0) throw new TroubleError(`no resolution files found in ${roots.join(', ')}`)
  return found
}

export function reportFailures(failures: readonly FileFailure[]): void {
  for (const {file, reason} of failures) process.stderr.write(`resdiff: ${file}: ${reason}\n`)
}

/** Parse a corpus on every core, through the cache, with a progress bar, and index it. */
export async function buildCorpusIndex(roots: readonly string[], options: CorpusOptions): Promise<{data: IndexData; failures: FileFailure[]; files: string[]}> {
  const {files} = await findCorpusFiles(roots)
  const progress = createProgress('indexing', files.length)
  const cacheDir = cacheDirOf(options)
  const result = await indexFiles(files, {
    ...(options.lang ? {lang: options.lang} : {}),
    ...(options.threads ? {threads: options.threads} : {}),
    ...(cacheDir === undefined ? {} : {cacheDir}),
    onProgress: (done) => progress.update(done)
  })
  progress.finish()
  reportFailures(result.failures)
  if (result.data.header.documents === 0) throw new TroubleError(`none of the ${files.length} files could be parsed as a resolution`)
  return {...result, files}
}

export function registerIndex(program: Command): void {
  const command = program
    .command('index')
    .description('index every paragraph of a corpus of resolutions, for resdiff trace')
    .argument('<dir...>', 'folders of resolutions (walked recursively) or resolution files')
    .requiredOption('-o, --output <index>', 'the index file to write')
  addCorpusOptions(command)
    .addHelpText(
      'after',
      `
The index keeps, for every paragraph: the resolution's symbol, number, date and body,
the paragraph's eId, leading phrase and text, and an inverted index of its word
shingles. Identical paragraphs are stored once with every place they occur. Parsed
trees are cached by content (see resdiff cache), so re-indexing a grown corpus only
parses the new files. Hidden files, binary files and other file types are skipped
with a note on stderr; files that fail to parse are reported and left out.

Examples:
  $ resdiff index corpus/ seeds/ -o firearms.rdx
  $ resdiff index ~/un/ga-78/ -o ga78.rdx --threads 4
  $ resdiff trace seeds/cop-10-draft-mexico.en.txt --index firearms.rdx

Exit codes: 0 every file indexed, 1 some files failed (the index holds the rest),
2 trouble (no such folder, nothing parseable, the index cannot be written).`
    )
    .action(async (roots: string[], options: CorpusOptions & {output: string}) => {
      // Refuse an output that is an input before the work, and again (with every file read) when writing.
      checkOutput(options.output, roots)
      const {data, failures, files} = await buildCorpusIndex(roots, options)
      writeFileAtomic(options.output, serializeIndex(data), [...roots, ...files])
      const {header} = data
      process.stderr.write(
        `resdiff: indexed ${header.documents} resolution${header.documents === 1 ? '' : 's'} ` +
          `(${header.paragraphs} paragraphs, ${header.texts} distinct) into ${options.output}` +
          `${failures.length ? `; ${failures.length} file${failures.length === 1 ? '' : 's'} failed` : ''}\n`
      )
      process.exitCode = failures.length ? exitCode.found : exitCode.ok
    })
}
