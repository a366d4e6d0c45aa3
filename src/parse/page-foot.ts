import type {NotePiece} from './footnotes.js'
import {detectLeadingPhrase} from './leading-phrase.js'
import type {Line} from './lines.js'
import {entryStart, onlyMarker} from './note-starts.js'
import {dateLine, documentSymbol, isPageNumber, jobNumber, operativeNumber} from './patterns.js'
import {plenaryLine} from './closing-lines.js'

/**
 * What a page foot looks like from the lines around it: where a note set as its number alone
 * on a line may stand, what number it must have, and whether the page's furniture or its end
 * is near (footnotes.ts reads the notes).
 */

/** A line that plainly opens a paragraph of the body: an operative number or a known opening phrase. */
export function opensParagraph(text: string): boolean {
  if (operativeNumber.test(text)) return true
  // Chinese opens a paragraph with its phrase (`赞赏地注意到`, `回顾`).
  if (/^[\u3400-\u9fff]/u.test(text)) return detectLeadingPhrase(text, 'zh', 'preamble')?.known === true
  return /^\p{Lu}/u.test(text) && detectLeadingPhrase(text, 'en', 'preamble')?.known === true
}

/**
 * A page-foot note set as its number alone on a line and its text below: with a blank line
 * between (2000s mimeographs: `1` / `` / `A/53/948 and Add.1.`), or right under the last line
 * of the text when that line ends a sentence (printed volumes: `…composition ;` / `5` /
 * `Official Records…`). The page furniture must follow within a few lines, and the number
 * must be the next note's. Returns the note's pieces and the first line after its text.
 */
export function noteBelowNumber(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
  lastNumber: number,
  previousBlank: boolean,
  regionFrom: number,
  /** The text keeps pdftotext's form feeds; without them a note ends where the next page goes on. */
  hasFormFeeds = true,
): {pieces: NotePiece[]; end: number} | undefined {
  const text = (lines[index] as Line).text
  if (!/^\d{1,3}$/.test(text) || !expectedNumber(Number(text), lastNumber, lines, regionFrom, index)) return undefined
  let first = index + 1
  const spaced = (lines[first] as Line | undefined)?.text === ''
  const afterSentence = /[.;:]$/.test((lines[index - 1] as Line | undefined)?.text ?? '')
  // `pdftotext -raw` sets no blank line anywhere: the number right under the page's last words
  // (`…as appropriate,` / `1` / `Resolution S-10/2.` / the job number) is a note's when the text
  // above calls it and its text runs straight into the page's furniture or the next note.
  const unspaced = !spaced && !previousBlank && !afterSentence
  if (spaced && !previousBlank) return undefined
  if (unspaced && !calledAbove(Number(text), lines, regionFrom, index)) return undefined
  // Without form feeds (text copied from a PDF viewer, a mirror that lost them) the page's
  // furniture may stand between the number and its text (`1` / `23-24440 (E)` / `Resolution S-10/2.`).
  while (first < lines.length && ((lines[first] as Line).text === '' || (skip.has(first) && !lines[first]!.pageBreak)))
    first++
  const opening = lines[first]
  if (!opening || skip.has(first) || opening.pageBreak || opensParagraph(opening.text)) return undefined
  const following = new RegExp(`^${Number(text) + 1}\\s+\\S`)
  // The same number with its text further on (`5 United Nations, Treaty Series…` at the page's
  // foot): the number alone was the raised call, set on a line of its own (Ghostscript's txtwrite).
  const itself = new RegExp(`^${text}\\s+\\S`)
  const pieces: NotePiece[] = []
  let end = first
  let pageGoesOn = false
  // A note ends with its page: the next page's first line (`\fWelcoming…`, no blank line
  // between in `pdftotext -layout` and `-raw`) is text, not more of the note.
  while (end < lines.length && (lines[end] as Line).text !== '' && !skip.has(end)) {
    const piece = lines[end] as Line
    if (end > first && piece.pageBreak) break
    // The next note's number, with its text or alone on its line (`pdftotext -layout`: `2` /
    // `    General Assembly resolution 70/174, annex.`).
    if (end > first && (following.test(piece.text) || piece.text.trim() === String(Number(text) + 1))) break
    if (itself.test(piece.text)) return undefined
    // Without form feeds (`-layout` and `-raw` copied out of a PDF viewer), a note whose line
    // ends a sentence ends there: each note's number stands above its text, so what follows is
    // the next page (`Ibid., vol. 2326, No. 39574.` / `techniques for firearms, including…`, or
    // `…No. 39574.` / `Convention against Transnational Organized Crime”, and…`); after a bracket,
    // only where the page goes on in small letters or with a paragraph.
    if (
      !hasFormFeeds &&
      end > first &&
      (/[.。]$/u.test(pieces.at(-1)!.text) ||
        (/\)$/.test(pieces.at(-1)!.text) && (/^\p{Ll}/u.test(piece.text) || opensParagraph(piece.text))))
    ) {
      pageGoesOn = true
      break
    }
    pieces.push({line: end, start: piece.start, text: piece.text})
    end++
  }
  if (unspaced) {
    // The text's end counts as the page's: only blank lines may follow (a last newline, no form feed).
    let rest = end
    while (rest < lines.length && (lines[rest] as Line).text === '' && !(lines[rest] as Line).pageBreak) rest++
    const after = lines[rest === lines.length ? rest : end]
    const straightOn =
      pageGoesOn || !after || skip.has(end) || after.pageBreak || after.text.trim() === String(Number(text) + 1)
    return straightOn && pieces.length <= pageFootLines ? {pieces, end} : undefined
  }
  // Without form feeds, the next note standing right under this one ends the same page foot.
  const nextInFoot =
    !hasFormFeeds &&
    (lines[end] as Line | undefined)?.text === String(Number(text) + 1) &&
    noteBelowNumber(lines, end, skip, Number(text), false, regionFrom, false) !== undefined
  return pageGoesOn ||
    nextInFoot ||
    nearPageFoot(lines, end, skip) ||
    columnFootMidSentence(lines, index, end, skip, regionFrom)
    ? {pieces, end}
    : undefined
}

