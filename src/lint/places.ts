import type {Point, Position} from 'unist'

/** Turns offsets in the source into unist points (1-based line and column, 0-based offset). */
export class SourceMap {
  private readonly lineStarts: number[] = [0]

  constructor(readonly source: string) {
    for (let index = 0; index < source.length; index++) {
      if (source.charCodeAt(index) === 10) this.lineStarts.push(index + 1)
    }
  }

  point(offset: number): Point {
    let low = 0
    let high = this.lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.lineStarts[middle] ?? 0) <= offset) low = middle
      else high = middle - 1
    }
    return {line: low + 1, column: offset - (this.lineStarts[low] ?? 0) + 1, offset}
  }

  position(start: number, end: number): Position {
    return {start: this.point(start), end: this.point(end)}
  }
}

/** A span of the source, as offsets. */
export interface Span {
  start: number
  end: number
}

export function spanOf(position: Position | undefined): Span | undefined {
  const start = position?.start.offset
  const end = position?.end.offset
  return start === undefined || end === undefined ? undefined : {start, end}
}

/** Sort and merge overlapping spans, so text under two nodes is looked at once. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Span[] = []
  for (const span of sorted) {
    const last = merged[merged.length - 1]
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end)
    else merged.push({...span})
  }
  return merged
}
