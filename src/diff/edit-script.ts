// The shortest edit script between two token sequences: Myers's O(ND) algorithm ("An O(ND)
// Difference Algorithm and Its Variations", 1986) as jsdiff 9 runs it, with its choices — the
// diagonal whose path reaches farthest into the old text, a removal on a tie, the paths pruned
// at the graph's edges, the first diagonal (lowest) to reach the end — so the script is the one
// jsdiff gives, run for run (test/edit-script.test.ts compares the two on random and real
// texts). It differs in what it costs: tokens are compared as integers, and the runs of every
// path live in typed arrays instead of one object per step, which a diff's cold start (the
// whole of a `resdiff diff` run) pays for in allocation and garbage collection.

/** One run of an edit script: `count` tokens kept, added (only in the new) or removed (only in the old). */
export interface EditRun {
  count: number
  added: boolean
  removed: boolean
}

const kept = 0
const added = 1
const removed = 2

/**
 * The runs of a path, shared between paths as jsdiff's linked components are: a run is its
 * kind, its length and the run before it (-1 for none).
 */
class Runs {
  kind = new Uint8Array(256)
  count = new Int32Array(256)
  previous = new Int32Array(256)
  size = 0

  add(kind: number, count: number, previous: number): number {
    if (this.size === this.kind.length) {
      const grow = <T extends Uint8Array | Int32Array>(array: T): T => {
        const bigger = new (array.constructor as new (length: number) => T)(array.length * 2)
        bigger.set(array)
        return bigger
      }
      this.kind = grow(this.kind)
      this.count = grow(this.count)
      this.previous = grow(this.previous)
    }
    this.kind[this.size] = kind
    this.count[this.size] = count
    this.previous[this.size] = previous
    return this.size++
  }

  /** A path one edit longer: the last run grows if it is an edit of the same kind, else a run starts. */
  extend(last: number, kind: number): number {
    if (last >= 0 && this.kind[last] === kind) return this.add(kind, this.count[last]! + 1, this.previous[last]!)
    return this.add(kind, 1, last)
  }

  /** The runs of the path ending in `last`, in order. */
  list(last: number): EditRun[] {
    const runs: EditRun[] = []
    for (let run = last; run >= 0; run = this.previous[run]!) {
      const kind = this.kind[run]
      runs.push({count: this.count[run]!, added: kind === added, removed: kind === removed})
    }
    return runs.reverse()
  }
}

/**
 * The edit script from `oldTokens` to `newTokens` (tokens compared by identity), or undefined
 * when it needs more than `maxEditLength` edits.
 */
export function editScript(
  oldTokens: ArrayLike<number>,
  newTokens: ArrayLike<number>,
  maxEditLength: number,
): EditRun[] | undefined {
  const oldLength = oldTokens.length
  const newLength = newTokens.length
  const maxEdits = Math.min(oldLength + newLength, maxEditLength)
  const runs = new Runs()
  // The best path on each diagonal (new position = old position − diagonal): how far it reached
  // in the old text, and its last run. Diagonals run from −(maxEdits + 1) to maxEdits + 1.
  const offset = maxEdits + 1
  const reached = new Int32Array(2 * maxEdits + 3)
  const last = new Int32Array(2 * maxEdits + 3)
  const alive = new Uint8Array(2 * maxEdits + 3)

  /** Follow the diagonal while the tokens agree; returns the new position reached. */
  const slide = (diagonal: number): number => {
    const at = diagonal + offset
    let oldPosition = reached[at]!
    let newPosition = oldPosition - diagonal
    let common = 0
    while (
      newPosition + 1 < newLength &&
      oldPosition + 1 < oldLength &&
      oldTokens[oldPosition + 1] === newTokens[newPosition + 1]
    ) {
      oldPosition++
      newPosition++
      common++
    }
    if (common > 0) last[at] = runs.add(kept, common, last[at]!)
    reached[at] = oldPosition
    return newPosition
  }

  alive[offset] = 1
  reached[offset] = -1
  last[offset] = -1
  let newPosition = slide(0)
  if (reached[offset]! + 1 >= oldLength && newPosition + 1 >= newLength) return runs.list(last[offset]!)

  let lowest = -Infinity
  let highest = Infinity
  for (let edits = 1; edits <= maxEdits; edits++) {
    for (let diagonal = Math.max(lowest, -edits); diagonal <= Math.min(highest, edits); diagonal += 2) {
      const below = diagonal - 1 + offset
      const above = diagonal + 1 + offset
      const at = diagonal + offset
      const removable = alive[below] === 1
      // Nothing else reads the path below: it is extended here or not at all.
      alive[below] = 0
      const canAdd = alive[above] === 1 && reached[above]! - diagonal >= 0 && reached[above]! - diagonal < newLength
      const canRemove = removable && reached[below]! + 1 < oldLength
      if (!canAdd && !canRemove) {
        alive[at] = 0
        continue
      }
      if (!canRemove || (canAdd && reached[below]! < reached[above]!)) {
        reached[at] = reached[above]!
        last[at] = runs.extend(last[above]!, added)
      } else {
        reached[at] = reached[below]! + 1
        last[at] = runs.extend(last[below]!, removed)
      }
      alive[at] = 1
      newPosition = slide(diagonal)
      if (reached[at]! + 1 >= oldLength && newPosition + 1 >= newLength) return runs.list(last[at]!)
      if (reached[at]! + 1 >= oldLength) highest = Math.min(highest, diagonal - 1)
      if (newPosition + 1 >= newLength) lowest = Math.max(lowest, diagonal + 1)
    }
  }
  return undefined
}

/**
 * The edit script between two token lists as text runs, each run's tokens joined: what jsdiff's
 * `diff()` returns (its `value`s) for the same tokens.
 */
export function diffTokens(
  oldTokens: readonly string[],
  newTokens: readonly string[],
  maxEditLength: number,
): Array<{value: string; added: boolean; removed: boolean}> | undefined {
  const ids = new Map<string, number>()
  const idsOf = (tokens: readonly string[]): Int32Array => {
    const result = new Int32Array(tokens.length)
    tokens.forEach((token, index) => {
      let id = ids.get(token)
      if (id === undefined) {
        id = ids.size
        ids.set(token, id)
      }
      result[index] = id
    })
    return result
  }
  const script = editScript(idsOf(oldTokens), idsOf(newTokens), maxEditLength)
  if (!script) return undefined
  let oldPosition = 0
  let newPosition = 0
  return script.map((run) => {
    let value: string
    if (run.removed) {
      value = oldTokens.slice(oldPosition, oldPosition + run.count).join('')
      oldPosition += run.count
    } else {
      value = newTokens.slice(newPosition, newPosition + run.count).join('')
      newPosition += run.count
      if (!run.added) oldPosition += run.count
    }
    return {value, added: run.added, removed: run.removed}
  })
}
