import {trailingStart} from '../scan.js'

/** Punctuation, then up to four glyphs an OCR made of a superscript marker. */
const ocrMarker = /[,;:]([\d~"”’'°®!|]{1,4})$/u
const ocrDebrisEnd = /[\d~"”’'°®!|]/u
const gluedMarker = /\p{L}[,;:]\d{1,2}$/u
/** The figure 1 alone read as a letter right after the punctuation (`Tokyo,l`): no word follows a comma unspaced. */
function letterOne(text: string): boolean {
  const last = text.charCodeAt(text.length - 1)
  if (last !== 108 && last !== 73) return false
  const before = text.charCodeAt(text.length - 2)
  return before === 44 || before === 59 || before === 58
}
/** `,[1]`, `;[2][3]`, `; [3]`: bracketed note markers after a paragraph's punctuation. */
const bracketedMarkers = /[,;:.，；：。][ \t]?(?:\[\d{1,3}\])+$/
/** A Chinese word, title mark, bracket or closing quote (straight, as a web copy has it: `…的报告",2`), its punctuation, the call. */
const hanMarker = /[\p{Script=Han}》”"）)][，,；;。](\d{1,3})$/u
/** The same with the slash of the 1970s–1990s (`…的报告，1/`, the UN's Chinese web pages of 1997). */
const hanSlashMarker = /[\p{Script=Han}》”"）)][，,；;。](\d{1,3}\/)$/u
/** In brackets after the punctuation (`…第122至124段，(2)`, the UN's Chinese web pages of 1998–1999). */
const hanBracketMarker = /[\p{Script=Han}》”"）)][，,；;。]([(（]\d{1,3}[)）])$/u

/**
 * Drop footnote markers and emphasis closers that follow the real last character: `<sup>…</sup>`,
 * superscript digits, a space and one to three digits, `*`, `_` and white space, in any order.
 * A scan from the end (see src/scan.ts): each of these ends in a character that says which one it is, so one step
 * back never has to be undone (a regular expression with these as overlapping alternatives took
 * exponential time on a run of `²` or `*_`).
 */
export function stripTrailingMarkers(text: string): string {
  // A note marker in brackets after the punctuation, as web copies set them (`…on the subject,[1]`,
  // `…session; [3]`).
  if (text.charCodeAt(text.length - 1) === 93) {
    const tail = text.slice(-24)
    const bracketed = bracketedMarkers.exec(tail)
    // Cut after the punctuation: the markers and the space before them go.
    if (bracketed) return stripTrailingMarkers(text.slice(0, text.length - tail.length + bracketed.index + 1))
  }
  // OCR reads a superscript marker after the paragraph's punctuation as digits and stray marks
  // (`Force,4~`, `Force,4"`, `University,2°`, `Organization,!®`, `Secretary-General,"’`).
  if (letterOne(text)) return text.slice(0, -1)
  const last = text.charCodeAt(text.length - 1)
  if (last === 41 || last === 0xff09) {
    const bracket = hanBracketMarker.exec(text.slice(-7))
    if (bracket) return stripTrailingMarkers(text.slice(0, text.length - bracket[1]!.length))
  }
  if (text.charCodeAt(text.length - 1) === 47) {
    const slash = hanSlashMarker.exec(text.slice(-7))
    if (slash) return text.slice(0, text.length - slash[1]!.length)
  }
  if (ocrDebrisEnd.test(text.charAt(text.length - 1))) {
    const tail = text.slice(-5)
    const ocr = ocrMarker.exec(tail)
    if (ocr && /[~"”’'°®!|]/u.test(ocr[1]!) && !/^["”’']$/u.test(ocr[1]!))
      return text.slice(0, text.length - tail.length + ocr.index + 1)
    // A raised number that lost its raising, glued to the punctuation after a word
    // (`…and Public Participation,2`, a Word file saved as text): one or two digits, never a
    // number's thousands (`1,000`).
    const glued = gluedMarker.exec(tail)
    if (glued) return text.slice(0, text.length - tail.length + glued.index + 2)
    // Chinese: a note number glued to the paragraph's punctuation (`…的报告，1`, `…声明》，2`).
    const han = hanMarker.exec(text.slice(-6))
    if (han) return text.slice(0, text.length - han[1]!.length)
  }
  return text.slice(0, trailingStart(text, /[\s*_⁰¹²³⁴⁵⁶⁷⁸⁹]/u, {sup: true, spacedNumbers: true, slashMarkers: true}))
}
