import {Option, type Command} from 'commander'
import {isUnchangedHistory, traceHistory} from '../../diff/history.js'
import {renderHistoryMarkdown, renderHistoryTerminal} from '../../diff/render-history.js'
import type {Lang, Resolution} from '../../tree/types.js'
import {colorsFor} from '../color.js'
import {exitCode, TroubleError} from '../errors.js'
import {readResolution} from '../files.js'
import {assertSameLanguage} from './diff.js'

interface HistoryCommandOptions {
  format: 'terminal' | 'markdown' | 'json'
  strictFormat?: boolean
  lang?: Lang
}

export function registerHistory(program: Command): void {
  program
    .command('history')
    .description('trace every paragraph of the newest version back through the older ones')
    .argument('<versions...>', 'three or more versions of one resolution, oldest first')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['terminal', 'markdown', 'json']).default('terminal'))
    .option('--strict-format', 'count italics, footnote markers, whitespace and hyphen debris as changes')
    .addOption(new Option('--lang <lang>', 'force the language of every file instead of detecting it').choices(['en', 'zh']))
    .addHelpText(
      'after',
      `
Successive versions are aligned pairwise (as "resdiff diff" does) and the links chained:
for each paragraph of the newest version, the version it first appeared in, and each step
where it was reworded, merged, split, moved or renumbered; then what was dropped on the way.

Output:
  terminal  versions v1…vn, summary, one entry per paragraph of vn with its lineage.
  markdown  the same as a table for a review comment.
  json      "schema": "resdiff/history@1" (see docs/history.md).

Examples:
  $ resdiff history seeds/cop-6-2.en.txt seeds/cop-8-3.en.md seeds/cop-10-draft-mexico.en.txt
  $ resdiff history v1.txt v2.txt v3.txt v4.txt --format json | jq '.paragraphs[] | select(.since == 0) | .eId'

Exit codes: 0 nothing changed across the versions, 1 changes, 2 trouble (bad file or usage,
fewer than three versions).`
    )
    .action(async (files: string[], options: HistoryCommandOptions, command: Command) => {
      if (files.length < 3) throw new TroubleError(`history needs three or more versions, oldest first (got ${files.length}); to compare two, use "resdiff diff"`)
      const trees: Resolution[] = []
      for (const file of files) trees.push(await readResolution(file, {lang: options.lang}))
      trees.forEach((tree, index) => {
        if (index > 0) assertSameLanguage(files[0]!, trees[0]!, files[index]!, tree)
      })
      const result = traceHistory(trees, {strictFormat: options.strictFormat ?? false, files})
      const color = command.optsWithGlobals<{color?: boolean}>().color !== false
      let output: string
      switch (options.format) {
        case 'json':
          output = `${JSON.stringify(result, null, 2)}\n`
          break
        case 'markdown':
          output = renderHistoryMarkdown(result)
          break
        case 'terminal':
          output = renderHistoryTerminal(result, colorsFor(process.stdout, color))
          break
      }
      process.stdout.write(output)
      process.exitCode = isUnchangedHistory(result) ? exitCode.ok : exitCode.found
    })
}
