import {createProgress, outcomeParts, parseFiles, type ParseJob} from '../../corpus/index.js'
import {renderOutline} from '../../tree/render-outline.js'
import type {Resolution} from '../../tree/types.js'
import {exitCode} from '../errors.js'
import type {CorpusOptions} from './corpus-options.js'
import {cacheDirOf, findCorpusFiles, reportFailures} from './index-run.js'
import {treeSchema} from './parse-run.js'
import {unreadNote} from '../volume-notes.js'
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
  const volumes: string[] = []
  const unread: string[] = []
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
    if (outcome.volume) volumes.push(`${outcome.file} (${outcome.volume.map((part) => part.resolution).join(', ')})`)
    if (outcome.unread) unread.push(unreadNote(outcome.file, outcome.unread))
    for (const part of outcomeParts(outcome)) {
      const json = part.tree!
      const named = part.resolution === undefined ? outcome.file : `${outcome.file} [${part.resolution}]`
      // The worker's JSON is the tree; the line puts schema, file (and the resolution of a volume) first, as `parse FILE` does.
      const head = `{"schema":${JSON.stringify(treeSchema)},"file":${JSON.stringify(outcome.file)},${
        part.resolution === undefined ? '' : `"resolution":${JSON.stringify(part.resolution)},`
      }`
      const line =
        options.format === 'json'
          ? `${head}${json.slice(1)}\n`
          : `${renderOutline(displaySafe(JSON.parse(json) as Resolution), displaySafe(named))}\n`
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
  }
  progress.finish()
  if (readerGone) return
  // A printed volume gives one tree per resolution, never one merged tree: say which files did.
  for (const volume of volumes)
    process.stderr.write(`resdiff: ${volume}: a file that holds several resolutions, one tree each\n`)
  for (const note of unread) process.stderr.write(`resdiff: ${note}`)
  reportFailures(failures)
  if (failures.length) process.stderr.write(`resdiff: ${failures.length} of ${files.length} files failed\n`)
  process.exitCode = failures.length ? exitCode.found : exitCode.ok
}
