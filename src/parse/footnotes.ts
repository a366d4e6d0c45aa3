import type {Line} from './lines.js'
import {detectLeadingPhrase} from './leading-phrase.js'
import {plenaryLine} from './closing-lines.js'
import {entryStart, onlyMarker, splitNumberStart, superscriptStart, supStart} from './note-starts.js'
import {documentSymbol, footnoteSeparator, monthPattern} from './patterns.js'
import {
  columnFootRun,
  continuesAcrossPage,
  expectedNumber,
  footComplete,
  footKind,
  footUnderText,
  pageGoesOnAfter,
  furnitureFollows,
  goesOnPastBlank,
  maxNoteGaps,
  nearPageFoot,
  noteBelowNumber,
  noteAboveNumber,
  noteTextAboveFoot,
  onlyNotesFollow,
  opensParagraph,
  ruleLessFoot,
  strayNoteNumber,
} from './page-foot.js'

/** A piece of one line that belongs to a footnote's text. */
export interface NotePiece {
  line: number
  /** Offset of the piece in the source, and its text. */
  start: number
  text: string
}

export interface RawNote {
  marker: string
  pieces: NotePiece[]
  /** Where the footnote sits: index of the first line of the area or block. */
  line: number
  /** Lines of the body, before this note, in which its marker should be looked for. */
  region: {from: number; to: number}
}

export interface FootnoteResult {
  notes: RawNote[]
  /** Lines consumed by footnotes and their separators. */
  used: Set<number>
}

/**
 * Pull footnotes out of the body: areas after a separator rule (PDF text, Markdown from
 * PDF) and footnote blocks set between paragraphs (`¹ …`, `1 联合国…`, `* CTOC/…`).
 */
