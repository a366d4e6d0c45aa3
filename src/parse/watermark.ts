import {blankLine, linesOf, type Rewrite, type TextLine} from './rewrite.js'

/** A line that holds nothing but one to three capitals: a piece of a stamp's or watermark's words. */
const fragmentLine = /^[ \t]*\p{Lu}{1,3}[ \t]*$/u
/** The fewest such lines a text must hold before it is looked at line by line. */
const leastFragments = 4
/** Pieces that part one sentence's lines (`…of concerted` / `VE` / `practical action…`) that prove a stamp. */
const leastParting = 2
/** Single capitals one a line, one under another (`A` / `D` / `V` / …), that prove a stamp. */
const leastRun = 6
/** Lines whose one capital stands in the stamp's column that make it a column. */
const leastInColumn = 6

/**
 * The letters of a watermark or stamp set across or up the page (`ADVANCE UNEDITED VERSION`,
 * `DRAFT`, `CONFIDENTIAL`, turned 45° or 90°), as extractors cut them among the page's lines:
 * pieces of one to three capitals alone on lines of their own between the body's lines
 * (`pdftotext`: `…a programme of concerted` / `VE` / `practical action…`; `-layout`: far to the
 * right of the margin), one letter a line after the page's words (`pdftotext -raw`), or one
 * letter a line in one column, beside the body's words where a line has them (Ghostscript's
 * txtwrite of a watermark up the page's middle). A text is stamped where two such pieces or more
 * part the lines of one sentence (the line above ends with no stop, the one below opens with a
 * small letter or a digit), or six letters or more stand one a line; then every such piece is
 * read as nothing, and with it the blank lines that parted the sentence. A heading `A` or `II` in
 * a text that is not stamped is left as it is.
 */
export function watermarkLetters(text: string): Rewrite[] {
  const words = capitalsUnderNotes.test(text) ? stampWords(text) : []
  if (!mayHoldFragments(text)) return words
  const lines = [...linesOf(text)]
  const blank = blankLine
  const groups: Array<{first: number; last: number; parts: boolean}> = []
  for (let index = 0; index < lines.length; index++) {
    if (!fragmentLine.test(lines[index]!.text)) continue
    let last = index
    while (last + 1 < lines.length && fragmentLine.test(lines[last + 1]!.text)) last++
    let above = index - 1
    while (blank(lines[above])) above--
    let below = last + 1
    while (blank(lines[below])) below++
    const upper = lines[above]?.text.trimEnd() ?? ''
    const lower = lines[below]?.text.trim() ?? ''
    const parts = upper !== '' && !/[.;:!?,)\]"”’]$/u.test(upper) && /^[\p{Ll}\d]/u.test(lower)
    groups.push({first: index, last, parts})
    index = last
  }
  const fragments = groups.reduce((sum, group) => sum + group.last - group.first + 1, 0)
  const stamped =
    fragments >= leastFragments &&
    (groups.filter((group) => group.parts).length >= leastParting ||
      groups.some((group) => group.last - group.first + 1 >= leastRun && lettersOneALine(lines, group)))
  if (!stamped) return words
  const rewrites: Rewrite[] = [...words]
  const end = (index: number): number => (index + 1 < lines.length ? lines[index + 1]!.start : text.length)
  for (const group of groups) {
    let from = group.first
    let to = group.last
    const before = blank(lines[from - 1])
    const after = blank(lines[to + 1])
    if (before && after && group.parts) {
      // `concerted` / `` / `VE` / `` / `practical`: one sentence again, no blank line between.
      while (blank(lines[from - 1])) from--
      while (blank(lines[to + 1])) to++
    } else if (before && after) {
      // Between two paragraphs: one blank line stays.
      while (blank(lines[to + 1])) to++
    }
    rewrites.push({from: lines[from]!.start, to: end(to), written: ''})
  }
  rewrites.push(...lettersInColumn(lines, groups))
  return rewrites
}

/** Every line of the run one letter. */
function lettersOneALine(lines: readonly TextLine[], group: {first: number; last: number}): boolean {
  for (let index = group.first; index <= group.last; index++) if (lines[index]!.text.trim().length !== 1) return false
  return true
}

/**
 * A watermark up the page's middle, one letter a line (txtwrite), also stands beside the
 * body's words on the lines that have them (`General Assembly      V      A/RES/735 (VIII)`):
 * where six or more of the lone letters stand in one column (a character either way), a
 * capital alone in that column, three spaces or more either side of it, is read as a space.
 */
