import {InvalidArgumentError, Option, type Command} from 'commander'
import {isUnchangedHistory, traceHistory} from '../../diff/history.js'
import {renderHistoryMarkdown, renderHistoryTerminal} from '../../diff/render-history.js'
import type {Lang, Resolution} from '../../tree/types.js'
import {colorsFor, wantsColor} from '../color.js'
import {exitCode, TroubleError} from '../errors.js'
import {inputName, namesAFolder, readResolution} from '../files.js'
import {writeOutput} from '../output.js'
import {writeBinaryOutput} from '../binary-output.js'
import {diffResolutions} from '../../diff/changes.js'
import {assertSameLanguage} from './diff.js'
import {addPoolOptions, type CorpusOptions} from './index-cmd.js'
import {displaySafe} from '../display.js'

interface HistoryCommandOptions extends CorpusOptions {
  format: 'terminal' | 'markdown' | 'json' | 'html' | 'docx'
  pair?: [number, number]
  strictFormat?: boolean
  lang?: Lang
  output?: string
}

export function registerHistory(program: Command): void {
  const command = program
    .command('history')
    .description('trace every paragraph of the newest version back through the older ones')
    .argument(
      '<versions...>',
      'three or more versions of one resolution, oldest first (one may be - for standard input); or a folder holding the series',
    )
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['terminal', 'markdown', 'json', 'html', 'docx'])
        .default('terminal'),
    )
    .option('-o, --output <file>', 'write the report to this file instead of stdout')
    .option(
      '--pair <from,to>',
      'with --format docx: the two versions to redline, by number (default: oldest and newest)',
      parsePair,
    )
    .option('--strict-format', 'count italics, footnote markers, whitespace and hyphen debris as changes')
    .addOption(
      new Option('--lang <lang>', 'force the language of every file instead of detecting it').choices(['en', 'zh']),
    )
  addPoolOptions(command)
    .addHelpText(
      'after',
      `
Successive versions are aligned pairwise (as "resdiff diff" does) and the links chained:
for each paragraph of the newest version, the version it first appeared in, and each step
where it was reworded, merged, split, moved or renumbered; then what was dropped on the way.

A folder: every resolution in it (walked as resdiff parse walks folders, through the
parse cache) is one version, ordered by session, then date, then resolution number from
the texts' own metadata, not by file name. Files that fail to parse are reported and
left out; a folder mixing English and Chinese is refused.

Output:
  terminal  versions v1…vn, summary, one entry per paragraph of vn with its lineage.
  markdown  the same as a table for a review comment.
  json      "schema": "resdiff/history@1" (see docs/history.md).
  html      one self-contained page: a row per paragraph of the newest version, a column
            per version (see docs/report.md).
  docx      a Word redline of the newest version against the oldest (or --pair 2,3), with
            tracked changes and comments, as "resdiff diff --format docx" (needs --output).

Examples:
  $ resdiff history seeds/cop-6-2.en.txt seeds/cop-8-3.en.md seeds/cop-10-draft-mexico.en.txt
  $ resdiff history seeds/cop-6-2.en.txt seeds/cop-8-3.en.md seeds/cop-10-draft-mexico.en.txt --format html -o history.html
  $ resdiff history v1.txt v2.txt v3.txt v4.txt --format json | jq '.paragraphs[] | select(.since == 0) | .eId'
  $ resdiff history series/firearms/
  $ resdiff history seeds/cop-6-2.en.txt seeds/cop-8-3.en.md seeds/cop-10-draft-mexico.en.txt --format docx --pair 2,3 -o redline.docx

Exit codes: 0 nothing changed across the versions, 1 changes, 2 trouble (bad file or usage,
fewer than three versions).`,
    )
    .action(async (paths: string[], options: HistoryCommandOptions, command: Command) => {
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
      const result = traceHistory(trees, {strictFormat: options.strictFormat ?? false, files: files.map(inputName)})
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
      if (options.pair)
        throw new TroubleError('--pair chooses the versions of a Word redline: use it with --format docx')
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
    })
}

function parsePair(value: string): [number, number] {
  const match = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(value)
  const from = Number(match?.[1])
  const to = Number(match?.[2])
  if (!match || from < 1 || to < 1 || from === to)
    throw new InvalidArgumentError('expected two different version numbers, such as 1,3 (v1 is the oldest)')
  return [from, to]
}
