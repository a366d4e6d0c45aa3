import {DecodeError} from './decode.js'
import {symbolLine} from '../parse/patterns.js'
import {widenedLigatures} from '../parse/rewrite.js'
import type {ReadDocument} from './document.js'
import {
  buildLine,
  cjk,
  cjkAll,
  endsParagraph,
  isParagraphGap,
  measures,
  pageNumberLine,
  startsWithMark,
  type BuiltLine,
} from './pdf-blocks.js'
import {
  dominantSize,
  marginLines,
  readingOrder,
  uprightColumns,
  withoutLineNumbers,
  type Item,
  type PdfLine,
} from './pdf-lines.js'
import {isOcrPage, readOcrNotes, runsAlong} from './pdf-ocr.js'
import {SynthText} from './synth.js'

// Type sizes, as shares of the body's dominant size. Footnotes are set smaller than the body: a
// line at 92 % of the body size or more is body text.
const footnoteSize = 0.92
// PDF units (1/72 inch) past which no text of a page stands.
const farOff = 14_400
// Fewer letters than this in the whole PDF: a scan without a text layer.
const textLayerMinimum = 20

const spreadChinese =
  /(?<=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]) +(?=[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef])/gu
const italicFont = /italic|oblique|-it$|-ital|,it/i
const barcodeFont = /barcode|3of9|3 of 9|code39|idautomation/i

interface TextItem {
  str: string
  transform: number[]
  width: number
  fontName: string
}

/**
 * Read a PDF's text layer with PDF.js: lines from the text runs' baselines, superscript note
 * marks from their size and rise, italics from the font, running heads and page numbers from
 * their place on every page, footnotes from the smaller type at the foot of a page, paragraphs
 * from the space between lines. The result is the text form the parser reads.
 */
export async function readPdf(bytes: Uint8Array): Promise<ReadDocument> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  // PDF.js takes the buffer over: give it a copy so the caller's bytes stay as they were.
  const data = new Uint8Array(bytes)
  let document: Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>
  try {
    document = await pdfjs.getDocument({
      data,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
      stopAtErrors: false,
    }).promise
  } catch (error) {
    const name = (error as {name?: string}).name
    if (name === 'PasswordException')
      throw new DecodeError(
        'the PDF is protected by a password: open it, save a copy without the password, and try again',
      )
    throw new DecodeError('the PDF is damaged (PDF.js cannot open it)')
  }
  try {
    const pages: PdfLine[][] = []
    // Scanned pages with an OCR layer, with the height of each.
    const ocrPages = new Map<number, number>()
    // Pages that are a picture with no text on them (a page scanned into a PDF that has text).
    const picturePages: number[] = []
    // Lines printed in a page's right margin (comments, marginal notes), left out.
    let marginCount = 0
    for (let number = 1; number <= document.numPages; number++) {
      let page: Awaited<ReturnType<typeof document.getPage>>
      let content: Awaited<ReturnType<typeof page.getTextContent>>
      let operators: Awaited<ReturnType<typeof page.getOperatorList>>
      try {
        page = await document.getPage(number)
        content = await page.getTextContent()
        // Font names (for italics) are known once the page's fonts are loaded.
        operators = await page.getOperatorList()
      } catch {
        // A damaged page: a content stream cut short, an object that is not what it claims.
        throw new DecodeError(`the PDF is damaged (PDF.js cannot read page ${number})`)
      }
      const ocr = isOcrPage(operators, pdfjs.OPS)
      const fontNames = new Map<string, string>()
      const items: Item[] = []
      for (const raw of content.items as TextItem[]) {
        if (!('str' in raw) || raw.str === '') continue
        let fontName = fontNames.get(raw.fontName)
        if (fontName === undefined) {
          fontName = ''
          try {
            fontName = String((page.commonObjs.get(raw.fontName) as {name?: string} | undefined)?.name ?? '')
          } catch {
            // A font PDF.js did not load: no italics known for it.
          }
          fontNames.set(raw.fontName, fontName)
        }
        if (barcodeFont.test(fontName)) continue
        if (ocr && !runsAlong(raw.transform)) continue
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform
        const size = Math.hypot(c, d) || Math.hypot(a, b)
        // A damaged file's runs can stand at absurd places (1e300): no page reaches past 200 inches.
        if (
          !(size > 0) ||
          ![x, y, raw.width, size].every((value) => Number.isFinite(value) && Math.abs(value) < farOff)
        )
          continue
        // PDF.js writes a space where justification spreads Chinese characters apart (`号决 议`):
        // Chinese sets none between two characters.
        const str = ligaturesRead(raw.str)
        const text = str.includes(' ') ? (ocr ? withoutOcrSpacesByChinese(str) : str.replace(spreadChinese, '')) : str
        const turned = a === 0 && d === 0 && b < 0 && c > 0
        items.push({
          text,
          x,
          y,
          width: raw.width,
          size,
          italic: italicFont.test(fontName),
          superscript: false,
          ...(turned ? {turned} : {}),
        })
      }
      const letters = items.reduce((sum, item) => sum + item.text.replace(/\s/g, '').length, 0)
      if (letters < textLayerMinimum && paintsPicture(operators.fnArray, pdfjs.OPS)) picturePages.push(number)
      // A scan's OCR boxes stand where the paper's ink is: no margin of a writer's is told from them.
      const ordered = readingOrder(withoutLineNumbers(uprightColumns(items, page.view[3] ?? 0)), number, ocr)
      const {body, margin} = ocr ? {body: ordered, margin: []} : marginLines(ordered)
      marginCount += margin.length
      pages.push(body)
      if (ocr) ocrPages.set(number, page.view[3] ?? 0)
      page.cleanup()
    }
    const read = buildDocument(pages, ocrPages)
    if (marginCount > 0)
      read.notices.push(
        `${marginCount} ${marginCount === 1 ? 'line' : 'lines'} printed in the right margin, beside the text (comments or marginal notes), ${marginCount === 1 ? 'was' : 'were'} left out`,
      )
    if (picturePages.length > 0)
      read.notices.push(
        `${picturePages.length === 1 ? 'page' : 'pages'} ${picturePages.join(', ')} of the PDF ${picturePages.length === 1 ? 'is a picture' : 'are pictures'} with no text layer (scanned): ${picturePages.length === 1 ? 'its' : 'their'} words are not read; run OCR on the file first`,
      )
    return read
  } finally {
    await document.destroy()
  }
}

