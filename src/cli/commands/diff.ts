import {InvalidArgumentError, Option, type Command} from 'commander'
import {changeKinds} from '../../diff/kinds.js'
import type {Lang} from '../../tree/types.js'
import {lazyAction} from '../lazy.js'

export type Format = 'terminal' | 'markdown' | 'json' | 'html' | 'docx'

export interface DiffCommandOptions {
  format: Format
  only?: string[]
  context?: boolean
  strictFormat?: boolean
  lang?: Lang
  output?: string
  pick?: string
}

/** What `--only` accepts: the change kinds, and `moved` / `renumbered` for links that changed place. */
export const onlyChoices = [...changeKinds, 'moved', 'renumbered'] as const

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('align the paragraphs of two versions of a resolution and name every change')
    .argument('<old>', 'the earlier version (last session’s resolution)')
    .argument('<new>', 'the later version (this session’s draft); either may be - for standard input')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['terminal', 'markdown', 'json', 'html', 'docx'])
        .default('terminal'),
    )
    .option(
      '-o, --output <file>',
      'write the report to this file instead of stdout; without --format, its extension names the format (.md, .json, .html, .docx)',
    )
    .option('--only <kinds>', `report only these changes, comma-separated: ${onlyChoices.join(', ')}`, parseOnly)
    .option(
      '--context',
      'show unchanged paragraphs too (terminal and markdown; an html page opens on all paragraphs; json always lists them)',
    )
    .option('--strict-format', 'count italics, footnote markers, whitespace and hyphen debris as changes')
    .addOption(
      new Option('--lang <lang>', 'force the language of both files instead of detecting it').choices(['en', 'zh']),
    )
    .addOption(
      new Option(
        '--pick <number>',
        'in a file that holds several resolutions (a printed volume), read this one, e.g. "368 (1975)" (default: the one the other file names or is clearly nearest)',
      ),
    )
    .addHelpText(
      'after',
      `
Each paragraph is reported as unchanged, reworded (with a word diff), added, dropped,
merged (several old → one new) or split (one old → several new); a link may also be
moved (out of order relative to the others) and renumbered. A changed opening phrase
("Encourages" → "Urges") is named. Both files must be in the same language
(English or Chinese); to pair English with Chinese use "resdiff align".

Output:
  terminal  summary, then each change with old → new paragraphs (PP 3, OP 9) and the word diff inline;
            deletions [-like this-] and insertions {+like this+} when colour is off.
  markdown  the same for a review comment: summary table, deletions ~~struck~~, insertions **bold**.
  json      "schema": "resdiff/diff@1", every paragraph (see docs/diff.md).
  html      one self-contained page: old and new side by side, filters, print-ready
            (see docs/report.md).
  docx      a Word redline (needs --output): the new text as tracked changes by
            "resdiff" against the old, with a comment on each moved, merged or split
            paragraph and each changed leading phrase (see docs/diff.md).

Examples:
  $ resdiff diff seeds/cop-6-2.en.txt seeds/cop-8-3.en.md
  $ resdiff diff seeds/cop-8-3.en.md seeds/cop-10-draft-mexico.en.txt --only merged,moved
  $ resdiff diff fixtures/ga-78-17.en.txt fixtures/ga-79-16.en.txt --format markdown > review.md
  $ resdiff diff old.txt new.txt --format json | jq '.summary'
  $ resdiff diff seeds/cop-6-2.en.txt seeds/cop-8-3.en.md --format html -o changes.html
  $ resdiff diff last-session.pdf draft.docx --format docx -o redline.docx

Exit codes (as GNU diff): 0 no differences, 1 differences, 2 trouble (bad file or usage).
With --only, the exit code reflects only the changes asked for.`,
    )
    .action(lazyAction(async () => (await import('./diff-run.js')).runDiff))
}

function parseOnly(value: string): string[] {
  const kinds = value
    .split(',')
    .map((kind) => kind.trim())
    .filter(Boolean)
  const unknown = kinds.filter((kind) => !(onlyChoices as readonly string[]).includes(kind))
  if (kinds.length === 0 || unknown.length > 0) {
    throw new InvalidArgumentError(
      `expected a comma-separated list of ${onlyChoices.join(', ')}${unknown.length > 0 ? `; got ${unknown.join(', ')}` : ''}`,
    )
  }
  return kinds
}
