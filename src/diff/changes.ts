import {subjectTest} from './subject.js'
import type {Lang, Part, Resolution} from '../tree/types.js'
import {alignParagraphs, type Alignment, type Link} from './align-paragraphs.js'
import {inOrder} from './moves.js'
import {groupAffinity} from './similarity.js'
import {unitsOf, type ComparedParagraph} from './units.js'
import {diffParagraphWords, type WordChange} from './words.js'

import type {ChangeKind} from './kinds.js'

export {changeKinds, type ChangeKind} from './kinds.js'

/** What happened to one paragraph, or to a group of paragraphs merged or split. */
export interface ParagraphChange {
  kind: ChangeKind
  /** Out of order relative to the other links. */
  moved: boolean
  /** An operative paragraph kept its text but not its number. */
  renumbered: boolean
  old: string[]
  new: string[]
  /** Weighted similarity of the two sides, 0–1, two decimals; absent for added and dropped. */
  similarity?: number
  /** Present when the opening phrase changed. */
  leadingPhrase?: {old: string | null; new: string | null}
  /** Present when the text crossed between preamble and operative part. */
  section?: {old: Part; new: Part}
  /** Word-level diff (reworded, merged, split); merged and split compare the group's texts joined. */
  words?: WordChange[]
  /** The paragraph's text, for added and dropped. */
  text?: string
}

export interface DiffSide {
  file: string | null
  symbol: string | null
  number: string | null
  lang: Lang
}

export interface DiffSummary {
  unchanged: number
  reworded: number
  added: number
  dropped: number
  merged: number
  split: number
  moved: number
}

export interface DiffResult {
  schema: 'resdiff/diff@1'
  old: DiffSide
  new: DiffSide
  summary: DiffSummary
  changes: ParagraphChange[]
}

export interface DiffOptions {
  /** Italics, footnote markers, whitespace and hyphen debris count as changes. */
  strictFormat?: boolean
  oldFile?: string
  newFile?: string
}

/** Align two versions of a resolution and name what happened to every paragraph. */
export function diffResolutions(oldTree: Resolution, newTree: Resolution, options: DiffOptions = {}): DiffResult {
  const strictFormat = options.strictFormat ?? false
  const oldUnits = unitsOf(oldTree, strictFormat)
  const newUnits = unitsOf(newTree, strictFormat)
  const lang = newTree.lang
  const alignment = alignParagraphs(oldUnits, newUnits, lang)
  const links = supportedLinks(alignment, subjectTest(oldUnits, newUnits, lang))
  const kept = inOrder(links.map((link) => link.new[0]!))

  const changes: Array<{change: ParagraphChange; position: number; tie: number}> = []
  links.forEach((link, index) => {
    const change = describeLink(link, oldUnits, newUnits, lang, strictFormat, !kept[index])
    const similarity = linkSimilarity(link, alignment)
    change.similarity = Math.round(similarity * 100) / 100
    if (change.kind === 'unchanged') change.similarity = 1
    changes.push({change: reorderKeys(change), position: link.new[0]!, tie: link.old[0]!})
  })

  // Where each old paragraph went, for links that kept their order: a dropped paragraph is
  // listed after the new paragraph its nearest in-order predecessor became.
  const newOfOld = new Map<number, number>()
  links.forEach((link, index) => {
    if (kept[index]) for (const o of link.old) newOfOld.set(o, link.new[0]!)
  })
  const moved = new Set(links.filter((_, index) => !kept[index]).flatMap((link) => link.old))
  const linkedNew = new Set(links.flatMap((link) => link.new))
  newUnits.forEach((unit, index) => {
    if (linkedNew.has(index)) return
    changes.push({change: lonely('added', unit), position: index, tie: -1})
  })
  let anchor = -0.5
  oldUnits.forEach((unit, index) => {
    const partner = newOfOld.get(index)
    if (partner !== undefined) {
      anchor = partner
      return
    }
    if (moved.has(index)) return
    changes.push({change: lonely('dropped', unit), position: anchor + 0.5, tie: index})
  })
  changes.sort((a, b) => a.position - b.position || a.tie - b.tie)

  const summary: DiffSummary = {unchanged: 0, reworded: 0, added: 0, dropped: 0, merged: 0, split: 0, moved: 0}
  for (const {change} of changes) {
    summary[change.kind]++
    if (change.moved) summary.moved++
  }
  return {
    schema: 'resdiff/diff@1',
    old: sideOf(oldTree, options.oldFile),
    new: sideOf(newTree, options.newFile),
    summary,
    changes: changes.map((entry) => entry.change),
  }
}

// A link this alike is confident on its own; below `similarityFloor` a pairing rests on its
// place among confident links (the aligner's slots and runs) and on the subject they share.
const confidentSimilarity = 0.5
const similarityFloor = 0.3

function linkSimilarity(link: Link, alignment: Alignment): number {
  return groupAffinity(
    link.old.map((i) => alignment.oldProfiles[i]!),
    link.new.map((i) => alignment.newProfiles[i]!),
  ).similarity
}

