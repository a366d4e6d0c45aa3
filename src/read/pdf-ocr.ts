import {
  buildLine,
  cjkAll,
  endsParagraph,
  measures,
  pageNumberLine,
  startsWithMark,
  type BuiltLine,
} from './pdf-blocks.js'
import {dominantSize, type Item} from './pdf-lines.js'

// Scanned pages with an OCR text layer (OCRmyPDF/Tesseract, Acrobat, ABBYY): the words are
// drawn invisibly (render mode 3) over the page's picture, each line's words on one baseline.
// What the text layer of a typeset PDF tells by its fonts, OCR does not: its type sizes are the
// heights of the recognised lines, whole points that vary with the letters (8 or 9 for one body
// size), there are no italics, and the small raised note numbers come out as `’`, `°`, `”`, `*`
// glued to a word or are lost. What still holds is the geometry: a line's width for its letters
// (the type size), the gap between the body and the notes at the page foot, and the order of
// the notes' numbers.

/** A page is a scan with an OCR layer when nine tenths of its text is drawn invisibly. */
const invisibleShare = 0.9
/** Letters of a line set in note type are at most this share of the body's width. */
const noteWidth = 0.88
/** A line of this many characters or more in body type ends the page foot (reading upwards). */
const bodyLine = 25

interface OperatorList {
  fnArray: ArrayLike<number>
  argsArray: ArrayLike<unknown>
}

/** The operator numbers OCR detection needs (from PDF.js's `OPS`). */
export interface TextOps {
  save: number
  restore: number
  setTextRenderingMode: number
  showText: number
  showSpacedText: number
  nextLineShowText: number
  nextLineSetSpacingShowText: number
}

/** Whether a page's text is drawn invisibly (render modes 3 and 7: neither filled nor stroked) nearly all through. */
export function isOcrPage(list: OperatorList, ops: TextOps): boolean {
  const shows = new Set([ops.showText, ops.showSpacedText, ops.nextLineShowText, ops.nextLineSetSpacingShowText])
  let mode = 0
  const saved: number[] = []
  let invisible = 0
  let total = 0
  for (let index = 0; index < list.fnArray.length; index++) {
    const op = list.fnArray[index]!
    if (op === ops.save) saved.push(mode)
    else if (op === ops.restore) mode = saved.pop() ?? 0
    else if (op === ops.setTextRenderingMode) mode = Number((list.argsArray[index] as unknown[] | undefined)?.[0] ?? 0)
    else if (shows.has(op)) {
      total++
      if (mode === 3 || mode === 7) invisible++
    }
  }
  return total > 0 && invisible >= invisibleShare * total
}

/**
 * Whether an OCR word runs along the page: the recognition of a picture (an emblem's lettering,
 * a barcode turned on its side) gives words set at an angle, which no resolution's text has.
 */
export function runsAlong(transform: readonly number[]): boolean {
  const [a = 0, b = 0] = transform
  return Math.abs(b) <= 0.25 * Math.abs(a)
}

/** Letters in a text, a Chinese character (an em wide) counting as two Latin ones (about half an em). */
function letters(text: string): number {
  return text.replace(/\s/g, '').length + (text.match(cjkAll) ?? []).length
}

/** The width of a line's letters, per letter: in OCR text the measure of its type size. */
export function letterWidth(line: BuiltLine): number | undefined {
  let width = 0
  let count = 0
  for (const item of line.line.items) {
    const text = item.text.trim()
    if (text === '' || item.superscript) continue
    width += item.width
    count += letters(text)
  }
  return count > 0 ? width / count : undefined
}

/** The body's letter width: the median over the long lines of the OCR pages. */
export function bodyLetterWidth(lines: BuiltLine[]): number | undefined {
  const widths = lines
    .filter((line) => letters(line.text) >= 40)
    .map(letterWidth)
    .filter((width): width is number => width !== undefined)
    .sort((first, second) => first - second)
  return widths[Math.floor(widths.length / 2)]
}

/** The notes at the foot of an OCR page: lines `from` to `to` (exclusive); lines after `to` are the page's own foot. */
export interface OcrNotes {
  from: number
  to: number
  /** Whether the first note opens with its number (else the numbers are inferred). */
  marked: boolean
}