/**
 * On a scan the OCR engine writes a space between the words it found, Chinese ones too: next to
 * a Chinese character (`2000 年 3 月`, `在 “二十一世纪`) such a space is the engine's, not the text's.
 */
function withoutOcrSpacesByChinese(text: string): string {
  return text.replace(/ +/g, (spaces, at: number) =>
    cjk.test(text.charAt(at - 1)) || cjk.test(text.charAt(at + spaces.length)) ? '' : spaces,
  )
}

/** A run's ligatures as Ghostscript miswrote their Unicode (see widenedLigatures), read as their letters. */
function ligaturesRead(text: string): string {
  let result = ''
  let from = 0
  for (const run of widenedLigatures(text)) {
    result += text.slice(from, run.at) + run.letters
    from = run.at + run.length
  }
  return from === 0 ? text : result + text.slice(from)
}

/** Whether a page draws a picture (an image, inline or as a mask). */
function paintsPicture(
  operators: ArrayLike<number>,
  ops: {paintImageXObject: number; paintInlineImageXObject: number; paintImageMaskXObject: number},
): boolean {
  for (let index = 0; index < operators.length; index++) {
    const op = operators[index]
    if (op === ops.paintImageXObject || op === ops.paintInlineImageXObject || op === ops.paintImageMaskXObject)
      return true
  }
  return false
}

function furnitureKey(text: string): string {
  return text
    .replace(/\d+/g, '#')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim()
}