/** How many notes a column's foot may hold. */
const columnFootNotes = 6

/**
 * Notes at the foot of a two-column page's left column, set between the halves of the paragraph
 * that runs on at the head of the right one, with no blank line, as pdf.js and `pdftotext -raw`
 * give them: each note's number before its text (`…not to develop, produce, test or` / `2
 * A/78/205 (Part I).` / `3 United Nations, Treaty Series…` / `otherwise acquire…`) or alone above
 * it (`2` / `A/78/205 (Part I).` / `3` / …). The line above stops mid-sentence (a small letter or
 * a comma), the text above calls the first number, the numbers follow in sequence, each note's
 * text ends a sentence within a few lines, and after the last the text goes on in small letters.
 * Returns each note's number line and text lines, or undefined.
 */
export function columnFootRun(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
  number: number,
  regionFrom: number,
): Array<{marker: number; line: number; pieces: NotePiece[]}> | undefined {
  const opening = (lines[index] as Line).text
  if (opening !== String(number) && !opening.startsWith(`${number} `)) return undefined
  const above = lines[index - 1]
  if (!above || skip.has(index - 1) || !/[\p{Ll},]$/u.test(above.text)) return undefined
  const notes: Array<{marker: number; line: number; pieces: NotePiece[]}> = []
  let next = index
  for (let expected = number; notes.length < columnFootNotes; expected++) {
    const line = lines[next]
    if (!line || line.text === '' || skip.has(next) || (next > index && line.pageBreak)) return undefined
    const alone = line.text === String(expected)
    if (!alone && !line.text.startsWith(`${expected} `)) return undefined
    const first = alone ? next + 1 : next
    let last = first
    while (last < first + pageFootLines && !/[.)]$/u.test((lines[last] as Line | undefined)?.text ?? '.')) last++
    for (let at = first; at <= last; at++) {
      const piece = lines[at]
      if (!piece || piece.text === '' || skip.has(at) || (at > next && piece.pageBreak)) return undefined
    }
    if (!/[.)]$/u.test((lines[last] as Line).text)) return undefined
    const pieces = piecesOf(lines, first, last)
    if (!alone) {
      const skipped = String(expected).length + 1
      pieces[0] = {...pieces[0]!, start: pieces[0]!.start + skipped, text: pieces[0]!.text.slice(skipped).trimStart()}
    }
    notes.push({marker: expected, line: next, pieces})
    next = last + 1
    // Asked last, as it reads the text above: it calls the first note.
    if (/^\p{Ll}/u.test((lines[next] as Line | undefined)?.text ?? ''))
      return calledAbove(number, lines, regionFrom, index) ? notes : undefined
  }
  return undefined
}

