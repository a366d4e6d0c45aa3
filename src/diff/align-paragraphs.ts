import type {Lang} from '../tree/types.js'
import {AlignmentState, type Pair} from './alignment-state.js'
import {profilesOf, type Profile} from './similarity.js'
import {unitWords, type ComparedParagraph} from './units.js'

/** Old paragraphs linked to new ones (indices into the unit arrays); one side may be empty. */
export interface Link {
  old: number[]
  new: number[]
}

export interface Alignment {
  links: Link[]
  oldProfiles: Profile[]
  newProfiles: Profile[]
}

// Thresholds on weighted similarity (0–1). A confident link anchors the order; a weaker one is
// taken when it keeps the order of the anchors around it, or fills the same slot between them.
const anchorSimilarity = 0.5
const orderedSimilarity = 0.3
const movedSimilarity = 0.4
const crossSectionSimilarity = 0.45

/**
 * Align the paragraphs of two versions of a resolution: preamble with preamble and operative
 * with operative first, then merges and splits found by containment, then text that crossed
 * sections, then paragraphs rewritten in place next to the same link, then runs of weakly
 * alike paragraphs that kept their order among themselves.
 */
export function alignParagraphs(
  oldUnits: readonly ComparedParagraph[],
  newUnits: readonly ComparedParagraph[],
  lang: Lang,
): Alignment {
  const profiles = profilesOf([...oldUnits, ...newUnits].map((unit) => unitWords(unit, lang)))
  const oldProfiles = profiles.slice(0, oldUnits.length)
  const newProfiles = profiles.slice(oldUnits.length)
  const state = new AlignmentState(oldUnits, newUnits, oldProfiles, newProfiles)

  const candidates = state.candidates()
  const sameSection = candidates.filter((pair) => oldUnits[pair.old]!.section === newUnits[pair.new]!.section)
  // Ties go to the pair closer in relative position, then to the earlier pair in both texts,
  // which reads the same whichever version is called old.
  const drift = (pair: Pair): number =>
    Math.abs(pair.old / Math.max(1, oldUnits.length) - pair.new / Math.max(1, newUnits.length))
  const bySimilarity = (a: Pair, b: Pair): number =>
    b.affinity.similarity - a.affinity.similarity ||
    drift(a) - drift(b) ||
    a.old + a.new - (b.old + b.new) ||
    a.old - b.old

  sameSection.sort(bySimilarity)
  for (const pair of sameSection) {
    if (pair.affinity.similarity < anchorSimilarity) break
    state.linkIfFree(pair)
  }
  for (const pair of sameSection) {
    if (pair.affinity.similarity < orderedSimilarity) break
    if (pair.affinity.similarity >= movedSimilarity || state.keepsOrder(pair)) state.linkIfFree(pair)
  }
  state.groupContained(candidates)
  const crossing = candidates
    .filter((pair) => oldUnits[pair.old]!.section !== newUnits[pair.new]!.section)
    .sort(bySimilarity)
  for (const pair of crossing) {
    if (pair.affinity.similarity < crossSectionSimilarity) break
    state.linkIfFree(pair)
  }
  state.fillSlots()
  state.linkRewrittenMoves(sameSection, lang)
  state.linkWeakRuns(sameSection)
  return {links: state.result(), oldProfiles, newProfiles}
}
