import {isFurnitureLine} from './patterns.js'
import {linesOf, type Rewrite, type TextLine} from './rewrite.js'

/**
 * Two columns set side by side on each line, as `pdftotext -layout` and Ghostscript's txtwrite
 * give a page set in two columns (`Recalling its resolutions…        Recognizing that youth…`):
 * each stretch of lines that a gutter parts (two or more columns of spaces, in the page's middle
 * half, crossed by no line of the stretch) is read as its left column, then its right column.
 * Only where ten lines or more, and two in five of the stretch's lines, have words on both
 * sides of the gutter: a justified line's spaces never line up down a page, and a masthead's
 * few lines are too few. A page's furniture (a page number, a job number, a running head met on other pages) and
 * a form feed end a stretch, so that Ghostscript's pages, which no form feed parts, are each read
 * column by column.
 */
export function sideBySideColumns(text: string): Rewrite[] {
  if (!hasInnerGap(text)) return []
  const lines = [...linesOf(text)]
  const seen = new Map<string, number>()
  for (const line of lines) {
    const key = line.text.trim()
    if (key !== '') seen.set(key, (seen.get(key) ?? 0) + 1)
  }
  const rewrites: Rewrite[] = []
  let from = 0
  // Right after a page's edge (a form feed, a page foot), a line met again elsewhere is the next
  // page's running head (`A/RES/78/17      Establishment of…`), not a row of the columns.
  let edge = true
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index]
    // A form feed opens a page: its line begins the next stretch.
    if (line !== undefined && line.text.includes('\f')) {
      split(lines, from, index, rewrites)
      from = index
      edge = true
    }
    const key = line?.text.trim() ?? ''
    if (line !== undefined && key === '') continue
    const ends: boolean = line === undefined || isFurnitureLine(key) || (edge && (seen.get(key) ?? 0) > 1)
    edge = ends
    if (!ends) continue
    split(lines, from, index, rewrites)
    from = index + 1
  }
  return rewrites
}

/** Somewhere a word, three spaces or more, and a word on one line: columns may stand side by side. */
function hasInnerGap(text: string): boolean {
  for (let at = text.indexOf('   '); at !== -1; at = text.indexOf('   ', at + 3)) {
    const before = text.charCodeAt(at - 1)
    if (at > 0 && before !== 32 && before !== 10 && before !== 13 && before !== 12) {
      let end = at + 3
      while (text.charCodeAt(end) === 32) end++
      const after = text.charCodeAt(end)
      if (end < text.length && after !== 10 && after !== 13) return true
      at = end - 3
    }
  }
  return false
}

const fewest = 10
/** How far past its column's edge a paragraph's first line may start. */
const paragraphIndent = 12
const share = 0.4
/** The share of rows with words on both sides whose right side starts at the column's edge (the others open paragraphs). */
const edgeShare = 0.5
const rowSide = 12
/**
 * Ghostscript places words by its own reckoning of their widths: a justified line of the left
 * column may run a few places into the gutter (`…religious exclusion,     4.    Calls`). Such a
 * row is cut at its gap of two spaces or more nearest the gutter, within this many places; at
 * most three rows in ten may be cut so.
 */
const drift = 6
const driftShare = 0.3

/** A row's two sides at the gutter: strict when the gutter's two places are blank; undefined when words cross it. */
function cut(text: string, gutter: number): {left: string; right: string; strict: boolean} | undefined {
  if (text.length <= gutter) return {left: text.trimEnd(), right: '', strict: true}
  if (text.charCodeAt(gutter) === 32 && (text.length === gutter + 1 || text.charCodeAt(gutter + 1) === 32))
    return {left: text.slice(0, gutter).trimEnd(), right: text.slice(gutter).trimEnd(), strict: true}
  let nearest: {from: number; to: number; distance: number} | undefined
  for (const gap of text.matchAll(/(?<=\S) {2,}(?=\S)/gu)) {
    const from = gap.index
    const to = from + gap[0].length
    const distance = from > gutter ? from - gutter : to < gutter ? gutter - to : 0
    if (distance <= drift && (nearest === undefined || distance < nearest.distance)) nearest = {from, to, distance}
  }
  if (nearest === undefined) return undefined
  return {
    left: text.slice(0, nearest.from),
    right: ' '.repeat(Math.max(0, nearest.to - gutter)) + text.slice(nearest.to).trimEnd(),
    strict: false,
  }
}

