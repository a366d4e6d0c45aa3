import {createRequire} from 'node:module'
import {DecodeError} from './decode.js'
import {readProperties, type Piece} from './doc-properties.js'
import type {NoteKind, NoteNumbering, NoteRestart} from './docx-notes.js'

// The binary Word document (.doc, Word 97–2003) as stored: word-extractor (a maintained, pure
// JavaScript reader of the OLE container and of Word's piece table) gives the document's
// characters in order; what resdiff needs beyond them is read here from the File Information
// Block's tables ([MS-DOC]): where each footnote mark and note text lie, the header stories,
// which characters are italic, raised, hidden, inserted or deleted, and the list each paragraph
// is numbered in. Loaded only when a .doc file is read.

/** The parts of word-extractor's OLE extractor that are used (word-extractor 1.0.4, lib/word-ole-extractor.js). */
interface OleExtractorInstance {
  _pieces: Piece[]
  _boundaries: Record<string, number>
  extract(reader: unknown): Promise<unknown>
}
type OleExtractorClass = new () => OleExtractorInstance

/** A binary Word document's text and tables, by character position (CP). */
export interface DocBinary {
  /** Every character of every story, in CP order: body, footnotes, headers, comments, endnotes, text boxes. */
  text: string
  /** Lengths of the stories (`ccpText`, `ccpFtn`, `ccpHdd`, `ccpAtn`, `ccpEdn`, `ccpTxbx`, `ccpHdrTxbx`). */
  lengths: {
    text: number
    footnotes: number
    headers: number
    comments: number
    endnotes: number
    boxes: number
    headerBoxes: number
  }
  /** CPs (in the body) of the footnote references, and whether each is numbered by Word. */
  footnoteRefs: Array<{cp: number; auto: boolean}>
  /** Start CPs of the footnotes' texts, in the footnote story (one more than notes: the end). */
  footnoteTexts: number[]
  /** The same for the endnotes (PlcfendRef, PlcfendTxt), their texts in the endnote story. */
  endnoteRefs: Array<{cp: number; auto: boolean}>
  endnoteTexts: number[]
  /** How Word numbers each kind of note (the document's properties, Dop). */
  noteNumbering: Record<NoteKind, NoteNumbering>
  /** The sections after the first: the CP each starts at, and whether it starts on a new page (not a continuous break). */
  sections: Array<{start: number; newPage: boolean}>
  /** Start CPs of the header stories, in the header story. */
  headerStories: number[]
  /** The text boxes' stories (CPs in the text box story), with the body CP of the drawing that holds each, when known. */
  textBoxes: Array<{start: number; end: number; anchor?: number}>
  /** The same for the headers' text boxes (stories in the header text box story, anchors in the header story). */
  headerTextBoxes: Array<{start: number; end: number; anchor?: number}>
  /** Per CP: 1 italic, 2 raised (superscript), 4 hidden, 8 deleted, 16 inserted (tracked changes). */
  charFlags: Uint8Array
  /** Per CP of a paragraph mark: the list (LFO index, 1-based; 0 none) and level. */
  paragraphList: Int32Array
  paragraphLevel: Uint8Array
  /** The WordDocument stream and the table stream, for the list tables. */
  word: Buffer
  table: Buffer
  /** True when the file holds tracked insertions or deletions. */
  tracked: boolean
}

const require = createRequire(import.meta.url)

let loaded: {Extractor: OleExtractorClass; BufferReader: new (buffer: Buffer) => {open(): Promise<void>}} | undefined

interface AllocationTable {
  _table: number[]
  getSecIdChain(start: number): number[]
}

