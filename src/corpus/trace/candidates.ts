import type {CorpusIndex} from '../store.js'
import {seedSize, type WordSpans} from '../words.js'

/**
 * Per open index: a vote count per text id, a mark per text id (a bit: 136 KB for a million texts,
 * which a core's cache holds, where a byte each did not), a list of the ids voted for and one of
 * those still in the running (reused: a trace allocates little, and fresh memory costs a page fault
 * per 4 KB, some 4 µs each on the project machine).
 */
const scratchFor = new WeakMap<
  CorpusIndex,
  {votes: Uint16Array; live: Int32Array; touched: Uint32Array; alive: Uint32Array}
>()

/** Ties at the cut larger than this are read in id order from the votes rather than sorted. */
const sortedTieLimit = 4096

/** Most votes a text can hold; a passage with more distinct seeds than this is counted without pruning. */
const maxVotes = 65535

/**
 * Earlier texts that share seeds with the passage, most shared seeds first (ties in index
 * order), at most `limit`. Every seed of the passage is looked up (a seed's postings are read
 * up to a fixed cap, in index order), and the count of shared seeds depends on the two texts
 * alone: documents added to the corpus can add candidates but never change how an existing
 * one is counted.
 *
 * The counts are exact for every text returned, but not every posting is counted: seeds are
 * taken from the rarest to the commonest, and once the seeds left are fewer than the votes of
 * the `limit`-th text so far, a text not seen yet can no longer rank, so the remaining (most
 * common) seeds' postings are only searched for the texts that still can (as top-k search
 * engines do, "max-score"). The result is the same as counting everything.
 */
export function candidates(index: CorpusIndex, query: WordSpans, seeds: Uint32Array, limit: number): number[] {
  if (query.words.length < seedSize) return index.phrase(query.words, limit * 4)
  if (limit <= 0) return []
  let scratch = scratchFor.get(index)
  const size = index.textLimit
  if (!scratch || scratch.votes.length < size) {
    // Each id is touched at most once a ranking: a list as long as the votes never grows.
    scratch = {
      votes: new Uint16Array(size),
      live: new Int32Array((size + 31) >>> 5),
      touched: new Uint32Array(size),
      alive: new Uint32Array(size),
    }
    scratchFor.set(index, scratch)
  }
  const {votes, live, touched} = scratch
  // Rarest first (shortest postings), ties in seed order, so the order never depends on the run.
  const distinct = [...new Set(seeds)].sort((a, b) => a - b)
  const lists = distinct.map((seed) => index.postings(seed))
  const order = lists.map((_, position) => position).sort((a, b) => lists[a]!.length - lists[b]!.length || a - b)
  const prune = order.length < maxVotes
  // How many texts hold each count of votes: finds the count of the `limit`-th text at once.
  const levels = new Uint32Array(order.length + 2)

  // The loops over postings are functions of their own, each with one loop whose every branch
  // runs from the first call: V8 optimises them whole and early, where one function holding
  // them all was optimised on the stack (OSR) and thrown back to the interpreter whenever it
  // reached a branch it had not seen yet (some 40 times a trace in a new process).
  let count = 0
  let next = 0
  // Count every posting while a text not seen yet could still rank among the first `limit`.
  for (; next < order.length; next++) {
    if (prune && voteAt(levels, limit) > order.length - next) break
    count = countAll(lists[order[next]!]!, votes, levels, touched, count)
  }
  let ranked: number[]
  if (next === order.length) ranked = rank(votes, touched.subarray(0, count), limit)
  else {
    // The rest: only texts whose votes, with every seed left, could still reach the cut.
    let left = order.length - next
    let cut = voteAt(levels, limit)
    let alive = reaching(touched, count, votes, left, cut, scratch.alive)
    // From here the counts are those of the texts alive only.
    levels.fill(0)
    markAlive(alive, votes, live, levels)
    for (; next < order.length; next++, left--) {
      const ids = lists[order[next]!]!
      if (index.inOrder(ids) && alive.length * gallopCost < ids.length) gallopVotes(ids, alive, votes, levels)
      else markedVotes(ids, live, votes, levels)
      // As the cut rises and fewer seeds are left, texts that can no longer reach it are let go.
      const reach = voteAt(levels, limit)
      if (reach > cut) {
        cut = reach
        alive = letGo(alive, votes, live, levels, left - 1, cut)
      }
    }
    for (let at = 0; at < alive.length; at++) live[alive[at]! >>> 5] = 0
    ranked = rank(votes, alive, limit)
  }
  for (let at = 0; at < count; at++) votes[touched[at]!] = 0
  return ranked
}