/** Read the stretch lines[from, to) column by column where a gutter parts it; then the lines around it. */
function split(lines: readonly TextLine[], from: number, to: number, rewrites: Rewrite[]): void {
  if (to - from < fewest) return
  let width = 0
  for (let index = from; index < to; index++) width = Math.max(width, (lines[index] as TextLine).text.length)
  let best: {gutter: number; start: number; end: number; both: number} | undefined
  for (let gutter = Math.floor(width / 4); gutter < Math.ceil((width * 3) / 4); gutter++) {
    let start = from
    let both = 0
    let written = 0
    let loose = 0
    // Where the right side's words start, row by row: a column's edge, the same in most rows.
    let starts = new Map<number, number>()
    const close = (end: number): void => {
      let edgeRows = 0
      for (const count of starts.values()) edgeRows = Math.max(edgeRows, count)
      if (
        both >= fewest &&
        edgeRows >= both * edgeShare &&
        both >= written * share &&
        loose <= written * driftShare &&
        (best === undefined || both > best.both)
      )
        best = {gutter, start, end, both}
    }
    for (let index = from; index < to; index++) {
      const text = (lines[index] as TextLine).text
      if (text.trim() === '') continue
      const sides = cut(text, gutter)
      if (sides === undefined) {
        close(index)
        start = index + 1
        both = 0
        written = 0
        loose = 0
        starts = new Map()
        continue
      }
      written++
      if (!sides.strict) loose++
      // Words on both sides: a dozen letters each at least, as two columns' lines have (a
      // justified line's wide gaps part it into scraps: `promotes   a`, `in     youth`).
      if (sides.left.trim().length >= rowSide && sides.right.trim().length >= rowSide) {
        both++
        const at = sides.right.length - sides.right.trimStart().length
        starts.set(at, (starts.get(at) ?? 0) + 1)
      }
    }
    close(to)
  }
  if (best === undefined) return
  const {gutter, end} = best
  let {start} = best
  const indent = (text: string): number => text.length - text.trimStart().length
  const rows = lines
    .slice(start, end)
    .map((line) => cut(line.text, gutter) ?? {left: line.text, right: '', strict: true})
  // The masthead's rows above the columns (`United Nations        S/RES/2250 (2015)`, `Distr.:
  // General` alone at the right) stay as they are: the run opens at the first row whose right
  // side starts at the right column's edge (or a paragraph's indent past it).
  let edge = Infinity
  for (const row of rows)
    if (row.left.trim() !== '' && row.right.trim() !== '') edge = Math.min(edge, indent(row.right))
  while (rows.length > 0) {
    const row = rows[0] as {right: string}
    if (row.right.trim() !== '' && indent(row.right) <= edge + paragraphIndent) break
    rows.shift()
    start++
  }
  const run = lines.slice(start, end)
  // The right column set as the left one is: at the left column's indentation.
  const lefts = rows.map((row) => row.left.trimEnd())
  const rights = rows.map((row) => row.right)
  const leftIndent = Math.min(...lefts.filter((text) => text !== '').map(indent))
  const rightIndent = Math.min(...rights.filter((text) => text !== '').map(indent))
  const pad = ' '.repeat(Number.isFinite(leftIndent) ? leftIndent : 0)
  const right = rights.map((text) => (text === '' ? '' : pad + text.slice(rightIndent)))
  // Blank lines under the right column's last words kept: they part it from a page foot under both.
  while (right.length > 1 && right[right.length - 1] === '' && right[right.length - 2] === '') right.pop()
  while (right.length > 0 && right[0] === '') right.shift()
  run.forEach((line, index) => {
    const left = lefts[index] as string
    if (left.length < line.text.length)
      rewrites.push({from: line.start + left.length, to: line.start + line.text.length, written: ''})
  })
  const last = run[run.length - 1] as TextLine
  const lastEnd = last.start + last.text.length
  rewrites.push({from: lastEnd, to: lastEnd, written: '\n' + right.join('\n')})
  split(lines, from, start, rewrites)
  split(lines, end, to, rewrites)
}