/**
 * Notes at the foot of a two-column page's left column, set between the halves of the
 * paragraph that runs on at the head of the right one, as MuPDF gives each column in turn
 * (`…not to develop, produce, test or` / `` / `2` / `A/78/205 (Part I).` / `` / `3` / `United
 * Nations, Treaty Series…` / `` / `otherwise acquire nuclear weapons…`): the line above the note's
 * number stops mid-sentence (a small letter or a comma), the text above calls the number, and
 * after this note and the next ones in sequence (each number alone above its text) the text goes
 * on in small letters. A later note of the foot looks above the ones before it.
 */
function columnFootMidSentence(
  lines: readonly Line[],
  index: number,
  end: number,
  skip: ReadonlySet<number>,
  regionFrom: number,
): boolean {
  let above = index - 1
  while (above > regionFrom && (lines[above] as Line).text === '') above--
  // The foot's notes before this one (`2` / `A/78/205 (Part I).` above `3`): the paragraph is above them.
  for (
    let before = Number((lines[index] as Line).text) - 1, notes = 1;
    before > 0 && notes < columnFootNotes;
    before--, notes++
  ) {
    let top = above
    while (top > regionFrom && (lines[top - 1] as Line).text !== '') top--
    if (top === above || (lines[top] as Line).text !== String(before)) break
    above = top - 1
    while (above > regionFrom && (lines[above] as Line).text === '') above--
  }
  if (above <= regionFrom || skip.has(above) || !/[\p{Ll},]$/u.test((lines[above] as Line).text)) return false
  let number = Number((lines[index] as Line).text)
  if (!calledAbove(number, lines, regionFrom, index)) return false
  let next = end
  for (let notes = 1; notes <= columnFootNotes; notes++) {
    while (next < lines.length && (lines[next] as Line).text === '' && !(lines[next] as Line).pageBreak) next++
    const line = lines[next]
    if (!line || line.pageBreak || skip.has(next)) return false
    if (line.text !== String(number + 1)) return /^\p{Ll}/u.test(line.text)
    // The next note: its number alone, its text right under it, then a blank line.
    number++
    next++
    if ((lines[next] as Line | undefined)?.text === '' || next >= lines.length) return false
    while (next < lines.length && (lines[next] as Line).text !== '' && !skip.has(next)) next++
  }
  return false
}

/**
 * A note's number that pdftotext set away from its text, alone between blank lines among the
 * page's paragraphs (`…under the Firearms Protocol,` / `` / `8` / `` / `1.`), and its text left
 * without a number as the page's last lines (`…the Legislative Guides` / `` /
 * `CT OC/COP/WG.6/2015/3.` / `\ffor the Implementation…`), as its default mode does with a
 * LibreOffice PDF: the next note's number, called on its page (`reports,8`), goes with that last
 * block when the block opens no paragraph and goes on no sentence. Without form feeds the page
 * ends where the next one goes on after a blank line (in small letters, or with a paragraph).
 * Returns the note's pieces.
 */
