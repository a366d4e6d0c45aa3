import {InvalidArgumentError, Option, type Command} from 'commander'
import {lazyAction} from '../lazy.js'

export type AlignFormat = 'terminal' | 'json' | 'tmx' | 'html'

export interface AlignCommandOptions {
  format: AlignFormat
  width?: number
  findingsOnly?: boolean
  output?: string
  pick?: string
}

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
        'in a file that holds several resolutions (a printed volume), read this one, e.g. "368 (1975)" (default: the one the other file names or is clearly nearest)',
      ),
    )
    .option(
      '-o, --output <file>',
      'write the report to this file instead of stdout; without --format, its extension names the format (.json, .html, .tmx)',
    )
    .option(
      '-w, --width <columns>',
      'terminal width for side-by-side output (default: the terminal, else 100)',
      parseWidth,
    )
    .option(
      '--findings-only',
      'show only the pairs that have findings (terminal and json; an html page opens on them; not with tmx)',
    )
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
    .action(lazyAction(async () => (await import('./align-run.js')).runAlign))
}

function parseWidth(value: string): number {
  const width = Number(value)
  if (!Number.isInteger(width) || width < 40 || width > 1000)
    throw new InvalidArgumentError('expected a whole number of columns from 40 to 1000')
  return width
}
