import {createProgress, parseFiles, type ParseJob} from '../../corpus/index.js'
import {renderOutline} from '../../tree/render-outline.js'
import type {Resolution} from '../../tree/types.js'
import {exitCode} from '../errors.js'
import type {CorpusOptions} from './corpus-options.js'
import {cacheDirOf, findCorpusFiles, reportFailures} from './index-run.js'
import {treeSchema} from './parse-run.js'
import {displaySafe} from '../display.js'

export {namesAFolder} from '../files.js'

/**
 * `resdiff parse DIR…`: every resolution under the folders, parsed on every core through
 * the cache, written as JSON Lines (one tree per line, in walk order) or outlines. A file
 * that fails is reported on stderr and the run goes on; the exit code says whether any did.
 */
export async function parseFolders(
  paths: readonly string[],
  options: CorpusOptions & {format: 'json' | 'outline'},
): Promise<void> {
  const {files} = await findCorpusFiles(paths)
  const cacheDir = cacheDirOf(options)
  const jobs = files.map((file): ParseJob => ({
    file,
    want: 'tree',
    ...(options.lang ? {lang: options.lang} : {}),
    ...(cacheDir === undefined ? {} : {cacheDir}),
  }))
  const progress = createProgress('parsing', files.length)
  const failures = []
  // `resdiff parse corpus/ | head`: once the reader is gone, stop parsing instead of crashing on EPIPE.
  let readerGone = false
  const onStdoutError = (error: NodeJS.ErrnoException): void => {
    if (error.code === 'EPIPE') readerGone = true
    else throw error
  }
  process.stdout.on('error', onStdoutError)
  for await (const outcome of parseFiles(jobs, {
    ...(options.threads ? {threads: options.threads} : {}),
    onProgress: (done) => progress.update(done),
  })) {
    if (readerGone) break
    if (!outcome.ok) {
      failures.push({file: outcome.file, reason: outcome.reason})
      continue
    }
    const json = outcome.tree!
    // The worker's JSON is the tree; the line puts schema and file first, as `parse FILE` does.
    const line =
      options.format === 'json'
        ? `{"schema":${JSON.stringify(treeSchema)},"file":${JSON.stringify(outcome.file)},${json.slice(1)}\n`
        : `${renderOutline(displaySafe(JSON.parse(json) as Resolution), displaySafe(outcome.file))}\n`
    if (!process.stdout.write(line))
      await new Promise<void>((resolve) => {
        const done = (): void => {
          process.stdout.off('drain', done)
          process.stdout.off('error', done)
          resolve()
        }
        process.stdout.once('drain', done)
        process.stdout.once('error', done)
      })
  }
  progress.finish()
  if (readerGone) return
  reportFailures(failures)
  if (failures.length) process.stderr.write(`resdiff: ${failures.length} of ${files.length} files failed\n`)
  process.exitCode = failures.length ? exitCode.found : exitCode.ok
}
