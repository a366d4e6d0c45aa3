export {renderDiffHtml, type DiffReportOptions} from './diff.js'
export {renderAlignHtml} from './align.js'
export {renderHistoryHtml} from './history.js'
export {renderTraceHtml} from './trace.js'
export {escapeHtml} from './escape.js'
export type {
  AlignCheck,
  AlignPair,
  AlignResult,
  DiffChange,
  DiffResult,
  DiffSummary,
  DocumentRef,
  DroppedParagraph,
  HistoryResult,
  LineageStep,
  LinkKind,
  ParagraphLineage,
  WordChange,
} from './contracts.js'
