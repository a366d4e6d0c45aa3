import {extractFootnotes} from './footnotes.js'
import {findFurniture} from './furniture.js'
import {splitLines} from './lines.js'
import {makeSource} from './source.js'

/**
 * A printed volume sets each page's notes at its foot, below whatever resolution the page
 * ends with: the notes of a resolution that ends mid-page are printed after the next
 * resolution's first paragraphs. Reading one resolution, its part of the file runs on to the
 * foot of the page where it ends, with every line there that is not a note blanked (length
 * kept, so positions stay those of the file): its notes come back, the next resolution's
 * paragraphs do not.
 */

/** The lines of a file that its notes take (the notes of every resolution on its pages). */
export function noteLinesOf(text: string): Set<number> {
  const lines = splitLines(makeSource(text))
  const furniture = findFurniture(lines, 0, undefined, '')
  const {notes} = extractFootnotes(lines, 0, furniture, true)
  const taken = new Set<number>()
  for (const note of notes) {
    taken.add(note.line)
    for (const piece of note.pieces) taken.add(piece.line)
  }
  return taken
}

/**
 * The text of lines [fromLine, toLine) and, after them, the notes that lie between toLine and
 * the end of its page (the next form feed, or the end of the file), the rest blanked. `starts`
 * are the offsets where lines begin, with the text's end last.
 */
export function spanWithPageFoot(
  text: string,
  starts: readonly number[],
  fromLine: number,
  toLine: number,
  noteLines: ReadonlySet<number>,
): string {
  const lineCount = starts.length - 1
  const from = starts[Math.min(fromLine, lineCount)]!
  const to = starts[Math.min(toLine, lineCount)]!
  let end = toLine
  let any = false
  for (let line = toLine; line < lineCount; line++) {
    const start = starts[line]!
    if (line > toLine && text.charCodeAt(start) === 12) break
    if (noteLines.has(line)) any = true
    end = line + 1
  }
  if (!any) return text.slice(from, to)
  let result = text.slice(from, to)
  for (let line = toLine; line < end; line++) {
    const piece = text.slice(starts[line], starts[line + 1])
    result += noteLines.has(line) ? piece : piece.replace(/[^\r\n]/g, ' ')
  }
  return result
}

/** Letters OCR reads for digits in a small raised number (`none_ll` for `none.11`). */
const ocrDigits: Record<string, string> = {
  l: '1',
  I: '1',
  '|': '1',
  i: '1',
  O: '0',
  o: '0',
  S: '5',
  s: '5',
  Z: '2',
  z: '2',
  B: '8',
}

/**
 * Whether a resolution's closing line cites a note at its end (`Adopted at the 1821st meeting
 * by 13 votes to none.11`, OCR `none_ll`, `none .44`): the closing line holds no paragraph,
 * so the note's marker is read here.
 */
export function closingCites(closing: string, marker: string): boolean {
  const match = /[_.,;:)\s]([\dlI|iOoSsZzB]{1,3})\s*$/.exec(closing)
  if (!match) return false
  const digits = [...match[1]!].map((char) => ocrDigits[char] ?? char).join('')
  return digits === marker
}

/**
 * The resolution's own closing, from the closing lines of its part of a volume: up to the
 * line that ends its vote (`…Socialist Republics).`) when a line of words follows it. What
 * follows on the page is another act (a decision and its own vote, `(Australia, Colombia,
 * Poland).3`), whose notes are not the resolution's.
 */
export function ownClosing(lines: readonly string[]): string {
  const end = lines.findIndex(
    (line, index) => /\p{Ll}\)?\.$/u.test(line.trim()) && /^\p{L}/u.test(lines[index + 1]?.trim() ?? ''),
  )
  return (end < 0 ? lines : lines.slice(0, end + 1)).join(' ')
}
