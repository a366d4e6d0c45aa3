import type {Command} from 'commander'
import {historyOfDiffs, isUnchangedHistory, successiveDiffs} from '../../diff/history.js'
import {renderHistoryMarkdown, renderHistoryTerminal} from '../../diff/render-history.js'
import type {Resolution} from '../../tree/types.js'
import {colorsFor, wantsColor} from '../color.js'
import {exitCode, TroubleError} from '../errors.js'
import {inputName, namesAFolder, readResolution} from '../files.js'
import {writeOutput} from '../output.js'
import {writeBinaryOutput} from '../binary-output.js'
import {diffResolutions} from '../../diff/changes.js'
import {assertSameLanguage, warnIfUnrelated} from './diff-run.js'
import {displaySafe} from '../display.js'
import type {HistoryCommandOptions} from './history.js'

// What `resdiff history` does (history.ts declares it): loaded only when the command runs.

export async function runHistory(paths: string[], options: HistoryCommandOptions, command: Command): Promise<void> {
  let files = paths
  let trees: Resolution[] = []
  if (await namesAFolder(paths)) ({files, trees} = await (await import('./series.js')).readSeries(paths, options))
  if (files.length < 3)
    throw new TroubleError(
      `history needs three or more versions, oldest first (got ${files.length}); to compare two, use "resdiff diff"`,
    )
  if (trees.length === 0) for (const file of files) trees.push(await readResolution(file, {lang: options.lang}))
  trees.forEach((tree, index) => {
    if (index > 0) assertSameLanguage(inputName(files[0]!), trees[0]!, inputName(files[index]!), tree)
  })
  const names = files.map(inputName)
  const diffs = successiveDiffs(trees, {strictFormat: options.strictFormat ?? false, files: names})
  // As diff does: a step between two different resolutions is named, for each such step.
  diffs.forEach((diff, step) => warnIfUnrelated(diff, names[step]!, names[step + 1]!))
  const result = historyOfDiffs(trees, diffs)
  if (options.format === 'docx') {
    const [from, to] = options.pair ?? [1, trees.length]
    if (from > trees.length || to > trees.length)
      throw new TroubleError(`--pair ${from},${to}: there are only ${trees.length} versions`)
    const [oldTree, newTree] = [trees[from - 1]!, trees[to - 1]!]
    const diff = diffResolutions(oldTree, newTree, {
      oldFile: inputName(files[from - 1]!),
      newFile: inputName(files[to - 1]!),
    })
    await writeBinaryOutput(
      await (await import('../../report/docx/redline.js')).renderRedline(diff, oldTree, newTree),
      options.output,
      files,
      'a Word redline',
    )
    process.exitCode = isUnchangedHistory(result) ? exitCode.ok : exitCode.found
    return
  }
  if (options.pair) throw new TroubleError('--pair chooses the versions of a Word redline: use it with --format docx')
  const color = wantsColor(command, options.output)
  let output: string
  switch (options.format) {
    case 'json':
      output = `${JSON.stringify(result, null, 2)}\n`
      break
    case 'markdown':
      output = renderHistoryMarkdown(displaySafe(result))
      break
    case 'terminal':
      output = renderHistoryTerminal(displaySafe(result), colorsFor(process.stdout, color))
      break
    case 'html':
      output = (await import('../../report/html/index.js')).renderHistoryHtml(result, trees)
      break
    default:
      throw new TroubleError(`unknown format ${String(options.format)}`)
  }
  await writeOutput(output, options.output, files)
  process.exitCode = isUnchangedHistory(result) ? exitCode.ok : exitCode.found
}
