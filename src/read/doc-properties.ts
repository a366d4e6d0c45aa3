import {DecodeError} from './decode.js'
import {applyToggle, DocStyles, forEachSprm, sprmCFItalic, sprmPIlfo, sprmPIlvl} from './doc-styles.js'

// The character and paragraph property pages of a binary Word document ([MS-DOC] CHPX and
// PAPX FKPs) mapped onto its characters: italic, raised, hidden, inserted and deleted text, and
// the style and list of each paragraph, the styles applied last.

/** A run of characters as word-extractor reads it from the piece table. */
export interface Piece {
  startCp: number
  startFilePos: number
  bpc: number
  length: number
  text: string
}

/** Per CP: 1 italic, 2 raised, 4 hidden, 8 deleted, 16 inserted; per paragraph mark: its list and level. */
export interface DocProperties {
  charFlags: Uint8Array
  paragraphList: Int32Array
  paragraphLevel: Uint8Array
}

const damaged = 'the Word document (.doc) is damaged or cut short: its binary structure cannot be read'

/** Read the property pages of the document whose characters the pieces hold. */
export function readProperties(word: Buffer, table: Buffer, pieces: Piece[], length: number): DocProperties {
  const charFlags = new Uint8Array(length)
  const budget = {left: 64 * length + 1_000_000}
  const direct: Direct = {
    italic: new Uint16Array(length),
    characterStyle: new Uint16Array(length),
    paragraphStyle: new Uint16Array(length),
    ownList: new Uint8Array(length),
  }
  readCharacterRuns(word, table, pieces, charFlags, direct, budget)
  const paragraphList = new Int32Array(length)
  const paragraphLevel = new Uint8Array(length)
  readParagraphRuns(word, table, pieces, paragraphList, paragraphLevel, direct, budget)
  applyStyles(new DocStyles(word, table), direct, charFlags, paragraphList, paragraphLevel)
  return {charFlags, paragraphList, paragraphLevel}
}

/**
 * Map a file position range of the WordDocument stream to the CP range the pieces give it. The
 * budget bounds the work: property runs that overlap far more than a real file's do are a
 * damaged (or hostile) file.
 */
function forEachCp(
  pieces: Piece[],
  fcStart: number,
  fcEnd: number,
  budget: {left: number},
  each: (cp: number) => void,
): void {
  for (const piece of pieces) {
    const pieceEnd = piece.startFilePos + piece.length * piece.bpc
    const start = Math.max(fcStart, piece.startFilePos)
    const end = Math.min(fcEnd, pieceEnd)
    if (start >= end) continue
    const first = piece.startCp + Math.floor((start - piece.startFilePos) / piece.bpc)
    const last = piece.startCp + Math.ceil((end - piece.startFilePos) / piece.bpc)
    budget.left -= last - first + 1
    if (budget.left < 0) throw new DecodeError(damaged)
    for (let cp = first; cp < last; cp++) each(cp)
  }
}

const sprmCFRMarkDel = 0x0800
const sprmCFRMarkIns = 0x0801
const sprmCFVanish = 0x083c
const sprmCIss = 0x2a48
const sprmCIstd = 0x4a30

/** Per CP, what the property pages say before the styles are applied. */
interface Direct {
  /** sprmCFItalic's operand + 0x100 (0: none given). */
  italic: Uint16Array
  /** The character style's istd + 1 (0: none). */
  characterStyle: Uint16Array
  /** The paragraph style's istd + 1 (0: none). */
  paragraphStyle: Uint16Array
  /** Whether the paragraph's own properties give its list (sprmPIlfo, even 0 for none). */
  ownList: Uint8Array
}

/** Superscript, hidden, deleted and inserted characters, and what italics and styles they are given, from the character property pages (CHPX FKPs). */
function readCharacterRuns(
  word: Buffer,
  table: Buffer,
  pieces: Piece[],
  flags: Uint8Array,
  direct: Direct,
  budget: {left: number},
): void {
  forEachFkp(word, table, 0x00fa, (page) => {
    const runs = page[511] ?? 0
    for (let run = 0; run < runs; run++) {
      const fcStart = page.readUInt32LE(run * 4)
      const fcEnd = page.readUInt32LE((run + 1) * 4)
      const at = (page[(runs + 1) * 4 + run] ?? 0) * 2
      if (at === 0) continue
      const grpprl = page.subarray(at + 1, at + 1 + (page[at] ?? 0))
      let set = 0
      let italic = 0
      let characterStyle = 0
      forEachSprm(grpprl, 0, (sprm, offset) => {
        const value = grpprl[offset] ?? 0
        if (sprm === sprmCFItalic) italic = value + 0x100
        if (sprm === sprmCIstd && offset + 2 <= grpprl.length) characterStyle = grpprl.readUInt16LE(offset) + 1
        if (sprm === sprmCIss && value === 1) set |= 2
        if (sprm === sprmCFVanish && (value === 1 || value === 0x81)) set |= 4
        if (sprm === sprmCFRMarkDel && (value & 1) === 1) set |= 8
        if (sprm === sprmCFRMarkIns && (value & 1) === 1) set |= 16
      })
      if (set !== 0 || italic !== 0 || characterStyle !== 0)
        forEachCp(pieces, fcStart, fcEnd, budget, (cp) => {
          if (cp >= flags.length) return
          flags[cp] = (flags[cp] ?? 0) | set
          if (italic !== 0) direct.italic[cp] = italic
          if (characterStyle !== 0) direct.characterStyle[cp] = characterStyle
        })
    }
  })
}

