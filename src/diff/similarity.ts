/**
 * What a paragraph is made of, for comparison: its words and word bigrams and trigrams, each
 * weighted by how rare it is in the two documents (inverse document frequency), so the
 * boilerplate that recurs in many paragraphs — an instrument's twenty-word title — weighs
 * little and the words that make a paragraph itself weigh much.
 */
export interface Profile {
  /** Feature ids, ascending. */
  ids: Int32Array
  /** Weight of each feature, parallel to `ids`. */
  weights: Float64Array
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

// Integer keys for features, in three ranges that cannot collide: words below 2^24, bigrams
// from 2^24, trigrams from 2^29 (a bigram's number times 2^24 plus the third word), all
// below 2^53. Building them from word numbers avoids creating a string per n-gram.
const wordRange = 2 ** 24
const bigramBase = 2 ** 24
const trigramBase = 2 ** 29

/**
 * Weigh the paragraphs of both documents: each, given as its words (`contentWords`), becomes the
 * set of its words, word bigrams and trigrams, each feature weighted by inverse document frequency
 * over all the paragraphs. Features are dense integer ids, sorted, so comparing two
 * paragraphs is a merge of two sorted arrays.
 */
export function profilesOf(texts: ReadonlyArray<readonly string[]>): Profile[] {
  const wordIds = new Map<string, number>()
  const bigramIds = new Map<number, number>()
  const featureIds = new Map<number, number>()
  const frequency: number[] = []
  const featureId = (key: number): number => {
    let id = featureIds.get(key)
    if (id === undefined) {
      id = frequency.length
      featureIds.set(key, id)
      frequency.push(0)
    }
    return id
  }
  const idSets = texts.map((text) => {
    const words = text.map((word) => {
      let id = wordIds.get(word)
      if (id === undefined) {
        id = wordIds.size % wordRange
        wordIds.set(word, id)
      }
      return id
    })
    const keys = new Set<number>(words)
    for (let index = 0; index + 1 < words.length; index++) {
      const pair = words[index]! * wordRange + words[index + 1]!
      let bigram = bigramIds.get(pair)
      if (bigram === undefined) {
        bigram = bigramIds.size
        bigramIds.set(pair, bigram)
      }
      keys.add(bigramBase + bigram)
      const third = words[index + 2]
      if (third !== undefined) keys.add(trigramBase + bigram * wordRange + third)
    }
    const ids = new Int32Array(keys.size)
    let index = 0
    for (const key of keys) {
      const id = featureId(key)
      frequency[id]!++
      ids[index++] = id
    }
    return ids.sort()
  })
  const total = texts.length
  return idSets.map((ids) => {
    const weights = new Float64Array(ids.length)
    let weight = 0
    ids.forEach((id, index) => {
      const w = inverseFrequency(frequency[id]!, total)
      weights[index] = w
      weight += w
    })
    return {ids, weights, weight}
  })
}

// A feature found in every paragraph still weighs a little, so two paragraphs made only of
// boilerplate can be told equal.
function inverseFrequency(frequency: number, total: number): number {
  return Math.max(0.01, Math.log((total + 1) / (frequency + 0.5)))
}

export function affinity(oldProfile: Profile, newProfile: Profile): Affinity {
  return scored(sharedWeight(oldProfile, newProfile), oldProfile, newProfile)
}

/** Weight of the features two profiles share (weights are the same on both sides: idf of the feature). */
export function sharedWeight(a: Profile, b: Profile): number {
  let shared = 0
  let i = 0
  let j = 0
  const aIds = a.ids
  const bIds = b.ids
  while (i < aIds.length && j < bIds.length) {
    const x = aIds[i]!
    const y = bIds[j]!
    if (x === y) {
      shared += a.weights[i]!
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return shared
}

/** Affinity of a group of old paragraphs with a group of new ones, each read as one text. */
export function groupAffinity(oldProfiles: readonly Profile[], newProfiles: readonly Profile[]): Affinity {
  return affinity(union(oldProfiles), union(newProfiles))
}

export function union(profiles: readonly Profile[]): Profile {
  if (profiles.length === 1) return profiles[0]!
  const weightOf = new Map<number, number>()
  for (const profile of profiles) profile.ids.forEach((id, index) => weightOf.set(id, profile.weights[index]!))
  const ids = Int32Array.from(weightOf.keys()).sort()
  const weights = Float64Array.from(ids, (id) => weightOf.get(id)!)
  return {ids, weights, weight: weights.reduce((sum, w) => sum + w, 0)}
}

/** Share of `host`'s weight that `joining` shares with it and `partners` do not. */
export function gain(host: Profile, partners: Profile, joining: Profile): number {
  if (host.weight === 0) return 0
  const inHost = new Set(host.ids)
  const inPartners = new Set(partners.ids)
  let added = 0
  joining.ids.forEach((id, index) => {
    if (inHost.has(id) && !inPartners.has(id)) added += joining.weights[index]!
  })
  return added / host.weight
}

function scored(shared: number, oldProfile: Profile, newProfile: Profile): Affinity {
  const total = oldProfile.weight + newProfile.weight
  return {
    shared,
    similarity: total > 0 ? (2 * shared) / total : 1,
    oldContained: oldProfile.weight > 0 ? shared / oldProfile.weight : 1,
    newContained: newProfile.weight > 0 ? shared / newProfile.weight : 1,
  }
}

// A feature in more old paragraphs than this is boilerplate for proposing candidates (it still
// counts when a candidate is scored). A constant keeps candidate search linear in the text.
const commonFeature = 48

/**
 * Candidate partners for each new paragraph without comparing all pairs: an inverted index of
 * the old paragraphs' features, where features too common to tell paragraphs apart are left
 * out, accumulates shared weight; the best few are kept. Cost grows with the text, not with
 * the product of paragraph counts.
 */
export function candidatePairs(
  oldProfiles: readonly Profile[],
  newProfiles: readonly Profile[],
  perParagraph: number,
): Array<[number, number]> {
  // Feature ids are dense integers, so the index is an array.
  const postings: Array<number[] | undefined> = []
  oldProfiles.forEach((profile, index) => {
    for (const id of profile.ids) {
      const list = postings[id]
      if (list) list.push(index)
      else postings[id] = [index]
    }
  })
  const pairs: Array<[number, number]> = []
  const score = new Float64Array(oldProfiles.length)
  newProfiles.forEach((profile, newIndex) => {
    const touched: number[] = []
    const ids = profile.ids
    for (let index = 0; index < ids.length; index++) {
      const list = postings[ids[index]!]
      if (!list || list.length > commonFeature) continue
      const weight = profile.weights[index]!
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
