import type {Lang} from '../tree/types.js'
import type {CorpusIndex} from './store.js'
import type {TracedParagraph} from './trace.js'

/** The whole answer of `resdiff trace`, as `--format json` prints it. */
export interface TraceReport {
  schema: 'resdiff/trace@2'
  draft: {file?: string; symbol?: string; lang: Lang; date?: string}
  corpus: {index?: string; documents: number; paragraphs: number; texts: number}
  options: {top: number; threshold: number; before?: string}
  /** Paragraphs; those with an earlier passage; those without; words in all, and in wording agreed before. */
  summary: {paragraphs: number; traced: number; new: number; words: number; agreedWords: number}
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
    texts: input.index.header.texts,
  }
  let words = 0
  let agreedWords = 0
  for (const paragraph of input.paragraphs) {
    words += paragraph.words.total
    agreedWords += paragraph.words.agreed
  }
  return {
    schema: 'resdiff/trace@2',
    draft: input.draft,
    corpus,
    options: input.options,
    summary: {
      paragraphs: input.paragraphs.length,
      traced: input.paragraphs.length - fresh,
      new: fresh,
      words,
      agreedWords,
    },
    paragraphs: input.paragraphs,
  }
}