export function strayNoteNumber(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
  lastNumber: number,
  regionFrom: number,
  hasFormFeeds: boolean,
): NotePiece[] | undefined {
  const text = (lines[index] as Line).text
  if (!/^\d{1,3}$/.test(text) || Number(text) !== lastNumber + 1 || (lines[index] as Line).pageBreak) return undefined
  if ((lines[index - 1] as Line | undefined)?.text !== '' || (lines[index + 1] as Line | undefined)?.text !== '')
    return undefined
  let pageStart = index
  while (pageStart > regionFrom && !(lines[pageStart] as Line).pageBreak) pageStart--
  const block = hasFormFeeds ? lastBlockOfPage(lines, index, skip) : blockBeforeNextPage(lines, index, skip)
  if (!block) return undefined
  const [first, last] = block
  if (last - first >= pageFootLines || (lines[first - 1] as Line).text !== '') return undefined
  const opening = (lines[first] as Line).text
  if (/^[\p{Ll}(\d]/u.test(opening) || opensParagraph(opening) || onlyMarker(opening) !== undefined) return undefined
  // No other note's number alone on its line stands between: the page has no foot of its own.
  if (someLine(lines, index + 1, first, /^\d{1,3}$/)) return undefined
  if (!calledAbove(Number(text), lines, pageStart, index) && !calledAbove(Number(text), lines, index + 1, first))
    return undefined
  return piecesOf(lines, first, last)
}

/**
 * A note whose text pdftotext set above its number, the number alone as the page's last line:
 * a LibreOffice PDF's note of two lines or more under no typed rule (`…jurisdiction of the
 * International` / `S/PRST/2013/2; see Resolutions and Decisions…, 1` / `August 2012–31 July 2013
 * (S/INF/68).` / `9` / `` / `\fCriminal Court and…`), where a note of one line comes number
 * first. The number is the next note's and the page calls it; the note runs from the nearest
 * line above that opens citing a document (a symbol, `Official Records`, `Ibid.`, `See`, `United
 * Nations`, `Report of`, `Resolution`) to the number, ending with a full stop or a bracket.
 * Returns the note's pieces.
 */
export function noteAboveNumber(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
  lastNumber: number,
  regionFrom: number,
): NotePiece[] | undefined {
  const text = (lines[index] as Line).text
  if (!/^\d{1,3}$/.test(text) || Number(text) !== lastNumber + 1 || (lines[index] as Line).pageBreak) return undefined
  const last = index - 1
  if (last <= regionFrom || !/[.)]$/.test((lines[last] as Line).text) || skip.has(last)) return undefined
  // Taken for the page's number: only where it is not the page's place in the file.
  if (skip.has(index)) {
    let page = 1
    for (let at = 0; at < index; at++) if ((lines[at] as Line).pageBreak) page++
    if (Math.abs(page - Number(text)) <= 1) return undefined
  }
  // The page ends after the number: blank lines, then the next page or the end.
  let next = index + 1
  while (next < lines.length && (lines[next] as Line).text === '' && !(lines[next] as Line).pageBreak) next++
  if (next < lines.length && !(lines[next] as Line).pageBreak) return undefined
  for (let first = last; first > regionFrom && first > last - pageFootLines; first--) {
    const line = lines[first] as Line
    if (line.text === '' || skip.has(first) || line.pageBreak) return undefined
    if (!citingStart.test(line.text)) continue
    let pageStart = first
    while (pageStart > regionFrom && !(lines[pageStart] as Line).pageBreak) pageStart--
    return calledAbove(Number(text), lines, pageStart, first) ? piecesOf(lines, first, last) : undefined
  }
  return undefined
}

/** A note's first words citing a document. */
const citingStart = new RegExp(
  String.raw`^(?:${documentSymbol}[;,.\s]|Official Records\b|Ibid\.|See |United Nations, |Report of |Resolution )`,
)

/** The first and last lines of the last block of text (no furniture) on the page of `index`, after it. */
function lastBlockOfPage(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
): [number, number] | undefined {
  let pageEnd = index + 1
  while (pageEnd < lines.length && !(lines[pageEnd] as Line).pageBreak) pageEnd++
  // Only a page that ends with a form feed is known to end here.
  if (pageEnd === lines.length) return undefined
  let last = pageEnd - 1
  while (last > index && ((lines[last] as Line).text === '' || skip.has(last))) last--
  let first = last
  while (first - 1 > index && (lines[first - 1] as Line).text !== '' && !skip.has(first - 1)) first--
  return first > index + 1 ? [first, last] : undefined
}

/**
 * Without form feeds: the first block of text after `index`, between blank lines, that opens
 * with no small letter, paragraph or number and after which the text goes on in small letters
 * or with a paragraph: a page's last lines, the next page's first.
 */
