import type {Lang} from '../tree/types.js'
import type {BeadKind} from './align.js'
import type {SegmentKind} from './segments.js'

export type CheckId =
  | 'paragraph-count'
  | 'footnote-count'
  | 'no-counterpart'
  | 'merged'
  | 'split'
  | 'points'
  | 'numbering'
  | 'date'
  | 'number'
  | 'symbol'
  | 'footnote-marker'
  | 'leading-phrase'
  | 'terminal-punctuation'

export type FindingSeverity = 'error' | 'warning'

/** One difference a reviser must look at, with the offending text of each side. */
export interface AlignCheck {
  id: CheckId
  severity: FindingSeverity
  message: string
  en?: string
  zh?: string
}

export interface AlignPair {
  /** eIds of the English units (`formula`, `preamble_3`, `para_12__point_a`, `fn_1`, `conclusions`). */
  en: string[]
  zh: string[]
  kind: BeadKind
  section: SegmentKind
  /** Confidence that the two sides translate each other, 0–1 (0 when one side is empty). */
  score: number
  /** The compared text of each side (a paragraph with paired sub-items: its words before them). */
  text: {en: string; zh: string}
  checks: AlignCheck[]
}

export interface AlignCounts {
  preamble: number
  operative: number
  points: number
  footnotes: number
}

export interface AlignSide {
  file?: string
  symbol?: string
  lang: Lang
  counts: AlignCounts
}

export interface AlignResult {
  schema: 'resdiff/align@1'
  /** The language of the first file given: `resdiff align ZH EN` is the same alignment seen from Chinese. */
  source: Lang
  en: AlignSide
  zh: AlignSide
  summary: {
    pairs: number
    beads: Record<BeadKind, number>
    errors: number
    warnings: number
  }
  /** Findings about the documents as wholes (counts). */
  checks: AlignCheck[]
  pairs: AlignPair[]
  /** Every finding: document checks plus the checks of every pair. */
  findings: number
}
