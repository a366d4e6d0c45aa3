import {Option, type Command} from 'commander'
import type {Lang} from '../../tree/types.js'
import {lazyAction} from '../lazy.js'
import {TroubleError} from '../errors.js'

const formats = ['stylish', 'json', 'sarif', 'github'] as const
export type Format = (typeof formats)[number]

export interface LintCommandOptions {
  format: Format
  rule?: string[]
  config?: string
  maxWarnings?: number
  lang?: Lang
  listRules?: boolean
  pick?: string
}

export function registerLint(program: Command): void {
  program
    .command('lint')
    .description(
      'check resolution texts against the UN drafting conventions (structure, numbering, phrases, punctuation, footnotes, citations, leftovers)',
    )
    .argument(
      '[files...]',
      'resolutions to check (Word .docx or .doc, OpenDocument .odt, RTF, PDF, a saved web page, or text and Markdown in UTF-8, UTF-16, GB18030, Big5 or Windows-1252), folders of them, or - for standard input',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(formats).default('stylish'))
    .option('-r, --rule <id=severity>', 'set a rule to off, warn or error (repeatable)', collect)
    .option('-c, --config <file>', 'configuration file (default: .resdiffrc.json in the current directory, if any)')
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings', parseCount)
    .addOption(new Option('--lang <lang>', 'language of the texts, instead of detecting it').choices(['en', 'zh']))
    .option(
      '--pick <number>',
      'in a file that holds several resolutions (a printed volume), check only this one, e.g. "368 (1975)"',
    )
    .option('--list-rules', 'list the rules with their severities and exit')
    .addHelpText(
      'after',
      `
Examples:
  $ resdiff lint seeds/cop-10-draft-mexico.en.txt
  $ resdiff lint seeds/*.txt --format github --max-warnings 0
  $ resdiff lint drafts/
  $ pdftotext draft.pdf - | resdiff lint -
  $ resdiff lint draft.txt --rule pdf-debris=off --rule phrase-sequence=error
  $ resdiff lint draft.txt --format sarif > resdiff.sarif
  $ resdiff lint fixtures/corpus/sc-0443-1978.en.txt --pick "443 (1978)"
  $ resdiff lint --list-rules

Printed volumes: a file that holds several resolutions (OCR of the annual volumes) is
checked one resolution at a time, in one report: every message names its resolution
("368 (1975): …") and points into the file's own lines. --pick NUMBER checks one of them.
A resolution on the page that cannot be read is named on stderr.

Configuration (.resdiffrc.json): {"rules": {"doubled-space": "off", "phrase-sequence": "error"}}
Rules are described in src/lint/rules/<id>/README.md; output formats in docs/lint.md.

Exit codes: 0 clean or warnings only, 1 errors (or more warnings than --max-warnings),
2 trouble (unreadable file, not a resolution, bad option or configuration). In a folder,
a file that cannot be linted is named on stderr, the others are checked, and the exit is 2.`,
    )
    .action(lazyAction(async () => (await import('./lint-run.js')).runLintCommand))
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value]
}

function parseCount(value: string): number {
  if (!/^\d+$/u.test(value))
    throw new TroubleError(`--max-warnings ${value}: expected a whole number of warnings, such as 0`)
  return Number(value)
}
