/** A Han character (or a full-width mark) alone on its line. */
const loneHan = /^[ \t]*[\p{Script=Han}\u3000-\u303f\uff01-\uff5e][ \t]*$/gmu
/** A Han character with two spaces or more (or the line's edge) either side: a row across a vertical page's columns. */
const spacedHan = /(?<=^|[ \t]{2})\p{Script=Han}(?=[ \t]{2}|\r?$)/gmu
/** The fewest lines of words, and the share of them, that make a column stream. */
const leastLines = 40
const leastShare = 0.6
/** The share of Han characters set apart that makes rows across columns (some stay together: a turned number's digits, a word that fits). */
const leastSpaced = 0.35
/** How much of the text is looked at. */
const sample = 6000

/**
 * Whether a text is what extractors give of a Chinese page set vertically (top to bottom, the
 * columns right to left), which resdiff cannot read: one character a line, the columns one
 * after another (`pdftotext`, `-raw`, MuPDF, pdf.js), or each line a row across the columns,
 * every character spaced apart from the next (`pdftotext -layout`, Ghostscript's txtwrite). The
 * first six thousand characters are looked at: three fifths or more of their lines of words one
 * character, or a third or more of their Han characters set apart by two spaces either side (in running
 * Chinese, even OCR's spaced text, next to none are).
 */
export function isVerticalColumnStream(text: string): boolean {
  const head = text.length > sample ? text.slice(0, sample) : text
  let lines = 0
  let short = 0
  for (let at = 0; at < head.length;) {
    let end = head.indexOf('\n', at)
    if (end === -1) end = head.length
    const length = head.slice(at, end).trim().length
    if (length > 0) lines++
    if (length === 1) short++
    at = end + 1
  }
  if (lines < leastLines / 4) return false
  if (lines >= leastLines && short >= leastShare * lines)
    return (head.match(loneHan)?.length ?? 0) >= leastShare * lines
  const han = head.match(/\p{Script=Han}/gu)?.length ?? 0
  if (han < leastLines * 2) return false
  return (head.match(spacedHan)?.length ?? 0) >= leastSpaced * han
}
