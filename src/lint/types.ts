import type {Point, Position} from 'unist'
import type {VFile} from 'vfile'
import type {Resolution} from '../tree/types.js'
import type {SourceMap} from './places.js'

/** How loudly a rule speaks: `off` silences it, `warn` never fails a run, `error` does. */
export type RuleSeverity = 'off' | 'warn' | 'error'

/** What every rule is given: the parsed tree, the text it was parsed from, the file to report on. */
export interface LintContext {
  tree: Resolution
  /** The decoded source text; tree positions point into it. */
  source: string
  file: VFile
  /** Offsets in the source as points, shared by the rules. */
  map: SourceMap
  /** Report a problem at a place; the registry stamps the rule's id and severity. */
  report(reason: string, place: Point | Position | undefined): void
}

/** A lint rule in the remark-lint manner: an id, a default severity, one small check. */
export interface LintRule {
  /** Kebab-case id used in messages and configuration: `operative-numbering`. */
  id: string
  /** Severity when the configuration says nothing about the rule. */
  severity: Exclude<RuleSeverity, 'off'>
  /** One line for `--help`, SARIF `shortDescription` and the docs. */
  summary: string
  check(context: LintContext): void
}