export function extractFootnotes(
  lines: readonly Line[],
  from: number,
  skip: ReadonlySet<number>,
  /** A page of a printed volume: its notes may go on from an earlier page (`9 Official Records…` first). */
  midSequence = false,
): FootnoteResult {
  const hasFormFeeds = lines.some((line) => line.pageBreak)
  const notes: RawNote[] = []
  const used = new Set<number>()
  let lastNumber = 0
  let regionFrom = from
  // The body's line above the page foot of the notes read last under the text.
  let footAbove = -1

  const push = (note: RawNote): void => {
    notes.push(note)
    const number = Number(note.marker)
    if (Number.isInteger(number)) lastNumber = Math.max(lastNumber, number)
  }

  for (let index = from; index < lines.length; index++) {
    if (used.has(index)) continue
    // A note's number alone as a page's last line, its text above it, looks like a page number.
    const aboveNumber =
      (lines[index] as Line).text.length <= 3 && (lines[index] as Line).text !== ''
        ? noteAboveNumber(lines, index, skip, lastNumber, regionFrom)
        : undefined
    if (aboveNumber) {
      for (const piece of aboveNumber) used.add(piece.line)
      used.add(index)
      const to = (aboveNumber[0] as NotePiece).line
      push({marker: (lines[index] as Line).text, pieces: aboveNumber, line: index, region: {from: regionFrom, to}})
      continue
    }
    if (skip.has(index)) continue
    const line = lines[index] as Line
    if (line.text === '') continue

    if (footnoteSeparator.test(line.text)) {
      const area = readArea(lines, index, skip, hasFormFeeds, opensParagraph)
      for (const taken of area.used) used.add(taken)
      used.add(index)
      for (const note of area.notes) push({...note, region: {from: regionFrom, to: index}})
      if (area.notes.length > 0) regionFrom = area.end
      index = area.end - 1
      continue
    }

    if (
      index > from &&
      (hasFormFeeds || midSequence === false) &&
      ruleLessFoot(lines, index, skip, lastNumber, regionFrom, hasFormFeeds)
    ) {
      const area = readArea(lines, index - 1, skip, hasFormFeeds, opensParagraph, true)
      for (const taken of area.used) used.add(taken)
      let to = index
      // The first note's text, which pdftotext may set above the numbers.
      const bare = area.notes[0]
      const above =
        bare?.pieces.length === 0 && area.notes.slice(1).every((note) => note.pieces.length > 0)
          ? noteTextAboveFoot(lines, index, skip, area.end)
          : undefined
      if (bare && above) {
        bare.pieces.push(...above)
        for (const piece of above) used.add(piece.line)
        to = (above[0] as NotePiece).line
      }
      for (const note of area.notes) push({...note, region: {from: regionFrom, to}})
      if (area.notes.length > 0) regionFrom = area.end
      index = area.end - 1
      continue
    }

    // Notes between a paragraph's halves at a left column's foot, set with no blank line.
    const code = line.text.charCodeAt(0)
    const run =
      code >= 48 && code <= 57 && index > from
        ? columnFootRun(lines, index, skip, lastNumber + 1, regionFrom)
        : undefined
    if (run) {
      for (const note of run) {
        used.add(note.line)
        for (const piece of note.pieces) used.add(piece.line)
        push({marker: String(note.marker), pieces: note.pieces, line: note.line, region: {from: regionFrom, to: index}})
      }
      const lastPieces = run.at(-1)!.pieces
      index = lastPieces.at(-1)!.line
      continue
    }
    const previousBlank =
      index === from || (lines[index - 1] as Line).text === '' || skip.has(index - 1) || used.has(index - 1)
    const below = noteBelowNumber(lines, index, skip, lastNumber, previousBlank, regionFrom, hasFormFeeds)
    if (below) {
      for (const piece of below.pieces) used.add(piece.line)
      used.add(index)
      push({marker: line.text, pieces: below.pieces, line: index, region: {from: regionFrom, to: index}})
      index = below.end - 1
      continue
    }
    const stray = strayNoteNumber(lines, index, skip, lastNumber, regionFrom, hasFormFeeds)
    if (stray) {
      for (const piece of stray) used.add(piece.line)
      used.add(index)
      const to = (stray[0] as NotePiece).line
      push({marker: line.text, pieces: stray, line: index, region: {from: regionFrom, to}})
      continue
    }
    const start = entryStart(line.text, true) ?? splitNumberStart(line.text, lastNumber)
    if (!start) continue
    // A `* Reissued …` note may sit right under the text, just above the page furniture;
    // a note may follow the line that ends with its marker (`…通过。 1` / `1 两个理事国…`).
    const citedAbove =
      index > from && new RegExp(`\\s${escapeMarker(start.marker)}$`).test((lines[index - 1] as Line).text)
    // A printed volume sets its notes right under the text, the first after a sentence's end.
    const volumeFoot = midSequence && /[.;:]$/.test((lines[index - 1] as Line | undefined)?.text ?? '')
    // Notes set right under the closing line (`…通过。 |` / `12 参阅…`): only as the run of notes that ends the text.
    // …or right under the English closing lines (`1896th plenary meeting,` / `*/ Adopted as…`, a web page's notes;
    // `1416th plenary meeting,` / `4 March 1966.` / `16/ Official Records…`, a retyped page's).
    const underSentence =
      (/^\d+$/.test(start.marker) &&
        /。[\s|｜]*$/u.test((lines[index - 1] as Line | undefined)?.text ?? '') &&
        !numbersParagraphs(lines, index, Number(start.marker), lastNumber, used)) ||
      (/\/$/.test(start.marker) && underClosing(lines, index))
    // Notes set under the page's last words with their numbers on their lines (groff, TeX).
    // Without form feeds, a page whose last words stop mid-sentence goes on right under its notes.
    const above = used.has(index - 1) ? footAbove : index - 1
    const bodyGoesOn = !hasFormFeeds && above >= 0 && /[\p{L}\d]$/u.test((lines[above] as Line).text)
    const underText =
      !midSequence &&
      /^\d+$/.test(start.marker) &&
      Number(start.marker) === lastNumber + 1 &&
      footUnderText(lines, index, skip, lastNumber + 1, regionFrom, hasFormFeeds, bodyGoesOn)
    if (
      !previousBlank &&
      !citedAbove &&
      !volumeFoot &&
      !underSentence &&
      !underText &&
      !(/^[*†‡]/.test(start.marker) && furnitureFollows(lines, index, skip))
    )
      continue
    const endOnly = !previousBlank && !citedAbove && !volumeFoot && underSentence
    const number = Number(start.marker)
    const bare =
      Number.isInteger(number) &&
      /^\d+$/.test(start.marker) &&
      !supStart.test(line.text) &&
      !superscriptStart.test(line.text)
    if (bare && continuesAcrossPage(lines, index, skip, line.text.slice(start.skip))) continue
    if (bare && previousBlank && underLeadIn(lines, index, skip)) continue
    // A bare number opens a footnote only where the next footnote is expected; a volume's
    // first note may have any number, when it stands at the page foot or the text cites it.
    let confirmAtFoot = false
    let confirmAtEnd = endOnly
    if (bare && number !== lastNumber + 1) {
      if (lastNumber !== 0) {
        // A volume's page foot keeps only the notes the resolution cites (volume-notes.ts):
        // a later number that the text cites, after a gap, is its next note.
        if (
          !midSequence ||
          !previousBlank ||
          number < lastNumber ||
          !expectedNumber(number, 0, lines, regionFrom, index)
        )
          continue
        confirmAtFoot = true
      } else if (midSequence) confirmAtFoot = !expectedNumber(number, lastNumber, lines, regionFrom, index)
      else {
        // A resolution copied out of a printed volume keeps the volume's note numbers (`21`,
        // `22`): a first note of another number, whose number or the next one the text above
        // cites, in the run of notes that ends the text.
        if (
          !expectedNumber(number, 0, lines, regionFrom, index) &&
          !expectedNumber(number + 1, 0, lines, regionFrom, index)
        )
          continue
        confirmAtEnd = true
      }
    }
    const pieces: NotePiece[] = [{line: index, start: line.start + start.skip, text: line.text.slice(start.skip)}]
    let next = index + 1
    const following = bare ? new RegExp(`^${number + 1}\\s+\\S`) : undefined
    for (let gaps = 0; ; gaps++) {
      while (next < lines.length && (lines[next] as Line).text !== '' && !skip.has(next)) {
        const continuation = lines[next] as Line
        // A note ends with its page (the next page's first line may follow with no blank line).
        if (continuation.pageBreak) break
        if (entryStart(continuation.text, false) || following?.test(continuation.text)) break
        // Under the text, the page's number ends the page's notes (`pdftotext -raw` sets no blank line).
        if (underText && /^\d{1,4}$/.test(continuation.text)) break
        // Without form feeds or page numbers, the next page goes on right under the notes.
        if (underText && !hasFormFeeds && pageGoesOnAfter(pieces.at(-1)!.text, continuation.text, bodyGoesOn)) break
        if (!hasFormFeeds && chineseNoteEnds(pieces.at(-1)!.text, continuation.text)) break
        pieces.push({line: next, start: continuation.start, text: continuation.text})
        next++
      }
      // An OCR may set a blank line at each line break of a note (`1 Official` / `` /
      // `Records of the General Assembly…`): a note that ends mid-sentence goes on past one.
      if (gaps >= maxNoteGaps || !goesOnPastBlank(lines, next, skip, pieces.at(-1)!.text, following)) break
      // …but a converter that lost a note's last line (`6 See 1995 Review … to the Treaty on the
      // Non-Proliferation` / `` / `Documents of the 2000 and the 2010 Review Conferences…`) leaves
      // the text that the page's notes cut (`…and the Final`) to go on after them: a line longer than
      // any a page prints is a paragraph a converter joined, not the note's next line.
      if (
        ((lines[next + 1] as Line | undefined)?.text.length ?? 0) > printedLineMax &&
        bodyStopsOpenAbove(lines, index, used)
      )
        break
      next++
    }
    if (confirmAtFoot && !nearPageFoot(lines, next, skip)) continue
    if (confirmAtEnd && Number.isInteger(number) && !onlyNotesFollow(lines, next, skip, number)) continue
    used.add(index)
    for (const piece of pieces) used.add(piece.line)
    // The page's number under notes set under the text is the foot's, not the next page's words
    // (without form feeds: `New York…` / `` / `1` / `` / `International Instrument…`).
    if (underText) {
      footAbove = above
      let after = next
      while (after < lines.length && (lines[after] as Line).text === '' && !(lines[after] as Line).pageBreak) after++
      const page = (lines[after] as Line | undefined)?.text ?? ''
      if (/^\d{1,4}$/.test(page) && Number(page) !== number + 1) used.add(after)
    }
    push({marker: start.marker, pieces, line: index, region: {from: regionFrom, to: index}})
    index = next - 1
  }
  return {notes, used}
}