/**
 * Where the notes at the foot of an OCR page are. Read upwards from the page's last line to the
 * first line in body type: the notes are the block that a gap wider than any between two
 * paragraphs (the rule over the notes) parts from the text above, and that opens with a note
 * number or is set in smaller type than the body. A first page's own foot (job number, barcode
 * line) under the notes, parted from them by such a gap again, stays out of them.
 */
export function findOcrNotes(
  content: BuiltLine[],
  startsWithMark: (line: BuiltLine) => boolean,
  separation: number,
  bodyWidth: number,
  pitch: number,
): OcrNotes | undefined {
  const gapOver = (index: number): number => {
    const above = content[index - 1]
    const line = content[index]
    return above !== undefined && line !== undefined ? above.line.y - line.line.y : 0
  }
  const parted = (index: number): boolean => gapOver(index) > separation
  const blockEnd = (from: number): number => {
    let to = from + 1
    while (to < content.length && !parted(to)) to++
    return to
  }
  const small = (lines: BuiltLine[]): boolean => {
    let width = 0
    let total = 0
    for (const line of lines) {
      const each = letterWidth(line)
      const count = letters(line.text)
      if (each === undefined) continue
      width += each * count
      total += count
    }
    return total > 0 && width / total < noteWidth * bodyWidth
  }
  let found: OcrNotes | undefined
  for (let index = content.length - 1; index > 0; index--) {
    const line = content[index]!
    const width = letterWidth(line)
    if (letters(line.text) >= bodyLine && width !== undefined && width >= noteWidth * bodyWidth) break
    // Parted by the rule's gap; or, in note type right under a line in body type, by any gap
    // wider than a line's (a column's notes, set close under its text).
    const above = content[index - 1]
    const aboveWidth = above ? letterWidth(above) : undefined
    const underBody =
      above !== undefined &&
      letters(above.text) >= bodyLine &&
      aboveWidth !== undefined &&
      aboveWidth >= noteWidth * bodyWidth &&
      gapOver(index) > 1.5 * pitch
    if (!parted(index) && !underBody) continue
    const to = blockEnd(index)
    const marked = startsWithMark(line)
    if (parted(index) ? marked || small(content.slice(index, to)) : small(content.slice(index, to)))
      found = {from: index, to, marked}
  }
  return found
}

/**
 * A note mark the OCR read as a sign glued to the word it follows: a quote, degree sign or star
 * after a word's last punctuation or figure (`Assembly,’`, `Weapons;°`, `1990*`), or figures or
 * a question mark after its punctuation (`Assembly,2`, `Weapons;?`).
 */
