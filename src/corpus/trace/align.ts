import type {DocumentSummary} from '../digest.js'
import type {Occurrence} from '../store.js'
import {seedSize, type WordSpans} from '../words.js'

/** Words between two exact runs that still belong to one passage (an edit, not a new passage). */
const maxGap = 8

/** An exact run of words: `[q, q + length)` in the draft, `[t, t + length)` in the earlier text. */
export interface Run {
  q: number
  t: number
  length: number
}

export interface Aligned {
  id: number
  text: string
  spans: WordSpans
  passages: Run[][]
  /** Positions of the draft's words inside the passages' exact runs, ascending. */
  draftWords: number[]
  matchedDraft: number
  matchedEarlier: number
  /** Words of edit inside the passages: between two texts sharing as many words, the more verbatim ranks first. */
  edits: number
  similarity: number
  /** The newest places of the text that count as earlier (read when needed). */
  places?: Array<{occurrence: Occurrence; document: DocumentSummary}>
}

/** Where each seed of the query starts (built once per passage, used for every candidate). */
export function seedPositions(querySeeds: Uint32Array): Map<number, number[]> {
  const positions = new Map<number, number[]>()
  querySeeds.forEach((seed, position) => {
    const list = positions.get(seed)
    if (list) list.push(position)
    else positions.set(seed, [position])
  })
  return positions
}
/** Exact runs of at least `seedSize` words shared by two word sequences (all of them when one is shorter than a seed). */
export function exactRuns(
  query: WordSpans,
  positions: ReadonlyMap<number, number[]>,
  earlier: WordSpans,
  earlierSeeds: Uint32Array,
): Run[] {
  const q = query.words
  const t = earlier.words
  if (q.length === 0 || t.length === 0) return []
  if (q.length < seedSize || t.length < seedSize) {
    const [short, long, shortIsQuery] = q.length <= t.length ? [q, t, true] : [t, q, false]
    const runs: Run[] = []
    for (let at = 0; at + short.length <= long.length; at++) {
      let same = true
      for (let index = 0; index < short.length && same; index++) same = long[at + index] === short[index]
      if (same) runs.push(shortIsQuery ? {q: 0, t: at, length: short.length} : {q: at, t: 0, length: short.length})
    }
    return runs
  }
  // Hits on one diagonal (t - q) that follow each other make one run. A hit is one number,
  // diagonal then draft position, so the hits sort as numbers (no pair per hit to collect).
  const shift = q.length
  const width = q.length + 1
  const keys: number[] = []
  for (let tPosition = 0; tPosition < earlierSeeds.length; tPosition++) {
    const list = positions.get(earlierSeeds[tPosition]!)
    if (!list) continue
    for (const qPosition of list) {
      if (
        q[qPosition] === t[tPosition] &&
        q[qPosition + 1] === t[tPosition + 1] &&
        q[qPosition + 2] === t[tPosition + 2]
      )
        keys.push((tPosition - qPosition + shift) * width + qPosition)
    }
  }
  const hits = Float64Array.from(keys).sort()
  const runs: Run[] = []
  for (let index = 0; index < hits.length;) {
    const diagonal = Math.floor(hits[index]! / width)
    const q0 = hits[index]! - diagonal * width
    let end = index + 1
    // The same diagonal and the next draft position: the key one more.
    while (end < hits.length && hits[end] === hits[index]! + (end - index)) end++
    runs.push({q: q0, t: q0 + diagonal - shift, length: end - index + seedSize - 1})
    index = end
  }
  return runs
}

/**
 * Chain exact runs into passages: in order on both sides, with gaps of at most `maxGap`
 * words (edits). The best chain (most shared words) is taken first; runs it crosses are
 * dropped and the next chain is sought among the rest, so wording moved elsewhere in the
 * paragraph becomes a passage of its own.
 */
