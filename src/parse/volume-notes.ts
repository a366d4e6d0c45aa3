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

/** The lines of a file that its notes take (the notes of every resolution on its pages), with each note's marker. */
export function noteLinesOf(text: string): Map<number, string> {
  const lines = splitLines(makeSource(text))
  const furniture = findFurniture(lines, 0, undefined, '')
  const {notes} = extractFootnotes(lines, 0, furniture, true)
  const taken = new Map<number, string>()
  for (const note of notes) {
    taken.set(note.line, note.marker)
    for (const piece of note.pieces) taken.set(piece.line, note.marker)
  }
  return taken
}

/**
 * The text of lines [fromLine, toLine) and, after them, the notes that lie between toLine and
 * the end of its page (the next form feed, or the end of the file), the rest blanked; of the
 * notes, only those the lines cite. `starts` are the offsets where lines begin, with the
 * text's end last.
 */
export function spanWithPageFoot(
  text: string,
  starts: readonly number[],
  fromLine: number,
  toLine: number,
  noteLines: ReadonlyMap<number, string>,
): string {
  const lineCount = starts.length - 1
  const first = Math.min(fromLine, lineCount)
  const last = Math.min(toLine, lineCount)
  let end = last
  let any = false
  for (let line = last; line < lineCount; line++) {
    if (line > last && text.charCodeAt(starts[line]!) === 12) break
    if (noteLines.has(line)) any = true
    end = line + 1
  }
  for (let line = first; line < last && !any; line++) any = noteLines.has(line)
  if (!any) return text.slice(starts[first], starts[last])
  // A note is the resolution's when its words cite it; the page's other notes (those of what
  // the page printed before or after it: `14` / `See Official Records…` between the lines of a
  // paragraph a page break cut) are blanked.
  let words = ''
  for (let line = first; line < last; line++)
    if (!noteLines.has(line)) words += text.slice(starts[line], starts[line + 1])
  const cited = new Map<string, boolean>()
  const own = (marker: string): boolean => {
    let answer = cited.get(marker)
    if (answer === undefined) cited.set(marker, (answer = cites(words, marker)))
    return answer
  }
  let result = ''
  for (let line = first; line < last; line++) {
    const piece = text.slice(starts[line], starts[line + 1])
    const marker = noteLines.get(line)
    result += marker === undefined || own(marker) ? piece : piece.replace(/[^\r\n\f]/g, ' ')
  }
  let foot = ''
  let kept = false
  for (let line = last; line < end; line++) {
    const piece = text.slice(starts[line], starts[line + 1])
    const marker = noteLines.get(line)
    const keep = marker !== undefined && own(marker)
    kept ||= keep
    foot += keep ? piece : piece.replace(/[^\r\n]/g, ' ')
  }
  return kept ? result + foot : result
}

/**
 * Whether the text cites a note: its number glued to a word (`Assembly2`), after punctuation
 * (`Force,4`, `plan, 5 and`, `none.11`), glued to a year (`18 July 196614`), or as the OCR read a closing's (`none_ll`). A number
 * after a word and a space (`of 14 December`) is not taken for a citation.
 */
function cites(text: string, marker: string): boolean {
  const digits = marker.replace(/\D/g, '')
  if (digits === '') return true
  if (new RegExp(`(?:[,;.:)”’"']\\s?|\\p{L}|\\b(?:1[89]|20)\\d\\d)${digits}(?=$|[\\s,;.:)\\]])`, 'mu').test(text))
    return true
  return text.split('\n').some((line) => closingCites(line.trim(), digits))
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
