// The geometry of a PDF page's text: runs grouped into lines by their baselines, raised small
// runs as note marks, and the reading order of a page set in two columns.

// Type sizes, as shares of the line's dominant size. A note mark is set in smaller type (under
// 85 %) and raised (by a tenth of the size or more); a line of such marks within three quarters
// of a size above a line belongs to it.
const superscriptSize = 0.85
const superscriptRise = 0.1
const raisedLineGap = 0.75

/**
 * What a raised run can be to join the line below: a note mark (figures, asterisks, a dagger,
 * a letter), a raised ordinal ending (`nd` of 42nd, `er` of 1er), or a space; not words.
 */
const noteMark = /^(?:\d{1,3}|\*{1,3}|\p{L}{1,3}|[†‡§¶])?$/u
/** A run that is only a note number or star. */
const loneMark = /^\s*(?:\d{1,3}|\*{1,3})\s*$/
/** A run that is only a number, as a line number is. */
const bareNumber = /^\s*\d{1,4}\s*$/
/** The fewest numbers that make a column of line numbers. */
const lineNumbersMinimum = 5

/** One run of text on a page, as PDF.js gives it. */
export interface Item {
  text: string
  x: number
  /** Baseline, in PDF units from the foot of the page. */
  y: number
  width: number
  size: number
  italic: boolean
  superscript: boolean
  /** Set on its side, its text going down the page (in a page set vertically). */
  turned?: boolean
}

export interface PdfLine {
  page: number
  y: number
  /** The size most of the line's characters are set in. */
  size: number
  items: Item[]
}

/** One CJK ideograph, kana or full-width mark, as vertical writing sets each character on its own. */
const oneCjk = /^[\u3000-\u303f\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]$/u
/** The fewest characters stacked one under another that make a page set vertically. */
const verticalMinimum = 20

/**
 * A page set vertically (Chinese and Japanese printed top to bottom, its columns read right to
 * left: Word's `tbRl` text direction), turned a quarter so that its columns are lines: each
 * column a line (the rightmost first), its characters read down the column from left to right.
 * PDF writers set each character of such a page as a run of its own, one under another (and a
 * run of Latin letters or digits turned on its side); a page is vertical where far more of its
 * single characters have the next one under them than beside them. Other pages are as they are.
 */
export function uprightColumns(items: Item[], height: number): Item[] {
  const single = items.filter((item) => oneCjk.test(item.text))
  if (single.length < verticalMinimum) return items
  const at = new Map<string, Item>()
  const key = (x: number, y: number): string => `${Math.round(x)}|${Math.round(y)}`
  for (const item of single) at.set(key(item.x, item.y), item)
  let under = 0
  let beside = 0
  const near = (x: number, y: number): boolean => {
    for (let dx = -1; dx <= 1; dx++) for (let dy = -1; dy <= 1; dy++) if (at.has(key(x + dx, y + dy))) return true
    return false
  }
  for (const item of single) {
    if (near(item.x, item.y - item.size)) under++
    if (near(item.x + item.size, item.y)) beside++
  }
  if (under < verticalMinimum || under < 3 * beside) return items
  return items.map((item) => {
    // A run turned on its side (its text going down the page) starts at its baseline's top; an
    // upright character at its top edge, a size above its baseline, less the tenth of its box
    // the glyph leaves blank (a turned comma ends inside the box of the character after it).
    const turned = item.turned === true
    return {
      ...item,
      x: height - (turned ? item.y : item.y + 0.9 * item.size),
      y: item.x,
      width: turned ? item.width : 0.95 * item.size,
      turned: false,
    }
  })
}

/**
 * A page's runs without its line numbers: Word's and LibreOffice's line numbering (a negotiation
 * draft's) prints a bare number beside each line, in a column wholly left (or right) of every
 * other run on the page, counting up down the page. Five or more such numbers, nearly every one
 * larger than the one above it, are that column; nothing else is taken (a note's number, an
 * operative number and a page number stand where the text does).
 */
