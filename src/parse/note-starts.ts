import {fromSuperscript, monthPattern} from './patterns.js'

/**
 * How a footnote opens its line: `¹ …`, `<sup>1</sup> …`, `1/ …`, `* …`, or a bare number
 * (`12 See Official Records…`), and a marker alone on its line.
 */

export interface EntryStart {
  marker: string
  /** Length of the marker prefix in the line text. */
  skip: number
}

export const supStart = /^<sup>\s*([^<\s]{1,4})\s*<\/sup>\s*/
export const superscriptStart = /^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(?=\S)/
const symbolStart = /^(\*{1,3}|†|‡)\s+(?=\S)/
// Not a note: `22 (1947). Resolution of 9 April 1947`, a volume's heading (a number, then a
// year or a session in brackets); `1   that resolutions…`, an ITU text's numbered clause.
const bareStart = new RegExp(
  `^(\\d{1,3})\\s+(?!(?:${monthPattern})\\b|to\\b|that\\b|and\\b|per\\b|of\\b|bis\\b|ter\\b|quater\\b|[-–—−]|\\(\\s*(?:\\d{4}|(?:E?S-)?[IVXL]{1,7})\\s*\\))(?=\\S)`,
)
/** A note's text that opens with a year, then a title's capitalised word (`2000 Review Conference…`). */
const yearTitle = /^\d{1,3}\s+(?:19|20)\d\d\s+\p{Lu}\p{Ll}/u
const markerOnly = /^(?:(\d{1,3})|([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|<sup>\s*(\d{1,3})\s*<\/sup>|((?:\d{1,3}|\*{1,3}|[a-z]{1,2})\/))$/
/**
 * Markers of the 1970s–1990s: `1/`, `*\/`, `**\/`, and the letters of the UNDP Governing Council's
 * and ECOSOC's reports (`a/`, `i/`, `aa/`), in the text and before the note. The note
 * keeps the slash in its raw marker (so the text is searched for `1/`); the tree drops it.
 */
const slashStart = /^((?:\d{1,3}|\*{1,3}|[a-z]{1,2})\/)\s+(?=\S)/

export function entryStart(text: string, allowBare: boolean): EntryStart | undefined {
  let match = supStart.exec(text)
  if (match) return {marker: fromSuperscript(match[1] as string), skip: match[0].length}
  match = superscriptStart.exec(text)
  if (match) return {marker: fromSuperscript(match[1] as string), skip: match[0].length}
  match = slashStart.exec(text)
  if (match) return {marker: match[1] as string, skip: match[0].length}
  match = symbolStart.exec(text)
  if (match) return {marker: match[1] as string, skip: match[0].length}
  if (allowBare) {
    match = bareStart.exec(text)
    // A number before another is no note (`1 2 3`, a table's row), but a note whose text opens
    // with a year and a title in capitals is (`7 2000 Review Conference of the Parties…`).
    if (match && (!/^\d{1,3}\s+\d/.test(text) || yearTitle.test(text)))
      return {marker: match[1] as string, skip: match[0].length}
  }
  return undefined
}

/**
 * The next note's number as an OCR split it (`1 5 Official Records…` for note 15, after note
 * 14): two digits parted by one space, read as one number only when it is the next note's.
 */
export function splitNumberStart(text: string, lastNumber: number): EntryStart | undefined {
  if (lastNumber === 0 || text.charCodeAt(1) !== 32) return undefined
  const match = /^(\d) (\d)\s+(?=\p{Lu})/u.exec(text)
  if (!match || Number(match[1]! + match[2]!) !== lastNumber + 1) return undefined
  return {marker: String(lastNumber + 1), skip: match[0].length}
}

export function onlyMarker(text: string): string | undefined {
  const match = markerOnly.exec(text)
  if (!match) return undefined
  return match[1] ?? (match[2] ? fromSuperscript(match[2]) : (match[3] ?? match[4]))
}
