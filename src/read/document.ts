import {DecodeError, decodeResolution, type Encoding} from './decode.js'
import {
  readWordDocument,
  unzipOffice,
  type DocxOptions,
  type Piece,
  type WordDocument,
  type WordParagraph,
} from './docx.js'
import {remapPositions, SynthText, type SourcePoint} from './synth.js'

/** What a resolution file is, told by its content. */
export type DocumentFormat = 'text' | 'docx' | 'pdf'

/** A resolution file made ready for the parser. */
export interface ReadDocument {
  format: DocumentFormat
  /** The text the parser reads (for Word and PDF: written by the reader, with `*emphasis*`, numbers and note marks). */
  text: string
  /** For text files: the encoding found. */
  encoding?: Encoding
  /** What the user should know about how the file was read (tracked changes taken as accepted). */
  notices: string[]
  /**
   * Map an offset of `text` to a point in the document (Word: paragraph and character; PDF:
   * line of the document's text and character; see docs/tree.md). Absent for text files,
   * whose positions are already in the file.
   */
  toSource?: (offset: number) => SourcePoint
}

export type ReadOptions = DocxOptions

const oleMagic = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

/** Tell a file's kind from its first bytes. */
export function sniffFormat(bytes: Uint8Array): 'zip' | 'pdf' | 'ole' | 'text' {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05 || bytes[2] === 0x07))
    return 'zip'
  if (oleMagic.every((byte, index) => bytes[index] === byte)) return 'ole'
  // `%PDF-` may follow a little junk; readers accept it within the first kilobyte.
  const head = bytes.subarray(0, 1024)
  for (let index = 0; index + 5 <= head.length; index++) {
    if (
      head[index] === 0x25 &&
      head[index + 1] === 0x50 &&
      head[index + 2] === 0x44 &&
      head[index + 3] === 0x46 &&
      head[index + 4] === 0x2d
    )
      return 'pdf'
  }
  return 'text'
}

function utf16Includes(bytes: Uint8Array, word: string): boolean {
  const needle = new Uint8Array(word.length * 2)
  for (let index = 0; index < word.length; index++) needle[index * 2] = word.charCodeAt(index)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(needle))
}

/** Why an OLE compound file (the container of old Office files and of encrypted new ones) cannot be read. */
function oleProblem(bytes: Uint8Array): string {
  if (utf16Includes(bytes, 'EncryptedPackage'))
    return 'the Word document is protected by a password: open it in Word, remove the password (File › Info › Protect Document) and save it again'
  if (utf16Includes(bytes, 'WordDocument'))
    return 'this is a binary Word document (.doc), which resdiff does not read: open it in Word or LibreOffice and save it as .docx'
  return 'this is an old binary Office file, which resdiff does not read: save it as .docx or as text'
}

/**
 * Read the bytes of a resolution file: plain text (see decodeResolution), a Word document
 * (.docx, recognised by content) or a PDF. Every way it can fail is a DecodeError with one sentence.
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  switch (sniffFormat(bytes)) {
    case 'zip':
      return readDocx(bytes, options)
    case 'ole':
      throw new DecodeError(oleProblem(bytes))
    case 'pdf': {
      const {readPdf} = await import('./pdf.js')
      return readPdf(bytes)
    }
    default: {
      const decoded = decodeResolution(bytes)
      return {format: 'text', text: decoded.text, encoding: decoded.encoding, notices: []}
    }
  }
}

/** Read a Word document's bytes (synchronously: used where no promise can wait). */
export function readDocx(bytes: Uint8Array, options: ReadOptions = {}): ReadDocument {
  const files = unzipOffice(bytes)
  if (!files['word/document.xml'] && files['mimetype'] && files['content.xml']) {
    throw new DecodeError('this is an OpenDocument file (.odt), which resdiff does not read: save it as .docx')
  }
  const document = readWordDocument(files, options)
  const synth = wordText(document)
  if (synth.text.trim() === '') throw new DecodeError('the Word document holds no text')
  const notices: string[] = []
  if (document.tracked) {
    notices.push(
      options.view === 'original'
        ? 'the Word document has tracked changes: read as if all were rejected (deletions kept, insertions left out)'
        : 'the Word document has tracked changes: read as if all were accepted (insertions in, deletions out)',
    )
  }
  return {format: 'docx', text: synth.text, notices, toSource: (offset) => synth.toSource(offset)}
}

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/** A note marker as the parser reads it in plain text: digits as superscripts, `*` as is. */
export function markerText(marker: string): string {
  return /^\d+$/.test(marker) ? [...marker].map((digit) => superscriptDigits.charAt(Number(digit))).join('') : marker
}

