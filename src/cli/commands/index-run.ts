import {existsSync, statSync} from 'node:fs'
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
import {exitCode, TroubleError} from '../errors.js'
import {findCorpusFiles} from '../files.js'
import {checkOutput, outputTrouble} from '../output.js'
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

export async function runIndex(
  roots: string[],
  options: CorpusOptions & {output: string; add?: boolean},
): Promise<void> {
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
    // Recorded in the index, so a trace can say when files were added to them since.
    folders: roots.filter((root) => statSync(root).isDirectory()),
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
        ? await addToIndex(options.output, files, indexOptions, accept)
        : await writeIndex(options.output, files, indexOptions, accept)
  } catch (error) {
    if (error instanceof TroubleError) throw error
    if (error instanceof IndexError) throw new TroubleError(error.message)
    throw outputTrouble(options.output, error)
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
}
