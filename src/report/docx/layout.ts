import type {DiffResult, ParagraphChange} from '../../diff/changes.js'
import {operativeParagraphs, preambularParagraphs} from '../../tree/access.js'
import type {Paragraph, Resolution} from '../../tree/types.js'

// Where each paragraph goes in the redline, and what a comment must say about it: the layout
// of the two versions in one sequence, independent of Word (redline.ts writes it as OOXML).

/** One paragraph of either version, with where it sat. */
export interface LabelledParagraph {
  paragraph: Paragraph
  section: 'preamble' | 'operative'
  /** `PP 3`, `OP 12`: how a drafter names it. */
  label: string
}

/** What the redline shows at one place: a paragraph kept (with a word diff), or one only in the old or the new text. */
export type Entry =
  | {kind: 'kept'; old: LabelledParagraph; new: LabelledParagraph; change: ParagraphChange}
  | {kind: 'deleted'; old: LabelledParagraph}
  | {kind: 'inserted'; new: LabelledParagraph; change: ParagraphChange}

export function labelledParagraphs(tree: Resolution): LabelledParagraph[] {
  const units: LabelledParagraph[] = []
  preambularParagraphs(tree).forEach((paragraph, index) =>
    units.push({paragraph, section: 'preamble', label: `PP ${index + 1}`}),
  )
  operativeParagraphs(tree).forEach((paragraph, index) =>
    units.push({
      paragraph,
      section: 'operative',
      label: `OP ${paragraph.type === 'paragraph' && paragraph.num !== undefined ? paragraph.num : index + 1}`,
    }),
  )
  return units
}

/** `OP 10, 12 and 13`; `PP 2 and OP 1` when the kinds differ. */
export function listLabels(labels: readonly string[]): string {
  const kinds = new Set(labels.map((label) => label.split(' ')[0]))
  const names =
    kinds.size === 1
      ? labels.map((label, index) => (index === 0 ? label : (label.split(' ')[1] ?? label)))
      : [...labels]
  if (names.length <= 1) return names.join('')
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}

/** What a redline does not show of a link: where it came from, what it merges or splits, a changed leading phrase. */
export function linkComment(change: ParagraphChange, oldLabels: readonly string[]): string[] {
  const notes: string[] = []
  if (change.kind === 'merged') notes.push(`merges ${listLabels(oldLabels)}`)
  else if (change.kind === 'split') notes.push(`split from ${listLabels(oldLabels)}`)
  else if (change.moved || change.section) notes.push(`moved from ${listLabels(oldLabels)}`)
  if (change.leadingPhrase && change.leadingPhrase.old !== null && change.leadingPhrase.new !== null) {
    notes.push(`leading phrase: ${change.leadingPhrase.old} → ${change.leadingPhrase.new}`)
  }
  return notes
}

/**
 * Lay the two versions out in one sequence: paragraphs kept in place (1-1 links not moved)
 * anchor it; between two anchors come the old paragraphs that go (deleted, in old order), then
 * the new ones that come (inserted, in new order). Accepting every change gives the new text in
 * its order; rejecting every change gives the old text in its order.
 */
export function layout(result: DiffResult, oldUnits: LabelledParagraph[], newUnits: LabelledParagraph[]): Entry[] {
  const oldIndex = new Map(oldUnits.map((unit, index) => [unit.paragraph.eId, index]))
  const newIndex = new Map(newUnits.map((unit, index) => [unit.paragraph.eId, index]))
  const changeOfNew = new Map<number, ParagraphChange>()
  const anchors: Array<{old: number; new: number; change: ParagraphChange}> = []
  for (const change of result.changes) {
    for (const eId of change.new) {
      const index = newIndex.get(eId)
      if (index !== undefined) changeOfNew.set(index, change)
    }
    if (
      (change.kind === 'unchanged' || change.kind === 'reworded') &&
      !change.moved &&
      !change.section &&
      change.old.length === 1 &&
      change.new.length === 1
    ) {
      const oldAt = oldIndex.get(change.old[0]!)
      const newAt = newIndex.get(change.new[0]!)
      if (oldAt !== undefined && newAt !== undefined) anchors.push({old: oldAt, new: newAt, change})
    }
  }
  anchors.sort((first, second) => first.new - second.new)
  const chain: typeof anchors = []
  for (const anchor of anchors) if (chain.length === 0 || anchor.old > chain[chain.length - 1]!.old) chain.push(anchor)

  const entries: Entry[] = []
  let oldAt = 0
  let newAt = 0
  const gap = (oldEnd: number, newEnd: number): void => {
    for (; oldAt < oldEnd; oldAt++) entries.push({kind: 'deleted', old: oldUnits[oldAt]!})
    for (; newAt < newEnd; newAt++)
      entries.push({kind: 'inserted', new: newUnits[newAt]!, change: changeOfNew.get(newAt)!})
  }
  for (const anchor of chain) {
    gap(anchor.old, anchor.new)
    entries.push({kind: 'kept', old: oldUnits[anchor.old]!, new: newUnits[anchor.new]!, change: anchor.change})
    oldAt = anchor.old + 1
    newAt = anchor.new + 1
  }
  gap(oldUnits.length, newUnits.length)
  return entries
}
