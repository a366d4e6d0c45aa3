import type {Source} from './source.js'

/** One physical line of the source, trimmed, with where its content starts. */
export interface Line {
  index: number
  /** Content without the line break, a leading form feed, or surrounding white space. */
  text: string
  /** Offset in the source of text[0]. */
  start: number
  /** The line began with a form feed: a new PDF page starts here. */
  pageBreak: boolean
}

export function splitLines(source: Source): Line[] {
  const {text, lineStarts} = source
  const lines: Line[] = []
  for (let index = 0; index < lineStarts.length; index++) {
    const begin = lineStarts[index] ?? 0
    let end = index + 1 < lineStarts.length ? (lineStarts[index + 1] ?? text.length) : text.length
    while (end > begin && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--
    let from = begin
    let pageBreak = false
    while (from < end && isSpace(text.charCodeAt(from))) {
      if (text.charCodeAt(from) === 12) pageBreak = true
      from++
    }
    let to = end
    while (to > from && isSpace(text.charCodeAt(to - 1))) {
      if (text.charCodeAt(to - 1) === 12) pageBreak = true
      to--
    }
    lines.push({index, text: text.slice(from, to), start: from, pageBreak})
  }
  return lines
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 12 || code === 0xa0 || code === 0x3000 || code === 0xfeff || code === 11
}
