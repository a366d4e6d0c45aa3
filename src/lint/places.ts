import {location} from 'vfile-location'
import type {Point, Position} from 'unist'

/** Turns offsets in the source into unist points (1-based line and column, 0-based offset), as the parser does. */
export class SourceMap {
  private readonly toPoint: ReturnType<typeof location>['toPoint']

  constructor(readonly source: string) {
    this.toPoint = location(source).toPoint
  }

  point(offset: number): Point {
    return this.toPoint(Math.max(0, Math.min(offset, this.source.length))) ?? {line: 1, column: 1, offset: 0}
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