export function withoutLineNumbers(items: Item[]): Item[] {
  let numbers = 0
  for (const item of items) if (bareNumber.test(item.text)) numbers++
  if (numbers < lineNumbersMinimum) return items
  let left = Infinity
  let right = -Infinity
  for (const item of items) {
    if (bareNumber.test(item.text) || item.text.trim() === '') continue
    left = Math.min(left, item.x)
    right = Math.max(right, item.x + item.width)
  }
  if (left === Infinity) return items
  const drop = new Set<Item>()
  for (const side of ['left', 'right'] as const) {
    const column = items
      .filter(
        (item) =>
          bareNumber.test(item.text) &&
          (side === 'left' ? item.x + item.width < left - 0.2 * item.size : item.x > right + 0.2 * item.size),
      )
      .sort((first, second) => second.y - first.y)
    if (column.length < lineNumbersMinimum) continue
    let rising = 0
    for (let index = 1; index < column.length; index++)
      if (Number(column[index]!.text) > Number(column[index - 1]!.text)) rising++
    if (rising >= 0.8 * (column.length - 1)) for (const item of column) drop.add(item)
  }
  return drop.size === 0 ? items : items.filter((item) => !drop.has(item))
}

/**
 * A page's lines parted from those printed in its right margin, beyond the right edge of the
 * body's text: reviewers' comments as Word prints its markup balloons, marginal notes. The
 * body's right edge is the furthest any line reaches that starts at the body's left edge (the
 * leftmost start that at least three lines share). The lines that start past it by a type size
 * are the margin's when together they are at most half the body's width and one stands beside
 * a full line of the body (a page foot's job number beside its page number, or a second column,
 * is not).
 */
export function marginLines(lines: PdfLine[]): {body: PdfLine[]; margin: PdfLine[]} {
  const none = {body: lines, margin: []}
  const texts = lines.filter((line) => line.items.some((item) => item.text.trim()))
  if (texts.length < 4) return none
  const spans = new Map<PdfLine, [number, number]>()
  for (const line of texts) {
    let start = Infinity
    let end = -Infinity
    for (const item of line.items)
      if (item.text.trim()) {
        start = Math.min(start, item.x)
        end = Math.max(end, item.x + item.width)
      }
    spans.set(line, [start, end])
  }
  const starts = texts.map((line) => spans.get(line)![0]).sort((first, second) => first - second)
  const left = starts.find((x, index) => index + 2 < starts.length && starts[index + 2]! - x < 1)
  if (left === undefined) return none
  let right = -Infinity
  for (const [start, end] of spans.values()) if (Math.abs(start - left) < 1) right = Math.max(right, end)
  const margin = texts.filter((line) => spans.get(line)![0] > right + line.size)
  if (margin.length === 0) return none
  const from = Math.min(...margin.map((line) => spans.get(line)![0]))
  const to = Math.max(...margin.map((line) => spans.get(line)![1]))
  if (to - from > (right - left) / 2) return none
  const set = new Set(margin)
  const full = texts.filter((line) => !set.has(line) && spans.get(line)![1] >= right - 2 * line.size)
  if (!margin.some((line) => full.some((other) => Math.abs(other.y - line.y) < 1.5 * line.size))) return none
  return {body: lines.filter((line) => !set.has(line)), margin}
}

/** True when two runs share most of the narrower one's horizontal space (not a kerned neighbour). */
function overlaps(first: Item, second: Item): boolean {
  const shared = Math.min(first.x + first.width, second.x + second.width) - Math.max(first.x, second.x)
  return shared > 1 && shared > 0.5 * Math.min(first.width, second.width)
}

/**
 * Group a page's items into lines by baseline; raised small items join the line below as
 * superscripts. Two runs that share horizontal space are never one line (a table cell's two
 * lines beside a line of large type), and type more than twice another's size takes only the
 * smaller type's tolerance (a masthead's organ name beside its date lines). On a scan, the OCR's
 * boxes of two words of one line may overlap (`2000` drawn over `年 3 月 15 日`): there a shared
 * baseline makes one line.
 */
