import {type Command} from 'commander'
import {lazyAction} from '../lazy.js'
import {addCorpusOptions} from './corpus-options.js'

export function registerIndex(program: Command): void {
  const command = program
    .command('index')
    .description('index every paragraph of a corpus of resolutions, for resdiff trace')
    .argument('[dir...]', 'folders of resolutions (walked recursively) or resolution files; with --check, index files')
    .option('-o, --output <index>', 'the index file to write (SQLite)')
    .option('--add', 'add the files to an existing index, re-indexing only files whose bytes changed')
    .option('--check', 'check whole index files (every page and every row) instead of writing one')
  addCorpusOptions(command)
    .addHelpText(
      'after',
      `
The index is one SQLite file (tables described in docs/index.md): for every paragraph,
the resolution's symbol, number, date and body, the paragraph's eId (PP/OP label),
leading phrase and text, and the seeds (word 3-grams) trace looks passages up by.
Identical paragraphs are stored once with every place they occur. A build writes a
temporary file and renames it into place, so a killed build leaves the old index whole.
--add grows an index in one transaction: files it holds with the same SHA-256 are not
read again, changed files are replaced, new ones added; a second writer waits.
--check reads a whole index: SQLite's integrity check and every row's checksum (a trace
checks only the rows it reads); about a second per 100 MB.

Printed volumes: a file that holds several resolutions (OCR of the annual volumes) is
indexed as one document per resolution, labelled with its number ("368 (1975)"), so
trace cites the resolution the wording is from; one that cannot be read is named on stderr.

Examples:
  $ resdiff index seeds/ fixtures/ -o firearms.rdx
  $ resdiff index --add new-session/ -o firearms.rdx
  $ resdiff index ~/un/ga-78/ -o ga78.rdx --threads 2
  $ resdiff trace seeds/cop-10-draft-mexico.en.txt --index firearms.rdx
  $ resdiff index --check firearms.rdx

Exit codes: 0 every file indexed, 1 some files failed (the index holds the rest),
2 trouble (no such folder, nothing parseable, the index cannot be written or is damaged).`,
    )
    .action(lazyAction(async () => (await import('./index-run.js')).runIndex))
}