function load(): NonNullable<typeof loaded> {
  if (loaded) return loaded
  // word-extractor follows a sector chain until it ends or points at itself: a chain that loops
  // through two sectors or more (a damaged or hostile file) would grow an array until Node
  // aborts. The chain is followed here with the sectors seen, and a loop is a damaged file.
  const table = require('word-extractor/lib/ole-allocation-table.js') as {prototype: AllocationTable}
  table.prototype.getSecIdChain = function (this: AllocationTable, start: number): number[] {
    const chain: number[] = []
    const seen = new Set<number>()
    for (let id = start; id > -1 && id < this._table.length; id = this._table[id] ?? -1) {
      if (seen.has(id)) throw new Error('a sector chain of the OLE container loops')
      seen.add(id)
      chain.push(id)
    }
    return chain
  }
  loaded = {
    Extractor: require('word-extractor/lib/word-ole-extractor.js') as OleExtractorClass,
    BufferReader: require('word-extractor/lib/buffer-reader.js') as NonNullable<typeof loaded>['BufferReader'],
  }
  return loaded
}

const damaged = 'the Word document (.doc) is damaged or cut short: its binary structure cannot be read'

/**
 * The OLE header's sizes, checked before word-extractor trusts them: sectors of 512 or 4096
 * bytes, mini sectors of 64, and no table longer than the file (a hostile size would have it
 * allocate gigabytes or loop for hours).
 */
function checkOleHeader(bytes: Uint8Array): void {
  if (bytes.length < 1024) throw new DecodeError(damaged)
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const shift = view.readUInt16LE(30)
  const miniShift = view.readUInt16LE(32)
  if ((shift !== 9 && shift !== 12) || miniShift !== 6) throw new DecodeError(damaged)
  const sectors = Math.ceil(bytes.length / (1 << shift))
  for (const at of [44, 64, 72]) {
    const count = view.readInt32LE(at)
    if (count < 0 || count > sectors) throw new DecodeError(damaged)
  }
  const directory = view.readInt32LE(48)
  if (directory < 0 || directory >= sectors) throw new DecodeError(damaged)
}

/** Read a PLC's CPs (`count + 1` of them, or as many as its size holds when no data follows). */
function plcCps(word: Buffer, table: Buffer, fcAt: number, dataSize: number): number[] {
  const fc = word.readUInt32LE(fcAt)
  const lcb = word.readUInt32LE(fcAt + 4)
  if (lcb < 4 || fc + lcb > table.length) return []
  const count = dataSize > 0 ? Math.floor((lcb - 4) / (4 + dataSize)) + 1 : Math.floor(lcb / 4)
  const cps: number[] = []
  for (let index = 0; index < count; index++) cps.push(table.readUInt32LE(fc + index * 4))
  return cps
}

/** Open a .doc file and read its stories and the tables resdiff uses; every failure is a DecodeError. */
export async function readDocBinary(bytes: Uint8Array): Promise<DocBinary> {
  const {Extractor, BufferReader} = load()
  let word: Buffer | undefined
  let table: Buffer | undefined
  class Capture extends (Extractor as unknown as new () => OleExtractorInstance & Record<string, unknown>) {
    writeBookmarks(buffer: Buffer, tableBuffer: Buffer): void {
      // Bookmarks are not read; the streams are kept for the tables below.
      word = buffer
      table = tableBuffer
      checkFib(buffer)
    }
    // Tracked deletions, table row ends and header stories are read by resdiff itself, from the
    // property pages below, in one pass (word-extractor rewrites a piece's text per run).
    writeCharacterProperties(): void {}
    writeParagraphProperties(): void {}
    normalizeHeaders(): void {}
    buildDocument(): unknown {
      return this
    }
  }
  checkOleHeader(bytes)
  const extractor = new Capture()
  try {
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    const reader = new BufferReader(buffer)
    await reader.open()
    await extractor.extract(reader)
  } catch (error) {
    if (error instanceof DecodeError) throw error
    throw new DecodeError(damaged)
  }
  if (!word || !table) throw new DecodeError(damaged)
  const text = extractor._pieces.map((piece) => piece.text).join('')
  const b = extractor._boundaries
  const lengths = {
    text: b['ccpText'] ?? 0,
    footnotes: b['ccpFtn'] ?? 0,
    headers: b['ccpHdd'] ?? 0,
    comments: b['ccpAtn'] ?? 0,
    endnotes: b['ccpEdn'] ?? 0,
    boxes: b['ccpTxbx'] ?? 0,
    headerBoxes: b['ccpHdrTxbx'] ?? 0,
  }
  try {
    const noteRefs = (fcAt: number): Array<{cp: number; auto: boolean}> => {
      const refs = plcCps(word!, table!, fcAt, 2)
      const refFc = word!.readUInt32LE(fcAt)
      return refs.slice(0, -1).map((cp, index) => ({
        cp,
        auto: table!.readInt16LE(refFc + refs.length * 4 + index * 2) !== 0,
      }))
    }
    const {charFlags, paragraphList, paragraphLevel} = readProperties(word, table, extractor._pieces, text.length)
    const tracked = charFlags.some((flags) => (flags & 24) !== 0)
    return {
      text,
      lengths,
      footnoteRefs: noteRefs(0x00aa),
      footnoteTexts: plcCps(word, table, 0x00b2, 0),
      endnoteRefs: noteRefs(0x020a),
      endnoteTexts: plcCps(word, table, 0x0212, 0),
      noteNumbering: noteNumbering(word, table),
      sections: sections(word, table),
      headerStories: plcCps(word, table, 0x00f2, 0),
      textBoxes: textBoxes(word, table, lengths.boxes, 0x01da, 0x025a),
      headerTextBoxes: textBoxes(word, table, lengths.headerBoxes, 0x01e2, 0x026a),
      charFlags,
      paragraphList,
      paragraphLevel,
      word,
      table,
      tracked,
    }
  } catch (error) {
    if (error instanceof DecodeError) throw error
    throw new DecodeError(damaged)
  }
}

