import {createHash} from 'node:crypto'
import type {Command} from 'commander'
import {
  checkIndexFiles,
  CorpusIndex,
  damaged,
  describeStale,
  draftCopies,
  holdsLanguage,
  IndexError,
  parserFingerprint,
  readDraftAhead,
  warmReadAhead,
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
import type {Lang, Resolution} from '../../tree/types.js'
import {colorsFor, wantsColor} from '../color.js'
import {exitCode, TroubleError} from '../errors.js'
import {inputName, readResolutionInput} from '../files.js'
import {checkOutput, writeOutput} from '../output.js'
import {buildCorpusIndex, findCorpusFiles} from './index-run.js'
import {displaySafe} from '../display.js'
import type {TraceCommandOptions} from './trace.js'

// What `resdiff trace` does (trace.ts declares it): loaded only when the command runs.

const languageNames: Record<Lang, string> = {en: 'English', zh: 'Chinese'}

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

/** The draft's copies in the corpus (its Word, PDF or web page: draftCopies) are left out, as its own file is. */
function leaveOutCopies(index: CorpusIndex, tree: Resolution, traceOptions: TraceOptions): void {
  const copies = draftCopies(index, tree)
  if (copies.length === 0) return
  const exclude = new Set(traceOptions.exclude)
  for (const copy of copies) exclude.add(copy.sha256)
  traceOptions.exclude = exclude
}

export async function runTrace(
  draft: string | undefined,
  options: TraceCommandOptions,
  command: Command,
): Promise<void> {
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
  // A draft traced against an index file may have its postings read ahead: that worker starts now, while the draft is read.
  if (draft !== undefined && options.index !== undefined) warmReadAhead(options.index)
  // The draft is read first: what its trace leaves out (its own file, symbol, later sessions) is checked beside the trace.
  const traceOptions: TraceOptions = {top: options.top, threshold: options.threshold}
  let tree: Awaited<ReturnType<typeof readResolutionInput>>['tree'] | undefined
  let draftInfo: TraceReport['draft']
  if (draft !== undefined) {
    // Read once: the draft may be standard input or a pipe, which cannot be read again to hash it.
    const read = await readResolutionInput(draft, {lang: options.lang, pick: options.pick})
    tree = read.tree
    const sha256 = createHash('sha256').update(read.bytes).digest('hex')
    const before = options.before ?? tree.meta.adoptionDate ?? tree.meta.date
    if (before !== undefined) traceOptions.before = before
    traceOptions.exclude = new Set([sha256])
    if (read.resolution !== undefined) traceOptions.excludeResolution = read.resolution
    if (tree.meta.symbol !== undefined) traceOptions.excludeSymbol = tree.meta.symbol
    if (tree.meta.body !== undefined && tree.meta.session !== undefined)
      traceOptions.session = {body: tree.meta.body, session: tree.meta.session}
    draftInfo = {file: inputName(draft), lang: tree.lang}
    if (tree.meta.symbol !== undefined) draftInfo.symbol = tree.meta.symbol
    const date = tree.meta.adoptionDate ?? tree.meta.date
    if (date !== undefined) draftInfo.date = date
  } else {
    if (options.before !== undefined) traceOptions.before = options.before
    draftInfo = {lang: options.lang ?? detectLanguage(options.text!.trim())}
  }

  let index: CorpusIndex
  let staleCheck: Promise<StaleFiles | undefined> | undefined
  if (options.index !== undefined) {
    index = openIndex(options.index)
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

  let paragraphs: TracedParagraph[]
  let report: TraceReport
  let languageNote: string | undefined
  try {
    // One read: the draft's postings are read ahead (where a trace would) while its copies are found and the check starts.
    paragraphs = index.reading(() => {
      const stop = tree === undefined ? () => {} : readDraftAhead(index, tree, traceOptions)
      try {
        if (tree !== undefined) leaveOutCopies(index, tree, traceOptions)
        // Every indexed file is looked at on a worker while the trace runs; changed ones are named at the end.
        if (options.index !== undefined)
          staleCheck = checkIndexFiles(options.index, {
            exclude: [...(traceOptions.exclude ?? [])],
            ...(traceOptions.excludeResolution === undefined
              ? {}
              : {excludeResolution: traceOptions.excludeResolution}),
            ...(traceOptions.excludeSymbol === undefined ? {} : {excludeSymbol: traceOptions.excludeSymbol}),
            ...(traceOptions.session === undefined ? {} : {session: traceOptions.session}),
          })
        if (tree !== undefined) return traceResolution(index, tree, traceOptions)
        return [traceText(index, options.text!.trim(), draftInfo.lang, traceOptions)]
      } finally {
        stop()
      }
    })
    const reportOptions: TraceReport['options'] = {top: options.top, threshold: options.threshold}
    if (traceOptions.before !== undefined) reportOptions.before = traceOptions.before
    report = traceReport({
      draft: draftInfo,
      index,
      ...(options.index === undefined ? {} : {indexFile: options.index}),
      options: reportOptions,
      paragraphs,
    })
    // New language against a corpus with no text in the draft's language: say why nothing is found.
    if (report.summary.new > 0 && !holdsLanguage(index, draftInfo.lang))
      languageNote = `resdiff: ${options.index ?? 'the corpus'} holds no ${languageNames[draftInfo.lang]} text: a trace finds earlier wording in the draft's own language only\n`
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
  // Every document row is checked beside the trace: one that fails its checksum makes the answers unsafe.
  if (stale?.damaged) throw new TroubleError(damaged(options.index!).message)
  const note = stale && describeStale(options.index!, stale)
  if (note) process.stderr.write(`resdiff: ${note}\n`)
  if (languageNote) process.stderr.write(languageNote)
  await writeOutput(output, options.output, inputs)
  process.exitCode = report.summary.new > 0 ? exitCode.found : exitCode.ok
}