/** More characters than a page's line holds, notes' or text's (some 100 in A4 at 10 points). */
const printedLineMax = 250

/** The text's last line above a note and the notes before it stops on a word or a number (`…and the Final`). */
function bodyStopsOpenAbove(lines: readonly Line[], index: number, used: ReadonlySet<number>): boolean {
  for (let previous = index - 1; previous >= 0; previous--) {
    const text = (lines[previous] as Line).text
    if (text === '' || used.has(previous)) continue
    return /[\p{L}\d]$/u.test(text)
  }
  return false
}

interface Area {
  notes: Array<Omit<RawNote, 'region'>>
  used: Set<number>
  /** First line after the area. */
  end: number
}

type Item =
  | {kind: 'marker'; marker: string; line: number}
  | {kind: 'start'; marker: string; line: number; piece: NotePiece}
  | {kind: 'text'; line: number; piece: NotePiece; afterBlank: boolean}

function readArea(
  lines: readonly Line[],
  separator: number,
  skip: ReadonlySet<number>,
  hasFormFeeds: boolean,
  opensParagraph: (text: string) => boolean,
  /** A page foot with no rule: a text pdftotext set above the first number is lost (see ruleLessFoot). */
  ruleLess = false,
): Area {
  const items: Item[] = []
  const used = new Set<number>()
  // Without form feeds a PDF page foot is bounded by its furniture: it is complete once the
  // job number and the page number (or barcode) have passed, or when the next page's
  // running head appears. pdftotext may even put note texts after those lines.
  const pdfRule = /^_{5,}$/.test((lines[separator] as Line).text)
  let job = false
  let close = false
  let index = separator + 1
  let blank = false
  for (; index < lines.length; index++) {
    const line = lines[index] as Line
    if (hasFormFeeds && line.pageBreak) break
    if (line.text === '') {
      blank = true
      continue
    }
    if (skip.has(index)) {
      if (!hasFormFeeds) {
        const kind = footKind(line.text)
        if (kind === 'head' && (items.length > 0 || job || close)) break
        if (kind === 'job') job = true
        if (kind === 'close') close = true
      }
      continue
    }
    if (!hasFormFeeds && job && close) break
    const marker = onlyMarker(line.text)
    // `3 −14 June 1992, …` right after an unfinished note line goes on with that note.
    const previous = items.at(-1)
    const unfinished =
      previous?.kind !== 'marker' && previous !== undefined && !blank && !/[.)。）]$/.test(previous.piece.text)
    const start = marker === undefined ? entryStart(line.text, !unfinished) : undefined
    if (marker !== undefined) items.push({kind: 'marker', marker, line: index})
    else if (start) {
      items.push({
        kind: 'start',
        marker: start.marker,
        line: index,
        piece: {line: index, start: line.start + start.skip, text: line.text.slice(start.skip)},
      })
    } else {
      const last = items.at(-1)
      const scattered = pdfRule && !items.some((item) => item.kind === 'start')
      let continues: boolean
      if (hasFormFeeds) continues = true
      // A page foot with no rule, without form feeds: bounded by its furniture (above), its texts
      // may stand after blank lines and the job number (`1` / `23-24440 (E)` / `Resolution S-10/2.`).
      else if (ruleLess)
        continues =
          !opensParagraph(line.text) &&
          !(
            blank &&
            (/^\p{Ll}/u.test(line.text) ||
              footComplete(lines, index, textBlocks(items), markerCount(items), lastText(items)))
          )
      else if (scattered) continues = !(blank && (opensParagraph(line.text) || /^\p{Ll}/u.test(line.text)))
      else continues = last !== undefined && !blank
      if (!continues) break
      items.push({
        kind: 'text',
        line: index,
        piece: {line: index, start: line.start, text: line.text},
        afterBlank: blank,
      })
    }
    used.add(index)
    blank = false
  }
  return {notes: buildNotes(items, ruleLess), used, end: index}
}