function blockBeforeNextPage(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
): [number, number] | undefined {
  for (let first = index + 2; first < lines.length && first < index + maxFootLines; first++) {
    if ((lines[first] as Line).text === '' || skip.has(first) || (lines[first - 1] as Line).text !== '') continue
    let last = first
    while (last + 1 < lines.length && (lines[last + 1] as Line).text !== '' && !skip.has(last + 1)) last++
    const opening = (lines[first] as Line).text
    if (/^[\p{Ll}(\d]/u.test(opening) || opensParagraph(opening)) continue
    let next = last + 1
    while (next < lines.length && ((lines[next] as Line).text === '' || skip.has(next))) next++
    const after = (lines[next] as Line | undefined)?.text
    if (next > last + 1 && (after === undefined || /^\p{Ll}/u.test(after) || opensParagraph(after)))
      return [first, last]
  }
  return undefined
}

/**
 * The text above calls this note: its number glued to a word, a mark or a year (`Assembly,1`,
 * `77/38,2`, `October 19904`), as PDF text gives a raised number.
 */
function calledAbove(number: number, lines: readonly Line[], from: number, to: number): boolean {
  // In Chinese the number is followed by the next character or mark (`议定书》1的`); a number
  // after 第 or before a counter (`第1号建议`, `5月`, `第3段`) is an ordinal, a date or a count, and one
  // after a figure and its point a decimal (`6.1`, the ITU's chapter), never a call.
  const digits = String(number)
  const pattern = new RegExp(
    `(?:[^\\s\\d第]|\\b(?:19|20)\\d\\d)(?<!\\d[.．])${number}(?:\\s|$|(?![号年月日次届段条款项])[\\u3400-\\u9fff，。；、：）》])`,
    'u',
  )
  // Only a line with the figures in it is matched (the pattern tries every character of the rest).
  for (let index = from; index < to; index++) {
    const text = (lines[index] as Line).text
    if (text.includes(digits) && pattern.test(text)) return true
  }
  return false
}

/** Some line from `from` up to `to` matches. */
function someLine(lines: readonly Line[], from: number, to: number, pattern: RegExp): boolean {
  for (let index = from; index < to; index++) if (pattern.test((lines[index] as Line).text)) return true
  return false
}

/**
 * A page foot with no rule above it: from a note's number alone on its line to the page
 * break (or the end), nothing but note numbers in sequence, each alone on its line, and note
 * texts, none of which opens a paragraph, and the page's furniture. That is how pdftotext gives
 * the page foot of a PDF printed from Word or LibreOffice, which draws the rule as a line, not
 * as text, and sets the notes right under the page's last words, their numbers apart from their
 * texts (`…in some regions of the` / `1` / `` / `United Nations, Treaty Series…` / `` / `2` / …,
 * or `2` / `3` / `` / `2/3` / `` / `A/78/205 (Part I).` / `United Nations, Treaty Series…`).
 */
export function ruleLessFoot(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
  lastNumber: number,
  regionFrom: number,
  /** The text keeps pdftotext's form feeds; without them a page's foot ends at the next page's head or text. */
  hasFormFeeds: boolean,
): boolean {
  const text = (lines[index] as Line).text
  // The number stands apart: a blank line or the next note's number under it.
  const under = (lines[index + 1] as Line | undefined)?.text
  if (!/^\d{1,3}$/.test(text) || (under !== '' && under !== String(Number(text) + 1))) return false
  // A note whose number pdftotext lost (its text set mid-page, `CT OC/COP/WG.6/2015/3.`) leaves
  // a gap: the next numbers still open a foot when the text above calls the first of them.
  const skipped = Number(text) - lastNumber - 1
  if (
    !expectedNumber(Number(text), lastNumber, lines, regionFrom, index) &&
    !(lastNumber > 0 && skipped >= 1 && skipped <= 2 && calledAbove(Number(text), lines, regionFrom, index))
  )
    return false
  let expected = Number(text)
  let texts = 0
  let blocks = 0
  let lastText = ''
  for (let next = index; next < lines.length && next < index + maxFootLines; next++) {
    const line = lines[next] as Line
    if (next > index && line.pageBreak) return texts > 0
    // Without form feeds, the next page's running head (its symbol) ends this page's foot.
    if (skip.has(next) && line.text !== '' && texts > 0 && footKind(line.text) === 'head' && !hasFormFeeds) return true
    if (line.text === '' || skip.has(next)) continue
    // Without form feeds, the next page's first line after a blank one (the sentence going on
    // in lower case, or a new paragraph) ends this page's foot.
    if (
      texts > 0 &&
      !hasFormFeeds &&
      (lines[next - 1] as Line).text === '' &&
      (/^\p{Ll}/u.test(line.text) ||
        opensParagraph(line.text) ||
        footComplete(lines, next, blocks, expected - Number(text), lastText))
    )
      return true
    if (/^\d{1,3}$/.test(line.text)) {
      if (Number(line.text) !== expected) return false
      expected++
    } else if (opensParagraph(line.text)) return false
    else {
      // A text after a blank line or a number opens a block.
      if (/^\d{0,3}$/.test((lines[next - 1] as Line).text) || skip.has(next - 1)) blocks++
      texts++
      lastText = line.text
    }
  }
  // The last page's foot ends with the text.
  return texts > 0 && index + maxFootLines >= lines.length
}

/**
 * The text of a rule-less foot's first note that pdftotext set above the numbers, right under the
 * page's last words (`…and acknowledging` / `Report of the United Nations Conference…` /
 * `(A/CONF.192/15), chap. IV, para. 24.` / `3` / `` / `4` / `` / `A/60/88…` / `\fthat this…`): the
 * lines from the last one that opens with a capital, when the sentence above them stops on a word
 * and goes on at the next page in small letters. `end` is the first line after the foot.
 */
export function noteTextAboveFoot(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
  end: number,
): NotePiece[] | undefined {
  const last = index - 1
  if (!/[.)]$/.test((lines[last] as Line | undefined)?.text ?? '')) return undefined
  let next = end
  while (next < lines.length && ((lines[next] as Line).text === '' || skip.has(next))) next++
  if (!/^\p{Ll}/u.test((lines[next] as Line | undefined)?.text ?? '')) return undefined
  for (let first = last; first > 0 && first > last - pageFootLines; first--) {
    const line = lines[first] as Line
    if (line.text === '' || skip.has(first) || line.pageBreak) return undefined
    if (!/^\p{Lu}/u.test(line.text)) continue
    if (!/\p{Ll}$/u.test((lines[first - 1] as Line).text) || opensParagraph(line.text)) return undefined
    return piecesOf(lines, first, last)
  }
  return undefined
}

