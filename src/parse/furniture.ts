import type {Line} from './lines.js'
import {dateLine, footnoteSeparator, isFurnitureLine} from './patterns.js'

/** How close (in non-blank lines) a running head sits to a page anchor. */
const headZone = 6

/**
 * Lines that are page furniture, not text: page and job numbers, barcodes, separators
 * of converted Markdown, and running heads (the symbol or title repeated at the top of
 * each page). A running head recurs next to page anchors and repeats the masthead; a body
 * line that merely wraps the same way twice does not.
 */
export function findFurniture(
  lines: readonly Line[],
  from: number,
  symbol: string | undefined,
  masthead: string,
): Set<number> {
  const furniture = new Set<number>()
  const anchors: number[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.pageBreak) anchors.push(index)
    if (line.text === '') continue
    if (isFurnitureLine(line.text) && !footnoteSeparator.test(line.text)) {
      furniture.add(index)
      anchors.push(index)
    } else if (
      index >= from &&
      symbol !== undefined &&
      normalise(line.text).replace(/\*$/, '') === symbol.replace(/\*$/, '')
    ) {
      furniture.add(index)
      anchors.push(index)
    }
  }
  if (anchors.length === 0) return furniture

  // The masthead counts: a two-page document repeats its title only once below it.
  const counts = new Map<string, number>()
  for (let index = 0; index < lines.length; index++) {
    const text = normalise((lines[index] as Line).text)
    if (text !== '' && text.length <= 150) counts.set(text, (counts.get(text) ?? 0) + 1)
  }
  const nearAnchor = new Set<number>()
  for (const anchor of anchors) {
    for (const step of [-1, 1]) {
      let seen = 0
      for (let index = anchor + step; index >= 0 && index < lines.length && seen < headZone; index += step) {
        if ((lines[index] as Line).text === '') continue
        nearAnchor.add(index)
        seen++
      }
    }
  }
  for (const index of nearAnchor) {
    if (index < from) continue
    const line = lines[index] as Line
    const text = normalise(line.text)
    if (footnoteSeparator.test(text) || dateLine.test(text)) continue
    // OCR debris at a page foot (`I •• .`): a few marks and at most two letters.
    if (ocrDebris.test(text)) {
      furniture.add(index)
      continue
    }
    // A long line may repeat the title wrapped at other points, so it recurs only once.
    const recurs = (counts.get(text) ?? 0) >= 2 || text.length >= 30
    if (recurs && isHeadLike(text) && masthead.includes(text)) furniture.add(index)
  }
  return furniture
}

const ocrDebris = /^(?=.*[•■▪●◆□◊¤©®°])[^\p{L}\d]{0,10}(?:\p{L}[^\p{L}\d]{0,10}){0,2}$/u

/** Running heads are short and do not end a sentence of the body in the middle of a list. */
function isHeadLike(text: string): boolean {
  return !/[,;:]$/.test(text) && !/^\d{1,3}\.\s/.test(text)
}

export function normalise(text: string): string {
  return /\s\s|\t/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim()
}
