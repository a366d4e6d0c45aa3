import path from 'node:path'
import {pathToFileURL} from 'node:url'
import type {Log, ReportingDescriptor, Result} from 'sarif'
import type {VFile} from 'vfile'
import type {RuleSeverities} from '../config.js'
import {flatten} from '../messages.js'
import type {LintRule} from '../types.js'

export interface SarifOptions {
  rules: readonly LintRule[]
  severities: RuleSeverities
  /** resdiff's version, for `tool.driver.version`. */
  version: string
}

/** A SARIF 2.1.0 log with one run: the enabled rules as descriptors, each message as a result. */
export function sarifLog(files: readonly VFile[], options: SarifOptions): Log {
  const enabled = options.rules.filter((rule) => (options.severities.get(rule.id) ?? rule.severity) !== 'off')
  const descriptors: ReportingDescriptor[] = enabled.map((rule) => ({
    id: rule.id,
    shortDescription: {text: rule.summary},
    help: {text: `See src/lint/rules/${rule.id}/README.md in the resdiff package.`},
    defaultConfiguration: {level: (options.severities.get(rule.id) ?? rule.severity) === 'error' ? 'error' : 'warning'},
  }))
  const results: Result[] = []
  files.forEach((file, artifactIndex) => {
    for (const message of file.messages.map(flatten)) {
      const ruleIndex = enabled.findIndex((rule) => rule.id === message.ruleId)
      results.push({
        ruleId: message.ruleId,
        ...(ruleIndex >= 0 ? {ruleIndex} : {}),
        level: message.severity,
        message: {text: message.message},
        locations: [
          {
            physicalLocation: {
              artifactLocation: {uri: artifactUri(file.path), index: artifactIndex},
              region: {
                startLine: message.line,
                startColumn: message.column,
                endLine: message.endLine,
                endColumn: message.endColumn,
              },
            },
          },
        ],
      })
    }
  })
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {driver: {name: 'resdiff', version: options.version, rules: descriptors}},
        artifacts: files.map((file) => ({location: {uri: artifactUri(file.path)}})),
        // vfile columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  }
}

export function formatSarif(files: readonly VFile[], options: SarifOptions): string {
  return `${JSON.stringify(sarifLog(files, options), null, 2)}\n`
}

/** Relative paths stay relative (code scanning resolves them against the checkout); absolute ones become file URLs. */
function artifactUri(file: string): string {
  if (path.isAbsolute(file)) return pathToFileURL(file).href
  return file.split(path.sep).map(encodeURIComponent).join('/')
}
