import type {Lang} from '../../tree/types.js'

// The parts of the engines' JSON contracts (DESIGN.md) the reports read. Typed structurally so
// the engines' own result objects fit without a conversion step.

export type LinkKind = 'unchanged' | 'reworded' | 'added' | 'dropped' | 'merged' | 'split'

export interface DocumentRef {
  readonly file?: string | null | undefined
  readonly symbol?: string | null | undefined
  /** Resolution number (`8/3`), when the text gives one. */
  readonly number?: string | null | undefined
  readonly lang: Lang
}

export interface WordChange {
  readonly value: string
  readonly added?: boolean | undefined
  readonly removed?: boolean | undefined
}

export interface DiffChange {
  readonly kind: LinkKind
  readonly moved: boolean
  readonly renumbered?: boolean | undefined
  readonly old: readonly string[]
  readonly new: readonly string[]
  readonly similarity?: number | null | undefined
  readonly leadingPhrase?: {readonly old: string | null; readonly new: string | null} | null | undefined
  /** Present when the text crossed between preamble and operative part. */
  readonly section?: {readonly old: string; readonly new: string} | null | undefined
  readonly words?: readonly WordChange[] | null | undefined
}

export interface DiffSummary {
  readonly unchanged: number
  readonly reworded: number
  readonly added: number
  readonly dropped: number
  readonly merged: number
  readonly split: number
  readonly moved: number
}

export interface DiffResult {
  readonly schema: string
  readonly old: DocumentRef
  readonly new: DocumentRef
  readonly summary: DiffSummary
  readonly changes: readonly DiffChange[]
}

/** A finding of the bilingual checks: a number on one side only, a footnote marker moved… */
export interface AlignCheck {
  /** The check's id (`number`, `date`, `leading-phrase`…). */
  readonly id?: string | undefined
  readonly severity?: string | undefined
  readonly message: string
  /** The offending text on each side, when the check names one. */
  readonly en?: string | undefined
  readonly zh?: string | undefined
}

export interface AlignPair {
  /** eIds of the units: `formula`, `preamble_3`, `para_12__point_a`, `fn_1`, `conclusions`. */
  readonly en: readonly string[]
  readonly zh: readonly string[]
  /** Bead kind: `1-1`, `1-2`, `2-1`, `1-0`, `0-1`. */
  readonly kind?: string | undefined
  /** `formula`, `preamble`, `operative`, `point`, `conclusions`, `footnote`. */
  readonly section?: string | undefined
  readonly score?: number | undefined
  /** The compared text of each side (a paragraph whose points are paired apart: its words before them). */
  readonly text?: {readonly en: string; readonly zh: string} | undefined
  readonly checks: readonly AlignCheck[]
}

export interface AlignCounts {
  readonly preamble: number
  readonly operative: number
  readonly points: number
  readonly footnotes: number
}

export interface AlignSide extends DocumentRef {
  readonly counts?: AlignCounts | undefined
}

export interface AlignResult {
  readonly schema: string
  /** The language of the first file given; the report puts it on the left. */
  readonly source?: string | undefined
  readonly en: AlignSide
  readonly zh: AlignSide
  /** Findings about the documents as wholes (counts). */
  readonly checks?: readonly AlignCheck[] | undefined
  readonly pairs: readonly AlignPair[]
}

/** One link of a paragraph's lineage: what happened between version `from` and version `to`. */
export interface LineageStep {
  readonly from: number
  readonly to: number
  readonly kind: string
  readonly moved: boolean
  readonly renumbered?: boolean | undefined
  readonly old: readonly string[]
  readonly new: readonly string[]
  readonly similarity?: number | undefined
  readonly leadingPhrase?: {readonly old: string | null; readonly new: string | null} | null | undefined
}

export interface ParagraphLineage {
  readonly eId: string
  /** Index of the earliest version that holds an ancestor of the paragraph. */
  readonly since: number
  readonly origin: readonly string[]
  /** Oldest step first. */
  readonly steps: readonly LineageStep[]
}

export interface DroppedParagraph {
  /** The last version that has it. */
  readonly version: number
  readonly eId: string
  readonly text: string
}

export interface HistoryResult {
  readonly schema: string
  readonly versions: readonly DocumentRef[]
  readonly summary: {
    readonly paragraphs: number
    readonly fromFirst: number
    readonly neverChanged: number
    readonly dropped: number
  }
  readonly paragraphs: readonly ParagraphLineage[]
  readonly dropped: readonly DroppedParagraph[]
}
