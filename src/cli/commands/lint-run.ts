import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import type {Command} from 'commander'
import type {VFile} from 'vfile'
import {
  countMessages,
  formatGithub,
  formatJson,
  formatSarif,
  formatStylish,
  LintConfigError,
  lintResolution,
  lintRules,
  parseConfig,
  parseRuleOption,
  resolveSeverities,
  type RuleSeverity,
} from '../../lint/index.js'
import {parseResolution} from '../../parse/index.js'
import {pickResolution, readVolume} from '../../parse/volume.js'
import type {Resolution} from '../../tree/types.js'
import {colorsFor} from '../color.js'
import {exitCode, TroubleError} from '../errors.js'
import {findCorpusFiles, inputName, namesAFolder, parsingFile, readDocumentFile} from '../files.js'
import {mapTextPoint, type ReadDocument} from '../../read/document.js'
import {version} from '../../version.js'
import {escapeControls, hasControls} from '../display.js'
import type {Format, LintCommandOptions} from './lint.js'
import {unreadNote} from '../volume-notes.js'

// What `resdiff lint` does (lint.ts declares it): loaded only when the command runs.

export async function runLintCommand(files: string[], options: LintCommandOptions, command: Command): Promise<void> {
  const color = (command.optsWithGlobals() as {color?: boolean}).color !== false
  process.exitCode = await runLint(files, options, color)
}

async function runLint(files: string[], options: LintCommandOptions, color: boolean): Promise<number> {
  const severities = await loadSeverities(options)
  if (options.listRules) {
    const width = Math.max(...lintRules.map((rule) => rule.id.length))
    for (const rule of lintRules)
      process.stdout.write(
        `${rule.id.padEnd(width)}  ${(severities.get(rule.id) ?? rule.severity).padEnd(5)}  ${rule.summary}\n`,
      )
    return exitCode.ok
  }
  if (files.length === 0) throw new TroubleError('lint: no file given (run `resdiff lint --help` for usage)')
  // Folders are walked as parse, index and history walk them; then a file that cannot be linted
  // is reported and the rest are still checked, as grep -r goes on past an unreadable file.
  const walked = await namesAFolder(files)
  const inputs = walked ? await walkedFiles(files) : files
  const results: VFile[] = []
  let failed = 0
  for (const file of inputs) {
    try {
      results.push(...lintFile(file, await readDocumentFile(file), options, severities))
    } catch (error) {
      if (!walked || !(error instanceof TroubleError)) throw error
      process.stderr.write(`resdiff: ${error.message}\n`)
      failed++
    }
  }
  process.stdout.write(render(results, options.format, severities, color))
  if (failed > 0) {
    process.stderr.write(`resdiff: ${failed} of ${inputs.length} files could not be linted\n`)
    return exitCode.trouble
  }
  const {errors, warnings} = countMessages(results)
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings
  if (tooManyWarnings && options.format === 'stylish') {
    process.stderr.write(`resdiff: too many warnings (${warnings}; the maximum is ${options.maxWarnings})\n`)
  }
  return errors > 0 || tooManyWarnings ? exitCode.found : exitCode.ok
}

/**
 * A file that holds one resolution gives one report; a printed volume gives one per
 * resolution (or the one --pick names), each message saying which resolution it is about.
 * Trees of a volume keep the file's offsets, so every message points into the file.
 */
function lintFile(
  file: string,
  document: ReadDocument,
  options: LintCommandOptions,
  severities: ReadonlyMap<string, RuleSeverity>,
): VFile[] {
  const source = document.text
  const parseOptions = options.lang ? {lang: options.lang} : {}
  return parsingFile(file, () => {
    if (options.pick !== undefined)
      return [lintOne(file, document, pickResolution(source, options.pick, parseOptions), severities)]
    const volume = readVolume(source, parseOptions)
    if (volume && volume.resolutions.length > 0) {
      if (volume.unread.length) process.stderr.write(`resdiff: ${unreadNote(inputName(file), volume.unread)}`)
      return volume.resolutions.map(({label, tree}) => {
        const linted = lintOne(file, document, tree, severities)
        linted.data['resolution'] = label
        for (const message of linted.messages) {
          message.reason = `${label}: ${message.reason}`
          message.message = message.reason
        }
        return linted
      })
    }
    return [lintOne(file, document, parseResolution(source, parseOptions), severities)]
  })
}

