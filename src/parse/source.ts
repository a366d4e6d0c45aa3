import {location} from 'vfile-location'
import type {Position} from '../tree/types.js'

/**
 * The decoded text of a file, the offsets at which its lines start, and a map from offsets to
 * points. CRLF, LF and a lone CR each end a line, here and in vfile-location alike.
 */
export interface Source {
  text: string
  lineStarts: number[]
  toPoint: ReturnType<typeof location>['toPoint']
}

export function makeSource(text: string): Source {
  return {text, lineStarts: lineStartsOf(text), toPoint: location(text).toPoint}
}

/** The offsets at which the lines of a text start. */
export function lineStartsOf(text: string): number[] {
  const lineStarts = [0]
  // With LF alone (every text the stages see: parseResolution reads CR LF as LF), by indexOf's leaps.
  if (!text.includes('\r')) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1)
    return lineStarts
  }
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) lineStarts.push(index + 1)
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++
      lineStarts.push(index + 1)
    }
  }
  return lineStarts
}

/** Line (1-based), column (1-based) and offset of an offset in the source. */
export function pointAt(source: Source, offset: number): {line: number; column: number; offset: number} {
  const point = source.toPoint(Math.max(0, Math.min(offset, source.text.length)))
  return {line: point?.line ?? 1, column: point?.column ?? 1, offset}
}

export function positionOf(source: Source, start: number, end: number): Position {
  return {start: pointAt(source, start), end: pointAt(source, end)}
}
