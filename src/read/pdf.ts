import {DecodeError} from './decode.js'
import type {ReadDocument} from './document.js'
import {SynthText} from './synth.js'

// Type sizes, as shares of the line's (or the body's) dominant size. A note mark is set in
// smaller type (under 85 %) and raised (by a tenth of the size or more); a line of such marks
// within three quarters of a size above a line belongs to it. A space narrower than a third of
// the size between Chinese and Latin text is spacing, not a word break. Footnotes are set
// smaller than the body: a line at 92 % of the body size or more is body text.
const superscriptSize = 0.85
const superscriptRise = 0.1
const raisedLineGap = 0.75
const narrowSpace = 0.35
const footnoteSize = 0.92
// Fewer letters than this in the whole PDF: a scan without a text layer.
const textLayerMinimum = 20

/** One run of text on a page, as PDF.js gives it. */
interface Item {
  text: string
  x: number
  /** Baseline, in PDF units from the foot of the page. */
  y: number
  width: number
  size: number
  italic: boolean
  superscript: boolean
}

interface PdfLine {
  page: number
  y: number
  /** The size most of the line's characters are set in. */
  size: number
  items: Item[]
}

/** A line's text as it reads (source text for positions), with each item's offset in it. */
interface BuiltLine {
  line: PdfLine
  text: string
  offsets: number[]
}

const italicFont = /italic|oblique|-it$|-ital|,it/i
const barcodeFont = /barcode|3of9|3 of 9|code39|idautomation/i
const cjk = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/u

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
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number)
      const content = await page.getTextContent()
      // Font names (for italics) are known once the page's fonts are loaded.
      await page.getOperatorList()
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
        const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = raw.transform
        const size = Math.hypot(c, d) || Math.hypot(a, b)
        if (size <= 0) continue
        items.push({text: raw.str, x, y, width: raw.width, size, italic: italicFont.test(fontName), superscript: false})
      }
      pages.push(groupLines(items, number))
      page.cleanup()
    }
    return buildDocument(pages)
  } finally {
    await document.destroy()
  }
}

/** Group a page's items into lines by baseline; raised small items join the line below as superscripts. */
function groupLines(items: Item[], page: number): PdfLine[] {
  const sorted = [...items].sort((first, second) => second.y - first.y || first.x - second.x)
  const lines: PdfLine[] = []
  for (const item of sorted) {
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) <= 0.3 * Math.max(candidate.size, item.size))
    if (line) {
      line.items.push(item)
      if (item.size > line.size) line.size = item.size
    } else {
      lines.push({page, y: item.y, size: item.size, items: [item]})
    }
  }
  lines.sort((first, second) => second.y - first.y)
  for (const line of lines) line.size = dominantSize(line.items)
  // A line of small raised items is the note marks of the line under it.
  const kept: PdfLine[] = []
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!
    const below = lines[index + 1]
    if (
      below &&
      line.items.every((item) => item.size < superscriptSize * below.size) &&
      line.y > below.y &&
      line.y - below.y < raisedLineGap * below.size
    ) {
      for (const item of line.items) below.items.push({...item, superscript: true})
      continue
    }
    kept.push(line)
  }
  for (const line of kept) {
    line.items.sort((first, second) => first.x - second.x)
    for (const item of line.items) {
      if (item.size < superscriptSize * line.size && item.y > line.y + superscriptRise * line.size)
        item.superscript = true
    }
  }
  return kept
}

function dominantSize(items: Item[]): number {
  const weight = new Map<number, number>()
  for (const item of items) {
    const key = Math.round(item.size * 10) / 10
    weight.set(key, (weight.get(key) ?? 0) + item.text.length)
  }
  let best = 0
  let bestWeight = -1
  for (const [size, count] of weight) if (count > bestWeight) [best, bestWeight] = [size, count]
  return best
}

function buildLine(line: PdfLine): BuiltLine {
  let text = ''
  const offsets: number[] = []
  let previous: Item | undefined
  line.items.forEach((item, index) => {
    const following = line.items[index + 1]
    // The narrow space LibreOffice and Word set between Chinese and Latin text is spacing, not a word break.
    if (
      /^\s+$/.test(item.text) &&
      item.width < narrowSpace * line.size &&
      (cjk.test(text.charAt(text.length - 1)) || cjk.test(following?.text.charAt(0) ?? ''))
    ) {
      offsets.push(text.length)
      return
    }
    if (previous) {
      const gap = item.x - (previous.x + previous.width)
      const last = text.charAt(text.length - 1)
      const next = item.text.charAt(0)
      // Chinese sets no spaces; the room Word or LibreOffice leaves between Chinese and Latin
      // letters or digits (a quarter of an em) is not one either.
      const threshold = cjk.test(last) || cjk.test(next) ? 0.6 : 0.15
      if (gap > 3 * line.size) text += '   '
      else if (gap > threshold * line.size && !/\s/.test(last) && !/\s/.test(next)) text += ' '
    }
    offsets.push(text.length)
    text += item.text
    previous = item
  })
  return {line, text, offsets}
}

