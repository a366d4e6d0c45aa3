import {zhDateLine} from './closing-lines.js'
import type {Line} from './lines.js'
import {dateLine, isFurnitureLine, symbolLine} from './patterns.js'

// A masthead set in text boxes (as the UN's Word files set it) may come out of a PDF after the
// page it heads: `pdftotext -raw` writes the boxes last, below the page foot (`18-19493 (C)`,
// `*1819493* Please recycle`, then `S/RES/2446 (2018)`, `联合国`, `安全理事会`, `Distr.: General`,
// `15 November 2018`, `Chinese`, `Original: English`). Read where it stands, those lines would
// end the last paragraph of the page.

/** `Distr.: General`, `Distr.`, `GENERAL` (the 1990s' two lines). */
const distribution = /^(?:Distr\.?(?:\s*(?::\s*)?(?:General|Limited|Restricted))?|GENERAL|LIMITED|RESTRICTED)$/i

/** The six official languages, as the masthead names the text's and the original's. */
const language =
  /^(?:(?:Original\s*:\s*)?(?:Arabic|Chinese|English|French|Russian|Spanish)|(?:原文\s*[:：]\s*)?(?:阿拉伯文|中文|英文|法文|俄文|西班牙文))$/i

/** The session and agenda lines: `Seventy-eighth session`, `Agenda item 95`, `第七十三届会议`, `议程项目 95`. */
const sessionOrItem =
  /^(?:[\p{L}-]+ (?:\p{L}+ )?session|Agenda items? [\d, and]+|第\S{1,6}届会议|议程项目\s*[\d、和]+)$/iu

/** A body's or the Organization's name: a short line of words with no sentence punctuation or digit. */
const organName = /^(?:\p{Lu}[\p{L}'’]*(?: (?:and|of|the|for|on)| \p{Lu}[\p{L}'’]*){0,5}|[\u3400-\u9fff]{2,12})$/u

function mastheadLike(text: string): boolean {
  return (
    distribution.test(text) ||
    language.test(text) ||
    dateLine.test(text) ||
    zhDateLine.test(text) ||
    (symbolLine.test(text) && /\d/.test(text)) ||
    sessionOrItem.test(text) ||
    organName.test(text)
  )
}

/**
 * The lines of a masthead that an extraction set at the end of a page, after the body began:
 * a run of masthead lines (symbol, the Organization's and the organ's names, `Distr.`, a date,
 * the languages) right below a page foot and closing the page. It must hold a `Distr.` line and
 * the symbol, so that a title or a short heading in the text is never taken for it. Empty when
 * there is none.
 */
export function displacedMasthead(lines: readonly Line[], from: number): number[] {
  for (let index = Math.max(from, 1); index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.pageBreak || !/^(?:Distr|GENERAL|LIMITED|RESTRICTED)/i.test(line.text) || !distribution.test(line.text))
      continue
    let start = index
    while (start - 1 >= from && !(lines[start] as Line).pageBreak) {
      const above = lines[start - 1] as Line
      if (above.text !== '' && !mastheadLike(above.text)) break
      start--
    }
    let end = index + 1
    while (end < lines.length && !(lines[end] as Line).pageBreak) {
      const below = lines[end] as Line
      if (below.text !== '' && !mastheadLike(below.text)) break
      end++
    }
    const block: number[] = []
    for (let at = start; at < end; at++) if ((lines[at] as Line).text !== '') block.push(at)
    // Closing its page: nothing but blank lines until the next page or the end.
    if (end < lines.length && !(lines[end] as Line).pageBreak) continue
    // Right below the page foot.
    let before = start - 1
    while (before >= 0 && (lines[before] as Line).text === '') before--
    if (before < from || !isFurnitureLine((lines[before] as Line).text)) continue
    if (!block.some((at) => symbolLine.test((lines[at] as Line).text))) continue
    return block
  }
  return []
}