function buildNotes(items: Item[], ruleLess: boolean): Array<Omit<RawNote, 'region'>> {
  const notes: Array<Omit<RawNote, 'region'>> = []
  if (items.some((item) => item.kind === 'start')) {
    let current: Omit<RawNote, 'region'> | undefined
    for (const item of items) {
      if (item.kind === 'start') {
        current = {marker: item.marker, pieces: [item.piece], line: item.line}
        notes.push(current)
      } else if (item.kind === 'marker') {
        current = {marker: item.marker, pieces: [], line: item.line}
        notes.push(current)
      } else if (current) current.pieces.push(item.piece)
    }
    return notes
  }
  // Each number right above its own text, in order (`1` / `` / `United Nations, Treaty Series,
  // vol. 2225, No. 39574` / `` / `2` / …): a note's text need not end with a full stop.
  const interleaved = interleavedNotes(items)
  if (interleaved) return interleaved
  // pdftotext scatters the markers of a page foot away from their texts: pair the
  // markers, in numeric order, with the texts, in reading order.
  const markers = items
    .filter((item): item is Extract<Item, {kind: 'marker'}> => item.kind === 'marker')
    .sort((a, b) => (Number.parseInt(a.marker, 10) || 0) - (Number.parseInt(b.marker, 10) || 0))
  const texts: NotePiece[][] = []
  let open = false
  for (const item of items) {
    if (item.kind !== 'text') continue
    if (!open) texts.push([])
    ;(texts.at(-1) as NotePiece[]).push(item.piece)
    open = !/[.)。）]$/.test(item.piece.text)
  }
  while (texts.length > markers.length && texts.length > 1) {
    const last = texts.pop() as NotePiece[]
    ;(texts.at(-1) as NotePiece[]).push(...last)
  }
  // Under no rule, a text missing among the numbers is one pdftotext set above them, in the
  // page's last words: the texts found go with the last numbers, the first keeps none.
  const shift = ruleLess ? Math.max(0, markers.length - texts.length) : 0
  markers.forEach((marker, position) => {
    notes.push({marker: marker.marker, pieces: texts[position - shift] ?? [], line: marker.line})
  })
  return notes
}

