import {detectLeadingPhrase} from './leading-phrase.js'
import type {Line} from './lines.js'
import {opensParagraph} from './page-foot.js'
import {dateLine, footnoteSeparator, isFurnitureLine, isPageNumber, numberedTitleLine, symbolLine} from './patterns.js'

// Running heads and feet are one short line (a symbol, a title, a page number); a longer
// repeated line is text.
const runningHeadLength = 150

/** How close (in non-blank lines) a running head sits to a page anchor. */
const headZone = 6

/**
 * Lines that are page furniture, not text: page and job numbers, barcodes, separators
 * of converted Markdown, and running heads (the symbol or title repeated at the top of
 * each page). A running head recurs next to page anchors and repeats the masthead; a body
 * line that merely wraps the same way twice does not.
 */
export function findFurniture(
  lines: readonly Line[],
  from: number,
  symbol: string | undefined,
  masthead: string,
  /** Lines that open with a bullet in the source (the recognition view blanks it). */
  bulleted: readonly number[] = [],
): Set<number> {
  const furniture = new Set<number>()
  const anchors: number[] = []
  /** The last bare page number found: the next page's is the one after it. */
  let lastPage: number | undefined
  // A line that is the symbol, or holds it beside the title, holds its first word as written
  // (normalising only joins spaces): other lines are spared the normalising.
  const symbolWord = symbol?.replace(/\*$/, '').split(' ')[0]
  const spacedMasthead = ` ${masthead} `
  const mastheadWords = (text: string): boolean => isHeadLike(text) && spacedMasthead.includes(` ${text} `)
  const headsAfter = headsAfterNumbers(lines, mastheadWords)
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as Line
    if (line.pageBreak) anchors.push(index)
    if (line.text === '') continue
    const barcode = verticalBarcode(lines, index)
    if (barcode > 0) {
      for (let at = index; at < index + barcode; at++) furniture.add(at)
      anchors.push(index)
      index += barcode - 1
      continue
    }
    if (cablePageHead.test(line.text)) {
      furniture.add(index)
      anchors.push(index)
      classificationAbove(lines, index, furniture)
      continue
    }
    if (
      (isFurnitureLine(line.text) && !footnoteSeparator.test(line.text)) ||
      barePageNumber(lines, index, lastPage, headsAfter)
    ) {
      furniture.add(index)
      anchors.push(index)
      if (/^\d{1,4}$/.test(line.text)) lastPage = Number(line.text)
    } else if (index >= from && symbol === undefined && ownSymbolLine(line.text, masthead)) {
      furniture.add(index)
      anchors.push(index)
    } else if (
      index >= from &&
      symbol !== undefined &&
      line.text.includes(symbolWord as string) &&
      isSymbolLine(normalise(line.text), symbol, masthead)
    ) {
      furniture.add(index)
      anchors.push(index)
    }
  }
  numberColumns(lines, furniture)
  // A printed volume's title line of the resolution (`138 (1960). Resolution of 23 June 1960`)
  // that pdftotext set under the formula: the body's first line, never a paragraph.
  let first = from
  while (first < lines.length && ((lines[first] as Line).text === '' || furniture.has(first))) first++
  if (first < lines.length && volumeTitleLine.test((lines[first] as Line).text)) furniture.add(first)
  // In the preface the fields are the page's lines above the text (a date among them); below it they cut a paragraph.
  const inBody = bulleted.filter((index) => index >= from)
  if (inBody.length >= leastFields) infobox(lines, inBody, furniture)
  titleHeads(lines, from, furniture)
  if (anchors.length === 0) return furniture

  // A running head is whole words of the masthead (a page number `2` is not, though `A/RES/66/290` holds a 2).
  const nearAnchor = new Set<number>()
  for (const anchor of anchors) {
    for (const step of [-1, 1]) {
      let seen = 0
      for (let index = anchor + step; index >= 0 && index < lines.length && seen < headZone; index += step) {
        if ((lines[index] as Line).text === '') continue
        nearAnchor.add(index)
        seen++
      }
    }
  }
  // The masthead counts: a two-page document repeats its title only once below it. In the body
  // only the lines beside a page's anchor count: a body line of the title's words that the text
  // wraps alike twice (`manufacturing of and trafficking in firearms, their parts and components`
  // in two paragraphs) recurs, but not at the page's edge each time.
  const counts = new Map<string, number>()
  // How often a line stands at a page's edge in the body: a head on two pages or more is the
  // page's, even where the page's first paragraph opens with a capital right under it.
  const edges = new Map<string, number>()
  for (let index = 0; index < lines.length; index++) {
    if (index >= from && !nearAnchor.has(index)) continue
    const text = normalise((lines[index] as Line).text)
    if (text === '' || text.length > runningHeadLength) continue
    counts.set(text, (counts.get(text) ?? 0) + 1)
    if (index >= from) edges.set(text, (edges.get(text) ?? 0) + 1)
  }
  const besideAnchor = rightBesideAnchor(lines, anchors, furniture, mastheadWords)
  for (const index of nearAnchor) {
    if (index < from) continue
    const line = lines[index] as Line
    const text = normalise(line.text)
    if (footnoteSeparator.test(text) || dateLine.test(text)) continue
    // OCR debris at a page foot (`I •• .`): a few marks and at most two letters.
    if (text.length <= 64 && debrisMark.test(text) && ocrDebris.test(text)) {
      furniture.add(index)
      continue
    }
    // A long line may repeat the title wrapped at other points, so it recurs only once: then
    // it must stand right beside the page's anchor, with nothing but furniture between (a body
    // line that happens to be words of the title may sit a few lines above a page foot).
    const recurs = (counts.get(text) ?? 0) >= 2 || (text.length >= 30 && besideAnchor.has(index))
    if (recurs && mastheadWords(text) && ((edges.get(text) ?? 0) >= 2 || !wrapsOn(lines, index, furniture)))
      furniture.add(index)
  }
  return furniture
}

