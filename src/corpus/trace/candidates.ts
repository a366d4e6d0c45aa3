import type {CorpusIndex} from '../store.js'
import {seedSize, type WordSpans} from '../words.js'

/** Per open index: a vote count per text id, and a list of the ids voted for (reused, so a trace allocates little). */
const scratchFor = new WeakMap<CorpusIndex, {votes: Uint16Array; touched: Uint32Array}>()

/** Ties at the cut larger than this are read in id order from the votes rather than sorted. */
const sortedTieLimit = 4096

/**
 * Earlier texts that share seeds with the passage, most shared seeds first. Every seed of
 * the passage is looked up (a seed's postings are read up to a fixed cap, in index order),
 * and the count of shared seeds depends on the two texts alone: documents added to the
 * corpus can add candidates but never change how an existing one is counted.
 */
export function candidates(index: CorpusIndex, query: WordSpans, seeds: Uint32Array, limit: number): number[] {
  if (query.words.length < seedSize) return index.phrase(query.words, limit * 4)
  let scratch = scratchFor.get(index)
  const size = index.textLimit
  if (!scratch || scratch.votes.length < size) {
    scratch = {votes: new Uint16Array(size), touched: new Uint32Array(1 << 16)}
    scratchFor.set(index, scratch)
  }
  const {votes} = scratch
  let touched = scratch.touched
  let count = 0
  for (const seed of new Set(seeds)) {
    const ids = index.postings(seed)
    for (let at = 0; at < ids.length; at++) {
      const id = ids[at]!
      if (id >= votes.length) continue
      const vote = votes[id]!
      if (vote === 0) {
        if (count === touched.length) {
          const grown = new Uint32Array(touched.length * 2)
          grown.set(touched)
          touched = grown
          scratch.touched = grown
        }
        touched[count++] = id
      }
      if (vote < 65535) votes[id] = vote + 1
    }
  }
  const ranked = rank(votes, touched.subarray(0, count), limit)
  for (let at = 0; at < count; at++) votes[touched[at]!] = 0
  return ranked
}

/**
 * The `limit` ids with most votes, most first, ties in id (index) order. A histogram of the
 * counts finds the count at the cut; ids above it are few (fewer than `limit`) and sorted, and
 * of the ids at the cut only the first in id order are taken.
 */
function rank(votes: Uint16Array, touched: Uint32Array, limit: number): number[] {
  let most = 0
  for (let at = 0; at < touched.length; at++) if (votes[touched[at]!]! > most) most = votes[touched[at]!]!
  const histogram = new Uint32Array(most + 1)
  for (let at = 0; at < touched.length; at++) histogram[votes[touched[at]!]!]!++
  // The cut: every id with more votes is taken, and some of those with exactly as many. 0: every id is taken.
  let cut = 0
  let above = 0
  for (let vote = most; vote > 0; vote--) {
    if (above + histogram[vote]! >= limit) {
      cut = vote
      break
    }
    above += histogram[vote]!
  }
  const ranked: number[] = []
  for (let at = 0; at < touched.length; at++) if (votes[touched[at]!]! > cut) ranked.push(touched[at]!)
  ranked.sort((a, b) => votes[b]! - votes[a]! || a - b)
  if (cut === 0) return ranked
  const wanted = limit - ranked.length
  const ties = histogram[cut]!
  if (ties <= sortedTieLimit) {
    const atCut = new Uint32Array(ties)
    let filled = 0
    for (let at = 0; at < touched.length; at++) if (votes[touched[at]!] === cut) atCut[filled++] = touched[at]!
    atCut.sort()
    for (let at = 0; at < wanted; at++) ranked.push(atCut[at]!)
  } else {
    for (let id = 0; id < votes.length && ranked.length < limit; id++) if (votes[id] === cut) ranked.push(id)
  }
  return ranked
}