/** A PLC's CPs and its data entries (`size` bytes each). */
function plcWithData(word: Buffer, table: Buffer, fcAt: number, size: number): {cps: number[]; data: Buffer[]} {
  const fc = word.readUInt32LE(fcAt)
  const lcb = word.readUInt32LE(fcAt + 4)
  if (lcb < 4 + size || fc + lcb > table.length) return {cps: [], data: []}
  const count = Math.floor((lcb - 4) / (4 + size))
  const cps: number[] = []
  const data: Buffer[] = []
  for (let index = 0; index <= count; index++) cps.push(table.readUInt32LE(fc + index * 4))
  for (let index = 0; index < count; index++) {
    const at = fc + (count + 1) * 4 + index * size
    data.push(table.subarray(at, at + size))
  }
  return {cps, data}
}

/**
 * The text boxes: each story of the text box story (PlcftxbxTxt, or PlcfHdrtxbxTxt for the
 * headers', whose entries name their shape, `lid`) tied to the CP of the drawing that shows
 * that shape (PlcSpaMom in the body, PlcSpaHdr in the headers, whose entries name theirs, `spid`).
 */
function textBoxes(
  word: Buffer,
  table: Buffer,
  length: number,
  shapesAt: number,
  storiesAt: number,
): Array<{start: number; end: number; anchor?: number}> {
  if (length === 0) return []
  const shapes = plcWithData(word, table, shapesAt, 26)
  const anchorOf = new Map<number, number>()
  shapes.data.forEach((entry, index) => {
    const cp = shapes.cps[index]
    if (cp !== undefined) anchorOf.set(entry.readInt32LE(0), cp)
  })
  const stories = plcWithData(word, table, storiesAt, 22)
  const boxes: Array<{start: number; end: number; anchor?: number}> = []
  let previous = 0
  stories.data.forEach((entry, index) => {
    const start = stories.cps[index]
    const end = stories.cps[index + 1]
    if (start === undefined || end === undefined || start < previous || end > length || end <= start) return
    previous = end
    const anchor = anchorOf.get(entry.readInt32LE(14))
    boxes.push(anchor === undefined ? {start, end} : {start, end, anchor})
  })
  // A story table that is missing or damaged: the whole story, as one box, before the body.
  return boxes.length > 0 ? boxes : [{start: 0, end: length}]
}

/**
 * Where the document's sections start (PlcfSed: each section's end CP, then a 12-byte descriptor
 * whose `fcSepx` points at its properties in the WordDocument stream), and how each after the
 * first starts: on a new page unless its break kind (`sprmSBkc`, 0x3009) is 0, continuous.
 */