/**
 * A page's running head that a converter kept with none of the page's anchors (its number and
 * symbol lost): the masthead's numbered title line repeated, words and all, on a line of its own
 * between blank lines in the body (`80/37. Reducing nuclear danger` above; `Reducing nuclear
 * danger` alone between two preambular paragraphs, where its participle would open a paragraph).
 */
function titleHeads(lines: readonly Line[], from: number, furniture: Set<number>): void {
  const titles = new Set<string>()
  for (let index = 0; index < from && index < lines.length; index++) {
    // Tested first: the title's number holds a slash.
    if (!(lines[index] as Line).text.includes('/')) continue
    const match = numberedTitle.exec(normalise((lines[index] as Line).text).replace(/[*#]/g, ''))
    if (match) titles.add((match[1] as string).trim())
  }
  if (titles.size === 0) return
  for (let index = Math.max(from, 1); index + 1 < lines.length; index++) {
    const line = lines[index] as Line
    if (line.text === '' || furniture.has(index)) continue
    if ((lines[index - 1] as Line).text !== '' || (lines[index + 1] as Line).text !== '') continue
    if (titles.has(normalise(line.text))) furniture.add(index)
  }
}
/** The masthead's title line under its number: `80/37. Reducing nuclear danger`. */
const numberedTitle = new RegExp(numberedTitleLine, 'u')

/**
 * The lines reached from a page's anchor (a page break, a page number, the symbol) across
 * nothing but blank lines, furniture and other lines of the masthead's words.
 */
function rightBesideAnchor(
  lines: readonly Line[],
  anchors: readonly number[],
  furniture: ReadonlySet<number>,
  mastheadWords: (text: string) => boolean,
): Set<number> {
  const beside = new Set<number>()
  for (const anchor of anchors) {
    for (const step of [-1, 1]) {
      let seen = 0
      for (let index = anchor + step; index >= 0 && index < lines.length && seen < headZone; index += step) {
        const text = normalise((lines[index] as Line).text)
        if (text === '' || furniture.has(index)) continue
        if (!mastheadWords(text)) break
        beside.add(index)
        seen++
      }
    }
  }
  return beside
}

/**
 * An encyclopedia's infobox: fields one to a line, each a bullet, a short label and a colon
 * (`• 中文名:聯合國安理會1718號決議`, `• 通過日期: 2006年10月14日`), and the table of the vote the
 * page sets under it (`決議編號 第1718(2006)號決議`, `反對(0票) --`): a label, a space, a short
 * value, no mark of a sentence. Two fields or more in a row; the table's rows only right after them.
 * Only below the text's start: between two paragraphs, they would run into the one above.
 */
function infobox(lines: readonly Line[], bulleted: readonly number[], furniture: Set<number>): void {
  for (let at = 0; at < bulleted.length; at++) {
    let end = at
    while (end + 1 < bulleted.length && bulleted[end + 1] === (bulleted[end] as number) + 1) end++
    const run = bulleted.slice(at, end + 1)
    at = end
    if (run.length < leastFields || !run.every((index) => infoboxField.test((lines[index] as Line).text))) continue
    for (const index of run) furniture.add(index)
    let index = (run.at(-1) as number) + 1
    while (index < lines.length && (lines[index] as Line).text.trim() === '') index++
    for (; index < lines.length && infoboxRow.test((lines[index] as Line).text); index++) furniture.add(index)
  }
}
/** The fewest fields of an infobox. */
const leastFields = 2
/** `• 中文名:…`, `• Adopted: …`: a bullet, a label of a few words, a colon. */
const infoboxField = /^(?:•\s*)?[^\s•:：，。；,;][^:：，。；,;]{0,15}[:：]/u
/** `決議編號 第1718(2006)號決議`, `反對(0票) --`: a label, white space, a short value. */
const infoboxRow = /^\s*[^\s:：，。；,;]{1,10}\s+[^\s，。；,;][^，。；,;]{0,30}$/u

/** Lines of bare numbers and dates, one to a line, that make a table's columns, not text. */
const leastColumnLines = 5

/**
 * The columns of a table the OCR read one cell to a line (a volume's contents: page numbers,
 * meetings, dates of adoption: `121` / `84` / `24 October 1970` / …), between the paragraphs
 * of a resolution printed on the same page: a run of lines, blank lines between them or not,
 * each a number of up to four digits or a date, at least five of them.
 */
function numberColumns(lines: readonly Line[], furniture: Set<number>): void {
  let run: number[] = []
  const close = (): void => {
    if (run.length >= leastColumnLines && !countsOn(lines, run)) for (const index of run) furniture.add(index)
    run = []
  }
  for (let index = 0; index < lines.length; index++) {
    const text = (lines[index] as Line).text
    if (text === '') continue
    const code = text.charCodeAt(0)
    if (code >= 48 && code <= 57 && (/^\d{1,4}$/.test(text) || dateLine.test(text))) run.push(index)
    else close()
  }
  close()
}

/**
 * Note numbers that pdftotext sets in a column above their texts (`1` / `2` / … / `13`, then
 * `Resolution 217 A (III).` / …: A/RES/76/130 on A4): numbers of up to three digits, each one
 * more than the one before, none on a blank line's other side; not a table's column.
 */
function countsOn(lines: readonly Line[], run: readonly number[]): boolean {
  for (let position = 0; position < run.length; position++) {
    const index = run[position] as number
    const text = (lines[index] as Line).text
    if (!/^\d{1,3}$/.test(text)) return false
    if (position > 0) {
      const before = run[position - 1] as number
      if (index !== before + 1 || Number(text) !== Number((lines[before] as Line).text) + 1) return false
    }
  }
  return true
}

/**
 * A telegram's page head, as the diplomatic cables that quote a resolution print it (a US
 * embassy's `PAGE 02 PORT O 01170 01 OF 02 151935Z`: the page, the sending post and the cable's
 * number, its section, the date and time in Zulu).
 */
const cablePageHead = /^PAGE \d{2,3} [A-Z][A-Z0-9 ]{1,40} \d{6}Z$/

/** A telegram's classification, printed alone at each page's foot and head (`UNCLASSIFIED`). */
const classification = /^(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)$/

/** The classification lines right above a telegram's page head: the last page's foot and this page's head. */
function classificationAbove(lines: readonly Line[], index: number, furniture: Set<number>): void {
  for (let above = index - 1, seen = 0; above >= 0 && seen < 2; above--) {
    const text = (lines[above] as Line).text.trim()
    if (text === '') continue
    if (!classification.test(text)) return
    furniture.add(above)
    seen++
  }
}

/** The fewest characters of a barcode printed one to a line. */
const barcodeLength = 5

/**
 * A barcode that pdftotext gives one character to a line (`*`, `0`, `3`, `6`, … `*`): how many
 * lines it takes from this one, or 0. Its digits are framed by asterisks, as printed.
 */
function verticalBarcode(lines: readonly Line[], index: number): number {
  if ((lines[index] as Line).text !== '*') return 0
  let end = index + 1
  while (end < lines.length && /^\d$/.test((lines[end] as Line).text)) end++
  if (end - index - 1 < barcodeLength || (lines[end] as Line | undefined)?.text !== '*') return 0
  return end - index + 1
}

/**
 * A page number printed alone at the foot or head of a page (`4`, `83`), as pdftotext and
 * OCR give it: a number with no point, a blank line on each side, and no note of its own
 * after it: the text goes on in mid-sentence (a lower-case word), a numbered paragraph
 * follows, the page or the file ends, or the next page's running head. A footnote number set
 * alone has its note after it.
 */
function barePageNumber(
  lines: readonly Line[],
  index: number,
  lastPage?: number,
  headsAfter: ReadonlySet<string> = new Set(),
): boolean {
  const line = lines[index] as Line
  // A mark the volume prints alone at a column's foot (`*`), above the page number, is furniture too.
  const mark = /^[*•·]$/.test(line.text)
  if (!mark && !/^\d{1,4}$/.test(line.text)) return false
  const before = lines[index - 1]
  const after = lines[index + 1]
  if (after && after.text !== '' && !after.pageBreak) return !mark && pageHeadNumber(lines, index, lastPage)
  let next = index + 1
  // A form feed that ends the text is a line of its own with no text: it still ends the page.
  while (next < lines.length && (lines[next] as Line).text === '' && !(lines[next] as Line).pageBreak) next++
  const following = lines[next]
  // The page's last line, even right under a note's text (`General Assembly resolution 70/1.` /
  // `1` / the next page, as pdftotext gives a PDF printed by LibreOffice): a note's number
  // never ends a page, its text comes after it.
  if (following?.pageBreak && !mark) return true
  if (before && before.text !== '') return false
  if (!following || following.pageBreak) return true
  // A page has one number: a bare number above its `3/3` is a note's (UN-layout PDF text).
  if (isFurnitureLine(following.text)) return !isPageNumber(following.text)
  if (mark) return /^\d{1,4}$/.test(following.text) && barePageNumber(lines, next)
  if (/^\p{Ll}/u.test(following.text) || /^\d{1,3}\.\s+\p{Lu}/u.test(following.text)) return true
  // The next page's running head right under it, where no form feed parts the pages.
  if (headsAfter.size > 0 && headsAfter.has(normalise(following.text)))
    return lastPage === undefined || Number(line.text) === lastPage + 1
  // The next operative number alone on its line (`3` / `` / `14.`): the page's number when the
  // page before had the one before it (a note's number set alone has no such sequence).
  return lastPage !== undefined && Number(line.text) === lastPage + 1 && /^\d{1,3}\.$/.test(following.text)
}

/**
 * The running heads that a text with no form feeds sets right under its page numbers
 * (`2` / `` / `Firearms Protocol: resolution 8/3` / `` / `Noting with appreciation…`, as
 * `mutool convert -F text` gives a PDF with a running head): a line of the masthead's words
 * that stands after two lone numbers or more (a blank line each side). A note's number set
 * alone has its note after it, which is no line of the masthead.
 */
function headsAfterNumbers(lines: readonly Line[], mastheadWords: (text: string) => boolean): Set<string> {
  const counts = new Map<string, number>()
  for (let index = 1; index < lines.length - 2; index++) {
    const text = (lines[index] as Line).text
    if (text.length > 4 || !/^\d{1,4}$/.test(text)) continue
    if ((lines[index - 1] as Line).text !== '' || (lines[index + 1] as Line).text !== '') continue
    let next = index + 1
    while (next < lines.length && (lines[next] as Line).text === '') next++
    const following = lines[next]
    if (!following || following.pageBreak) continue
    const head = normalise(following.text)
    if (head.length > runningHeadLength || !mastheadWords(head)) continue
    counts.set(head, (counts.get(head) ?? 0) + 1)
  }
  return new Set([...counts].filter(([, count]) => count >= 2).map(([head]) => head))
}

/**
 * A page's number set at its head right above its first line, as `pdftotext -layout` sets a
 * typeset page's with no form feed (`` / `` / `3` / `14. Decides that…`, `2` / `on Firearms, in
 * close…`): after the blank lines of the page's margins, the next page's number in sequence
 * (or a first page number past 1), the page going on in small letters or with a paragraph. A
 * note's number set alone has its note's words after it.
 */
function pageHeadNumber(lines: readonly Line[], index: number, lastPage?: number): boolean {
  if (index < 2 || (lines[index - 1] as Line).text !== '' || (lines[index - 2] as Line).text !== '') return false
  const number = Number((lines[index] as Line).text)
  if (lastPage === undefined ? number < 2 : number !== lastPage + 1) return false
  const following = (lines[index + 1] as Line).text
  return /^\p{Ll}/u.test(following) || /^\d{1,3}\.\s+\p{Lu}/u.test(following) || opensParagraph(following)
}

/**
 * A short line that runs on into the next line of text (no blank line between, the next
 * neither furniture nor a page break) is part of the body, such as the first line of a
 * wrapped heading ("United Nations" / "Assistance Mission in Afghanistan"), however much it
 * looks like the masthead: a running head stands apart from the text below it.
 */
function wrapsOn(lines: readonly Line[], index: number, furniture: ReadonlySet<number>): boolean {
  const line = lines[index] as Line
  const next = lines[index + 1]
  if (!next || next.text === '' || next.pageBreak || furniture.has(index + 1)) return false
  return line.text.length < 40 && /^\p{Lu}/u.test(next.text) && !isFurnitureLine(next.text)
}

const ocrDebris = /^(?=.*[•■▪●◆□◊¤©®°])[^\p{L}\d]{0,10}(?:\p{L}[^\p{L}\d]{0,10}){0,2}$/u
// Tested first, with the length (at most 32 characters, each at most two UTF-16 units): the
// pattern's Unicode classes cost a compilation that a text without these marks never needs.
const debrisMark = /[•■▪●◆□◊¤©®°]/

/** Running heads are short and do not end a sentence of the body in the middle of a list. */
function isHeadLike(text: string): boolean {
  return !/[,;:]$/.test(text) && !/^\d{1,3}\.\s/.test(text)
}

export function normalise(text: string): string {
  return /\s\s|\t/.test(text) ? text.replace(/\s{2,}|[^\S ]/g, ' ').trim() : text.trim()
}

/** The symbol alone, or beside words of the title (see symbolWithTitle). */
function isSymbolLine(text: string, symbol: string, masthead: string): boolean {
  return text.replace(/\*$/, '') === symbol.replace(/\*$/, '') || symbolWithTitle(text, symbol, masthead)
}

/**
 * A running head that sets the symbol and the title on one line (`A/RES/80/7 Report of the
 * International Atomic Energy Agency`, as a converter joins them; on facing pages the title
 * first): the symbol, and words the masthead holds in that order.
 */
function symbolWithTitle(text: string, symbol: string, masthead: string): boolean {
  if (text.length > runningHeadLength) return false
  const bare = symbol.replace(/\*$/, '')
  const rest = text.startsWith(`${bare} `)
    ? text.slice(bare.length + 1)
    : text.endsWith(` ${bare}`)
      ? text.slice(0, -bare.length - 1)
      : undefined
  if (rest === undefined || rest.split(' ').length < 2) return false
  if (` ${masthead} `.includes(` ${rest} `)) return true
  // The title wrapped at a hyphen in the masthead (`78/17. Establishment of a nuclear-` /
  // `weapon-free zone…`), the running head unwrapped: the break closed up, the hyphen kept or not.
  if (!/\p{L}- \p{Ll}/u.test(masthead)) return false
  const joined = ` ${masthead} `
  return (
    joined.replace(/(?<=\p{L}-) (?=\p{Ll})/gu, '').includes(` ${rest} `) ||
    joined.replace(/(?<=\p{L})- (?=\p{Ll})/gu, '').includes(` ${rest} `)
  )
}

/**
 * A web page's rows of links after the text (`Arabic | Chinese | English | French`, `English |
 * French | Spanish | Russian | Handbook`) and the links' titles between them (`Documents adopted
 * by the Human Rights Committee (March 2012)`): read back from the end, lines that are such a
 * row or a short line with no mark at its end, up to the last line that ends a sentence or
 * clause. Only where at least one row is there; they are the page's, not the resolution's.
 */
export function linkRowsAtEnd(lines: readonly Line[], from: number): number[] {
  let index = lines.length - 1
  while (index >= from && (lines[index] as Line).text.trim() === '') index--
  // Tested first: a text that does not end with such a row has none.
  if (index < from || !linkRow.test((lines[index] as Line).text)) return []
  const found: number[] = []
  for (; index >= from; index--) {
    const text = (lines[index] as Line).text.trim()
    if (text === '') continue
    if (linkRow.test(text) || (text.length <= linkTitleLength && !/[.,;:]$/.test(text))) {
      found.push(index)
      continue
    }
    break
  }
  return found
}

/** Three or more short items parted by ` | `, the first opening with a capital. */
const linkRow = /^\s*\p{Lu}[\p{L}’' -]{0,40}(?: \| [\p{L}’'()\d -]{1,40}){2,}\s*$/u
/** The longest title of a link set between such rows. */
const linkTitleLength = 100

/**
 * A web page's own words after the list of notes that ends its text (Wikisource's licence, `This
 * work is excerpted from an official document of the United Nations…` and its list `1. Official
 * records…`; a site's disclaimer): notes written as a page or a converter marks them (`[1] …`,
 * `[^1]: …`, read as `<sup>1</sup>`) close the resolution, so the lines after the last note, past a
 * blank line, are the page's. Only in a text with no form feeds (a PDF's page goes on after its
 * notes), and where none of those lines opens a known phrase, bare or after a number.
 */
export function wordsAfterEndNotes(
  lines: readonly Line[],
  notes: ReadonlyArray<{line: number; pieces: ReadonlyArray<{line: number}>}>,
  end: number,
): number[] {
  if (notes.length === 0) return []
  const last = notes.reduce((latest, note) => (note.line > latest.line ? note : latest))
  // Tested first: a note marked up as a page sets it.
  if (!(lines[last.line] as Line | undefined)?.text.startsWith('<sup>')) return []
  const noteEnd = Math.max(last.line, ...last.pieces.map((piece) => piece.line))
  if (noteEnd + 2 >= end || (lines[noteEnd + 1] as Line).text.trim() !== '') return []
  const found: number[] = []
  for (let index = noteEnd + 1; index < end; index++) {
    const line = lines[index] as Line
    if (line.pageBreak) return []
    const text = line.text.trim()
    if (text === '') continue
    const bare = text.replace(/[*_]/g, '').replace(/^\d{1,3}[.)]\s*/, '')
    if (
      detectLeadingPhrase(bare, 'en', 'preamble')?.known === true ||
      detectLeadingPhrase(bare, 'en', 'operative')?.known === true
    )
      return []
    found.push(index)
  }
  return lines.some((line) => line.pageBreak) ? [] : found
}

/**
 * A line that holds nothing but a table's bars (`|`: the cell borders of a web page's layout table,
 * as a stored page flattens it, between the text and the site's links) is no text: in the view it
 * is blanks (one for one), so a paragraph before it ends there (the WTO's pages of its legal texts).
 */
export function withoutBarLines(view: string): string {
  // Tested first, with indexOf: a bar at a line's start.
  if (!view.startsWith('|') && !view.includes('\n|') && !view.includes('\n |')) return view
  return view.replace(/^[ \t]*\|[ \t|]*$/gmu, (line) => ' '.repeat(line.length))
}

/**
 * A document edition's archive reference closing the file, in brackets and often in italics
 * (`_ [AA:A1838/274, 854/10/4, iii]_`, `_[AA : A1838, 854/12, i]_`: the file it was printed
 * from), is not text of the resolution: the last one or two lines, each wholly bracketed, with a
 * figure and no word of four lower-case letters (`[Adopted without a vote.]` is text).
 */
export function closingReferences(lines: readonly Line[]): number[] {
  const found: number[] = []
  for (let index = lines.length - 1; index >= 0 && found.length < 2; index--) {
    const text = (lines[index] as Line).text
    if (text === '') continue
    if (!text.endsWith(']') && !text.endsWith('_') && !text.endsWith('*')) break
    const bare = text.replace(/^[_*\s]+/, '').replace(/(?<![_*\s])[_*\s]+$/, '')
    if (!/^\[[^[\]]{1,80}\]$/.test(bare) || !/\d/.test(bare) || /\p{Ll}{4}/u.test(bare)) break
    found.push(index)
  }
  return found
}

/**
 * The column head of a dataset viewer's one-column table, as a stored page flattens it: the
 * column's name and its statistics on lines of their own (`text`, `stringlengths 3`, `16.6k`), the
 * head cell's closing bar (`|`) and the table's rule (`---|`), then the rows (a paragraph of a
 * resolution and its translation in each). It is no text: in the view it is blanks (one for one),
 * so the first row opens a paragraph of its own, and each row's closing bar below it is blanks too.
 * Only short lines right above the bar and the rule, back to a blank line or the file's start.
 */
export function withoutViewerHeads(view: string): string {
  // Tested first, with indexOf: a one-column rule is rare.
  if (!view.includes('\n---|') && !view.includes('\n|---|')) return view
  const lines = view.split('\n')
  let changed = false
  lines.forEach((line, index) => {
    if (!/^\|?-{3,}\|$/u.test(line.trim()) || lines[index - 1]?.trim() !== '|') return
    let from = index - 1
    while (from > 0 && from > index - 1 - maxHeadLines && headCell.test((lines[from - 1] as string).trim())) from--
    if (from > 0 && (lines[from - 1] as string).trim() !== '') return
    for (let at = from; at <= index; at++) lines[at] = ' '.repeat((lines[at] as string).length)
    // Each row's closing bar (`…this decision; |`) is the cell's border, not the paragraph's.
    for (let at = index + 1; at < lines.length; at++)
      lines[at] = (lines[at] as string).replace(/[ \t]\|[ \t]*$/u, (bar) => ' '.repeat(bar.length))
    changed = true
  })
  return changed ? lines.join('\n') : view
}

/** A column's name or statistic: short, no sentence's mark. */
const headCell = /^[^，。；：,;:.!?！？]{1,30}$|^\d[\d.,]*[kKmM]?$/u
const maxHeadLines = 8

/**
 * The resolution's own symbol, where the masthead above the formula has none but names the
 * resolution (`735 (VIII). The Social Commission`): `A/RES/735 (VIII)` alone on a line of the
 * body is the page's head that pdftotext set among the body's blocks (a page with a watermark
 * or a column of line numbers), not a paragraph.
 */
function ownSymbolLine(text: string, masthead: string): boolean {
  if (text.length > 40 || !text.includes('/RES/') || !symbolLine.test(text)) return false
  const own = text.slice(text.indexOf('/RES/') + 5).replace(/\*$/u, '')
  return /\d/u.test(own) && ` ${masthead} `.includes(` ${own}`)
}

/** A printed volume's numbered title of a resolution: `138 (1960). Resolution of 23 June 1960`, `735 (VIII). The Social Commission`. */
const volumeTitleLine = /^\d{1,4} \((?:\d{4}|[IVXL]{1,6})\)\.[ \t]+\p{Lu}[^,;:]{2,80}$/u