function buildDocument(pages: PdfLine[][], ocrPages: ReadonlyMap<number, number>): ReadDocument {
  const built = pages.map((lines) => lines.map((line) => buildLine(line, ocrPages.has(line.page))))
  const characters = built.flat().reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0)
  if (characters < textLayerMinimum)
    throw new DecodeError('the PDF has no text layer (it is a scan or a picture): run OCR first')

  // Running heads and feet: the same words (numbers aside) in the same type at the same height
  // on many pages. UN documents set the symbol of their first page in the masthead, where the
  // next pages carry it as a running head: on the first page a line is furniture only where
  // the others have it at the same place across as well.
  const furniture = new Set<BuiltLine>()
  if (pages.length >= 2) {
    const key = (line: BuiltLine): string =>
      `${Math.round(line.line.y / 4)}|${Math.round(line.line.size)}|${furnitureKey(line.text)}`
    const left = (line: BuiltLine): number => Math.round((line.line.items[0]?.x ?? 0) / 4)
    const seen = new Map<string, Set<number>>()
    const seenAt = new Map<string, Set<number>>()
    for (const line of built.flat()) {
      const set = seen.get(key(line)) ?? new Set<number>()
      set.add(line.line.page)
      seen.set(key(line), set)
      const placed = `${key(line)}|${left(line)}`
      const setAt = seenAt.get(placed) ?? new Set<number>()
      setAt.add(line.line.page)
      seenAt.set(placed, setAt)
    }
    for (const line of built.flat()) {
      const pagesWith = line.line.page === 1 ? seenAt.get(`${key(line)}|${left(line)}`) : seen.get(key(line))
      if ((pagesWith?.size ?? 0) >= Math.max(2, Math.ceil(pages.length / 2))) furniture.add(line)
    }
  }
  for (const lines of built) {
    const first = lines[0]
    const last = lines[lines.length - 1]
    if (first && pageNumberLine.test(first.text.trim())) furniture.add(first)
    if (last && pageNumberLine.test(last.text.trim())) furniture.add(last)
  }

  // A running head set on one page only (a two-page document): the top baseline of a later page
  // that holds the document's symbol as the first page shows it (`A/RES/78/17` beside the short
  // title) is the page's head, every line on that baseline with it.
  const firstPage = new Set(built[0]?.map((line) => line.text.trim()))
  for (const lines of built.slice(1)) {
    const rest = lines.filter((line) => !furniture.has(line))
    const top = Math.max(...rest.map((line) => line.line.y))
    const atTop = rest.filter((line) => Math.abs(line.line.y - top) < 0.3 * line.line.size)
    if (atTop.some((line) => symbolLine.test(line.text.trim()) && firstPage.has(line.text.trim())))
      for (const line of atTop) furniture.add(line)
  }

  const bodySize = dominantSize(built.flat().flatMap((line) => line.line.items))
  // On a scan, a "line" more than twice the body's height in the page's lower half is a picture
  // (a barcode, a stamp) the OCR read as letters: no resolution sets text so large there.
  for (const line of built.flat()) {
    const height = ocrPages.get(line.line.page)
    if (height !== undefined && line.line.size > 2 * bodySize && line.line.y < height / 2) furniture.add(line)
    // A line in type at most 0.6 of the body's in the page's lowest tenth is the page's own foot
    // (a UN first page's barcode line and "Please recycle", however the OCR read their words).
    if (height !== undefined && line.line.size <= 0.6 * bodySize && line.line.y < height / 10) furniture.add(line)
  }
  // The usual distance between two lines of a paragraph; a wider gap ends a paragraph.
  const pitches: number[] = []
  // Steps from one long line (a paragraph's, not a masthead's or a table's) to the next.
  const longSteps: number[] = []
  const long = (line: BuiltLine): boolean => line.text.trim().length >= (cjk.test(line.text) ? 20 : 40)
  for (const lines of built) {
    const body = lines.filter((line) => !furniture.has(line) && Math.abs(line.line.size - bodySize) < 0.5)
    for (let index = 1; index < body.length; index++) {
      // Up the page: the next column, not a line pitch.
      const step = body[index - 1]!.line.y - body[index]!.line.y
      if (step > 0) pitches.push(step)
      if (step > 0 && long(body[index - 1]!) && long(body[index]!)) longSteps.push(step)
    }
  }
  pitches.sort((first, second) => first - second)
  longSteps.sort((first, second) => first - second)
  // The pitch is the quarter point of the steps, or the smallest step between long lines that
  // recurs when it is smaller (a masthead's tight lines do not count): a text of one-line paragraphs (Chinese operative paragraphs) has more paragraph
  // gaps than line steps, and the quarter point would be a gap.
  const quarter = pitches[Math.floor(pitches.length / 4)]
  const recurring = longSteps.find(
    (step, index) => index > 0 && step - longSteps[index - 1]! < 0.5 && step > 0.5 * bodySize,
  )
  const pitch = Math.min(quarter ?? bodySize * 1.2, recurring ?? Infinity)
  const gapped = pitches.filter((value) => isParagraphGap(value, pitch)).length
  // With no paragraph spacing at all, hand the lines over as they are (the parser reads wrapped text).
  const useGaps = gapped >= Math.max(2, pitches.length * 0.03)

  // Scanned pages with an OCR layer: their notes found by place and type, the numbers the OCR
  // lost counted on from the note before, and the body's garbled calls of them mended.
  const ocr = ocrPages.size > 0 ? readOcrNotes(built, ocrPages, furniture, pitch, pitches) : undefined

  const synth = new SynthText()
  const sourceLines = new Map<BuiltLine, number>()
  for (const lines of built)
    for (const line of lines) sourceLines.set(line, synth.sourceLine(line.text, line.line.page))

  built.forEach((lines, pageIndex) => {
    const content = lines.filter((line) => !furniture.has(line))
    const onOcr = ocrPages.has(pageIndex + 1)
    // Footnotes: smaller type at the foot of the page, starting with a note mark; on a scan, the
    // notes readOcrNotes found at the foot of the page or of each column.
    let notesFrom = content.length
    const found = ocr?.notes.get(pageIndex) ?? []
    if (!onOcr)
      for (let index = content.length - 1; index >= 0; index--) {
        const line = content[index]!
        if (line.line.size >= footnoteSize * bodySize) break
        if (startsWithMark(line)) notesFrom = index
      }
    // The pitch for lines of a size (an OCR layer's sizes are the lines' heights: not scaled).
    const pitchFor = (first: BuiltLine, second: BuiltLine): number =>
      onOcr ? pitch : pitch * (Math.min(first.line.size, second.line.size) / bodySize)
    let block: BuiltLine[] = []
    let blockMark: number | undefined
    const flush = (): void => {
      if (block.length > 0) writeBlock(synth, block, sourceLines, blockMark)
      block = []
      blockMark = undefined
    }
    const writeLines = (part: BuiltLine[], isNotes: boolean): void => {
      const measure = measures(part)
      part.forEach((line, index) => {
        const previous = part[index - 1]
        const ends = previous !== undefined && endsParagraph(previous, line, pitchFor(previous, line), measure)
        // A note ends where the next opens with its mark, or where the lines part as paragraphs
        // do (the first page's foot below the notes: job number, barcode line).
        if (isNotes ? startsWithMark(line) || ocr?.numbers.has(line) === true || ends : ends && useGaps) flush()
        if (block.length === 0) blockMark = ocr?.numbers.get(line)
        block.push(line)
        if (!isNotes && !useGaps) flush()
      })
      flush()
    }
    // A column's notes before the page's last are written where they stand, as note blocks.
    let at = 0
    for (const range of found.slice(0, -1)) {
      writeLines(content.slice(at, range.from), false)
      writeLines(content.slice(range.from, range.to), true)
      at = range.to
    }
    const final = found[found.length - 1]
    if (final) notesFrom = final.from
    writeLines(content.slice(at, notesFrom), false)
    if (notesFrom < content.length) {
      synth.add('__________\n\n', synth.sourceOffset(sourceLines.get(content[notesFrom]!) ?? 0, 0))
      writeLines(content.slice(notesFrom, final?.to ?? content.length), true)
      writeLines(content.slice(final?.to ?? content.length), true)
    }
  })
  return {format: 'pdf', text: synth.text, notices: [], toSource: (offset) => synth.toSource(offset)}
}

