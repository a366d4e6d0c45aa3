import type {Lang} from '../tree/types.js'
import type {CorpusIndex} from './index-format.js'
import type {TracedParagraph} from './trace.js'

/** The whole answer of `resdiff trace`, as `--format json` prints it. */
export interface TraceReport {
  schema: 'resdiff/trace@1'
  draft: {file?: string; symbol?: string; lang: Lang; date?: string}
  corpus: {index?: string; documents: number; paragraphs: number; texts: number}
  options: {top: number; threshold: number; before?: string}
  summary: {paragraphs: number; traced: number; new: number}
  paragraphs: TracedParagraph[]
}

export interface TraceReportInput {
  draft: TraceReport['draft']
  index: CorpusIndex
  indexFile?: string
  options: TraceReport['options']
  paragraphs: TracedParagraph[]
}

export function traceReport(input: TraceReportInput): TraceReport {
  const fresh = input.paragraphs.filter((paragraph) => paragraph.new).length
  const corpus: TraceReport['corpus'] = {
    ...(input.indexFile === undefined ? {} : {index: input.indexFile}),
    documents: input.index.header.documents,
    paragraphs: input.index.header.paragraphs,
    texts: input.index.header.texts
  }
  return {
    schema: 'resdiff/trace@1',
    draft: input.draft,
    corpus,
    options: input.options,
    summary: {paragraphs: input.paragraphs.length, traced: input.paragraphs.length - fresh, new: fresh},
    paragraphs: input.paragraphs
  }
}