/*
 * The loops below write `65535` (maxVotes) as a number: bundled (scripts/bundle.js), a module's
 * constants become closure variables that a hot loop reloads.
 */

/** A vote to every text of a posting list; texts voted for the first time are added to `touched`, and the new count returned. */
function countAll(
  ids: Uint32Array,
  votes: Uint16Array,
  levels: Uint32Array,
  touched: Uint32Array,
  count: number,
): number {
  const width = votes.length
  const top = levels.length
  for (let at = 0; at < ids.length; at++) {
    const id = ids[at]!
    if (id >= width) continue
    const vote = votes[id]!
    if (vote === 0) touched[count++] = id
    if (vote < 65535) {
      votes[id] = vote + 1
      if (vote + 1 < top) {
        levels[vote]!--
        levels[vote + 1]!++
      }
    }
  }
  return count
}

/** The touched texts that, with `left` seeds to come, can still reach the cut, ascending (in `into`); the votes of the others are cleared (partial counts must not be read as votes). */
function reaching(
  touched: Uint32Array,
  count: number,
  votes: Uint16Array,
  left: number,
  cut: number,
  into: Uint32Array,
): Uint32Array {
  const alive = into
  let living = 0
  for (let at = 0; at < count; at++) {
    const id = touched[at]!
    if (votes[id]! + left >= cut) alive[living++] = id
    else votes[id] = 0
  }
  return alive.subarray(0, living).sort()
}

/** Mark the texts alive and count them by votes. */
function markAlive(alive: Uint32Array, votes: Uint16Array, live: Int32Array, levels: Uint32Array): void {
  for (let at = 0; at < alive.length; at++) {
    const id = alive[at]!
    live[id >>> 5] = live[id >>> 5]! | (1 << (id & 31))
    levels[votes[id]!]!++
  }
}

/** The texts alive that can still reach the cut with `left` seeds to come (in place); the others' votes and marks are cleared. */
function letGo(
  alive: Uint32Array,
  votes: Uint16Array,
  live: Int32Array,
  levels: Uint32Array,
  left: number,
  cut: number,
): Uint32Array {
  let kept = 0
  for (let at = 0; at < alive.length; at++) {
    const id = alive[at]!
    if (votes[id]! + left >= cut) alive[kept++] = id
    else {
      levels[votes[id]!]!--
      votes[id] = 0
      live[id >>> 5] = live[id >>> 5]! & ~(1 << (id & 31))
    }
  }
  return alive.subarray(0, kept)
}

/** The votes of the `limit`-th text by votes (0 when fewer texts have any). */
function voteAt(levels: Uint32Array, limit: number): number {
  let seen = 0
  for (let vote = levels.length - 1; vote > 0; vote--) {
    seen += levels[vote]!
    if (seen >= limit) return vote
  }
  return 0
}

/**
 * A vote to each of `alive` (ascending) that a posting list in ascending order (as the index
 * writes postings), long beside them, holds: the list is searched for them, galloping over the
 * stretches between them.
 */
function gallopVotes(ids: Uint32Array, alive: Uint32Array, votes: Uint16Array, levels: Uint32Array): void {
  const length = ids.length
  const top = levels.length
  let at = 0
  for (let next = 0; next < alive.length; next++) {
    const id = alive[next]!
    if (at === length) break
    if (ids[at]! < id) {
      // Gallop: double the step while the list is below the id, then search the last step.
      let step = 1
      while (at + step < length && ids[at + step]! < id) step *= 2
      let low = at + (step >> 1) + 1
      let high = Math.min(at + step, length)
      while (low < high) {
        const middle = (low + high) >>> 1
        if (ids[middle]! < id) low = middle + 1
        else high = middle
      }
      at = low
      if (at === length) break
    }
    if (ids[at] === id) {
      const before = votes[id]!
      if (before < 65535) {
        votes[id] = before + 1
        if (before + 1 < top) {
          levels[before]!--
          levels[before + 1]!++
        }
      }
      at++
    }
  }
}

/** A vote to each text of a posting list that is marked alive (a list in any order, or short beside the texts alive). */
function markedVotes(ids: Uint32Array, live: Int32Array, votes: Uint16Array, levels: Uint32Array): void {
  const width = votes.length
  const top = levels.length
  for (let at = 0; at < ids.length; at++) {
    const id = ids[at]!
    if (id >= width || (live[id >>> 5]! & (1 << (id & 31))) === 0) continue
    const before = votes[id]!
    if (before < 65535) {
      votes[id] = before + 1
      if (before + 1 < top) {
        levels[before]!--
        levels[before + 1]!++
      }
    }
  }
}

/** Galloping to one id costs about as much as reading this many postings through the marks. */
const gallopCost = 8

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
