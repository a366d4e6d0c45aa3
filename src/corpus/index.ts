export {walkCorpus, reasonToSkip, sniffContent, WalkError, type CorpusFiles, type SkippedFile} from './walk.js'
export {TreeCache, clearCache, defaultCacheDir, digestKey, treeKey, CacheError, type CacheKind} from './cache.js'
export {parserFingerprint, digestFingerprint} from './fingerprint.js'
export {
  runParseJob,
  outcomeParts,
  digestTree,
  type DocumentDigest,
  type DocumentSummary,
  type ParagraphDigest,
  type ParseJob,
  type ParseOutcome,
  type VolumePart,
} from './digest.js'
export {parseFiles, defaultThreads, type PoolOptions} from './workers.js'
export {
  fillIndex,
  writeIndex,
  addToIndex,
  indexFiles,
  type FileFailure,
  type IndexFilesOptions,
  type IndexOutcome,
} from './index-build.js'
export {
  CorpusIndex,
  IndexError,
  checkIndexFiles,
  checkIndexFile,
  damaged,
  describeStale,
  holdsLanguage,
  IndexWriter,
  indexSchema,
  memoryDatabase,
  type IndexCheck,
  type IndexHeader,
  type StaleFiles,
  type Occurrence,
  type TextRecord,
} from './store.js'
export {wordSpans, seedsOf, seedSize, type WordSpans} from './words.js'
export {
  traceText,
  draftCopies,
  tracePassage,
  traceResolution,
  readDraftAhead,
  warmReadAhead,
  type MapSegment,
  type Passage,
  type Place,
  type Span,
  type TraceMatch,
  type TraceOptions,
  type TracedParagraph,
} from './trace.js'
export {traceReport, type TraceReport} from './report.js'
export {renderTraceJson} from './render-json.js'
export {renderTraceTerminal} from './render-terminal.js'
export {renderTraceMarkdown} from './render-markdown.js'
export {orderSeries, seriesOrder} from './series.js'
export {createProgress, type Progress} from './progress.js'
