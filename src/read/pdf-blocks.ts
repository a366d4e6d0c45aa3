import type {Item, PdfLine} from './pdf-lines.js'

// Where a PDF's lines part into paragraphs (see endsParagraph), for the reader in pdf.ts.

export const cjk = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u
export const cjkAll = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/gu
// A space narrower than a third of the size between Chinese and Latin text is spacing, not a word break.
const narrowSpace = 0.35

/** A line's text as it reads (source text for positions), with each item's offset in it. */
export interface BuiltLine {
  line: PdfLine
  text: string
  offsets: number[]
}

/**
 * Whether a paragraph ends between two lines: a gap wider than the lines' type needs (the
 * pitch of body lines, scaled for larger type such as a title), a move up the page (the next
 * column), or a short line whose next word would have fitted on it (a masthead's lines, a
 * title's forced break: text does not wrap before the end of its measure).
 */
export function endsParagraph(
  previous: BuiltLine,
  line: BuiltLine,
  pitch: number,
  measure: Map<BuiltLine, [number, number]>,
): boolean {
  const step = previous.line.y - line.line.y
  if (isParagraphGap(step, pitch) || step < 0) return true
  const [previousLeft, previousRight] = span(previous)
  const [left, right] = span(line)
  // Lines of one paragraph share horizontal space; two that do not are two cells or boxes.
  if (left >= previousRight || right <= previousLeft) return true
  const bounds = measure.get(previous)
  const first = line.line.items.find((item) => item.text.trim() !== '')
  if (bounds === undefined || !first) return false
  const [start, edge] = bounds
  // A line that starts past the middle of the measure is set flush right (a closing date and
  // meeting, a signature): no paragraph's next line starts there.
  const middle = (start + edge) / 2
  if (previousLeft > middle || left > middle) return true
  // The next line's first word; in Chinese its first character with the punctuation that may
  // not open a line (`日，` moves down whole).
  const text = first.text.trimStart()
  const word = cjk.test(text.charAt(0))
    ? (/^.[，。、；：！？）》」』”’]*/u.exec(text)?.[0].length ?? 1)
    : (/^\S+/.exec(text)?.[0].length ?? 0)
  const wordWidth = (first.width * word) / first.text.length
  return previousRight + 0.25 * previous.line.size + wordWidth < edge - 0.5 * previous.line.size
}

/**
 * A step between two lines of 1.3 times the pitch or more: a paragraph's gap. groff's `ms` sets
 * its paragraphs 0.3 of a line apart (`PD`), a step of exactly 1.3 times the pitch, which the
 * baselines' floating-point values put a hair either side of it: a thousandth of a point
 * either way is the same step.
 */
export function isParagraphGap(step: number, pitch: number): boolean {
  return step > 1.3 * Math.max(pitch, 0) - 0.001
}

/** Where a line's text starts and ends across the page (spaces stretched to the next cell left out). */
function span(line: BuiltLine): [number, number] {
  const items = line.line.items.filter((item) => item.text.trim() !== '')
  const first = items[0]
  const last = items[items.length - 1]
  return [first?.x ?? 0, last ? last.x + last.width : 0]
}

/**
 * The text measure each line is set in: the furthest left and right that long lines (forty
 * characters or more, twenty in Chinese) sharing horizontal space with it reach on the page.
 * Lines with no long line beside them get none (no short-line rule for them).
 */
export function measures(lines: BuiltLine[]): Map<BuiltLine, [number, number]> {
  const long = lines.filter((line) => line.text.trim().length >= (cjk.test(line.text) ? 20 : 40))
  const result = new Map<BuiltLine, [number, number]>()
  for (const line of lines) {
    const [left, right] = span(line)
    let best: [number, number] | undefined
    for (const other of long) {
      const [otherLeft, otherRight] = span(other)
      if (otherLeft < right && otherRight > left)
        best = best ? [Math.min(best[0], otherLeft), Math.max(best[1], otherRight)] : [otherLeft, otherRight]
    }
    if (best !== undefined) result.set(line, best)
  }
  return result
}

/**
 * A line's text from its runs: a space where the gap between two runs is a word break. On a
 * scan's OCR layer (`ocr`), whose words stand apart as the engine found them, Chinese sets no
 * space next to a Chinese character short of a column's gap.
 */
export function buildLine(line: PdfLine, ocr = false): BuiltLine {
  let text = ''
  const offsets: number[] = []
  let previous: Item | undefined
  line.items.forEach((item, index) => {
    const following = line.items[index + 1]
    // The narrow space LibreOffice and Word set between Chinese and Latin text is spacing, not a
    // word break; so is any space an OCR engine puts between the words it found in Chinese.
    if (
      /^\s+$/.test(item.text) &&
      item.width < (ocr ? 3 : narrowSpace) * line.size &&
      (cjk.test(text.charAt(text.length - 1)) || cjk.test(following?.text.charAt(0) ?? ''))
    ) {
      offsets.push(text.length)
      return
    }
    if (previous) {
      const gap = item.x - (previous.x + previous.width)
      const last = text.charAt(text.length - 1)
      const next = item.text.charAt(0)
      // Chinese sets no spaces; the room Word or LibreOffice leaves between Chinese and Latin
      // letters or digits (a quarter of an em) is not one either.
      const chinese = cjk.test(last) || cjk.test(next)
      const threshold = chinese ? (ocr ? 3 : 0.6) : 0.15
      if (gap > 3 * line.size) text += '   '
      else if (gap > threshold * line.size && !/\s/.test(last) && !/\s/.test(next)) text += ' '
      // An OCR engine's boxes of two words may overlap (`23-24440` over `(E)`): still two words.
      else if (ocr && gap < 0 && !chinese && !/\s/.test(last) && !/\s/.test(next)) text += ' '
    }
    offsets.push(text.length)
    text += item.text
    previous = item
  })
  return {line, text, offsets}
}

/** Whether a line opens with a note mark: a raised number or star, or one followed by a space. */
export function startsWithMark(line: BuiltLine): boolean {
  const first = line.line.items[0]
  if (!first) return false
  if (first.superscript && /^\s*(?:\d{1,3}|\*{1,3})\s*$/.test(first.text)) return true
  return /^(?:\d{1,3}|\*{1,3})\s/.test(line.text)
}

/** A line that is only a page number: `3`, `- 3 -`, `3/7`, `Page 3` (a page's or a column's foot). */
export const pageNumberLine = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–—])?$/i
