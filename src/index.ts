export type * from './tree/types.js'
export * from './tree/access.js'
export {parseResolution, NoStructureError, type ParseOptions} from './parse/index.js'
export {decodeResolution, DecodeError, type Decoded, type Encoding} from './read/decode.js'
export * from './bilingual/index.js'
export * from './diff/index.js'
export {
  lintResolution,
  lintRules,
  findRule,
  LintConfigError,
  parseConfig,
  parseRuleOption,
  resolveSeverities,
  formatStylish,
  formatJson,
  lintReport,
  formatSarif,
  sarifLog,
  formatGithub,
  countMessages,
  type LintOptions,
  type RuleSeverities,
  type LintReport,
  type SarifOptions,
  type Counts,
  type FlatMessage,
  type LintContext,
  type LintRule,
  type RuleSeverity
} from './lint/index.js'
export {renderDiffHtml, renderAlignHtml, renderHistoryHtml, escapeHtml, type DiffReportOptions} from './report/html/index.js'
export * from './corpus/index.js'
