import {DecodeError, decodeResolution, type Encoding} from './decode.js'
import type {DocxOptions} from './docx.js'
import {remapPositions, type SourcePoint} from './synth.js'
import {applyNotes} from './note-marks.js'
import {sniffFormat} from './sniff.js'
import type {Resolution} from '../tree/types.js'

/** What a resolution file is, told by its content. */
export type DocumentFormat = 'text' | 'docx' | 'odt' | 'doc' | 'pdf' | 'html' | 'rtf'

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
  /**
   * Word and OpenDocument: the notes written with a mark other than the one the reader sees
   * (two notes showing the same mark), and the endnotes; remapTree gives them their marks.
   */
  notes?: WrittenNote[]
}

/** A note as the reader wrote it for the parser: the mark written, the mark the document shows, its kind. */
export interface WrittenNote {
  written: string
  marker: string
  endnote: boolean
}

export type ReadOptions = DocxOptions

export {sniffFormat}

function utf16Includes(bytes: Uint8Array, word: string): boolean {
  const needle = new Uint8Array(word.length * 2)
  for (let index = 0; index < word.length; index++) needle[index * 2] = word.charCodeAt(index)
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from(needle))
}

/**
 * An OLE compound file to hand to the .doc reader: one that names a Word stream, or one whose
 * directory is lost (a file cut short), which that reader then reports as damaged; not an
 * encrypted new-style Office file nor an Excel or PowerPoint file.
 */
function isBinaryWord(bytes: Uint8Array): boolean {
  if (utf16Includes(bytes, 'EncryptedPackage')) return false
  if (utf16Includes(bytes, 'WordDocument')) return true
  return !utf16Includes(bytes, 'Workbook') && !utf16Includes(bytes, 'PowerPoint Document')
}

/** Why an OLE compound file (the container of old Office files and of encrypted new ones) cannot be read. */
function oleProblem(bytes: Uint8Array): string {
  if (utf16Includes(bytes, 'EncryptedPackage'))
    return 'the Word document is protected by a password: open it in Word, remove the password (File › Info › Protect Document) and save it again'
  return 'this is an old binary Office file but not a Word document (an Excel or PowerPoint file), which resdiff does not read: save the resolution as .docx or as text'
}

/**
 * A saved web page: a doctype or an `<html>` element first; or a page's body alone (what pandoc
 * writes without --standalone, an editor's "copy as HTML"): a block element first, and more
 * closed after it (Markdown with a little inline HTML closes none of `</p>`, `</li>`, `</div>`).
 */
function isWebPage(text: string): boolean {
  if (/^\s*(?:<\?xml[^>]*>\s*)?(?:<!doctype html|<html[\s>])/i.test(text)) return true
  if (!/^\s*<(?:p|h[1-6]|div|ol|ul|table|section|article|body|header|main|blockquote)[\s>]/i.test(text)) return false
  if ((text.match(/<\/(?:p|li|div|h[1-6]|td)>/gi)?.length ?? 0) < 3) return false
  // Markdown that opens with an HTML table (pandoc's GitHub Markdown of a UN Word file sets the
  // masthead so, and the body below as Markdown): block syntax no page writes, a line opening
  // with `> ` (a page writes `&gt;`), a note's definition `[^1]:`, a heading `## …`.
  return !/^(?:> |\[\^[^\]\s]{1,10}\]:|#{1,6} )/m.test(text)
}

/** A WordPerfect document (`\xffWPC`), as the UN wrote them in the 1990s: binary, not text. */
function isWordPerfect(bytes: Uint8Array): boolean {
  return bytes[0] === 0xff && bytes[1] === 0x57 && bytes[2] === 0x50 && bytes[3] === 0x43
}

/** An RTF document (`{\rtf1`): its words stand among control words. */
function isRtf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 64)).toString('latin1')
  return /^(?:\ufeff|\xef\xbb\xbf)?\s*\{\\rtf/.test(head)
}

/**
 * Read the bytes of a resolution file: plain text (see decodeResolution), a Word document
 * (.docx, .doc, RTF), an OpenDocument text (.odt) — each recognised by content — a PDF or a
 * saved web page (HTML). Every way it can fail is a DecodeError with one sentence.
 */
export async function readDocument(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  switch (sniffFormat(bytes)) {
    case 'zip': {
      // The Word reader (a zip and an XML parser) loads only for Word input: text never pays for it.
      const {readDocx} = await import('./word.js')
      return readDocx(bytes, options)
    }
    case 'ole': {
      if (!isBinaryWord(bytes)) throw new DecodeError(oleProblem(bytes))
      // The .doc reader (word-extractor) loads only for binary Word input: nothing else pays for it.
      const {readDoc} = await import('./doc.js')
      return readDoc(bytes, options)
    }
    case 'pdf': {
      const {readPdf} = await import('./pdf.js')
      return readPdf(bytes)
    }
    default: {
      if (isWordPerfect(bytes))
        throw new DecodeError(
          'this is a WordPerfect document, which resdiff does not read: open it in LibreOffice or Word and save it as .docx',
        )
      if (isRtf(bytes)) {
        // The RTF reader loads only for RTF input: text never pays for it.
        const {readRtf} = await import('./rtf.js')
        return readRtf(bytes)
      }
      const decoded = decodeResolution(bytes)
      if (isWebPage(decoded.text)) {
        // The HTML reader (parse5) loads only for web pages: text never pays for it.
        const {readHtml} = await import('./html.js')
        return readHtml(decoded.text)
      }
      return {format: 'text', text: decoded.text, encoding: decoded.encoding, notices: []}
    }
  }
}

/**
 * Map a parsed tree's positions back into the document it was read from (no-op for text), and
 * give a Word document's notes the marks its reader sees (see applyNotes).
 */
export function remapTree(tree: unknown, document: ReadDocument): void {
  if (document.toSource) remapPositions(tree, document.toSource)
  if (document.notes) applyNotes(tree as Resolution, document.notes)
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
