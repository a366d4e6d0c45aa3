import type {Lang} from '../tree/types.js'
import {contentWords, shingles} from './tokens.js'

/**
 * What a paragraph is made of, for comparison: its words and word bigrams and trigrams, each
 * weighted by how rare it is in the two documents (inverse document frequency), so the
 * boilerplate that recurs in many paragraphs — an instrument's twenty-word title — weighs
 * little and the words that make a paragraph itself weigh much.
 */
export interface Profile {
  features: Map<string, number>
  /** Sum of the feature weights. */
  weight: number
}

/** How two paragraphs relate. */
export interface Affinity {
  /** Weight of the features they share. */
  shared: number
  /** Weighted Dice coefficient: 1 for the same words, 0 for nothing in common. */
  similarity: number
  /** Share of the old paragraph's weight found in the new one. */
  oldContained: number
  /** Share of the new paragraph's weight found in the old one. */
  newContained: number
}

/** Feature strings of one text: unigrams, then bigrams and trigrams (which contain spaces). */
export function featuresOf(text: string, lang: Lang): Set<string> {
  const words = contentWords(text, lang)
  const found = new Set<string>(words)
  if (words.length > 1) for (const bigram of shingles(words, 2)) found.add(bigram)
  if (words.length > 2) for (const trigram of shingles(words, 3)) found.add(trigram)
  return found
}

/** Weigh the feature sets of both documents' paragraphs by inverse document frequency over all of them. */
export function profilesOf(featureSets: ReadonlyArray<Set<string>>): {profiles: Profile[]; documentFrequency: Map<string, number>} {
  const documentFrequency = new Map<string, number>()
  for (const set of featureSets) for (const feature of set) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1)
  const total = featureSets.length
  const profiles = featureSets.map((set) => {
    const features = new Map<string, number>()
    let weight = 0
    for (const feature of set) {
      const w = inverseFrequency(documentFrequency.get(feature) ?? 1, total)
      features.set(feature, w)
      weight += w
    }
    return {features, weight}
  })
  return {profiles, documentFrequency}
}

// A feature found in every paragraph still weighs a little, so two paragraphs made only of
// boilerplate can be told equal.
function inverseFrequency(frequency: number, total: number): number {
  return Math.max(0.01, Math.log((total + 1) / (frequency + 0.5)))
}

export function affinity(oldProfile: Profile, newProfile: Profile): Affinity {
  const [small, large] = oldProfile.features.size <= newProfile.features.size ? [oldProfile, newProfile] : [newProfile, oldProfile]
  let shared = 0
  for (const [feature, weight] of small.features) if (large.features.has(feature)) shared += weight
  return scored(shared, oldProfile, newProfile)
}

/** Affinity of an old paragraph with a group of new ones read as one text (or the reverse). */
export function groupAffinity(oldProfiles: readonly Profile[], newProfiles: readonly Profile[]): Affinity {
  const oldUnion = union(oldProfiles)
  const newUnion = union(newProfiles)
  return affinity(oldUnion, newUnion)
}

export function union(profiles: readonly Profile[]): Profile {
  if (profiles.length === 1) return profiles[0]!
  const features = new Map<string, number>()
  let weight = 0
  for (const profile of profiles) {
    for (const [feature, w] of profile.features) {
      if (features.has(feature)) continue
      features.set(feature, w)
      weight += w
    }
  }
  return {features, weight}
}

function scored(shared: number, oldProfile: Profile, newProfile: Profile): Affinity {
  const total = oldProfile.weight + newProfile.weight
  return {
    shared,
    similarity: total > 0 ? (2 * shared) / total : 1,
    oldContained: oldProfile.weight > 0 ? shared / oldProfile.weight : 1,
    newContained: newProfile.weight > 0 ? shared / newProfile.weight : 1
  }
}

/**
 * Candidate partners for each new paragraph without comparing all pairs: an inverted index of
 * the old paragraphs' features, where features too common to tell paragraphs apart are left
 * out, accumulates shared weight; the best few are kept. Cost grows with the text, not with
 * the product of paragraph counts.
 */
export function candidatePairs(oldProfiles: readonly Profile[], newProfiles: readonly Profile[], perParagraph: number): Array<[number, number]> {
  const postings = new Map<string, number[]>()
  oldProfiles.forEach((profile, index) => {
    for (const feature of profile.features.keys()) {
      const list = postings.get(feature)
      if (list) list.push(index)
      else postings.set(feature, [index])
    }
  })
  const cap = Math.max(64, Math.ceil(Math.sqrt(oldProfiles.length) * 2))
  const pairs: Array<[number, number]> = []
  const score = new Float64Array(oldProfiles.length)
  newProfiles.forEach((profile, newIndex) => {
    const touched: number[] = []
    for (const [feature, weight] of profile.features) {
      const list = postings.get(feature)
      if (!list || list.length > cap) continue
      for (const oldIndex of list) {
        if (score[oldIndex] === 0) touched.push(oldIndex)
        score[oldIndex]! += weight
      }
    }
    touched.sort((a, b) => score[b]! - score[a]! || a - b)
    for (const oldIndex of touched.slice(0, perParagraph)) pairs.push([oldIndex, newIndex])
    for (const oldIndex of touched) score[oldIndex] = 0
  })
  return pairs
}
