import {floorIndex} from './floor-index.js'
import type {Position} from '../tree/types.js'

/** The decoded text of a file, with the offsets at which its lines start. */
export interface Source {
  text: string
  lineStarts: number[]
}

export function makeSource(text: string): Source {
  const lineStarts = [0]
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index)
    if (code === 10) lineStarts.push(index + 1)
    else if (code === 13) {
      if (text.charCodeAt(index + 1) === 10) index++
      lineStarts.push(index + 1)
    }
  }
  return {text, lineStarts}
}

/** Line (1-based), column (1-based) and offset of an offset in the source. */
export function pointAt(source: Source, offset: number): {line: number; column: number; offset: number} {
  const line = floorIndex(source.lineStarts, offset)
  return {line: line + 1, column: offset - (source.lineStarts[line] ?? 0) + 1, offset}
}

export function positionOf(source: Source, start: number, end: number): Position {
  return {start: pointAt(source, start), end: pointAt(source, end)}
}
