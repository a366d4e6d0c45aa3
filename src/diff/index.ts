export {diffParagraphWords, formatKey, type WordChange, type WordDiffOptions} from './words.js'
export {contentWords, shingles} from './tokens.js'
export {
  diffResolutions,
  isSame,
  changeKinds,
  type ChangeKind,
  type DiffOptions,
  type DiffResult,
  type DiffSide,
  type DiffSummary,
  type ParagraphChange,
} from './changes.js'
export {alignParagraphs, type Alignment, type Link} from './align-paragraphs.js'
export {unitsOf, formattedText, type ComparedParagraph} from './units.js'
export {renderDiffTerminal, renderWords, type RenderOptions} from './render-terminal.js'
export {renderDiffMarkdown} from './render-markdown.js'
export {
  traceHistory,
  isUnchangedHistory,
  type HistoryResult,
  type HistoryOptions,
  type HistorySummary,
  type LineageStep,
  type ParagraphLineage,
  type DroppedParagraph,
} from './history.js'
export {renderHistoryTerminal, renderHistoryMarkdown} from './render-history.js'