/** Markers in rising order, each followed by its text and the first before any text; or undefined. */
function interleavedNotes(items: readonly Item[]): Array<Omit<RawNote, 'region'>> | undefined {
  if (items[0]?.kind !== 'marker') return undefined
  const notes: Array<Omit<RawNote, 'region'>> = []
  for (const item of items) {
    if (item.kind === 'marker') {
      const previous = notes.at(-1)
      if (previous && (previous.pieces.length === 0 || Number(item.marker) !== Number(previous.marker) + 1))
        return undefined
      notes.push({marker: item.marker, pieces: [], line: item.line})
    } else if (item.kind === 'text') notes.at(-1)!.pieces.push(item.piece)
  }
  return notes.length > 1 && notes.every((note) => note.pieces.length > 0) ? notes : undefined
}

/** Blocks of note text read so far: texts after a blank line or a number. */
function textBlocks(items: readonly Item[]): number {
  return items.filter(
    (item, position) => item.kind === 'text' && (item.afterBlank || items[position - 1]?.kind !== 'text'),
  ).length
}

function markerCount(items: readonly Item[]): number {
  return items.filter((item) => item.kind === 'marker').length
}

function lastText(items: readonly Item[]): string {
  const last = items.at(-1)
  return last?.kind === 'text' ? last.piece.text : ''
}

function escapeMarker(marker: string): string {
  return marker.replace(/[*†‡]/g, (char) => `\\${char}`)
}

