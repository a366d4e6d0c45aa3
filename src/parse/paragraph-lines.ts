import {detectLeadingPhrase, plainOpening} from './leading-phrase.js'
import {frontMatterEnd} from './normalise.js'
import {linesOf, type Rewrite, type TextLine} from './rewrite.js'

/**
 * A text with no blank line at all, each paragraph on a line of its own (a web page pasted into a
 * plain-text editor, a converter that writes a paragraph a line): the parser reads paragraphs,
 * page feet and notes by the blank lines between them, and with none a note (`¹ United Nations,
 * Treaty Series…`) runs into the paragraph under it and a page's running head into the text. Such
 * a text is read with a blank line after each line (a line break for a line break and a blank
 * line; positions map back to the file as written).
 *
 * The lines are paragraphs when many are longer than a printed line (over 200 characters: a PDF's
 * text wraps at some 100) and most end as a paragraph or a note does (`,` `;` `.` `:`); a text
 * wrapped as printed ends most lines in the middle of a sentence. Two lines stay together where
 * the converter wrapped a note or a reference and the second goes on in brackets (`…resolution
 * 2321` / `(2016) and 2375 (2017).`) or a paragraph (cutParagraph), and between the rows of a
 * Markdown table. A Chinese text only when it sets notes among its lines (notesAmongLines).
 */
export function paragraphLines(text: string): Rewrite[] {
  const frontMatter = frontMatterEnd(text)
  const from = frontMatter < 0 ? 0 : frontMatter + 1
  // Cheap test first: almost every text has a blank line between its first paragraphs.
  // (The rewritten text has blank lines: it is never rewritten again.)
  blankLineBetween.lastIndex = from
  if (blankLineBetween.test(text)) return []
  const body = text.slice(from)
  const lines: TextLine[] = []
  for (const line of linesOf(body)) {
    const trimmed = line.text.trim()
    if (trimmed !== '') lines.push({start: from + line.start, text: trimmed})
  }
  if (lines.length < minLines) return []
  let long = 0
  let longHan = 0
  let ended = 0
  let han = 0
  let latin = 0
  for (const line of lines) {
    if (line.text.length > printedLine) long++
    if (line.text.length > printedLineHan) longHan++
    if (paragraphEnd.test(line.text)) ended++
    han += line.text.match(/[\u3400-\u9fff]/gu)?.length ?? 0
    latin += line.text.match(/[a-z]/gi)?.length ?? 0
  }
  if (
    han > latin
      ? !notesAmongLines(body) || longHan < lines.length * minLongShare || ended < lines.length * minEndedShareHan
      : long < lines.length * minLongShare || ended < lines.length * minEndedShare
  )
    return []
  const rewrites: Rewrite[] = []
  for (let index = 1; index < lines.length; index++) {
    const above = lines[index - 1]!.text
    const line = lines[index]!
    if (above.startsWith('|') && line.text.startsWith('|')) continue
    if (/[\p{L}\d]$/u.test(above) && (line.text.startsWith('(') || cutParagraph(above, line.text))) continue
    if (wrappedNote(above, line.text)) continue
    // The line break before the line: a blank line after it.
    const breakAt = line.start - 1
    rewrites.push({from: breakAt, to: breakAt + 1, written: '\n\n'})
  }
  return rewrites
}

/**
 * A paragraph's line that stops mid-sentence, and a line that goes on with words and opens no
 * paragraph (no known phrase; `…Bacteriological Methods of Warfare and of the Convention on the Prohibition of the
 * Development, Production,` / `Stockpiling and Use of Chemical Weapons…`): a converter broke the
 * paragraph. A page's running head stops mid-sentence too, but is short.
 */
function cutParagraph(above: string, line: string): boolean {
  if (above.length <= printedLine || !/^\p{L}/u.test(line)) return false
  const plain = plainOpening(line)
  return (
    !/^The /.test(plain) &&
    detectLeadingPhrase(plain, 'en', 'preamble')?.known !== true &&
    detectLeadingPhrase(plain, 'en', 'operative')?.known !== true
  )
}

/**
 * A Markdown note that stops mid-sentence, and under it a note whose number is not the next
 * (`[^4]: Including Security Council resolutions 1718 (2006), … 2270 (2016),` / `[^2321]: (2016) and
 * 2375 (2017).`): a converter took the number at the start of the note's second line for a note's.
 */
function wrappedNote(above: string, line: string): boolean {
  const before = /^\[\^(\d{1,4})\]:/.exec(above)
  if (!before || /[.;:]$/.test(above)) return false
  const next = /^\[\^(\d{1,4})\]:/.exec(line)
  return next !== null && Number(next[1]) !== Number(before[1]) + 1
}

/** At least this many lines: a few lines say nothing of how a text is laid out. */
const minLines = 6
/** Longer than any line a printed page holds. */
const printedLine = 200
const minLongShare = 0.1
const minEndedShare = 0.55
const blankLineBetween = /\S[ \t]*\n(?:[ \t]*\n)+[ \t]*\S/g
const paragraphEnd = /[,;.:，；。：][”"’')*_\]）」』》]*$/u
/**
 * Chinese: a printed line holds some 40 characters; the lines of a text wrapped as printed end
 * mid-sentence less often than English ones (a clause's comma falls at a line's end), so more of
 * them must end as a paragraph does. Its parser reads a line break before an opening phrase as a
 * paragraph's end already: only the notes set among the paragraphs need the blank lines.
 */
const printedLineHan = 60
const minEndedShareHan = 0.75

/** A note's number opening a line (`1 联合国，《条约汇编》…`, `¹ …`) in a text that calls notes by raised figures (`…的工作；⁵`). */
function notesAmongLines(body: string): boolean {
  return /[⁰¹²³⁴⁵⁶⁷⁸⁹]/u.test(body) && /^[ \t]*(?:\d{1,3}|[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})[ \t]+\S/mu.test(body)
}
