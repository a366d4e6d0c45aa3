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
  if (!hasInnerGaps(text)) return []
  const lines = [...linesOf(text)]
  const metAgain = (key: string): boolean => text.indexOf(key) !== text.lastIndexOf(key)
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
    const ends: boolean = line === undefined || isFurnitureLine(key) || (edge && metAgain(key))
    edge = ends
    if (!ends) continue
    split(lines, from, index, rewrites)
    from = index + 1
  }
  return rewrites
}

/**
 * Ten lines or more with a word, three spaces or more and a word: columns may stand side by side.
 * Counted with indexOf, one gap a line; most texts have none, or a masthead's few.
 */
function hasInnerGaps(text: string): boolean {
  let found = 0
  for (let at = text.indexOf('   '); at !== -1; at = text.indexOf('   ', at)) {
    const before = text.charCodeAt(at - 1)
    let end = at + 3
    while (text.charCodeAt(end) === 32) end++
    const after = text.charCodeAt(end)
    if (
      at > 0 &&
      before !== 32 &&
      before !== 10 &&
      before !== 13 &&
      before !== 12 &&
      end < text.length &&
      after !== 10 &&
      after !== 13
    ) {
      if (++found >= fewest) return true
      // One gap a line: on to the next line.
      const next = text.indexOf('\n', end)
      if (next === -1) return false
      at = next
    } else at = end
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
function cut(
  text: string,
  gutter: number,
  gaps: () => ReadonlyArray<readonly [number, number]>,
  edge: number,
): {left: string; right: string; strict: boolean} | undefined {
  if (text.length <= gutter) return {left: text.trimEnd(), right: '', strict: true}
  if (text.charCodeAt(gutter) === 32 && (text.length === gutter + 1 || text.charCodeAt(gutter + 1) === 32))
    return {left: text.slice(0, gutter).trimEnd(), right: text.slice(gutter).trimEnd(), strict: true}
  const nearest = nearestGap(gaps(), gutter, edge)
  if (nearest === undefined) return undefined
  // A word or two left of the right column's edge, nothing after them: the left line run past the
  // gutter with nothing beside it (`…not to develop, produce, test or` / `…pending   the`).
  if (nearest[1] < edge - 1 && text.length - nearest[1] < rowSide)
    return {left: text.trimEnd(), right: '', strict: false}
  return {
    left: text.slice(0, nearest[0]),
    right: ' '.repeat(Math.max(0, nearest[1] - gutter)) + text.slice(nearest[1]).trimEnd(),
    strict: false,
  }
}

/**
 * The gap nearest the gutter, within `drift` places of it. Once the right column's edge is known
 * (where its words start in most rows), a gap within reach that ends at the edge or past it (a
 * paragraph's indent) is preferred: the columns' own (`…among   civilians,   youth      regional
 * and…`: the left line's last word run past the gutter, its gap to the right column wider than
 * the justified gaps before it).
 */
function nearestGap(
  gaps: ReadonlyArray<readonly [number, number]>,
  gutter: number,
  edge = -1,
): readonly [number, number] | undefined {
  let nearest: readonly [number, number] | undefined
  let least = drift + 1
  let reaching = false
  for (const gap of gaps) {
    const distance = gap[0] > gutter ? gap[0] - gutter : gap[1] < gutter ? gutter - gap[1] : 0
    const reaches = edge >= 0 && gap[1] >= edge - 1
    if (distance > drift || (reaching && !reaches)) continue
    if ((reaches && !reaching) || distance < least) {
      reaching = reaches
      nearest = gap
      least = distance
    }
  }
  return nearest
}

/** Read the stretch lines[from, to) column by column where a gutter parts it; then the lines around it. */
function split(lines: readonly TextLine[], from: number, to: number, rewrites: Rewrite[]): void {
  if (to - from < fewest) return
  let width = 0
  for (let index = from; index < to; index++) width = Math.max(width, (lines[index] as TextLine).text.length)
  // Rows blank at each place and the next, with words on both sides: a gutter needs enough of them.
  const clean = new Uint16Array(width + 1)
  // Each row's first and last non-blank places (-1: a blank row).
  const firsts = new Int32Array(to - from)
  const lasts = new Int32Array(to - from)
  for (let index = from; index < to; index++) {
    const text = (lines[index] as TextLine).text
    const trimmed = text.trimEnd().length
    const first = trimmed === 0 ? -1 : text.length - text.trimStart().length
    const last = trimmed - 1
    firsts[index - from] = first
    lasts[index - from] = last
    for (let at = first + 1; at < last - 1; at++)
      if (text.charCodeAt(at) === 32 && text.charCodeAt(at + 1) === 32) clean[at]!++
  }
  // Each row's gaps of two spaces or more, found once, for the rows cut at a gap near the gutter.
  const found = new Map<number, Array<[number, number]>>()
  const gapsOf = (index: number) => (): Array<[number, number]> => {
    let gaps = found.get(index)
    if (gaps === undefined) {
      gaps = [...(lines[index] as TextLine).text.matchAll(/(?<=\S) {2,}(?=\S)/gu)].map(
        (gap) => [gap.index, gap.index + gap[0].length] as [number, number],
      )
      found.set(index, gaps)
    }
    return gaps
  }
  const strictFewest = Math.ceil(fewest * (1 - driftShare))
  let best: {gutter: number; start: number; end: number; both: number; edge: number} | undefined
  for (let gutter = Math.floor(width / 4); gutter < Math.ceil((width * 3) / 4); gutter++) {
    if ((clean[gutter] ?? 0) < strictFewest) continue
    let start = from
    let strictBoth = 0
    let both = 0
    let written = 0
    let loose = 0
    // Where the right side's words start, row by row: a column's edge, the same in most rows.
    let starts = new Map<number, number>()
    const close = (end: number): void => {
      let edgeRows = 0
      let edgeAt = 0
      for (const [at, count] of starts)
        if (count > edgeRows) {
          edgeRows = count
          edgeAt = at
        }
      if (
        both >= fewest &&
        strictBoth >= strictFewest &&
        edgeRows >= both * edgeShare &&
        both >= written * share &&
        loose <= written * driftShare &&
        (best === undefined || both > best.both)
      )
        best = {gutter, start, end, both, edge: gutter + edgeAt}
    }
    for (let index = from; index < to; index++) {
      const first = firsts[index - from] as number
      if (first < 0) continue
      const text = (lines[index] as TextLine).text
      const last = lasts[index - from] as number
      // Where the left side's words end and the right side's start, by character codes alone.
      let leftEnd: number
      let rightStart: number
      let strict = true
      if (text.length <= gutter) {
        leftEnd = last + 1
        rightStart = last + 1
      } else if (text.charCodeAt(gutter) === 32 && (text.length === gutter + 1 || text.charCodeAt(gutter + 1) === 32)) {
        leftEnd = gutter
        while (leftEnd > 0 && text.charCodeAt(leftEnd - 1) === 32) leftEnd--
        rightStart = gutter
        while (rightStart <= last && text.charCodeAt(rightStart) === 32) rightStart++
      } else {
        const gap = nearestGap(gapsOf(index)(), gutter)
        if (gap === undefined) {
          close(index)
          start = index + 1
          both = 0
          strictBoth = 0
          written = 0
          loose = 0
          starts = new Map()
          continue
        }
        strict = false
        leftEnd = gap[0]
        rightStart = gap[1]
      }
      written++
      if (!strict) loose++
      // Words on both sides: a dozen places each at least, as two columns' lines have (a
      // justified line's wide gaps part it into scraps: `promotes   a`, `in     youth`).
      if (leftEnd - first >= rowSide && last + 1 - rightStart >= rowSide) {
        both++
        if (strict) strictBoth++
        const at = rightStart - gutter
        starts.set(at, (starts.get(at) ?? 0) + 1)
      }
    }
    close(to)
  }
  if (best === undefined) return
  const {gutter, end, edge: columnEdge} = best
  let {start} = best
  const indent = (text: string): number => text.length - text.trimStart().length
  const rows = lines
    .slice(start, end)
    .map(
      (line, offset) =>
        cut(line.text, gutter, gapsOf(start + offset), columnEdge) ?? {left: line.text, right: '', strict: true},
    )
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
