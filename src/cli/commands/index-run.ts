import {existsSync, statSync} from 'node:fs'
import {
  addToIndex,
  checkIndexFile,
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
import {exitCode, TroubleError} from '../errors.js'
import {findCorpusFiles} from '../files.js'
import {checkOutput, linkTarget, outputTrouble} from '../output.js'
import type {CorpusOptions} from './corpus-options.js'
import {unreadNote} from '../volume-notes.js'

export {findCorpusFiles} from '../files.js'

// What `resdiff index` does (index-cmd.ts declares it), and what the other commands that read a
// corpus share: loaded only when one of them runs.

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
  for (const {file, resolutions} of result.unread) process.stderr.write(`resdiff: ${unreadNote(file, resolutions)}`)
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

/** `resdiff index --check INDEX…`: each index read whole; one sentence per index, exit 2 at the first damaged one. */
function checkIndexes(files: readonly string[], options: {output?: string; add?: boolean}): void {
  if (options.output !== undefined || options.add) throw new TroubleError('--check takes index files, not -o or --add')
  if (files.length === 0) throw new TroubleError('--check needs the index files to check')
  for (const file of files) {
    if (!existsSync(file)) throw new TroubleError(`${file}: no such index`)
    const started = performance.now()
    let checked
    try {
      checked = checkIndexFile(file)
    } catch (error) {
      if (error instanceof IndexError) throw new TroubleError(error.message)
      throw error
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    process.stderr.write(
      `resdiff: ${file} is whole: ${checked.documents} resolutions, ${checked.paragraphs} paragraphs, ${checked.texts} texts and ${checked.postingRows} posting rows checked in ${seconds} s\n`,
    )
  }
  process.exitCode = exitCode.ok
}

export async function runIndex(
  roots: string[],
  options: CorpusOptions & {output?: string; add?: boolean; check?: boolean},
): Promise<void> {
  if (options.check) return checkIndexes(roots, options)
  if (options.output === undefined) throw new TroubleError("required option '-o, --output <index>' not specified")
  if (roots.length === 0) throw new TroubleError('give the folders or files to index')
  const output = options.output
  // A symbolic link stays a link: the index is built in the file it points to.
  const destination = linkTarget(output) ?? output
  const {files, folders: folderStamps} = await findCorpusFiles(roots)
  checkOutput(output, [...roots, ...files])
  const exists = existsSync(output)
  if (exists && !statSync(output).isFile())
    throw new TroubleError(`${output}: is not a file; choose another output file`)
  if (exists && !isIndexFile(output))
    throw new TroubleError(`${output}: exists and is not a resdiff index; choose another output file`)
  const progress = createProgress('indexing', files.length)
  const cacheDir = cacheDirOf(options)
  const threads = threadsOf(options)
  const indexOptions = {
    ...(options.lang ? {lang: options.lang} : {}),
    ...(threads ? {threads} : {}),
    ...(cacheDir === undefined ? {} : {cacheDir}),
    onProgress: (done: number) => progress.update(done),
    // Recorded in the index, so a trace can say when files were added to them since.
    folders: roots.filter((root) => statSync(root).isDirectory()),
    folderStamps,
  }
  const accept = (outcome: IndexOutcome): void => {
    progress.finish()
    reportFailures(outcome.failures)
    for (const {file, resolutions} of outcome.unread) process.stderr.write(`resdiff: ${unreadNote(file, resolutions)}`)
    // Nothing parseable: the old index (or no file) stays as it was.
    if (outcome.indexed + outcome.unchanged === 0)
      throw new TroubleError(`none of the ${files.length} files could be parsed as a resolution`)
  }
  let outcome: IndexOutcome
  try {
    outcome =
      options.add && exists
        ? await addToIndex(destination, files, indexOptions, accept)
        : await writeIndex(destination, files, indexOptions, accept)
  } catch (error) {
    if (error instanceof TroubleError) throw error
    if (error instanceof IndexError) throw new TroubleError(error.message)
    throw outputTrouble(output, error)
  } finally {
    progress.finish()
  }
  const index = CorpusIndex.open(output)
  const {header} = index
  index.close()
  const added = options.add ? `; ${outcome.indexed} read, ${outcome.unchanged} unchanged` : ''
  process.stderr.write(
    `resdiff: indexed ${header.documents} resolution${header.documents === 1 ? '' : 's'} ` +
      `(${header.paragraphs} paragraphs, ${header.texts} distinct) into ${output}${added}` +
      `${outcome.failures.length ? `; ${outcome.failures.length} file${outcome.failures.length === 1 ? '' : 's'} failed` : ''}\n`,
  )
  process.exitCode = outcome.failures.length ? exitCode.found : exitCode.ok
}
