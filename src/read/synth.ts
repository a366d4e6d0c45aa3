import {forEachPositioned} from '../tree/positions.js'

/** A point in the original document: see docs/tree.md, "Positions", for what line means per format. */
export interface SourcePoint {
  line: number
  column: number
  offset: number
  /** PDF only: the page (1-based); `line` then counts the lines of that page. */
  page?: number
}

/**
 * Builds the text the parser reads from a Word or PDF document (plain text with `*emphasis*`,
 * written-out numbers and superscript note markers, as the parser already reads text converted
 * from PDF) while remembering, for every character, where it came from in the document. The
 * document's own text is `sourceText`: one line per Word paragraph, or per PDF text line, so a
 * tree position maps back to a paragraph (or page line) and a character in it.
 */
export class SynthText {
  private parts: string[] = []
  private length = 0
  /** For each character written, the offset in `sourceText` it stands for. */
  private map: number[] = []
  private sourceParts: string[] = []
  private sourceLength = 0
  private readonly sourceLineStarts: number[] = []
  /** PDF: the page of each source line, and the index of each page's first line. */
  private readonly pageOfLine: number[] = []
  private readonly firstLineOfPage = new Map<number, number>()

  /** Start a new source line (a Word paragraph or a PDF line on a page); returns its 0-based index. */
  sourceLine(text: string, page?: number): number {
    if (page !== undefined) {
      this.pageOfLine[this.sourceLineStarts.length] = page
      if (!this.firstLineOfPage.has(page)) this.firstLineOfPage.set(page, this.sourceLineStarts.length)
    }
    if (this.sourceLineStarts.length > 0) {
      this.sourceParts.push('\n')
      this.sourceLength += 1
    }
    this.sourceLineStarts.push(this.sourceLength)
    this.sourceParts.push(text)
    this.sourceLength += text.length
    return this.sourceLineStarts.length - 1
  }

  /** Offset in the source text of a character of a source line. */
  sourceOffset(line: number, column: number): number {
    return (this.sourceLineStarts[line] ?? 0) + column
  }

  /** Write text copied from the source, starting at a source offset, one character for one. */
  copy(text: string, sourceOffset: number): void {
    this.parts.push(text)
    for (let index = 0; index < text.length; index++) this.map.push(sourceOffset + index)
    this.length += text.length
  }

  /** Write text the reader adds (markup, a number Word draws, a line break), standing for one source offset. */
  add(text: string, sourceOffset: number): void {
    this.parts.push(text)
    for (let index = 0; index < text.length; index++) this.map.push(sourceOffset)
    this.length += text.length
  }

  get text(): string {
    return this.parts.join('')
  }

  get sourceText(): string {
    return this.sourceParts.join('')
  }

  /** The last character written, or ''. */
  lastChar(): string {
    for (let index = this.parts.length - 1; index >= 0; index--) {
      const part = this.parts[index] ?? ''
      if (part.length > 0) return part.charAt(part.length - 1)
    }
    return ''
  }

  /** Map an offset of the written text to a point in the source. */
  toSource(offset: number): SourcePoint {
    const clamped = Math.max(0, Math.min(offset, this.map.length))
    const sourceOffset =
      clamped < this.map.length
        ? (this.map[clamped] ?? 0)
        : this.map.length > 0
          ? (this.map[this.map.length - 1] ?? 0) + 1
          : 0
    let low = 0
    let high = this.sourceLineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if ((this.sourceLineStarts[middle] ?? 0) <= sourceOffset) low = middle
      else high = middle - 1
    }
    const column = sourceOffset - (this.sourceLineStarts[low] ?? 0) + 1
    const page = this.pageOfLine[low]
    if (page !== undefined)
      return {line: low - (this.firstLineOfPage.get(page) ?? 0) + 1, column, offset: sourceOffset, page}
    return {line: low + 1, column, offset: sourceOffset}
  }
}

/** Rewrite every position of a tree (or any node) from the written text to the source document. */
export function remapPositions(node: unknown, toSource: (offset: number) => SourcePoint): void {
  forEachPositioned(node, (record) => {
    const {start: from, end: to} = record.position
    if (!from || !to) return
    const start = toSource(from.offset ?? 0)
    // The end is exclusive: map the last character and step past it.
    const endOffset = to.offset ?? 0
    const last = toSource(Math.max(from.offset ?? 0, endOffset - 1))
    const end = endOffset > (from.offset ?? 0) ? {...last, column: last.column + 1, offset: last.offset + 1} : start
    record.position = {start, end}
  })
}