/**
 * The links that the texts support. A pairing below the floor needs position and subject: when no
 * paragraph of one text is confidently alike any of the other, the two are different resolutions,
 * not two versions of one, and there is no frame to place it in; and where there is, it must share
 * its subject (subject.ts). Otherwise each paragraph is added or dropped instead of being called
 * "reworded, similarity 0.16".
 */
function supportedLinks(alignment: Alignment, sharesSubject: (link: Link) => boolean): Link[] {
  const similarities = alignment.links.map((link) => linkSimilarity(link, alignment))
  const related = similarities.some((similarity) => similarity >= confidentSimilarity)
  return alignment.links.filter(
    (link, index) => similarities[index]! >= similarityFloor || (related && sharesSubject(link)),
  )
}

/**
 * True when the diff found the two texts to be different resolutions altogether: both have
 * paragraphs, and not one of them is confidently alike a paragraph of the other.
 */
export function differentResolutions(result: DiffResult): boolean {
  const hasOld = result.changes.some((change) => change.old.length > 0)
  const hasNew = result.changes.some((change) => change.new.length > 0)
  return hasOld && hasNew && !result.changes.some((change) => (change.similarity ?? 0) >= confidentSimilarity)
}

/** True when the two versions have no difference worth reporting. */
export function isSame(result: DiffResult): boolean {
  return result.changes.every((change) => change.kind === 'unchanged' && !change.moved && !change.renumbered)
}

function describeLink(
  link: Link,
  oldUnits: readonly ComparedParagraph[],
  newUnits: readonly ComparedParagraph[],
  lang: Lang,
  strictFormat: boolean,
  moved: boolean,
): ParagraphChange {
  const olds = link.old.map((i) => oldUnits[i]!)
  const news = link.new.map((i) => newUnits[i]!)
  const oldText = olds.map((unit) => unit.text).join(' ')
  const newText = news.map((unit) => unit.text).join(' ')
  // Most paragraphs come through word for word: no need for a word diff to say so.
  const words = oldText === newText ? [{value: newText}] : diffParagraphWords(oldText, newText, lang, {strictFormat})
  const changed = words.some((word) => word.added || word.removed)
  const kind: ChangeKind = olds.length > 1 ? 'merged' : news.length > 1 ? 'split' : changed ? 'reworded' : 'unchanged'
  const first = olds[0]!
  const firstNew = news[0]!
  const change: ParagraphChange = {
    kind,
    moved,
    renumbered:
      kind !== 'merged' &&
      kind !== 'split' &&
      first.num !== undefined &&
      firstNew.num !== undefined &&
      first.num !== firstNew.num,
    old: olds.map((unit) => unit.eId),
    new: news.map((unit) => unit.eId),
  }
  const oldPhrase = first.leadingPhrase ?? null
  const newPhrase = firstNew.leadingPhrase ?? null
  if (oldPhrase !== newPhrase && !phrasesAgree(first, firstNew)) change.leadingPhrase = {old: oldPhrase, new: newPhrase}
  if (first.section !== firstNew.section) change.section = {old: first.section, new: firstNew.section}
  if (kind !== 'unchanged') change.words = words
  return change
}

function lonely(kind: 'added' | 'dropped', unit: ComparedParagraph): ParagraphChange {
  return {
    kind,
    moved: false,
    renumbered: false,
    old: kind === 'dropped' ? [unit.eId] : [],
    new: kind === 'added' ? [unit.eId] : [],
    text: unit.text,
  }
}

// One key order for every change, so the JSON reads the same way each time.
function reorderKeys(change: ParagraphChange): ParagraphChange {
  const ordered: ParagraphChange = {
    kind: change.kind,
    moved: change.moved,
    renumbered: change.renumbered,
    old: change.old,
    new: change.new,
  }
  if (change.similarity !== undefined) ordered.similarity = change.similarity
  if (change.leadingPhrase) ordered.leadingPhrase = change.leadingPhrase
  if (change.section) ordered.section = change.section
  if (change.words) ordered.words = change.words
  if (change.text !== undefined) ordered.text = change.text
  return ordered
}

function sideOf(tree: Resolution, file: string | undefined): DiffSide {
  return {file: file ?? null, symbol: tree.meta.symbol ?? null, number: tree.meta.number ?? null, lang: tree.lang}
}

/**
 * Two phrases found differently in words that did not change: each text opens with the other's
 * phrase too. A PDF's italics end `Takes note` where a plain text's lexicon reads `Takes note
 * of`; the paragraph still opens with the same words.
 */
function phrasesAgree(old: ComparedParagraph, next: ComparedParagraph): boolean {
  const opens = (text: string, phrase: string | undefined): boolean =>
    phrase !== undefined && text.startsWith(phrase) && !/^[\p{L}\p{N}]/u.test(text.slice(phrase.length))
  return (
    old.leadingPhrase !== undefined &&
    next.leadingPhrase !== undefined &&
    opens(old.text, next.leadingPhrase) &&
    opens(next.text, old.leadingPhrase)
  )
}