/**
 * The one note of a text whose number the copy lost (a PDF's raised foot number dropped by a
 * document site: UNFCCC decision 1/CP.15, `…at its fifteenth session,1 as well as…`, and under
 * the closing `FCCC/AWGLCA/2009/17, annex I.`): when no note was found, the closing lines
 * (`9th plenary meeting` / `18–19 December 2009`) are followed by one line that cites a
 * document (a symbol, `Official Records…`, `Ibid.`, `See…`) and ends with a full stop, and the
 * body calls note 1 once, glued to a word or mark (`session,1 as`) and nothing calls a note 2,
 * that line is note 1.
 */
export function noteWithoutNumber(
  lines: readonly Line[],
  from: number,
  skip: ReadonlySet<number>,
): RawNote | undefined {
  let closing = -1
  for (let index = from; index < lines.length; index++)
    if (plenaryLine.test((lines[index] as Line).text.trim())) {
      closing = index
      break
    }
  if (closing < 0) return undefined
  let at = closing + 1
  // The closing's date on the next line (`18–19 December 2009`).
  while (
    at < lines.length &&
    ((lines[at] as Line).text.trim() === '' || closingDate.test((lines[at] as Line).text.trim()))
  )
    at++
  const line = lines[at] as Line | undefined
  if (!line || skip.has(at) || !citedDocument.test(line.text.trim())) return undefined
  // The line stands alone: a blank line or the end after it.
  if ((lines[at + 1] as Line | undefined)?.text.trim()) return undefined
  let calls = 0
  for (let index = from; index < closing; index++) {
    const text = (lines[index] as Line).text
    calls += [...text.matchAll(/(?<=[\p{L},;:”’)])1(?=\s)/gu)].length
    if (/(?<=[\p{L},;:”’)])2(?=\s)/u.test(text)) return undefined
  }
  if (calls !== 1) return undefined
  return {
    marker: '1',
    pieces: [{line: at, start: line.start, text: line.text}],
    line: at,
    region: {from, to: closing},
  }
}

/** The line above `index` is the closing's meeting line, or its date under the meeting line. */
function underClosing(lines: readonly Line[], index: number): boolean {
  const above = (lines[index - 1] as Line | undefined)?.text ?? ''
  if (plenaryLine.test(above)) return true
  return closingDate.test(above) && plenaryLine.test((lines[index - 2] as Line | undefined)?.text ?? '')
}

/** A closing's date alone on its line: `18–19 December 2009`, `12 October 2009`. */
const closingDate = new RegExp(`^\\d{1,2}(?:[–-]\\d{1,2})? (?:${monthPattern}) \\d{4}\\.?$`)
/** A note that cites a document: its symbol, the Official Records, `Ibid.`, `See…`; ending with a full stop. */
const citedDocument = new RegExp(String.raw`^(?:${documentSymbol}|Official Records\b|Ibid\.|See )[^\n]{0,200}\.$`)

/**
 * Notes whose numbers the copy lost, set as a block between two paragraphs (A/RES/65/234 on
 * issuu: `…considerable gaps still exist…,` / blank / `Report of the International Conference
 * on Population and Development, Cairo, … annex.` / `Resolution S-21/2, annex.` / blank /
 * `Recalling that…`). A block of N lines after a blank line, each citing a document and ending
 * with a full stop, where the text above calls 1 to N in turn after a comma (`1994, 1 and`,
 * `1999, 2 Recalling`), is notes 1 to N. Only where no note was found otherwise.
 */
