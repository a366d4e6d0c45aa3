import {InvalidArgumentError, Option, type Command} from 'commander'
import {alignResolutions, LanguagePairError} from '../../bilingual/align-resolutions.js'
import {renderAlignTerminal} from '../../bilingual/render-terminal.js'
import {colorsFor, wantsColor} from '../color.js'
import {exitCode, TroubleError} from '../errors.js'
import {inputName, readResolution} from '../files.js'
import {writeOutput} from '../output.js'
import {displaySafe} from '../display.js'

type AlignFormat = 'terminal' | 'json' | 'tmx' | 'html'

export function registerAlign(program: Command): void {
  program
    .command('align')
    .description(
      'pair the paragraphs of the English and Chinese versions of one resolution and check numbers, dates, symbols, footnotes, leading phrases and punctuation',
    )
    .argument('<first>', 'the English (or Chinese) text')
    .argument('<second>', 'the other language of the same resolution; either may be - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['terminal', 'json', 'tmx', 'html'])
        .default('terminal'),
    )
    .addOption(
      new Option(
        '--pick <number>',
        'in a file that holds several resolutions (a printed volume), read this one, e.g. "368 (1975)"',
      ),
    )
    .option('-o, --output <file>', 'write the report to this file instead of stdout')
    .option(
      '-w, --width <columns>',
      'terminal width for side-by-side output (default: the terminal, else 100)',
      parseWidth,
    )
    .option('--findings-only', 'terminal output: show only the pairs that have findings')
    .addHelpText(
      'after',
      `
Output:
  terminal  the two languages side by side (the first file on the left), each pair's
            findings under it, a summary line last.
  json      "schema": "resdiff/align@1": pairs of eIds, bead kind, score, checks
            (see docs/align.md).
  tmx       TMX 1.4b translation memory, one unit per paired paragraph, for CAT tools.
  html      one self-contained page: the languages side by side, findings flagged on
            their rows, filters (see docs/report.md).

Checks: paragraph and footnote counts, paragraphs with no counterpart, merged or split
paragraphs, numbering, numbers / dates / symbols on one side only or different, footnote
markers in another paragraph, leading phrases that do not map, terminal punctuation.

Examples:
  $ resdiff align seeds/cop-6-2.en.txt seeds/cop-6-2.zh.txt
  $ resdiff align seeds/cop-6-2.zh.txt seeds/cop-6-2.en.txt --width 160
  $ resdiff align seeds/cop-6-2.en.txt seeds/cop-6-2.zh.txt --findings-only
  $ resdiff align seeds/cop-6-2.en.txt seeds/cop-6-2.zh.txt --format json | jq '.pairs[] | select(.checks != [])'
  $ resdiff align seeds/cop-6-2.en.txt seeds/cop-6-2.zh.txt --format tmx > cop-6-2.tmx
  $ resdiff align seeds/cop-6-2.en.txt seeds/cop-6-2.zh.txt --format html -o cop-6-2.html

Exit codes: 0 aligned with no findings, 1 findings, 2 trouble (bad file, two texts in one language, bad option).`,
    )
    .action(
      async (
        first: string,
        second: string,
        options: {format: AlignFormat; width?: number; findingsOnly?: boolean; output?: string; pick?: string},
        command: Command,
      ) => {
        const trees = [
          await readResolution(first, {pick: options.pick}),
          await readResolution(second, {pick: options.pick}),
        ] as const
        let result
        try {
          result = alignResolutions(trees[0], trees[1], {files: [inputName(first), inputName(second)]})
        } catch (error) {
          if (error instanceof LanguagePairError)
            throw new TroubleError(`${inputName(first)}, ${inputName(second)}: ${error.message}`)
          throw error
        }
        const wantColor = wantsColor(command, options.output)
        let output: string
        switch (options.format) {
          case 'json':
            output = `${JSON.stringify(result, null, 2)}\n`
            break
          case 'tmx':
            output = (await import('../../bilingual/tmx.js')).renderTmx(result, {
              version: command.parent?.version() ?? 'unknown',
            })
            break
          case 'html':
            output = (await import('../../report/html/index.js')).renderAlignHtml(result, trees[0], trees[1])
            break
          case 'terminal':
            output = renderAlignTerminal(displaySafe(result), {
              width: options.width ?? process.stdout.columns ?? 100,
              colors: colorsFor(process.stdout, wantColor),
              findingsOnly: options.findingsOnly === true,
            })
            break
          default: {
            const exhaustive: never = options.format
            throw new TroubleError(`unknown format ${String(exhaustive)}`)
          }
        }
        await writeOutput(output, options.output, [first, second])
        process.exitCode = result.findings > 0 ? exitCode.found : exitCode.ok
      },
    )
}

function parseWidth(value: string): number {
  const width = Number(value)
  if (!Number.isInteger(width) || width < 40 || width > 1000)
    throw new InvalidArgumentError('expected a whole number of columns from 40 to 1000')
  return width
}
