import {floorIndex} from './floor-index.js'

/**
 * Text assembled from pieces of the source, remembering where each piece came from, so
 * that nodes built from the assembled text can point back into the file.
 */
export interface Run {
  text: string
  /** Offset in the source of text[0]. */
  at: number
  /** Every character maps to `at`: text the parser inserted (a joining space, a sentinel). */
  fixed?: boolean
}

export function runsText(runs: readonly Run[]): string {
  let text = ''
  for (const run of runs) text += run.text
  return text
}

/** Maps offsets in the assembled text back to the source. */
export interface OffsetMap {
  (index: number): number
}

export function offsetMap(runs: readonly Run[]): OffsetMap {
  const starts: number[] = []
  let total = 0
  for (const run of runs) {
    starts.push(total)
    total += run.text.length
  }
  return (index: number): number => {
    if (runs.length === 0) return 0
    const low = floorIndex(starts, index)
    const run = runs[low] as Run
    const within = index - (starts[low] ?? 0)
    if (run.fixed) return run.at
    return run.at + Math.min(within, run.text.length)
  }
}

/** Cut `count` characters from the start of the runs. */
export function dropStart(runs: readonly Run[], count: number): Run[] {
  const result: Run[] = []
  let left = count
  for (const run of runs) {
    if (left <= 0) result.push(run)
    else if (run.text.length <= left) left -= run.text.length
    else {
      result.push(run.fixed ? {...run, text: run.text.slice(left)} : {text: run.text.slice(left), at: run.at + left})
      left = 0
    }
  }
  return result
}

/** The runs covering [from, to) of the assembled text. */
export function sliceRuns(runs: readonly Run[], from: number, to: number): Run[] {
  const result: Run[] = []
  let position = 0
  for (const run of runs) {
    const end = position + run.text.length
    if (end > from && position < to) {
      const start = Math.max(from, position) - position
      const stop = Math.min(to, end) - position
      result.push(
        run.fixed
          ? {...run, text: run.text.slice(start, stop)}
          : {text: run.text.slice(start, stop), at: run.at + start},
      )
    }
    position = end
    if (position >= to) break
  }
  return result
}