const markDebris = /(?<=[\p{L}\p{N}][,;:.)]?)[’'”"°*^¹²³⁴⁵⁶⁷⁸⁹]{1,2}$|(?<=[\p{L}\p{N}][,;:.)])(?:\d{1,3}|\?)$/u
const quoteDebris = /^[’'”"]+$/u
/** A note's call that an OCR read as a sign after a Chinese character, before another or a stop. */
const chineseDebris = /(?<=[\u3400-\u9fff])[:'’°*^¹²³⁴⁵⁶⁷⁸⁹](?=[\u3400-\u9fff，。；、]|$)/gu

/**
 * The body's calls of an OCR page's notes, where the OCR garbled them: when the page's body
 * holds exactly as many garbled marks as the page has notes that nothing calls, each becomes a
 * raised mark with the number of the next such note, in order. Any other count leaves the text
 * as the OCR read it. Returns the lines changed (new objects; the others as they were).
 */
export function recoverMarks(
  body: BuiltLine[],
  notes: number[],
  rebuild: (line: BuiltLine, items: Item[]) => BuiltLine,
): BuiltLine[] {
  const called = new Set<number>()
  for (const line of body)
    for (const item of line.line.items)
      if (item.superscript && /^\d+$/.test(item.text.trim())) called.add(Number(item.text))
  const uncalled = notes.filter((number) => !called.has(number))
  if (uncalled.length === 0) return body
  const found: {line: number; item: number; at: number; length: number}[] = []
  body.forEach((line, lineIndex) =>
    line.line.items.forEach((item, itemIndex) => {
      const text = item.text.trimEnd()
      // In Chinese, a sign no Chinese text sets right after a character (`报告:并`).
      for (const match of text.matchAll(chineseDebris))
        found.push({line: lineIndex, item: itemIndex, at: match.index, length: match[0].length})
      const debris = markDebris.exec(text)?.[0]
      if (!debris || found.some((place) => place.item === itemIndex && place.line === lineIndex)) return
      // A closing quote after a letter is a quotation's end, not a mark.
      if (quoteDebris.test(debris) && /\p{L}$/u.test(text.slice(0, -debris.length))) return
      found.push({line: lineIndex, item: itemIndex, at: text.length - debris.length, length: debris.length})
    }),
  )
  if (found.length !== uncalled.length) return body
  const result = [...body]
  const byLine = new Map<number, {item: number; at: number; length: number; number: number}[]>()
  found.forEach((place, index) => {
    const list = byLine.get(place.line) ?? []
    list.push({...place, number: uncalled[index]!})
    byLine.set(place.line, list)
  })
  for (const [lineIndex, places] of byLine) {
    const items: Item[] = []
    body[lineIndex]!.line.items.forEach((item, itemIndex) => {
      let from = 0
      // The item cut at each mark: the text before it, the mark raised, then the rest.
      const piece = (start: number, end: number, extra: Partial<Item> = {}): Item => ({
        ...item,
        text: item.text.slice(start, end),
        x: item.x + (item.width * start) / item.text.length,
        width: (item.width * (end - start)) / item.text.length,
        ...extra,
      })
      for (const place of places.filter((candidate) => candidate.item === itemIndex)) {
        if (place.at > from) items.push(piece(from, place.at))
        items.push(
          piece(place.at, place.at + place.length, {
            text: String(place.number),
            size: 0.7 * item.size,
            superscript: true,
          }),
        )
        from = place.at + place.length
      }
      if (from === 0) items.push(item)
      else if (from < item.text.length) items.push(piece(from, item.text.length))
    })
    result[lineIndex] = rebuild(body[lineIndex]!, items)
  }
  return result
}

/**
 * The notes of the OCR pages (by page index), and the number to write before each note whose
 * number the OCR lost: one more than the note before it, on this page or an earlier one. The
 * body lines whose garbled note calls are mended replace the old ones in `built`.
 */
export function readOcrNotes(
  built: BuiltLine[][],
  ocrPages: ReadonlyMap<number, number>,
  furniture: ReadonlySet<BuiltLine>,
  pitch: number,
  steps: number[],
): {notes: Map<number, OcrNotes[]>; numbers: Map<BuiltLine, number>} {
  const notes = new Map<number, OcrNotes[]>()
  const numbers = new Map<BuiltLine, number>()
  const onOcr = built.map((lines) => lines.filter((line) => ocrPages.has(line.line.page) && !furniture.has(line)))
  const bodyWidth = bodyLetterWidth(onOcr.flat())
  if (bodyWidth === undefined) return {notes, numbers}
  // Wider than the gap between two paragraphs: the space around the rule over the notes.
  const gaps = steps.filter((step) => step > 1.3 * pitch)
  const separation = Math.max(1.6 * pitch, 1.15 * (gaps[Math.floor(gaps.length / 2)] ?? pitch))
  // A line opens a note with its number, or with the number the OCR read with a stop after it
  // (`1。A/52/456。`) in type smaller than the body's (the OCR's sizes: the lines' heights).
  const bodySize = dominantSize(onOcr.flat().flatMap((line) => line.line.items))
  const opensNote = (line: BuiltLine): boolean =>
    startsWithMark(line) || (ocrNoteNumber.test(line.text) && line.line.size < 0.85 * bodySize)
  let last = 0
  onOcr.forEach((content, pageIndex) => {
    // The foot of each column (a page set in two columns has notes under each): the lines up to
    // a move up the page, less a page number closing the column.
    const found: OcrNotes[] = []
    const foot = new Set<BuiltLine>()
    // Each column's lines, where its notes were found (to match calls to notes column by column).
    const columns: Array<{lines: BuiltLine[]; notes: OcrNotes}> = []
    let start = 0
    for (let index = 1; index <= content.length; index++) {
      const line = content[index]
      if (line && line.line.y <= content[index - 1]!.line.y + pitch) continue
      let end = index
      while (end > start + 1 && pageNumberLine.test(content[end - 1]!.text.trim())) end--
      const column = findOcrNotes(content.slice(start, end), opensNote, separation, bodyWidth, pitch)
      if (column) {
        const range = {from: start + column.from, to: start + column.to, marked: column.marked}
        found.push(range)
        columns.push({lines: content.slice(start, index), notes: range})
        // Under the notes: the column's own foot (job number, barcode line), no call of a note.
        for (const line of content.slice(start + column.to, index)) foot.add(line)
      }
      start = index
    }
    if (found.length === 0) return
    const before = last
    const onPage: number[] = []
    const byRange = new Map<OcrNotes, number[]>()
    const noteLines = new Set<BuiltLine>()
    const replacedNotes = new Map<BuiltLine, BuiltLine>()
    for (const range of found) {
      const lines = content.slice(range.from, range.to)
      const measure = measures(lines)
      const first = onPage.length
      lines.forEach((line, index) => {
        noteLines.add(line)
        const previous = lines[index - 1]
        const read = ocrNoteNumber.exec(line.text)
        if (startsWithMark(line)) {
          const number = /^\d+/.exec(line.text.trim())?.[0]
          if (number !== undefined) {
            last = Number(number)
            onPage.push(last)
          }
        } else if (read && (!previous || endsParagraph(previous, line, pitch, measure))) {
          // The number, and the space after it read as a stop (`1。A/52/456。`): the note's number,
          // written before its text as the numbers counted on are.
          last = Number(read[1])
          onPage.push(last)
          const rebuilt = withoutLead(line, read[0].length)
          replacedNotes.set(line, rebuilt)
          numbers.set(rebuilt, last)
          range.marked = true
        } else if (!previous || endsParagraph(previous, line, pitch, measure)) {
          numbers.set(line, ++last)
          onPage.push(last)
        }
      })
      byRange.set(range, onPage.slice(first))
    }
    const body = content.filter((line) => !noteLines.has(line) && !foot.has(line))
    const rebuild = (line: BuiltLine, items: Item[]): BuiltLine => buildLine({...line.line, items}, true)
    let mended = recoverMarks(body, onPage, rebuild)
    // Where the page's count does not match, a page with notes under each column matches each
    // column's calls to its own notes.
    if (mended === body && columns.length > 1) {
      const byLine = new Map<BuiltLine, BuiltLine>()
      for (const column of columns) {
        const own = column.lines.filter((line) => body.includes(line))
        const result = recoverMarks(own, byRange.get(column.notes) ?? [], rebuild)
        own.forEach((line, index) => {
          if (result[index] !== line) byLine.set(line, result[index]!)
        })
      }
      if (byLine.size > 0) mended = body.map((line) => byLine.get(line) ?? line)
    }
    // Notes none of which shows its number are notes only where the document has numbered notes
    // before them or the page's body calls them: else the page's foot stays as it is.
    if (!found.some((range) => range.marked) && before === 0 && mended === body) {
      last = before
      for (const line of noteLines) numbers.delete(line)
      return
    }
    notes.set(pageIndex, found)
    const replaced = new Map([
      ...body.map((line, index): [BuiltLine, BuiltLine] => [line, mended[index]!]),
      ...replacedNotes,
    ])
    built[pageIndex] = built[pageIndex]!.map((line) => replaced.get(line) ?? line)
  })
  return {notes, numbers}
}

/** A note's number as an OCR reads it at the head of a note: the figures, then the space after them read as a stop or comma (`1。A/52/456。`). */
const ocrNoteNumber = /^(\d{1,3}) ?[。.，,] ?(?=\S)/u

/** A line without its first `length` characters (the items they stand in cut or left out). */
function withoutLead(line: BuiltLine, length: number): BuiltLine {
  const items: Item[] = []
  line.line.items.forEach((item, index) => {
    const start = line.offsets[index] ?? 0
    const end = start + item.text.length
    if (end <= length) return
    if (start >= length) items.push(item)
    else {
      const cut = length - start
      const share = item.text.length > 0 ? cut / item.text.length : 0
      items.push({...item, text: item.text.slice(cut), x: item.x + item.width * share, width: item.width * (1 - share)})
    }
  })
  return buildLine({...line.line, items}, true)
}