function sections(word: Buffer, table: Buffer): Array<{start: number; newPage: boolean}> {
  const cps = plcCps(word, table, 0x00ca, 12)
  const fc = word.readUInt32LE(0x00ca)
  const result: Array<{start: number; newPage: boolean}> = []
  for (let index = 1; index < cps.length - 1; index++) {
    const fcSepx = table.readInt32LE(fc + cps.length * 4 + index * 12 + 2)
    result.push({start: cps[index]!, newPage: breakKind(word, fcSepx) !== 0})
  }
  return result
}

/** A section's break kind from its properties (Sepx: a size, then sprms); Word's default, 2 (new page), when not set. */
function breakKind(word: Buffer, fcSepx: number): number {
  if (fcSepx < 0 || fcSepx + 2 > word.length) return 2
  const end = Math.min(word.length, fcSepx + 2 + word.readInt16LE(fcSepx))
  let kind = 2
  for (let at = fcSepx + 2; at + 2 <= end;) {
    const sprm = word.readUInt16LE(at)
    // The operand's size from the sprm's top three bits (spra); 6 is a size byte, then that many.
    const spra = sprm >> 13
    const size = spra === 6 ? (word[at + 2] ?? 0) + 1 : ([1, 1, 2, 4, 2, 2, 0, 3][spra] ?? 0)
    if (sprm === 0x3009) kind = word[at + 2] ?? kind
    at += 2 + size
  }
  return kind
}

/** Word's number formats (`nfc`) that notes take, by code; others are read as Arabic numerals. */
const noteFormats = ['decimal', 'upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter']

/**
 * How the document numbers its notes, from its properties (DopBase): the first footnote number
 * (`nFtn`, bytes 2–3) and endnote number (`nEdn`, 0x34) with where each restarts (`rncFtn`,
 * `rncEdn`, their two low bits), and their formats (`nfcFtnRef`,
 * `nfcEdnRef`, bits 2–5 and 6–9 at 0x36); Word's defaults (1, 2, … and i, ii, …) when absent.
 */
function noteNumbering(word: Buffer, table: Buffer): Record<NoteKind, NoteNumbering> {
  const fc = word.readUInt32LE(0x0192)
  const lcb = word.readUInt32LE(0x0196)
  if (lcb < 0x38 || fc + lcb > table.length)
    return {footnote: {format: 'decimal', start: 1}, endnote: {format: 'lowerRoman', start: 1}}
  const formats = table.readUInt16LE(fc + 0x36)
  const format = (code: number): string => (code === 9 ? 'chicago' : (noteFormats[code] ?? 'decimal'))
  // The two low bits of each number field: where it restarts (rncCont, rncRstSect, rncRstPage).
  const restart = (bits: number): NoteRestart => (bits === 1 ? 'eachSect' : bits === 2 ? 'eachPage' : 'continuous')
  const footnote = table.readUInt16LE(fc + 2)
  const endnote = table.readUInt16LE(fc + 0x34)
  return {
    footnote: {format: format((formats >> 2) & 0xf), start: footnote >> 2, restart: restart(footnote & 3)},
    endnote: {format: format((formats >> 6) & 0xf), start: endnote >> 2, restart: restart(endnote & 3)},
  }
}

/** Refuse what the File Information Block says resdiff cannot read: encrypted files, Word 6 and 95. */
function checkFib(word: Buffer): void {
  if (word.length < 0x01aa || word.readUInt16LE(0) !== 0xa5ec) throw new DecodeError(damaged)
  const flags = word.readUInt16LE(0x0a)
  if ((flags & 0x0100) !== 0)
    throw new DecodeError(
      'the Word document is protected by a password: open it in Word, remove the password (File › Info › Protect Document) and save it again',
    )
  if (word.readUInt16LE(2) < 0x00c1)
    throw new DecodeError(
      'this is a Word 6 or Word 95 document, which resdiff does not read: open it in Word or LibreOffice and save it as .docx',
    )
}
