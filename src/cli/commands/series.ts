import {createProgress, outcomeParts, parseFiles, seriesOrder, type ParseJob} from '../../corpus/index.js'
import type {Resolution} from '../../tree/types.js'
import {TroubleError} from '../errors.js'
import type {CorpusOptions} from './corpus-options.js'
import {cacheDirOf, findCorpusFiles} from './index-run.js'

/**
 * The resolutions under some folders as a series, in the order they were adopted (session,
 * date, number from each text's metadata — never the file names). Files that fail to parse
 * are reported and left out; a folder mixing languages is refused, since a history compares
 * versions in one language.
 */
export async function readSeries(
  paths: readonly string[],
  options: CorpusOptions,
): Promise<{files: string[]; trees: Resolution[]}> {
  const found = await findCorpusFiles(paths)
  const cacheDir = cacheDirOf(options)
  const jobs = found.files.map((file): ParseJob => ({
    file,
    want: 'tree',
    ...(options.lang ? {lang: options.lang} : {}),
    ...(cacheDir === undefined ? {} : {cacheDir}),
  }))
  const progress = createProgress('parsing', jobs.length)
  const files: string[] = []
  const trees: Resolution[] = []
  for await (const outcome of parseFiles(jobs, {
    ...(options.threads ? {threads: options.threads} : {}),
    onProgress: (done) => progress.update(done),
  })) {
    if (!outcome.ok) {
      process.stderr.write(`resdiff: ${outcome.file}: ${outcome.reason} (left out of the series)\n`)
      continue
    }
    // A printed volume is one version per resolution it holds, named `file [368 (1975)]`.
    for (const part of outcomeParts(outcome)) {
      files.push(part.resolution === undefined ? outcome.file : `${outcome.file} [${part.resolution}]`)
      trees.push(JSON.parse(part.tree!) as Resolution)
    }
  }
  progress.finish()
  const languages = new Set(trees.map((tree) => tree.lang))
  if (languages.size > 1) {
    const counts = [...languages].map(
      (lang) => `${trees.filter((tree) => tree.lang === lang).length} ${lang === 'zh' ? 'Chinese' : 'English'}`,
    )
    throw new TroubleError(
      `the series mixes languages (${counts.join(', ')} texts); put each language in its own folder`,
    )
  }
  const order = seriesOrder(trees)
  return {files: order.map((index) => files[index]!), trees: order.map((index) => trees[index]!)}
}