function lettersInColumn(lines: readonly TextLine[], groups: ReadonlyArray<{first: number; last: number}>): Rewrite[] {
  const columns = new Map<number, number>()
  for (const group of groups)
    for (let index = group.first; index <= group.last; index++) {
      const text = lines[index]!.text
      if (text.trim().length !== 1) continue
      const at = text.search(/\S/u)
      columns.set(at, (columns.get(at) ?? 0) + 1)
    }
  let column: number | undefined
  for (const [at, count] of columns) if (count > (columns.get(column ?? -1) ?? 0)) column = at
  if (column === undefined) return []
  let near = 0
  for (const [at, count] of columns) if (Math.abs(at - column) <= 1) near += count
  if (near < leastInColumn) return []
  const rewrites: Rewrite[] = []
  for (const line of lines) {
    if (fragmentLine.test(line.text) || line.text.length < column) continue
    for (let at = column - 1; at <= column + 1; at++) {
      const letter = line.text.charAt(at)
      if (!/\p{Lu}/u.test(letter)) continue
      const left = line.text.slice(Math.max(0, at - 3), at)
      const right = line.text.slice(at + 1, at + 4)
      if (left === '   ' && (right === '   ' || line.text.slice(at + 1).trim() === '') && at >= 3) {
        rewrites.push({from: line.start + at, to: line.start + at + 1, written: ' '})
        break
      }
    }
  }
  return rewrites
}

/** At least four lines of one to three capitals alone (counted by indexOf, no line split). */
function mayHoldFragments(text: string): boolean {
  let found = 0
  for (let at = text.indexOf('\n'); at !== -1 && at < text.length; at = text.indexOf('\n', at + 1)) {
    let index = at + 1
    while (text.charCodeAt(index) === 32 || text.charCodeAt(index) === 9) index++
    let capitals = 0
    while (capitals <= 3) {
      const code = text.charCodeAt(index + capitals)
      if (code >= 65 && code <= 90) capitals++
      else if (code > 127 && /\p{Lu}/u.test(text.charAt(index + capitals))) capitals++
      else break
    }
    if (capitals === 0 || capitals > 3) continue
    let next = index + capitals
    while (text.charCodeAt(next) === 32 || text.charCodeAt(next) === 9) next++
    const code = text.charCodeAt(next)
    if ((Number.isNaN(code) || code === 10 || code === 13) && ++found >= leastFragments) return true
  }
  return false
}

/** A line of capitals only, two letters a word or more: `ADVANCE UNEDITED VERSION`, `ADVANCE`. */
const capitalWords = /^[ \t]*\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,5}[ \t]*$/u
/** A line that ends with a full stop, then a line of capitals only. */
const capitalsUnderNotes = /\.[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,}){0,5}[ \t]*\r?\n/u
/** A note's line: its number, glued to its words or apart (`1See…`, `1 See…`), or alone. */
const noteStart = /^[ \t]*\d{1,3}(?:[ \t]*$|[ \t]?(?=\p{Lu}))/u
/** pdf.js wrappers' page line (`-- 1 of 3 --`). */
const pageLine = /^-- \d+ of \d+ --$/u

/**
 * A watermark's or stamp's words that an extractor writes after the page's notes, where the
 * page was drawn last (MuPDF, pdf.js: `2See documents….` / `ADVANCE UNEDITED VERSION`;
 * `pdftotext -raw` one word a line): lines of capitals only, after a note's last line (within
 * the page's notes, its full stop at the end) and closing the page. A note's words are never
 * capitals alone after its full stop; a masthead an extraction set at a page's end follows the
 * page's foot, not its notes.
 */
function stampWords(text: string): Rewrite[] {
  const lines = [...linesOf(text)]
  const rewrites: Rewrite[] = []
  const blank = (at: number): boolean => blankLine(lines[at])
  for (let index = 1; index < lines.length; index++) {
    if (!capitalWords.test(lines[index]!.text)) continue
    let above = index - 1
    while (above > 0 && blank(above)) above--
    if (!/\.[ \t]*$/u.test(lines[above]!.text) || index - above > 2) continue
    // Within the page's notes: a note's number opens the line, or one of the four above it.
    let notes = false
    for (let at = above; at >= 0 && at >= above - 4 && !lines[at]!.text.includes('\f'); at--)
      if (noteStart.test(lines[at]!.text)) notes = true
    if (!notes) continue
    let last = index
    while (last + 1 < lines.length && capitalWords.test(lines[last + 1]!.text)) last++
    let after = last + 1
    while (after < lines.length && blank(after)) after++
    if (after < lines.length && !lines[after]!.text.startsWith('\f') && !pageLine.test(lines[after]!.text.trim())) {
      index = last
      continue
    }
    const to = last + 1 < lines.length ? lines[last + 1]!.start : text.length
    rewrites.push({from: lines[index]!.start, to, written: ''})
    index = last
  }
  return rewrites
}