/** A line that is only a page number: `3`, `- 3 -`, `3/7`, `Page 3`. */
const pageNumber = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*\/\s*\d{1,4})?(?:\s*[-–—])?$/i

function furnitureKey(text: string): string {
  return text
    .replace(/\d+/g, '#')
    .replace(/\s{2,}|[^\S ]/g, ' ')
    .trim()
}

function buildDocument(pages: PdfLine[][]): ReadDocument {
  const built = pages.map((lines) => lines.map(buildLine))
  const characters = built.flat().reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0)
  if (characters < textLayerMinimum)
    throw new DecodeError('the PDF has no text layer (it is a scan or a picture): run OCR first')

  // Running heads and feet: the same words (numbers aside) at the same height on many pages.
  const furniture = new Set<BuiltLine>()
  if (pages.length >= 2) {
    const seen = new Map<string, Set<number>>()
    for (const line of built.flat()) {
      const key = `${Math.round(line.line.y / 4)}|${furnitureKey(line.text)}`
      const set = seen.get(key) ?? new Set<number>()
      set.add(line.line.page)
      seen.set(key, set)
    }
    for (const line of built.flat()) {
      const count = seen.get(`${Math.round(line.line.y / 4)}|${furnitureKey(line.text)}`)?.size ?? 0
      if (count >= Math.max(2, Math.ceil(pages.length / 2))) furniture.add(line)
    }
  }
  for (const lines of built) {
    const first = lines[0]
    const last = lines[lines.length - 1]
    if (first && pageNumber.test(first.text.trim())) furniture.add(first)
    if (last && pageNumber.test(last.text.trim())) furniture.add(last)
  }

  const bodySize = dominantSize(built.flat().flatMap((line) => line.line.items))
  // The usual distance between two lines of a paragraph; a wider gap ends a paragraph.
  const pitches: number[] = []
  for (const lines of built) {
    const body = lines.filter((line) => !furniture.has(line) && Math.abs(line.line.size - bodySize) < 0.5)
    for (let index = 1; index < body.length; index++) pitches.push(body[index - 1]!.line.y - body[index]!.line.y)
  }
  pitches.sort((first, second) => first - second)
  const pitch = pitches[Math.floor(pitches.length / 4)] ?? bodySize * 1.2
  const gapped = pitches.filter((value) => value > 1.3 * pitch).length
  // With no paragraph spacing at all, hand the lines over as they are (the parser reads wrapped text).
  const useGaps = gapped >= Math.max(2, pitches.length * 0.03)

  const synth = new SynthText()
  const sourceLines = new Map<BuiltLine, number>()
  for (const lines of built)
    for (const line of lines) sourceLines.set(line, synth.sourceLine(line.text, line.line.page))

  for (const lines of built) {
    const content = lines.filter((line) => !furniture.has(line))
    // Footnotes: smaller type at the foot of the page, starting with a note mark.
    let notesFrom = content.length
    for (let index = content.length - 1; index >= 0; index--) {
      const line = content[index]!
      if (line.line.size >= footnoteSize * bodySize) break
      if (startsWithMark(line)) notesFrom = index
    }
    const body = content.slice(0, notesFrom)
    const notes = content.slice(notesFrom)
    let block: BuiltLine[] = []
    const flush = (): void => {
      if (block.length > 0) writeBlock(synth, block, sourceLines)
      block = []
    }
    body.forEach((line, index) => {
      const previous = body[index - 1]
      if (previous && (useGaps ? previous.line.y - line.line.y > 1.3 * pitch : false)) flush()
      block.push(line)
      if (!useGaps) flush()
    })
    flush()
    if (notes.length > 0) {
      synth.add('__________\n\n', synth.sourceOffset(sourceLines.get(notes[0]!) ?? 0, 0))
      for (const line of notes) {
        if (startsWithMark(line)) flush()
        block.push(line)
      }
      flush()
    }
  }
  return {format: 'pdf', text: synth.text, notices: [], toSource: (offset) => synth.toSource(offset)}
}

function startsWithMark(line: BuiltLine): boolean {
  const first = line.line.items[0]
  if (!first) return false
  if (first.superscript && /^\s*(?:\d{1,3}|\*{1,3})\s*$/.test(first.text)) return true
  return /^(?:\d{1,3}|\*{1,3})\s/.test(line.text)
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
function writeBlock(synth: SynthText, lines: BuiltLine[], sourceLines: Map<BuiltLine, number>): void {
  const segments: Segment[] = []
  lines.forEach((line, lineIndex) => {
    const base = synth.sourceOffset(sourceLines.get(line) ?? 0, 0)
    if (lineIndex > 0) {
      const previousText = segments.map((segment) => segment.text).join('')
      const last = previousText.charAt(previousText.length - 1)
      const next = line.text.charAt(0)
      if (!(cjk.test(last) || cjk.test(next)) && !/-$/.test(previousText) && !/\s$/.test(previousText)) {
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