/**
 * Without form feeds, a foot whose every number has its text, the last ending a sentence, ends
 * at the next text after a blank line (`…No. 39574.` / `` / `Convention against Transnational
 * Organized Crime”, and…`, the next page going on), unless the next number comes right after
 * that text (`Report of the United Nations Conference…` / `…para. 24.` / `6`, a note's text that
 * pdftotext set above its number).
 */
export function footComplete(
  lines: readonly Line[],
  index: number,
  blocks: number,
  numbers: number,
  lastText: string,
): boolean {
  if (numbers === 0 || blocks < numbers || !/[.)。]$/u.test(lastText)) return false
  // A note's text runs to a few lines; a longer block is the next page's.
  const limit = Math.min(lines.length, index + pageFootLines)
  let next = index
  while (next < limit && (lines[next] as Line).text !== '' && !/^\d{1,3}$/.test((lines[next] as Line).text)) next++
  if (next === index + pageFootLines) return true
  while (next < lines.length && (lines[next] as Line).text === '') next++
  return !/^\d{1,3}$/.test((lines[next] as Line | undefined)?.text ?? '')
}

/** What a line of page furniture is, seen from a page foot: its bottom, or the next page's head. */
export function footKind(text: string): 'job' | 'close' | 'code' | 'head' {
  if (jobNumber.test(text)) return 'job'
  if (/^\*\d{5,}\*$/.test(text) || isPageNumber(text)) return 'close'
  if (/^\d{6}$/.test(text)) return 'code'
  return 'head'
}

