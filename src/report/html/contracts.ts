import type {Lang} from '../../tree/types.js'

// The parts of the engines' JSON contracts (DESIGN.md) the reports read. Typed structurally so
// the engines' own result objects fit without a conversion step.

export type LinkKind = 'unchanged' | 'reworded' | 'added' | 'dropped' | 'merged' | 'split'

export interface DocumentRef {
  readonly file: string | null
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
  readonly message: string
  /** The check's id (`number-mismatch`); engines may call it `check`, `rule` or `id`. */
  readonly check?: string | undefined
  readonly rule?: string | undefined
  readonly id?: string | undefined
  readonly severity?: string | undefined
}

export interface AlignPair {
  readonly en: readonly string[]
  readonly zh: readonly string[]
  readonly checks: readonly AlignCheck[]
}

export interface AlignResult {
  readonly schema: string
  readonly en: DocumentRef
  readonly zh: DocumentRef
  readonly pairs: readonly AlignPair[]
  /** Findings about the whole documents (paragraph and footnote counts). */
  readonly checks?: readonly AlignCheck[] | undefined
}
