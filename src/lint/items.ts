import type {OperativeParagraph, Resolution} from '../tree/types.js'

/** A sub-item marker written at the start of a line: `(b)`, `（ii）`. */
export interface LineItem {
  /** `b`, `ii`. */
  label: string
  /** Offset of the opening bracket in the source. */
  start: number
  end: number
}

const marker = /^[ \t]*[(（]([a-z]{1,2}|[ivx]{1,5})[)）]/u

/**
 * Sub-items set out on lines of their own, read from the source: the parser only builds
 * lists from items in sequence, and a list out of sequence is just what is looked for.
 * Hard-wrapped text may start a line with "(b)" by chance ("paragraphs 4 (a) and⏎(b)"),
 * so there an item must follow a blank line or a line that ends a clause.
 */
export function lineItems(paragraph: OperativeParagraph, tree: Resolution, source: string): LineItem[] {
  const start = paragraph.position?.start.offset
  const end = paragraph.position?.end.offset
  if (start === undefined || end === undefined) return []
  const items: LineItem[] = []
  let lineStart = source.lastIndexOf('\n', start) + 1
  let previous = ''
  while (lineStart < end) {
    const lineEnd = source.indexOf('\n', lineStart)
    const line = source.slice(lineStart, lineEnd < 0 ? source.length : lineEnd)
    const match = marker.exec(line)
    const clauseEnded = tree.data.layout === 'blocks' || previous.trim() === '' || /[:;：；,，.。]\s*$/u.test(previous)
    if (match && lineStart > start && clauseEnded) {
      const at = lineStart + line.search(/[(（]/u)
      items.push({label: match[1] ?? '', start: at, end: lineStart + match[0].length})
    }
    if (lineEnd < 0) break
    previous = line
    lineStart = lineEnd + 1
  }
  return items
}