/** The style, list and level of each paragraph, from the paragraph property pages (PAPX FKPs). */
function readParagraphRuns(
  word: Buffer,
  table: Buffer,
  pieces: Piece[],
  lists: Int32Array,
  levels: Uint8Array,
  direct: Direct,
  budget: {left: number},
): void {
  forEachFkp(word, table, 0x0102, (page) => {
    const runs = page[511] ?? 0
    for (let run = 0; run < runs; run++) {
      const fcStart = page.readUInt32LE(run * 4)
      const fcEnd = page.readUInt32LE((run + 1) * 4)
      const at = (page[(runs + 1) * 4 + run * 13] ?? 0) * 2
      if (at === 0) continue
      const cb = page[at] ?? 0
      const papx =
        cb !== 0 ? page.subarray(at + 1, at + 2 * cb) : page.subarray(at + 2, at + 2 + 2 * (page[at + 1] ?? 0))
      if (papx.length < 2) continue
      const style = papx.readUInt16LE(0) + 1
      let list = -1
      let level = 0
      forEachSprm(papx, 2, (sprm, offset) => {
        if (sprm === sprmPIlfo && offset + 2 <= papx.length) list = papx.readInt16LE(offset)
        if (sprm === sprmPIlvl) level = Math.min(8, papx[offset] ?? 0)
      })
      forEachCp(pieces, fcStart, fcEnd, budget, (cp) => {
        if (cp >= lists.length) return
        direct.paragraphStyle[cp] = style
        if (list >= 0) direct.ownList[cp] = 1
        if (list > 0) {
          lists[cp] = list
          levels[cp] = level
        }
      })
    }
  })
}

/**
 * Apply the styles: a character is italic as its direct formatting says over its character
 * style over its paragraph style; a paragraph that names no list of its own is numbered as its
 * style numbers.
 */
function applyStyles(
  styles: DocStyles,
  direct: Direct,
  flags: Uint8Array,
  lists: Int32Array,
  levels: Uint8Array,
): void {
  const italicOf = new Map<number, boolean>()
  const styleItalic = (paragraph: number, character: number): boolean => {
    const key = paragraph * 0x10000 + character
    let value = italicOf.get(key)
    if (value === undefined) {
      value = (character > 0 ? styles.italic(character - 1) : undefined) ?? styles.italic(paragraph - 1) ?? false
      italicOf.set(key, value)
    }
    return value
  }
  for (let cp = 0; cp < flags.length; cp++) {
    const paragraph = direct.paragraphStyle[cp] ?? 0
    const character = direct.characterStyle[cp] ?? 0
    const operand = direct.italic[cp] ?? 0
    const beneath = paragraph > 0 || character > 0 ? styleItalic(paragraph, character) : false
    if (operand !== 0 ? applyToggle(operand - 0x100, beneath) : beneath) flags[cp] = (flags[cp] ?? 0) | 1
    if (paragraph > 0 && direct.ownList[cp] === 0 && (lists[cp] ?? 0) === 0) {
      const list = styles.list(paragraph - 1)
      if (list) {
        lists[cp] = list.list
        levels[cp] = list.level
      }
    }
  }
}

/** Each 512-byte formatted disk page named by a bin table (PlcBteChpx at 0xFA, PlcBtePapx at 0x102). */
function forEachFkp(word: Buffer, table: Buffer, fcAt: number, each: (page: Buffer) => void): void {
  const fc = word.readUInt32LE(fcAt)
  const lcb = word.readUInt32LE(fcAt + 4)
  if (lcb < 4 || fc + lcb > table.length) return
  const count = Math.floor((lcb - 4) / 8)
  for (let index = 0; index < count; index++) {
    const pageNumber = table.readUInt32LE(fc + (count + 1) * 4 + index * 4)
    const page = word.subarray(pageNumber * 512, pageNumber * 512 + 512)
    if (page.length === 512) each(page)
  }
}
