import {InvalidArgumentError, Option, type Command} from 'commander'
import type {Lang} from '../../tree/types.js'
import {lazyAction} from '../lazy.js'
import {addPoolOptions, type CorpusOptions} from './corpus-options.js'

export interface HistoryCommandOptions extends CorpusOptions {
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
    .option(
      '-o, --output <file>',
      'write the report to this file instead of stdout; without --format, its extension names the format (.md, .json, .html, .docx)',
    )
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
    .action(lazyAction(async () => (await import('./history-run.js')).runHistory))
}

function parsePair(value: string): [number, number] {
  const match = /^\s*(\d+)\s*,\s*(\d+)\s*$/.exec(value)
  const from = Number(match?.[1])
  const to = Number(match?.[2])
  if (!match || from < 1 || to < 1 || from === to)
    throw new InvalidArgumentError('expected two different version numbers, such as 1,3 (v1 is the oldest)')
  return [from, to]
}
