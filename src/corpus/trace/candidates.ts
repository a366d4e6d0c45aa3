import type {CorpusIndex} from '../store.js'
import {seedSize, type WordSpans} from '../words.js'

const votesFor = new WeakMap<CorpusIndex, Uint16Array>()

/**
 * Earlier texts that share seeds with the passage, most shared seeds first. Every seed of
 * the passage is looked up (a seed's postings are read up to a fixed cap, in index order),
 * and the count of shared seeds depends on the two texts alone: documents added to the
 * corpus can add candidates but never change how an existing one is counted.
 */
export function candidates(index: CorpusIndex, query: WordSpans, seeds: Uint32Array, limit: number): number[] {
  if (query.words.length < seedSize) return index.phrase(query.words, limit * 4)
  let votes = votesFor.get(index)
  const size = index.textLimit
  if (!votes || votes.length < size) {
    votes = new Uint16Array(size)
    votesFor.set(index, votes)
  }
  const touched: number[] = []
  for (const seed of new Set(seeds)) {
    for (const id of index.postings(seed)) {
      if (id >= votes.length) continue
      if (votes[id] === 0) touched.push(id)
      if (votes[id]! < 65535) votes[id]!++
    }
  }
  // Most shared seeds first, ties in index order: buckets by count, sorting only what is taken.
  let most = 0
  for (const id of touched) if (votes[id]! > most) most = votes[id]!
  const buckets: number[][] = Array.from({length: most + 1}, () => [])
  for (const id of touched) buckets[votes[id]!]!.push(id)
  const ranked: number[] = []
  for (let count = most; count > 0 && ranked.length < limit; count--) {
    const bucket = buckets[count]!.sort((a, b) => a - b)
    for (const id of bucket) {
      if (ranked.length === limit) break
      ranked.push(id)
    }
  }
  for (const id of touched) votes[id] = 0
  return ranked
}
