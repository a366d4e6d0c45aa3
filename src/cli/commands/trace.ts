import {InvalidArgumentError, Option, type Command} from 'commander'
import {lazyAction} from '../lazy.js'
import {addCorpusOptions, positiveInteger, type CorpusOptions} from './corpus-options.js'

export interface TraceCommandOptions extends CorpusOptions {
  index?: string
  corpus?: string[]
  text?: string
  format: 'terminal' | 'json' | 'markdown' | 'html'
  output?: string
  top: number
  threshold: number
  before?: string
  pick?: string
}

function share(value: string): number {
  const number = Number(value)
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0 || number > 1)
    throw new InvalidArgumentError('expected a number above 0 and at most 1')
  return number
}

function isoDate(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw new InvalidArgumentError('expected a date as YYYY-MM-DD')
  return value
}

export function registerTrace(program: Command): void {
  const command = program
    .command('trace')
    .description('find where the wording of a draft was agreed before: the closest earlier paragraphs in a corpus')
    .argument('[draft]', 'the draft resolution to trace, or - for standard input (or use --text)')
    .option('--index <index>', 'an index built by resdiff index')
    .option('--corpus <dir...>', 'folders of resolutions to index on the fly instead of --index')
    .option('--text <passage>', 'trace one passage instead of a draft file')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['terminal', 'json', 'markdown', 'html'])
        .default('terminal'),
    )
    .option(
      '-o, --output <file>',
      'write the report to this file instead of stdout; without --format, its extension names the format (.md, .json, .html)',
    )
    .addOption(
      new Option('--top <n>', 'earlier paragraphs reported per paragraph').argParser(positiveInteger).default(5),
    )
    .addOption(
      new Option('--threshold <similarity>', 'similarity (0–1) an earlier paragraph needs to count as close')
        .argParser(share)
        .default(0.35),
    )
    .addOption(
      new Option(
        '--before <date>',
        "only documents dated on or before this day count as earlier (default: the draft's date)",
      ).argParser(isoDate),
    )
    .option(
      '--pick <number>',
      'the draft is a file that holds several resolutions (a printed volume): trace this one, e.g. "420 (1977)"',
    )
  addCorpusOptions(command)
    .addHelpText(
      'after',
      `
For each paragraph of the draft, the earlier passages that share its wording: a
clause inside a longer paragraph, a paragraph that became two, words moved. Each match
gives the resolution (number, symbol, date), the paragraph (PP 3, OP 5), the span on
both sides with its word diff, and where the same text was first agreed. Then an
agreed-language map: the paragraph with each piece of wording marked by where it was
agreed before, and new wording marked. Scores depend on the two texts alone, so adding
unrelated documents to the corpus does not change a match. The draft itself (same
bytes, same symbol, or the same paragraphs in another file: its Word, PDF or web
copy) and documents dated after it are left out. A draft picked from a
printed volume (--pick) leaves out only itself: the other resolutions on its pages count.

Examples:
  $ resdiff index seeds/ fixtures/ -o corpus.rdx
  $ resdiff trace seeds/cop-10-draft-mexico.en.txt --index corpus.rdx
  $ resdiff trace seeds/cop-10-draft-mexico.en.txt --corpus seeds/ --format json
  $ resdiff trace seeds/cop-10-draft-mexico.en.txt --index corpus.rdx --format html -o trace.html
  $ resdiff trace --text "Urges States parties to the Firearms Protocol to harmonize their legislation" --index corpus.rdx

Output: terminal (default), json ("schema": "resdiff/trace@2", see docs/trace.md), markdown,
html (one self-contained page, with -o FILE).

Exit codes: 0 every paragraph shares wording with an earlier text, 1 some paragraph is
new language, 2 trouble (bad draft, bad option, an index that is damaged or stale).`,
    )
    .action(lazyAction(async () => (await import('./trace-run.js')).runTrace))
}