/** The most lines a page foot of notes runs to. */
const maxFootLines = 120

/**
 * The number a note set alone on its line must have: the next after the last note; or, before
 * any note was found (a resolution read from the middle of a printed volume, whose notes go
 * on from the page before), any number that the text above cites after punctuation (`…the
 * plan, 5 and…`).
 */
export function expectedNumber(
  number: number,
  lastNumber: number,
  lines: readonly Line[],
  from: number,
  to: number,
): boolean {
  if (number === lastNumber + 1) return true
  if (lastNumber !== 0) return false
  // In Chinese the marker may follow a character and precede one (`報告書21及`, `函件,22`).
  const cited = new RegExp(`[,;.)”’，；。）\\u3400-\\u9fff]\\s?${number}(?:\\s|$|[，,；;。\\u3400-\\u9fff])`, 'u')
  return someLine(lines, from, to, cited)
}

/** Page furniture, a page break or the end of the text within the next few lines (other notes may come first). */
export function nearPageFoot(lines: readonly Line[], index: number, skip: ReadonlySet<number>): boolean {
  let seen = 0
  for (let next = index; next < lines.length; next++) {
    const line = lines[next] as Line
    if (line.pageBreak || skip.has(next)) return true
    if (line.text === '') continue
    // Another note's number alone on its line (`pdftotext -layout`): its text may take a few lines too.
    if (/^\d{1,3}$/.test(line.text)) seen = 0
    else if (++seen > pageFootLines) return false
  }
  return true
}

/** Nothing but the next notes (`22 …`, `23 …`), blank lines and furniture from here to the end. */
export function onlyNotesFollow(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
  number: number,
): boolean {
  let expected = number + 1
  for (let next = index; next < lines.length; next++) {
    const text = (lines[next] as Line).text
    if (text === '' || skip.has(next)) continue
    if (!text.startsWith(`${expected} `)) return false
    expected++
  }
  return true
}

/** Blank lines a note's text may go on past. */
export const maxNoteGaps = 3

