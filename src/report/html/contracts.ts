import type {Lang} from '../../tree/types.js'

// The parts of the engines' JSON contracts (DESIGN.md) the reports read. Typed structurally so
// the engines' own result objects fit without a conversion step.

export type LinkKind = 'unchanged' | 'reworded' | 'added' | 'dropped' | 'merged' | 'split'

export interface DocumentRef {
  readonly file: string
  readonly symbol?: string | null | undefined
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
  readonly leadingPhrase?: {readonly old: string; readonly new: string} | null | undefined
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
