export {renderDiffHtml, type DiffReportOptions} from './diff.js'
export {escapeHtml} from './escape.js'
export type {DiffChange, DiffResult, DiffSummary, DocumentRef, LinkKind, WordChange} from './contracts.js'