function lintOne(
  file: string,
  document: ReadDocument,
  tree: Resolution,
  severities: ReadonlyMap<string, RuleSeverity>,
): VFile {
  const source = document.text
  const linted = lintResolution(tree, source, {path: inputName(file), severities})
  if (document.toSource) {
    // Word and PDF: point the messages into the document (paragraph; page and line), not into the text read from it.
    for (const message of linted.messages) {
      const map = (point: {line?: number | undefined; column?: number | undefined} | undefined): void => {
        if (!point?.line || !point.column) return
        const mapped = mapTextPoint(document, point.line, point.column)
        if (mapped)
          Object.assign(
            point,
            {line: mapped.line, column: mapped.column, offset: mapped.offset},
            mapped.page === undefined ? {} : {page: mapped.page},
          )
      }
      const place = message.place as
        | {
            start?: {line?: number; column?: number}
            end?: {line?: number; column?: number}
            line?: number
            column?: number
          }
        | undefined
      if (place && 'start' in place) {
        map(place.start)
        map(place.end)
      } else map(place)
      // A PDF line is counted on its page: say which page, since file:line:column cannot.
      const page = ((place && 'start' in place ? place.start : place) as {page?: number} | undefined)?.page
      if (page !== undefined) {
        message.reason = `page ${page}: ${message.reason}`
        message.message = message.reason
      }
      message.line = place && 'start' in place ? (place.start?.line ?? message.line) : (place?.line ?? message.line)
      message.column =
        place && 'start' in place ? (place.start?.column ?? message.column) : (place?.column ?? message.column)
    }
  }
  return linted
}

/** The resolution files under the folders (and the files) given, in walk order; skipped files noted. */
async function walkedFiles(paths: readonly string[]): Promise<string[]> {
  return (await findCorpusFiles(paths)).files
}

/** The files with control characters in their names and messages shown escaped (see src/cli/display.ts). */
function displayFiles(files: VFile[]): VFile[] {
  for (const file of files) {
    if (file.path && hasControls(file.path)) file.path = escapeControls(file.path)
    for (const message of file.messages) {
      message.reason = escapeControls(message.reason)
      message.message = escapeControls(message.message)
      if (message.note) message.note = escapeControls(message.note)
    }
  }
  return files
}

function render(files: VFile[], format: Format, severities: ReadonlyMap<string, RuleSeverity>, color: boolean): string {
  switch (format) {
    case 'stylish':
      return formatStylish(displayFiles(files), {color: colorsFor(process.stdout, color).level > 0})
    case 'json':
      return formatJson(files)
    case 'sarif':
      return formatSarif(files, {rules: lintRules, severities, version: version})
    case 'github':
      return formatGithub(displayFiles(files))
    default: {
      const never: never = format
      throw new TroubleError(`unknown format ${String(never)}`)
    }
  }
}

async function loadSeverities(options: LintCommandOptions): Promise<ReadonlyMap<string, RuleSeverity>> {
  try {
    const path = options.config ?? (existsSync('.resdiffrc.json') ? '.resdiffrc.json' : undefined)
    let fromFile = new Map<string, RuleSeverity>()
    if (path !== undefined) {
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch {
        throw new TroubleError(`${path}: cannot read the configuration file`)
      }
      fromFile = parseConfig(text, lintRules, path)
    }
    const fromOptions = new Map((options.rule ?? []).map((option) => parseRuleOption(option, lintRules)))
    return resolveSeverities(lintRules, fromFile, fromOptions)
  } catch (error) {
    if (error instanceof LintConfigError) throw new TroubleError(error.message)
    throw error
  }
}
