import {createHash} from 'node:crypto'
import {readFile} from 'node:fs/promises'
import {InvalidArgumentError, Option, type Command} from 'commander'
import {
  checkIndexFiles,
  CorpusIndex,
  describeStale,
  IndexError,
  parserFingerprint,
  renderTraceJson,
  renderTraceMarkdown,
  renderTraceTerminal,
  traceReport,
  traceResolution,
  traceText,
  type StaleFiles,
  type TraceOptions,
  type TraceReport,
  type TracedParagraph,
} from '../../corpus/index.js'
import {renderTraceHtml} from '../../report/html/index.js'
import {detectLanguage} from '../../parse/language.js'
import type {Lang} from '../../tree/types.js'
import {colorsFor, wantsColor} from '../color.js'
import {exitCode, TroubleError} from '../errors.js'
import {readResolution} from '../files.js'
import {checkOutput, writeOutput} from '../output.js'
import {addCorpusOptions, buildCorpusIndex, findCorpusFiles, type CorpusOptions} from './index-cmd.js'
import {displaySafe} from '../display.js'

interface TraceCommandOptions extends CorpusOptions {
  index?: string
  corpus?: string[]
  text?: string
  format: 'terminal' | 'json' | 'markdown' | 'html'
  output?: string
  top: number
  threshold: number
  before?: string
}

function positiveInteger(value: string): number {
  const number = Number(value)
  if (!Number.isInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more')
  return number
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

function openIndex(file: string): CorpusIndex {
  try {
    return CorpusIndex.open(file)
  } catch (error) {
    if (error instanceof IndexError) throw new TroubleError(error.message)
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') throw new TroubleError(`${file}: no such index (build one with resdiff index)`)
    if (code === 'EISDIR') throw new TroubleError(`${file}: is a folder, not an index (use --corpus for a folder)`)
    throw new TroubleError(`${file}: cannot be read as an index (${code ?? String(error)})`)
  }
}

export function registerTrace(program: Command): void {
  const command = program
    .command('trace')
    .description('find where the wording of a draft was agreed before: the closest earlier paragraphs in a corpus')
    .argument('[draft]', 'the draft resolution to trace (or use --text)')
    .option('--index <index>', 'an index built by resdiff index')
    .option('--corpus <dir...>', 'folders of resolutions to index on the fly instead of --index')
    .option('--text <passage>', 'trace one passage instead of a draft file')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['terminal', 'json', 'markdown', 'html'])
        .default('terminal'),
    )
    .option('-o, --output <file>', 'write the report to this file instead of stdout')
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
bytes or same symbol) and documents dated after it are left out.

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
    .action(async (draft: string | undefined, options: TraceCommandOptions, command: Command) => {
      if ((draft === undefined) === (options.text === undefined))
        throw new TroubleError('give either a draft file or --text, not both or neither')
      if ((options.index === undefined) === (options.corpus === undefined))
        throw new TroubleError('give either --index or --corpus, not both or neither')
      if (options.text !== undefined && options.text.trim() === '') throw new TroubleError('--text is empty')

      const inputs = [
        ...(draft === undefined ? [] : [draft]),
        ...(options.index === undefined ? [] : [options.index]),
        ...(options.corpus ?? []),
      ]
      if (options.output !== undefined && options.output !== '-') checkOutput(options.output, inputs)
      let index: CorpusIndex
      let staleCheck: Promise<StaleFiles | undefined> | undefined
      if (options.index !== undefined) {
        index = openIndex(options.index)
        // Every indexed file is stat'ed on a worker while the trace runs; changed ones are named at the end.
        staleCheck = checkIndexFiles(options.index)
        if (index.header.parser !== parserFingerprint()) {
          process.stderr.write(
            `resdiff: ${options.index} was built by another version of the parser; rebuild it for exact results\n`,
          )
        }
      } else {
        const corpusFiles = (await findCorpusFiles(options.corpus!)).files
        inputs.push(...corpusFiles)
        if (options.output !== undefined && options.output !== '-') checkOutput(options.output, inputs)
        index = (await buildCorpusIndex(corpusFiles, options)).index
      }

      const traceOptions: TraceOptions = {top: options.top, threshold: options.threshold}
      let paragraphs: TracedParagraph[]
      let draftInfo: TraceReport['draft']
      let report: TraceReport
      try {
        if (draft !== undefined) {
          const tree = await readResolution(draft, {lang: options.lang})
          const sha256 = createHash('sha256')
            .update(await readFile(draft))
            .digest('hex')
          const before = options.before ?? tree.meta.adoptionDate ?? tree.meta.date
          if (before !== undefined) traceOptions.before = before
          traceOptions.exclude = new Set([sha256])
          if (tree.meta.symbol !== undefined) traceOptions.excludeSymbol = tree.meta.symbol
          if (tree.meta.body !== undefined && tree.meta.session !== undefined)
            traceOptions.session = {body: tree.meta.body, session: tree.meta.session}
          paragraphs = traceResolution(index, tree, traceOptions)
          draftInfo = {file: draft, lang: tree.lang}
          if (tree.meta.symbol !== undefined) draftInfo.symbol = tree.meta.symbol
          const date = tree.meta.adoptionDate ?? tree.meta.date
          if (date !== undefined) draftInfo.date = date
        } else {
          const text = options.text!.trim()
          const lang: Lang = options.lang ?? detectLanguage(text)
          if (options.before !== undefined) traceOptions.before = options.before
          paragraphs = [traceText(index, text, lang, traceOptions)]
          draftInfo = {lang}
        }
        const reportOptions: TraceReport['options'] = {top: options.top, threshold: options.threshold}
        if (traceOptions.before !== undefined) reportOptions.before = traceOptions.before
        report = traceReport({
          draft: draftInfo,
          index,
          ...(options.index === undefined ? {} : {indexFile: options.index}),
          options: reportOptions,
          paragraphs,
        })
      } catch (error) {
        if (error instanceof IndexError) throw new TroubleError(error.message)
        throw error
      } finally {
        index.close()
      }

      const wantColor = wantsColor(command, options.output)
      let output: string
      switch (options.format) {
        case 'json':
          output = renderTraceJson(report)
          break
        case 'markdown':
          output = renderTraceMarkdown(displaySafe(report))
          break
        case 'html':
          output = renderTraceHtml(report)
          break
        case 'terminal':
          output = renderTraceTerminal(displaySafe(report), colorsFor(process.stdout, wantColor))
          break
        default: {
          const unknown: never = options.format
          throw new TroubleError(`unknown format ${String(unknown)}`)
        }
      }
      const stale = await staleCheck
      const note = stale && describeStale(options.index!, stale)
      if (note) process.stderr.write(`resdiff: ${note}\n`)
      await writeOutput(output, options.output, inputs)
      process.exitCode = report.summary.new > 0 ? exitCode.found : exitCode.ok
    })
}