interface Segment {
  text: string
  italic: boolean
  marker: boolean
  /** Offset in the source text of the segment's first character; joiners stand for the line end. */
  at: number
  copied: boolean
}

/** Write one paragraph (or footnote): its lines joined, italics as `*…*`, note marks as superscripts. */
function writeBlock(synth: SynthText, lines: BuiltLine[], sourceLines: Map<BuiltLine, number>, mark?: number): void {
  const segments: Segment[] = []
  // A note's number the OCR lost, counted on from the note before (see readOcrNotes).
  if (mark !== undefined && lines[0])
    synth.add(`${markText(String(mark))} `, synth.sourceOffset(sourceLines.get(lines[0]) ?? 0, 0))
  // Chinese text breaks a line anywhere, inside a number or a symbol too (`221` / `7(2015)`,
  // `S/PRST/` / `2014/28`): there only two Latin words keep a space between them.
  const all = lines.map((line) => line.text).join('')
  const chinese = (all.match(cjkAll) ?? []).length > (all.match(/[a-z]/gi) ?? []).length
  lines.forEach((line, lineIndex) => {
    const base = synth.sourceOffset(sourceLines.get(line) ?? 0, 0)
    if (lineIndex > 0) {
      const previousText = segments.map((segment) => segment.text).join('')
      const last = previousText.charAt(previousText.length - 1)
      const next = line.text.charAt(0)
      const words = /[a-z]/i.test(last) && /[a-z]/i.test(next)
      // A word the typesetter hyphenated at the line's end (`manufactur-` / `ing`) keeps its line
      // break: the parser mends such words against the document's own (a hyphen that is the
      // word's, `home-` / `made`, stays). The break is the source's own, copied, so that an
      // italic phrase goes on across it as one.
      if (/\p{L}-$/u.test(previousText) && /^\p{Ll}/u.test(next)) {
        const italic = Boolean(segments[segments.length - 1]?.italic && line.line.items[0]?.italic)
        segments.push({text: '\n', italic, marker: false, at: base - 1, copied: true})
      } else if (
        !(cjk.test(last) || cjk.test(next)) &&
        !/-$/.test(previousText) &&
        !/\s$/.test(previousText) &&
        (!chinese || words)
      ) {
        const before = segments[segments.length - 1]
        const after = line.line.items[0]
        segments.push({
          text: ' ',
          italic: Boolean(before?.italic && after?.italic),
          marker: false,
          at: base,
          copied: false,
        })
      }
    }
    // Text between items (spaces the line builder put in) is copied with the item before it.
    line.line.items.forEach((item, index) => {
      const start = line.offsets[index] ?? 0
      const end = line.offsets[index + 1] ?? line.text.length
      const text = line.text.slice(start, end)
      const isMarker = item.superscript && /^\s*(?:\d{1,3}|\*{1,3})\s*$/.test(item.text)
      segments.push({text, italic: item.italic && !isMarker, marker: isMarker, at: base + start, copied: true})
    })
  })
  // Merge neighbours of the same kind so an italic phrase over several runs is one emphasis.
  const merged: Segment[] = []
  for (const segment of segments) {
    const last = merged[merged.length - 1]
    if (
      last &&
      !last.marker &&
      !segment.marker &&
      last.italic === segment.italic &&
      last.copied &&
      segment.copied &&
      last.at + last.text.length === segment.at
    ) {
      last.text += segment.text
      continue
    }
    merged.push({...segment})
  }
  for (const segment of merged) {
    if (segment.marker) {
      const mark = segment.text.trim()
      const lead = segment.text.indexOf(mark)
      synth.add(markText(mark), segment.at + lead)
      if (segment.text.length > lead + mark.length)
        synth.copy(segment.text.slice(lead + mark.length), segment.at + lead + mark.length)
      continue
    }
    const write = (text: string, at: number): void => (segment.copied ? synth.copy(text, at) : synth.add(text, at))
    const trimmed = segment.text.trim()
    if (segment.italic && /[\p{L}\p{N}]/u.test(trimmed)) {
      const lead = segment.text.length - segment.text.trimStart().length
      write(segment.text.slice(0, lead), segment.at)
      synth.add('*', segment.at + lead)
      write(trimmed, segment.at + lead)
      synth.add('*', segment.at + lead + trimmed.length)
      write(segment.text.slice(lead + trimmed.length), segment.at + lead + trimmed.length)
    } else {
      write(segment.text, segment.at)
    }
  }
  synth.add('\n\n', (merged[merged.length - 1]?.at ?? 0) + (merged[merged.length - 1]?.text.length ?? 0))
}

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

function markText(mark: string): string {
  return /^\d+$/.test(mark) ? [...mark].map((digit) => superscriptDigits.charAt(Number(digit))).join('') : mark
}