export function notesWithoutNumbers(lines: readonly Line[], from: number, skip: ReadonlySet<number>): RawNote[] {
  for (let index = from + 1; index < lines.length; index++) {
    if ((lines[index - 1] as Line).text.trim() !== '' || skip.has(index)) continue
    if (!lostNoteLine.test((lines[index] as Line).text.trim())) continue
    let end = index
    while (end < lines.length && (lines[end] as Line).text.trim() !== '') end++
    const count = end - index
    if (count > maxLostNotes) continue
    const block = lines.slice(index, end)
    if (block.some((line, at) => skip.has(index + at) || !lostNoteLine.test(line.text.trim()))) continue
    const above = lines
      .slice(from, index)
      .map((line) => line.text)
      .join(' ')
    let at = 0
    let found = true
    for (let number = 1; number <= count && found; number++) {
      const call = new RegExp(`,\\s${number}(?=\\s)`, 'g')
      call.lastIndex = at
      const match = call.exec(above)
      if (!match) found = false
      else at = match.index + match[0].length
    }
    if (!found || new RegExp(`,\\s${count + 1}(?=\\s\\p{L})`, 'u').test(above.slice(at))) continue
    return block.map((line, offset) => ({
      marker: String(offset + 1),
      pieces: [{line: index + offset, start: line.start, text: line.text}],
      line: index + offset,
      region: {from, to: index},
    }))
  }
  return []
}
/** Notes so set at most. */
const maxLostNotes = 4
/** A note that cites a document: `Report of…`, `Resolution S-21/2, annex.`, `Official Records…`, ending with a full stop. */
const lostNoteLine = new RegExp(
  String.raw`^(?:Report of|Resolution \S+|Official Records|Ibid\.|See |${documentSymbol}\b)[^\n]{0,300}(?:annex|Supplement No\. \d+|Sales No\.[^\n]*|chap\. [IVXL\d][^\n]*|\b${documentSymbol})\.$`,
)

/**
 * Clauses numbered `1`, `2`… with no stop, set under an opening phrase alone on its line (the
 * ITU's Chinese: `做出决议` / `1 下列文件…；` / `1.1 …；` / `2 应出版…`, `责成秘书长` / `1 …`), are the
 * phrase's clauses, not notes: a note never follows a lead-in that waits for its text. The
 * clauses above (none ending with `。`) are passed on the way up. Asked only of a bare number
 * after a blank line.
 */
function underLeadIn(lines: readonly Line[], index: number, skip: ReadonlySet<number>): boolean {
  for (let above = index - 1, passed = 0; above >= 0 && passed < maxClauseLines; above--) {
    const text = (lines[above] as Line).text
    if (text === '' || skip.has(above)) continue
    passed++
    const bare = text.replace(/[:：]$/u, '')
    if (leadIn.test(bare)) return detectLeadingPhrase(bare, 'zh', 'operative') !== undefined
    if (/[。.]$/u.test(text) || !clauseOrGoesOn.test(text)) return false
  }
  return false
}
const leadIn = /^[\u3400-\u9fff]{2,8}$/u
/** A clause (`1.1 `, `a) `) or a line of one: no known opening phrase asked, only its shape. */
const clauseOrGoesOn = /^(?:\d{1,2}(?:\.\d{1,2})? +|[a-z][)）]\s*)?[\u3400-\u9fff“《（(]/u
const maxClauseLines = 40

/**
 * A web page sets a Chinese note on one line: a note whose line ends its sentence (`。`) ends before
 * a line that ends a sentence or clause too, in a text without form feeds (Wikisource's licence
 * right under S/RES/396 (1976)'s note, `1 两个成员国…没有参加表决。` / `本作品来自联合国官方文件。…`).
 * Text wrapped to a page breaks its lines mid-sentence, so a note's line that ends on `。` there
 * ends the note.
 */
function chineseNoteEnds(note: string, line: string): boolean {
  return note.endsWith('。') && /[。：；:;]$/u.test(line) && /[\u3400-\u9fff]/u.test(note)
}

/**
 * A bare number under a sentence's full stop that goes on the text's own numbering of paragraphs
 * (`5 请…执行MARPOL附则VI。` / `6 要求秘书长…`: the IMO's Chinese numbers its operative paragraphs
 * with no stop) is the next paragraph, not a note: it is not the next note's number, and a line
 * above, no note's, opens with the number before it.
 */
function numbersParagraphs(
  lines: readonly Line[],
  index: number,
  number: number,
  lastNote: number,
  used: ReadonlySet<number>,
): boolean {
  if (number === lastNote + 1 || number < 2) return false
  const before = String(number - 1)
  for (let at = index - 1; at >= 0; at--) {
    const text = (lines[at] as Line).text
    if (
      !used.has(at) &&
      text.startsWith(before) &&
      /^\d{1,3}[ .．]?(?=[\u3400-\u9fff])/u
        .exec(text)?.[0]
        .trimEnd()
        .replace(/[.．]$/u, '') === before
    )
      return true
  }
  return false
}
