import {Option, type Command} from 'commander'
import type {Lang} from '../../tree/types.js'
import {lazyAction} from '../lazy.js'
import {addPoolOptions, type CorpusOptions} from './corpus-options.js'

export type ParseCommandOptions = CorpusOptions & {format: 'json' | 'outline'; lang?: Lang; pick?: string}

export function registerParse(program: Command): void {
  const command = program
    .command('parse')
    .description('parse resolution files into trees (front matter, preamble, operative paragraphs, footnotes)')
    .argument(
      '<file...>',
      'resolution files in English or Chinese (Word .docx or .doc, OpenDocument .odt, RTF, PDF, a saved web page, plain text, Markdown, or raw PDF text), folders of them, or - for standard input',
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'outline']).default('json'))
    .addOption(new Option('--lang <lang>', 'force the language instead of detecting it').choices(['en', 'zh']))
    .addOption(
      new Option(
        '--pick <number>',
        'in a file that holds several resolutions (a printed volume), read only this one, e.g. "368 (1975)"',
      ),
    )
  addPoolOptions(command)
    .addHelpText(
      'after',
      `
Output:
  json     one file: the tree as one JSON document ("schema": "resdiff/tree@1");
           several files: JSON Lines, one tree per line, in the order given.
  outline  metadata, then one line per paragraph: label (PP 3, OP 9), leading phrase, first words.

Folders: when an argument is a folder, it is walked (hidden, binary and non-text files
are skipped with a note) and every resolution is parsed on all cores, through the parse
cache (see resdiff cache), then written as JSON Lines, one tree per line, in a stable
order (arguments as given, paths sorted within each folder). A file that fails is
reported on stderr (file: reason) and the run goes on; warnings are not printed.

Printed volumes: a file that holds several resolutions (OCR of the annual volumes, several
numbered headings with their formulas) gives one tree per resolution, as JSON Lines, with
"resolution" naming each; stderr says so. --pick NUMBER reads one of them. Folders split
volumes the same way; a resolution on the page that cannot be read is named on stderr.

Parser warnings (an unknown opening phrase, a number glued to its verb) go to stderr;
they do not change the exit code.

Examples:
  $ resdiff parse seeds/cop-6-2.en.txt --format outline
  $ resdiff parse seeds/cop-6-2.zh.txt > tree.json
  $ resdiff parse fixtures/*.txt --format json | jq -c '.meta'
  $ resdiff parse seeds/ fixtures/ > corpus.jsonl
  $ resdiff parse fixtures/corpus/sc-0368-1975.en.txt --pick "368 (1975)" --format outline

Exit codes: 0 parsed, 2 trouble (missing, empty, binary or unreadable file; no resolution structure).
With folders: 0 every file parsed, 1 some files failed (the rest were written), 2 trouble.`,
    )
    .action(lazyAction(async () => (await import('./parse-run.js')).runParse))
}