export function groupLines(items: Item[], page: number, scanned = false): PdfLine[] {
  // Runs in the body's type first, then smaller ones (note marks, notes): a raised mark then
  // joins the line of the words beside it, never the other way round (a mark met first would
  // be the line's baseline, and a run of the same words just past its tolerance a line apart).
  const body = scanned ? 0 : dominantSize(items)
  const small = (item: Item): number => (item.size < superscriptSize * body ? 1 : 0)
  const sorted = [...items].sort(
    (first, second) => small(first) - small(second) || second.y - first.y || first.x - second.x,
  )
  const lines: PdfLine[] = []
  for (const item of sorted) {
    const line = lines.find((candidate) => {
      const big = Math.max(candidate.size, item.size)
      const small = Math.min(candidate.size, item.size)
      const tolerance = 0.3 * (big > 2 * small ? small : big)
      if (scanned && candidate.items.some((other) => other.y === item.y)) return true
      return Math.abs(candidate.y - item.y) <= tolerance && !candidate.items.some((other) => overlaps(other, item))
    })
    if (line) {
      line.items.push(item)
      if (item.size > line.size) line.size = item.size
    } else {
      lines.push({page, y: item.y, size: item.size, items: [item]})
    }
  }
  lines.sort((first, second) => second.y - first.y)
  for (const line of lines) line.size = dominantSize(line.items)
  // A line of small raised items is the note marks of the line under it.
  const kept: PdfLine[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const below = lines[index + 1]
    if (
      below &&
      line.items.every((item) => item.size < superscriptSize * below.size && noteMark.test(item.text.trim())) &&
      line.y > below.y &&
      line.y - below.y < raisedLineGap * below.size
    ) {
      for (const item of line.items) below.items.push({...item, superscript: true})
      continue
    }
    kept.push(line)
  }
  for (const line of kept) {
    line.items.sort((first, second) => first.x - second.x)
    for (const item of line.items) {
      if (item.size < superscriptSize * line.size && item.y > line.y + superscriptRise * line.size)
        item.superscript = true
    }
  }
  return kept.flatMap(splitAtColumnGaps)
}

/**
 * A line whose words stand more than three sizes apart (of the smaller type beside the gap)
 * is two cells of a table or masthead set on one baseline (`General Assembly` … `6 December
 * 2023`): each part is a line of its own. Spaces (which PDF writers stretch across the gap)
 * do not bridge it.
 */
function splitAtColumnGaps(line: PdfLine): PdfLine[] {
  const parts: Item[][] = [[]]
  let previous: Item | undefined
  for (const item of line.items) {
    const blank = item.text.trim() === ''
    if (!blank && previous && item.x - (previous.x + previous.width) > 3 * Math.min(previous.size, item.size))
      parts.push([])
    parts[parts.length - 1]!.push(item)
    if (!blank) previous = item
  }
  if (parts.length === 1) return [line]
  return parts.map((items) => ({...line, items, size: dominantSize(items)}))
}

export function dominantSize(items: Item[]): number {
  const weight = new Map<number, number>()
  for (const item of items) {
    const key = Math.round(item.size * 10) / 10
    weight.set(key, (weight.get(key) ?? 0) + item.text.length)
  }
  let best = 0
  let bestWeight = -1
  for (const [size, count] of weight) if (count > bestWeight) [best, bestWeight] = [size, count]
  return best
}

/**
 * A page's lines in reading order. A page set in two columns (a gutter in its middle third
 * that at most a tenth of its lines cross, with lines on both sides) is read band by band:
 * lines that cross the gutter (a masthead, a heading over both columns, the page foot) stand
 * as they are, and between two of them the left column is read before the right.
 */
