import {DecodeError} from './decode.js'
import type {ReadDocument, ReadOptions, WrittenNote} from './document.js'
import {readWordDocument, unzipOffice, type Piece, type WordDocument, type WordParagraph} from './docx.js'
import {isOpenDocument, readOdtDocument} from './odt.js'
import {SynthText} from './synth.js'
import {nestingMessage} from './xml.js'

// A Word document made ready for the parser: the text the parser reads, written from Word's
// paragraphs, numbers and notes, with a map back into the document. readDocument (document.ts)
// loads this module only for Word and OpenDocument input (and the .doc reader uses it).

/** Read the bytes of a zip package, a Word document or an OpenDocument text (synchronously: used where no promise can wait). */
export function readDocx(bytes: Uint8Array, options: ReadOptions = {}): ReadDocument {
  const files = unzipOffice(bytes)
  const openDocument = !files['word/document.xml'] && isOpenDocument(files)
  let document: WordDocument
  try {
    document = openDocument ? readOdtDocument(files, options) : readWordDocument(files, options)
  } catch (error) {
    // The readers walk the XML tree recursively: a hostile file nested past the stack's depth.
    if (error instanceof RangeError)
      throw new DecodeError(nestingMessage(openDocument ? 'the OpenDocument file' : 'the Word document'))
    throw error
  }
  return wordDocumentText(document, openDocument ? 'odt' : 'docx', options)
}

/** The parser's text of a read Word (or OpenDocument, or binary Word) document, with its notices. */
export function wordDocumentText(
  document: WordDocument,
  format: 'docx' | 'odt' | 'doc',
  options: ReadOptions = {},
): ReadDocument {
  const written = wordText(document)
  const synth = written.synth
  const what = format === 'odt' ? 'the OpenDocument file' : 'the Word document'
  if (synth.text.trim() === '') throw new DecodeError(`${what} holds no text`)
  const notices: string[] = [...(document.notices ?? [])]
  if (document.tracked) {
    notices.push(
      options.view === 'original'
        ? `${what} has tracked changes: read as if all were rejected (deletions kept, insertions left out)`
        : `${what} has tracked changes: read as if all were accepted (insertions in, deletions out)`,
    )
  }
  const read: ReadDocument = {format, text: synth.text, notices, toSource: (offset) => synth.toSource(offset)}
  if (written.notes.length > 0) read.notes = written.notes
  return read
}

const superscriptDigits = '⁰¹²³⁴⁵⁶⁷⁸⁹'

/**
 * A note marker as the parser reads it in plain text: digits as superscripts, stars as is, any
 * other mark (an endnote's `i`, `ii`, a letter, `†`) raised in `<sup>`, as a web page has it.
 */
export function markerText(marker: string): string {
  if (/^\d+$/.test(marker)) return [...marker].map((digit) => superscriptDigits.charAt(Number(digit))).join('')
  return /^\*+$/.test(marker) ? marker : `<sup>${marker}</sup>`
}

/**
 * The parser's text for a Word document: the first page's header (the masthead), then one
 * block per paragraph with its number written out, then the footnotes. Source lines are the
 * body's paragraphs, then the footnotes', then the masthead's (see docs/tree.md, Positions).
 */
export function wordText(document: WordDocument): {synth: SynthText; notes: WrittenNote[]} {
  const synth = new SynthText()
  // Two notes that show the same mark (footnote 1 and endnote 1, or numbers restarted by page
  // or section) are written with marks of their own, `n1`, `n2`… in note order, for the parser
  // to tie each call to its note; remapTree gives them back the marks the reader sees.
  const shown = new Map<string, number>()
  for (const note of document.footnotes) shown.set(note.marker, (shown.get(note.marker) ?? 0) + 1)
  const writtenByKey = new Map<string, string>()
  const notes: WrittenNote[] = []
  const marks = document.footnotes.map((note, index) => {
    // (A web page's notes have no keys to tie their calls by: they are written as they are.)
    const shared = (shown.get(note.marker) ?? 0) > 1 && note.key !== undefined
    const mark = shared ? `n${index + 1}` : note.marker
    if (shared && note.key !== undefined) writtenByKey.set(note.key, mark)
    if (shared || note.endnote) notes.push({written: mark, marker: note.marker, endnote: note.endnote === true})
    return mark
  })
  const markOf = (piece: Extract<Piece, {kind: 'note'}>): string =>
    (piece.key !== undefined ? writtenByKey.get(piece.key) : undefined) ?? piece.marker
  const bodyLines = document.paragraphs.map((paragraph) => synth.sourceLine(paragraph.text))
  const noteLines = document.footnotes.map((note) =>
    note.paragraphs.map((paragraph: WordParagraph) => synth.sourceLine(paragraph.text)),
  )
  const masthead = document.masthead ?? []
  const mastheadLines = masthead.map((paragraph) => synth.sourceLine(paragraph.text))
  const writeParagraph = (paragraph: WordParagraph, line: number): void => {
    if (paragraph.text.trim() === '' && !paragraph.pieces.some((piece) => piece.kind === 'note')) return
    const base = synth.sourceOffset(line, 0)
    if (paragraph.label) synth.add(`${paragraph.label} `, base)
    writePieces(synth, paragraph.pieces, base, markOf)
    synth.add('\n\n', base + paragraph.text.length)
  }
  masthead.forEach((paragraph, index) => writeParagraph(paragraph, mastheadLines[index] ?? 0))
  document.paragraphs.forEach((paragraph, index) => writeParagraph(paragraph, bodyLines[index] ?? 0))
  if (document.footnotes.length > 0) {
    const at = synth.sourceOffset(document.paragraphs.length - 1, 0)
    synth.add('__________\n\n', at)
    document.footnotes.forEach((note, noteIndex) => {
      const lines = noteLines[noteIndex] ?? []
      const first = synth.sourceOffset(lines[0] ?? 0, 0)
      synth.add(`${markerText(marks[noteIndex] ?? note.marker)} `, first)
      note.paragraphs.forEach((paragraph, index) => {
        const base = synth.sourceOffset(lines[index] ?? 0, 0)
        if (index > 0) synth.add(' ', base)
        // Word sets a space after the note's own mark; the mark written above has one already.
        writePieces(synth, index === 0 ? trimStart(paragraph.pieces) : paragraph.pieces, base, markOf)
      })
      synth.add('\n\n', synth.sourceOffset(lines[lines.length - 1] ?? 0, 0))
    })
  }
  return {synth, notes}
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

function writePieces(
  synth: SynthText,
  pieces: Piece[],
  base: number,
  markOf: (piece: Extract<Piece, {kind: 'note'}>) => string,
): void {
  for (const piece of pieces) {
    if (piece.kind === 'note') {
      synth.add(markerText(markOf(piece)), base + piece.at)
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