export function chainRuns(runs: Run[]): Run[][] {
  let rest = [...runs].sort((a, b) => a.q - b.q || a.t - b.t)
  const passages: Run[][] = []
  while (rest.length > 0) {
    const score = new Array<number>(rest.length)
    const from = new Array<number>(rest.length).fill(-1)
    let best = 0
    rest.forEach((run, index) => {
      score[index] = run.length
      for (let previous = 0; previous < index; previous++) {
        const before = rest[previous]!
        const qGap = run.q - (before.q + before.length)
        const tGap = run.t - (before.t + before.length)
        if (qGap < 0 || tGap < 0 || qGap > maxGap || tGap > maxGap) continue
        if (score[previous]! + run.length > score[index]!) {
          score[index] = score[previous]! + run.length
          from[index] = previous
        }
      }
      if (score[index]! > score[best]!) best = index
    })
    const chain: Run[] = []
    for (let at = best; at >= 0; at = from[at]!) chain.unshift(rest[at]!)
    passages.push(chain)
    // Runs sharing words with the chain on either side are dropped.
    const overlaps = (run: Run): boolean =>
      chain.some(
        (link) =>
          (run.q < link.q + link.length && link.q < run.q + run.length) ||
          (run.t < link.t + link.length && link.t < run.t + run.length),
      )
    rest = rest.filter((run) => !chain.includes(run) && !overlaps(run))
  }
  return passages
}

/** Words between the exact runs of each passage: the larger side of each gap (a substitution counts once). */
export function editWords(passages: readonly Run[][]): number {
  let total = 0
  for (const passage of passages) {
    for (let index = 1; index < passage.length; index++) {
      const before = passage[index - 1]!
      const run = passage[index]!
      total += Math.max(run.q - (before.q + before.length), run.t - (before.t + before.length))
    }
  }
  return total
}

/** Words skipped on either side when a passage is extended past an edit. */
const extendSkip = 2

/**
 * Extend a passage past its seeds at both ends, over small edits: a word or two changed,
 * dropped or added, then words that agree again ("harmonize their [national] legislation").
 * A run of one word is taken only where it ends the text, so stray common words do not
 * stretch a passage.
 */
export function extendPassage(passage: Run[], q: readonly string[], t: readonly string[]): Run[] {
  const runs = [...passage]
  for (;;) {
    const last = runs[runs.length - 1]!
    const qi = last.q + last.length
    const ti = last.t + last.length
    let best: Run | undefined
    for (let skip = 1; skip <= extendSkip * 2 && !best; skip++) {
      for (let dq = 0; dq <= Math.min(skip, extendSkip) && !best; dq++) {
        const dt = skip - dq
        if (dt > extendSkip || qi + dq >= q.length || ti + dt >= t.length || q[qi + dq] !== t[ti + dt]) continue
        let length = 0
        while (
          qi + dq + length < q.length &&
          ti + dt + length < t.length &&
          q[qi + dq + length] === t[ti + dt + length]
        )
          length++
        if (length >= 2 || qi + dq + length === q.length || ti + dt + length === t.length)
          best = {q: qi + dq, t: ti + dt, length}
      }
    }
    if (!best) break
    runs.push(best)
  }
  for (;;) {
    const first = runs[0]!
    let best: Run | undefined
    for (let skip = 1; skip <= extendSkip * 2 && !best; skip++) {
      for (let dq = 0; dq <= Math.min(skip, extendSkip) && !best; dq++) {
        const dt = skip - dq
        const qEnd = first.q - dq
        const tEnd = first.t - dt
        if (dt > extendSkip || qEnd < 1 || tEnd < 1 || q[qEnd - 1] !== t[tEnd - 1]) continue
        let length = 0
        while (qEnd - length > 0 && tEnd - length > 0 && q[qEnd - 1 - length] === t[tEnd - 1 - length]) length++
        if (length >= 2 || qEnd - length === 0 || tEnd - length === 0)
          best = {q: qEnd - length, t: tEnd - length, length}
      }
    }
    if (!best) break
    runs.unshift(best)
  }
  return runs
}

export function runWords(passage: readonly Run[]): number {
  let total = 0
  for (const run of passage) total += run.length
  return total
}

/** Words of one side covered by the passages' exact runs, ascending, each once. */
export function covered(passages: readonly Run[][], side: 'q' | 't'): number[] {
  const marks = coveredMarks(passages, side)
  const words: number[] = []
  for (let word = 0; word < marks.length; word++) if (marks[word] === 1) words.push(word)
  return words
}

/** How many words of one side the passages' exact runs cover. */
export function coveredCount(passages: readonly Run[][], side: 'q' | 't'): number {
  let count = 0
  for (const mark of coveredMarks(passages, side)) count += mark
  return count
}

function coveredMarks(passages: readonly Run[][], side: 'q' | 't'): Uint8Array {
  let end = 0
  for (const passage of passages) for (const run of passage) end = Math.max(end, run[side] + run.length)
  const marks = new Uint8Array(end)
  for (const passage of passages) for (const run of passage) marks.fill(1, run[side], run[side] + run.length)
  return marks
}
