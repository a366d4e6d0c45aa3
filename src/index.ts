// The public API of resdiff: what the README and docs/*.md document, and nothing else.
// Everything not named here is internal and may change without notice.

// The resolution tree and its accessors (docs/tree.md).
export type * from './tree/types.js'
export {
  annexes,
  conclusions,
  footnotes,
  formula,
  noteRefs,
  operativeParagraphs,
  paragraphs,
  pointList,
  preambularParagraphs,
  preface,
} from './tree/access.js'

// Reading and parsing.
export {decodeResolution, DecodeError, type Decoded, type Encoding} from './read/decode.js'
export {readDocument, remapTree, type DocumentFormat, type ReadDocument} from './read/document.js'
export {renderRedline, type RedlineOptions} from './report/docx/redline.js'
export {parseResolution, NoStructureError, type ParseOptions} from './parse/index.js'
export {
  pickResolution,
  splitVolume,
  volumeLabels,
  findResolutionHeadings,
  PickError,
  type VolumeResolution,
  type ResolutionHeading,
} from './parse/volume.js'

// Diff and history (docs/diff.md, docs/history.md).
export {
  diffResolutions,
  isSame,
  changeKinds,
  diffParagraphWords,
  renderDiffTerminal,
  renderDiffMarkdown,
  traceHistory,
  isUnchangedHistory,
  renderHistoryTerminal,
  renderHistoryMarkdown,
  type ChangeKind,
  type DiffOptions,
  type DiffResult,
  type DiffSide,
  type DiffSummary,
  type ParagraphChange,
  type WordChange,
  type WordDiffOptions,
  type RenderOptions,
  type HistoryResult,
  type HistoryOptions,
  type HistorySummary,
  type LineageStep,
  type ParagraphLineage,
  type DroppedParagraph,
} from './diff/index.js'

// English–Chinese alignment (docs/align.md).
export {
  alignResolutions,
  LanguagePairError,
  renderAlignTerminal,
  renderTmx,
  type AlignResolutionsOptions,
  type AlignCheck,
  type AlignCounts,
  type AlignPair,
  type AlignResult,
  type AlignSide,
  type CheckId,
  type FindingSeverity,
  type TerminalOptions,
  type TmxOptions,
} from './bilingual/index.js'

// Lint (docs/lint.md).
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
  type RuleSeverity,
} from './lint/index.js'

// HTML reports (docs/report.md).
export {
  renderDiffHtml,
  renderAlignHtml,
  renderHistoryHtml,
  renderTraceHtml,
  type DiffReportOptions,
} from './report/html/index.js'

// Corpora: walking, indexing and tracing (docs/corpus.md, docs/index.md, docs/trace.md).
export {
  walkCorpus,
  WalkError,
  indexFiles,
  writeIndex,
  addToIndex,
  CorpusIndex,
  IndexError,
  checkIndexFiles,
  describeStale,
  traceResolution,
  draftCopies,
  traceText,
  tracePassage,
  traceReport,
  renderTraceJson,
  renderTraceTerminal,
  renderTraceMarkdown,
  orderSeries,
  parseFiles,
  TreeCache,
  defaultCacheDir,
  type CorpusFiles,
  type SkippedFile,
  type IndexFilesOptions,
  type FileFailure,
  type IndexOutcome,
  type TraceMatch,
  type Passage,
  type Place,
  type MapSegment,
  type TraceOptions,
  type TracedParagraph,
  type TraceReport,
  type StaleFiles,
} from './corpus/index.js'
