import type {Point, Position} from 'unist'
import {VFile} from 'vfile'
import type {Resolution} from '../tree/types.js'
import {resolveSeverities, type RuleSeverities} from './config.js'
import {rules as allRules} from './registry.js'
import {startOffset} from './messages.js'
import {SourceMap} from './places.js'
import type {LintRule} from './types.js'

export interface LintOptions {
  /** The file name shown in reports. */
  path?: string
  /** Severity per rule id; rules absent here use their default. */
  severities?: RuleSeverities
  /** Rules to run (default: all registered rules). */
  rules?: readonly LintRule[]
}

/**
 * Lint one parsed resolution against the drafting conventions. Returns a VFile whose
 * messages carry position, rule id, and `fatal: true` for errors, `false` for warnings.
 */
export function lintResolution(tree: Resolution, source: string, options: LintOptions = {}): VFile {
  const rules = options.rules ?? allRules
  const severities = options.severities ?? resolveSeverities(rules)
  const file = new VFile(options.path === undefined ? {value: source} : {path: options.path, value: source})
  const map = new SourceMap(source)
  for (const rule of rules) {
    const severity = severities.get(rule.id) ?? rule.severity
    if (severity === 'off') continue
    const before = file.messages.length
    const report = (reason: string, place: Point | Position | undefined): void => {
      file.message(reason, {place, ruleId: rule.id, source: 'resdiff'})
    }
    rule.check({tree, source, file, map, report})
    for (const message of file.messages.slice(before)) message.fatal = severity === 'error'
  }
  // Document order, then rule id (the sort is stable), so the same input always reads the same.
  file.messages.sort((a, b) => startOffset(a) - startOffset(b) || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''))
  return file
}