/** The parser's text for a Word document: one block per paragraph, numbers written out, then the footnotes. */
export function wordText(document: WordDocument): SynthText {
  const synth = new SynthText()
  for (const paragraph of document.paragraphs) {
    const line = synth.sourceLine(paragraph.text)
    if (paragraph.text.trim() === '' && !paragraph.pieces.some((piece) => piece.kind === 'note')) continue
    const base = synth.sourceOffset(line, 0)
    if (paragraph.label) synth.add(`${paragraph.label} `, base)
    writePieces(synth, paragraph.pieces, base)
    synth.add('\n\n', base + paragraph.text.length)
  }
  if (document.footnotes.length > 0) {
    const at = synth.sourceOffset(document.paragraphs.length - 1, 0)
    synth.add('__________\n\n', at)
    for (const note of document.footnotes) {
      const lines = note.paragraphs.map((paragraph: WordParagraph) => synth.sourceLine(paragraph.text))
      const first = synth.sourceOffset(lines[0] ?? 0, 0)
      synth.add(`${markerText(note.marker)} `, first)
      note.paragraphs.forEach((paragraph, index) => {
        const base = synth.sourceOffset(lines[index] ?? 0, 0)
        if (index > 0) synth.add(' ', base)
        // Word sets a space after the note's own mark; the mark written above has one already.
        writePieces(synth, index === 0 ? trimStart(paragraph.pieces) : paragraph.pieces, base)
      })
      synth.add('\n\n', synth.sourceOffset(lines[lines.length - 1] ?? 0, 0))
    }
  }
  return synth
}

/** The pieces without the white space they open with (offsets kept, so positions stay right). */
function trimStart(pieces: Piece[]): Piece[] {
  const result: Piece[] = []
  let leading = true
  for (const piece of pieces) {
    if (leading && piece.kind === 'text') {
      const kept = piece.text.trimStart()
      if (kept === '') continue
      result.push({...piece, text: kept, at: piece.at + piece.text.length - kept.length})
      leading = false
      continue
    }
    if (piece.kind !== 'break' || !leading) result.push(piece)
    if (piece.kind === 'note') leading = false
  }
  return result
}

function writePieces(synth: SynthText, pieces: Piece[], base: number): void {
  for (const piece of pieces) {
    if (piece.kind === 'note') {
      synth.add(markerText(piece.marker), base + piece.at)
      continue
    }
    if (piece.kind === 'break') {
      synth.add('\n', base + piece.at)
      continue
    }
    const start = base + piece.at
    const text = piece.text.replace(/[\u00a0\u2007\u202f]/g, ' ')
    const trimmed = text.trim()
    if (piece.superscript && /^(?:\d{1,3}|\*{1,3})$/.test(trimmed)) {
      // A note mark typed by hand as superscript (a note referred to a second time).
      const lead = text.indexOf(trimmed)
      synth.add(markerText(trimmed), start + lead)
      continue
    }
    if (piece.italic && /[\p{L}\p{N}]/u.test(trimmed)) {
      const lead = text.length - text.trimStart().length
      synth.copy(text.slice(0, lead), start)
      synth.add('*', start + lead)
      synth.copy(trimmed, start + lead)
      synth.add('*', start + lead + trimmed.length)
      synth.copy(text.slice(lead + trimmed.length), start + lead + trimmed.length)
      continue
    }
    synth.copy(text, start)
  }
}

/** Map a parsed tree's positions back into the document it was read from (no-op for text). */
export function remapTree(tree: unknown, document: ReadDocument): void {
  if (document.toSource) remapPositions(tree, document.toSource)
}

/**
 * Map a line and column of the parser's text (as a lint message gives them) to the document
 * (see ReadDocument.toSource); undefined for text files, whose points are already in the file.
 */
export function mapTextPoint(document: ReadDocument, line: number, column: number): SourcePoint | undefined {
  if (!document.toSource) return undefined
  let offset = 0
  for (let current = 1; current < line; current++) {
    const next = document.text.indexOf('\n', offset)
    if (next < 0) break
    offset = next + 1
  }
  return document.toSource(offset + Math.max(0, column - 1))
}