/** A note cut mid-sentence (after a word or a comma) by one blank line, and a line after it that is no note, paragraph or page. */
export function goesOnPastBlank(
  lines: readonly Line[],
  blank: number,
  skip: ReadonlySet<number>,
  last: string,
  following: RegExp | undefined,
): boolean {
  if ((lines[blank] as Line | undefined)?.text !== '') return false
  const after = lines[blank + 1]
  if (!after || after.text === '' || after.pageBreak || skip.has(blank + 1)) return false
  const text = after.text
  // A note that ends `…修改如下：` ("amended as follows:") goes on with the words it quotes.
  const quoted = /[:：]$/.test(last) && /^[“"‘「]/u.test(text)
  if (!quoted && !/[a-z,]$/i.test(last)) return false
  // A closing line (`16 September 1965`, `21st plenary meeting`) is the resolution's, set after its note.
  if (dateLine.test(text) || plenaryLine.test(text)) return false
  return !entryStart(text, true) && !following?.test(text) && !opensParagraph(text) && !onlyMarker(text)
}

/** Lines of other notes that may stand between a note and the page furniture. */
const pageFootLines = 4

/** Page furniture within the next few lines: the line sits at a page foot. */
export function furnitureFollows(lines: readonly Line[], index: number, skip: ReadonlySet<number>): boolean {
  let seen = 0
  for (let next = index + 1; next < lines.length && seen < 3; next++) {
    if ((lines[next] as Line).text === '') continue
    if (skip.has(next)) return true
    seen++
  }
  return false
}

/**
 * A bare number that opens a page and goes on with the sentence the page before left open
 * (`…not a violation of paragraph` / page foot and head / `1 (a) of Council resolution 2255…`):
 * the text's own words, not a note. A page's notes stand above its foot, and a note's text
 * opens with a capital (`Resolution…`, `See…`, `Official Records…`), a symbol or a digit: a
 * capital after the number is the text's only when the page before stopped on a word no
 * sentence ends with.
 */
export function continuesAcrossPage(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
  rest: string,
): boolean {
  const goesOn = /^(?:\([a-z\d]{1,4}\)\s+)?\p{Ll}/u.test(rest)
  let furniture = (lines[index] as Line).pageBreak
  for (let previous = index - 1; previous >= 0; previous--) {
    const line = lines[previous] as Line
    if (skip.has(previous)) furniture = true
    else if (line.text !== '')
      // Or the page before stopped on a word that cannot end a sentence (`…paragraphs 1 and` /
      // `4 Decision VII/9, paragraphs 1, 6 and 7(b)…`).
      return furniture && /[\p{L}\d]$/u.test(line.text) && (goesOn || openEnded.test(line.text))
    if (line.pageBreak) furniture = true
  }
  return false
}

/** A line that stops on a conjunction, a preposition or an article: its sentence goes on. */
const openEnded =
  /\b(?:and|or|of|the|a|an|to|in|on|at|by|for|with|from|under|between|paragraphs?|articles?|resolutions?|decisions?)$/u

/**
 * A page foot set right under the page's last words with each note's number on the line of its
 * text (`…in All Its Aspects3 and the` / `3 Report of…` / `New York, …` / `` / `2` / page break):
 * pdftotext of a PDF typeset by groff or TeX, whose rule is drawn, not text. The text above calls
 * the note, and nothing but the next notes, their lines and the page's number stand between it
 * and the page break or the end.
 */
export function footUnderText(
  lines: readonly Line[],
  index: number,
  skip: ReadonlySet<number>,
  number: number,
  regionFrom: number,
  hasFormFeeds = true,
  /** The body's last line above the foot stops mid-sentence (no form feeds): the page goes on under the notes. */
  bodyGoesOn = false,
): boolean {
  if (!calledAbove(number, lines, regionFrom, index)) return false
  let expected = number + 1
  for (let next = index + 1; next < lines.length && next < index + maxFootLines; next++) {
    const line = lines[next] as Line
    if (line.pageBreak) return true
    if (line.text === '') continue
    // With no form feed and no page number (Ghostscript's txtwrite, a PDF without page numbers),
    // the page ends after a note's sentence where the next page goes on (see pageGoesOnAfter).
    if (!hasFormFeeds && pageGoesOnAfter((lines[next - 1] as Line).text, line.text, bodyGoesOn)) return true
    // The page's number (`2`, `2/3`, read as furniture or not) below the notes ends the page, form feed or not.
    if (/^\d{1,4}$/.test(line.text) || isPageNumber(line.text)) return true
    // …and so does a UN page foot's job number, its pieces set far apart or not (`23-24440 (E)    131223`, `2/3    23-24440`).
    if (skip.has(next) && line.text.split(/\s{2,}/u).every((piece) => footKind(piece) !== 'head')) return true
    if (skip.has(next)) continue
    if (line.text.startsWith(`${expected} `)) expected++
    else if (/^\d{1,3}\s/.test(line.text) || opensParagraph(line.text)) return false
  }
  return index + maxFootLines >= lines.length
}

/**
 * After a note's line that ends a sentence (`2 Ibid., vol. 2326, No. 39574.`), a line in small
 * letters or one opening a paragraph is the next page going on (`techniques for firearms…`,
 * `Recalling that…`): in text with no form feeds, where a page's notes end. When the body's
 * last words above the notes stop mid-sentence (`…supplementing the United Nations`), so is
 * any line but the next note's (`Convention against Transnational Organized Crime”, and…`).
 */
export function pageGoesOnAfter(note: string, line: string, bodyGoesOn = false): boolean {
  if (!/[.。]$/u.test(note)) return false
  return (bodyGoesOn && !/^\d{1,3}\s/u.test(line)) || /^\p{Ll}/u.test(line) || opensParagraph(line)
}

/** Lines `first` to `last`, whole, as a note's pieces. */
function piecesOf(lines: readonly Line[], first: number, last: number): NotePiece[] {
  const pieces: NotePiece[] = []
  for (let at = first; at <= last; at++) {
    const piece = lines[at] as Line
    pieces.push({line: at, start: piece.start, text: piece.text})
  }
  return pieces
}
