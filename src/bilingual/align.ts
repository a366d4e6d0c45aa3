/** How many units of each side a bead joins: `2-1` is two English paragraphs rendered as one Chinese. */
export type BeadKind = '1-1' | '1-2' | '2-1' | '1-0' | '0-1'

export interface Bead {
  kind: BeadKind
  /** Indexes into the English sequence. */
  en: number[]
  /** Indexes into the Chinese sequence. */
  zh: number[]
  /** Log-odds that these units translate each other (0 for `1-0` and `0-1`). */
  evidence: number
}

/** Log-odds that English units `enStart…enStart+enCount-1` and the Chinese units likewise translate each other. */
export type EvidenceFunction = (enStart: number, enCount: number, zhStart: number, zhCount: number) => number

export interface AlignOptions {
  /** Half-width of the band around the diagonal; by default wide enough for the length difference. */
  band?: number
}

// Log prior of each bead, in the manner of Gale and Church: most paragraphs translate one to one; a merge must earn its place
// with evidence (the second opening inside, its anchors, a better length), as a drop must.
const prior: Record<BeadKind, number> = {
  '1-1': Math.log(0.89),
  '1-2': Math.log(0.01),
  '2-1': Math.log(0.01),
  '1-0': Math.log(0.01),
  '0-1': Math.log(0.01),
}
const steps: ReadonlyArray<{kind: BeadKind; di: number; dj: number}> = [
  {kind: '1-1', di: 1, dj: 1},
  {kind: '1-0', di: 1, dj: 0},
  {kind: '0-1', di: 0, dj: 1},
  {kind: '2-1', di: 2, dj: 1},
  {kind: '1-2', di: 1, dj: 2},
]

/**
 * Monotonic alignment of two sequences by dynamic programming over a band around the
 * diagonal: cost grows with length × band, so near-linearly when the two versions have
 * about as many paragraphs.
 */
export function alignSequences(n: number, m: number, evidence: EvidenceFunction, options: AlignOptions = {}): Bead[] {
  const band = options.band ?? Math.max(12, 2 * Math.abs(n - m) + 8)
  const low = new Int32Array(n + 1)
  const high = new Int32Array(n + 1)
  const scores: Float64Array[] = []
  const moves: Int8Array[] = []
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : (i * m) / n
    low[i] = Math.max(0, Math.floor(centre - band))
    high[i] = Math.min(m, Math.ceil(centre + band))
    scores.push(new Float64Array((high[i] ?? 0) - (low[i] ?? 0) + 1).fill(Number.NEGATIVE_INFINITY))
    moves.push(new Int8Array((high[i] ?? 0) - (low[i] ?? 0) + 1).fill(-1))
  }
  const score = (i: number, j: number): number => {
    if (i < 0 || j < 0 || i > n) return Number.NEGATIVE_INFINITY
    const from = low[i] ?? 0
    if (j < from || j > (high[i] ?? -1)) return Number.NEGATIVE_INFINITY
    return scores[i]?.[j - from] ?? Number.NEGATIVE_INFINITY
  }
  const indexes = (from: number, count: number): number[] => Array.from({length: count}, (_, offset) => from + offset)

  ;(scores[0] as Float64Array)[0 - (low[0] ?? 0)] = 0
  for (let i = 0; i <= n; i++) {
    const from = low[i] ?? 0
    const row = scores[i] as Float64Array
    const rowMoves = moves[i] as Int8Array
    for (let j = from; j <= (high[i] ?? -1); j++) {
      if (i === 0 && j === 0) continue
      let best = Number.NEGATIVE_INFINITY
      let move = -1
      for (let index = 0; index < steps.length; index++) {
        const step = steps[index] as (typeof steps)[number]
        const before = score(i - step.di, j - step.dj)
        if (before === Number.NEGATIVE_INFINITY) continue
        let value = before + prior[step.kind]
        if (step.di > 0 && step.dj > 0) value += evidence(i - step.di, step.di, j - step.dj, step.dj)
        if (value > best) {
          best = value
          move = index
        }
      }
      row[j - from] = best
      rowMoves[j - from] = move
    }
  }

  const beads: Bead[] = []
  let i = n
  let j = m
  while (i > 0 || j > 0) {
    const move = moves[i]?.[j - (low[i] ?? 0)] ?? -1
    const step = steps[move]
    if (!step) throw new Error(`alignment band lost the path at ${i}, ${j}`)
    const en = indexes(i - step.di, step.di)
    const zh = indexes(j - step.dj, step.dj)
    beads.push({
      kind: step.kind,
      en,
      zh,
      evidence: step.di > 0 && step.dj > 0 ? evidence(i - step.di, step.di, j - step.dj, step.dj) : 0,
    })
    i -= step.di
    j -= step.dj
  }
  return beads.reverse()
}