export function readingOrder(items: Item[], page: number, scanned = false): PdfLine[] {
  const all = groupLines(items, page, scanned)
  const gutter = findGutter(all)
  if (gutter === undefined) return all
  const crosses = (item: Item): boolean => item.x < gutter && item.x + item.width > gutter
  const result: PdfLine[] = []
  let band: Item[] = []
  const flush = (): void => {
    const left = band.filter((item) => sideOf(item, band, gutter) === 'left')
    const right = band.filter((item) => sideOf(item, band, gutter) === 'right')
    result.push(...groupLines(left, page, scanned), ...groupLines(right, page, scanned))
    band = []
  }
  for (const line of all) {
    if (line.items.some(crosses) || covers(line, gutter)) {
      flush()
      result.push(line)
    } else band.push(...line.items)
  }
  flush()
  return result
}

/**
 * The column of a run in a band read in two columns. A lone note number goes with the nearer
 * of the texts beside it on its line: a note's number hung in the gutter before its text, not
 * the figure that ends a line of the column on its left.
 */
function sideOf(item: Item, band: Item[], gutter: number): 'left' | 'right' | undefined {
  if (loneMark.test(item.text)) {
    let before = Infinity
    let after: {gap: number; item: Item} | undefined
    for (const other of band) {
      if (other === item || other.text.trim() === '') continue
      if (Math.abs(other.y - item.y) >= Math.max(item.size, other.size)) continue
      if (other.x + other.width <= item.x) before = Math.min(before, item.x - (other.x + other.width))
      else if (other.x >= item.x + item.width) {
        const gap = other.x - (item.x + item.width)
        if (!after || gap < after.gap) after = {gap, item: other}
      }
    }
    if (after && after.gap < before) return after.item.x >= gutter ? 'right' : 'left'
  }
  if (item.x + item.width <= gutter) return 'left'
  return item.x >= gutter ? 'right' : undefined
}

/** True when the line's text runs through x: no gap of half its type size there (runs split mid-line included). */
function covers(line: PdfLine, x: number): boolean {
  const margin = 0.5 * line.size
  return line.items.some((item) => item.text.trim() !== '' && item.x - margin < x && item.x + item.width + margin > x)
}

function findGutter(lines: PdfLine[]): number | undefined {
  if (lines.length < 10) return undefined
  let left = Infinity
  let right = -Infinity
  for (const line of lines)
    for (const item of line.items) {
      if (item.text.trim() === '') continue
      left = Math.min(left, item.x)
      right = Math.max(right, item.x + item.width)
    }
  if (left === Infinity) return undefined
  // How many lines cover each point of the middle third (a point a step apart), counted in one
  // pass over each line's merged spans (see covers) instead of testing every line at every point.
  const from = left + (right - left) / 3
  const steps = Math.floor((right - left) / 3) + 1
  const changes = new Int32Array(steps + 1)
  for (const line of lines) {
    const margin = 0.5 * line.size
    const spans = line.items
      .filter((item) => item.text.trim() !== '')
      .map((item): [number, number] => [item.x - margin, item.x + item.width + margin])
      .sort((first, second) => first[0] - second[0])
    let current: [number, number] | undefined
    const mark = (span: [number, number]): void => {
      const first = Math.max(0, Math.floor(span[0] - from) + 1)
      const last = Math.min(steps - 1, Math.ceil(span[1] - from) - 1)
      if (first > last) return
      changes[first]! += 1
      changes[last + 1]! -= 1
    }
    for (const span of spans) {
      if (current && span[0] <= current[1]) current[1] = Math.max(current[1], span[1])
      else {
        if (current) mark(current)
        current = [...span]
      }
    }
    if (current) mark(current)
  }
  let best: {x: number; crossing: number} | undefined
  let crossing = 0
  for (let step = 0; step < steps; step++) {
    crossing += changes[step]!
    if (!best || crossing < best.crossing) best = {x: from + step, crossing}
  }
  if (!best || best.crossing > lines.length / 10) return undefined
  const gutter = best.x
  const sides = (test: (item: Item) => boolean): number => lines.filter((line) => line.items.some(test)).length
  const leftLines = sides((item) => item.x + item.width <= gutter && item.text.trim() !== '')
  const rightLines = sides((item) => item.x >= gutter && item.text.trim() !== '')
  return leftLines >= lines.length / 4 && rightLines >= lines.length / 4 ? gutter : undefined
}
