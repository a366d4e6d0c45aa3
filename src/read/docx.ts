import {strFromU8, unzipSync, type Unzipped} from 'fflate'
import {DecodeError} from './decode.js'
import {attr, child, children, isOn, parseXml, type Element} from './xml.js'
import {Counters, readNumbering, readStyles, styleChain, type StyleInfo} from './docx-numbering.js'
import {firstPageHeader, firstSection, mainDocumentPart, relationships, sections, textBoxes} from './docx-parts.js'
import {dropMark, NoteCounter, noteNumbering, notesById, type NoteKind} from './docx-notes.js'

/** Which text of a document with tracked changes to read. */
export type TrackedView = 'current' | 'original'

export interface DocxOptions {
  /** `current` (default): insertions in, deletions out, as after "Accept all"; `original`: as after "Reject all". */
  view?: TrackedView
}

/** One Word paragraph as read: its pieces in order. */
export interface WordParagraph {
  /** 0-based index among the body's paragraphs (footnote paragraphs are numbered after them). */
  index: number
  /** The number Word draws before it (`3.`, `(a)`), empty when none. */
  label: string
  /** The numbering level (0 for operative paragraphs), when numbered. */
  level?: number
  pieces: Piece[]
  /** The text as Word shows it, without the number and note marks. */
  text: string
}

export type Piece =
  | {kind: 'text'; text: string; italic: boolean; superscript: boolean; at: number}
  /** A note's call; `key` names the note it calls among the document's notes (WordFootnote.key). */
  | {kind: 'note'; marker: string; at: number; key?: string}
  | {kind: 'break'; at: number}

/** A note: a footnote, or an endnote (read after the footnotes, where Word prints them: at the end). */
export interface WordFootnote {
  marker: string
  paragraphs: WordParagraph[]
  /** An endnote (printed at the end, not at the page foot). */
  endnote?: boolean
  /** Names the note for the calls of it (Piece.key). */
  key?: string
}

export interface WordDocument {
  paragraphs: WordParagraph[]
  footnotes: WordFootnote[]
  /** The first page's own header (the masthead of UN files), read before the body; numbered after the footnotes. */
  masthead?: WordParagraph[]
  /** True when the file holds tracked insertions or deletions. */
  tracked: boolean
  /** What the reader should know about how the file was read (notes numbered by page with no pages recorded). */
  notices?: string[]
}

/** Decompressed parts above this are refused: no resolution comes near it. */
const maxUnzipped = 256 * 1024 * 1024

const wanted =
  /^(?:_rels\/\.rels|word\/.*\.xml|word\/_rels\/.*\.rels|[^/]+\.xml|[^/]+\/_rels\/[^/]+\.rels|mimetype|META-INF\/manifest\.xml)$/

/** Open the zip container; every failure is a one-sentence DecodeError. */
export function unzipOffice(bytes: Uint8Array): Unzipped {
  let total = 0
  try {
    return unzipSync(bytes, {
      filter: (file) => {
        if (!wanted.test(file.name)) return false
        total += file.originalSize
        if (total > maxUnzipped)
          throw new DecodeError('the zip archive unpacks to more than 256 MB, far more than a resolution')
        return true
      },
    })
  } catch (error) {
    if (error instanceof DecodeError) throw error
    throw new DecodeError('the file is a damaged zip archive (it cannot be unpacked)')
  }
}

interface WalkState {
  view: TrackedView
  tracked: boolean
  /** Per kind of note: note id → marker in reference order, ids with a custom mark. */
  notes: Record<NoteKind, {markers: Map<string, string>; custom: Set<string>}>
  /** The notes' numbers, restarted by page or section as the document says. */
  counter: NoteCounter
  /** The body's section properties in order (those ending paragraphs, then the body's last), and the current one's index. */
  sections: Element[]
  section: number
  styles: Map<string, StyleInfo>
  /** A note reference with a custom mark takes its mark from the text that follows. */
  pendingCustom?: {kind: 'note'; marker: string; at: number; id: string; of: NoteKind; key: string} | undefined
  /** Text boxes met in the paragraph being read: their paragraphs come before it. */
  boxes: Element[]
}

/** Read a Word package into paragraphs and footnotes (`view` picks the side of tracked changes). */
export function readWordDocument(files: Unzipped, options: DocxOptions = {}): WordDocument {
  const main = mainDocumentPart(files)
  if (!main) throw new DecodeError('the file is a zip archive but not a Word document (it has no word/document.xml)')
  const related = relationships(files, main)
  const part = (type: string): Element | undefined => {
    const target = related.get(type)
    const bytes = target ? files[target] : undefined
    return bytes && target ? parseXml(strFromU8(bytes), target) : undefined
  }
  const document = parseXml(strFromU8(files[main] ?? new Uint8Array()), main)
  const numbering = readNumbering(part('numbering'))
  const styles = readStyles(part('styles'))
  const body = child(document, 'body')
  if (!body) throw new DecodeError('the Word document is damaged (word/document.xml has no body)')
  const numberings = noteNumbering(part('settings'), firstSection(body))
  const kind = (): WalkState['notes'][NoteKind] => ({markers: new Map(), custom: new Set()})
  const state: WalkState = {
    view: options.view ?? 'current',
    tracked: false,
    notes: {footnote: kind(), endnote: kind()},
    counter: new NoteCounter(numberings),
    sections: sections(body),
    section: 0,
    styles,
    boxes: [],
  }
  const counters = new Counters(numbering)

  const paragraphs: WordParagraph[] = []
  readBlocks(body, state, counters, paragraphs)
  const header = firstPageHeader(files, main, body)
  const masthead: WordParagraph[] = []
  if (header) readBlocks(header, state, counters, masthead)

  // Footnotes in the order of their marks, then endnotes in theirs (Word prints those at the end).
  const footnotes: WordFootnote[] = []
  let index = paragraphs.length
  for (const of of ['footnote', 'endnote'] as const) {
    const byId = notesById(part(`${of}s`), of)
    const {markers, custom} = state.notes[of]
    for (const [id, marker] of markers) {
      const note = byId.get(id)
      if (!note) continue
      const noteParagraphs: WordParagraph[] = []
      const found: Array<{element: Element}> = []
      collectParagraphs(note, found)
      for (const {element} of found) {
        const read = readParagraph(element, state)
        state.boxes = []
        const text = piecesText(read.pieces)
        // A note with a custom mark repeats it, typed, at the head of its text (Word, LibreOffice).
        const pieces = noteParagraphs.length === 0 && custom.has(id) ? dropMark(read.pieces, marker) : read.pieces
        noteParagraphs.push({index: index++, label: '', pieces, text})
      }
      const key = `${of}:${id}`
      footnotes.push(
        of === 'endnote'
          ? {marker, paragraphs: noteParagraphs, endnote: true, key}
          : {marker, paragraphs: noteParagraphs, key},
      )
    }
  }
  const result: WordDocument = {paragraphs, footnotes, tracked: state.tracked}
  const notice = state.counter.notice('the Word document')
  if (notice) result.notices = [notice]
  if (masthead.length > 0) {
    // Numbered after the footnotes' paragraphs, so the body's numbers stay those of the body.
    const before = paragraphs.length + footnotes.reduce((sum, note) => sum + note.paragraphs.length, 0)
    result.masthead = masthead.map((paragraph) => ({...paragraph, index: before + paragraph.index}))
  }
  return result
}

/**
 * Read the paragraphs of a container (the body, a header, a text box) in order, tables and
 * content controls included; a text box's paragraphs come before the paragraph that holds it.
 */
function readBlocks(container: Element, state: WalkState, counters: Counters, paragraphs: WordParagraph[]): void {
  const raw: Array<{element: Element}> = []
  collectParagraphs(container, raw)
  let carry: Piece[] = []
  for (const {element} of raw) {
    const properties = child(element, 'pPr')
    if (isOn(child(properties, 'pageBreakBefore'))) state.counter.page(false)
    const read = readParagraph(element, state)
    // A paragraph holding a section's properties ends that section; the next section's own
    // type says whether it starts on a new page (`continuous`: on the same one).
    if (child(properties, 'sectPr')) {
      const next = state.sections[++state.section]
      state.counter.section(attr(child(next, 'type'), 'val') !== 'continuous')
    }
    const boxes = state.boxes
    state.boxes = []
    for (const box of boxes) readBlocks(box, state, counters, paragraphs)
    const pieces = [...carry, ...read.pieces]
    carry = []
    if (!read.markPresent) {
      // The paragraph mark is deleted (or inserted, seen from the original): its text joins the next paragraph.
      carry = pieces
      continue
    }
    const pPr = child(element, 'pPr')
    const pStyle = attr(child(pPr, 'pStyle'), 'val')
    const numPr = child(pPr, 'numPr')
    const numId = attr(child(numPr, 'numId'), 'val') ?? styleChain(state.styles, pStyle, 'numId')
    const ilvl = Number(attr(child(numPr, 'ilvl'), 'val') ?? styleChain(state.styles, pStyle, 'ilvl') ?? 0)
    const text = piecesText(pieces)
    let label = ''
    let level: number | undefined
    // Word draws no number on an empty paragraph's line only when it is hidden; an empty
    // numbered paragraph still takes a number, as in Word.
    if (numId !== undefined && numId !== '0') {
      label = counters.label(numId, ilvl)
      level = ilvl
    }
    const paragraph: WordParagraph = {index: paragraphs.length, label, pieces, text}
    if (level !== undefined) paragraph.level = level
    paragraphs.push(paragraph)
  }
}

function collectParagraphs(container: Element, into: Array<{element: Element}>): void {
  for (const element of children(container)) {
    switch (element.localName) {
      case 'p':
        into.push({element})
        break
      case 'tbl':
      case 'tr':
      case 'tc':
      case 'sdt':
      case 'sdtContent':
      case 'customXml':
      case 'ins':
      case 'moveTo':
        collectParagraphs(element, into)
        break
      default:
        break
    }
  }
}

function piecesText(pieces: Piece[]): string {
  return pieces.map((piece) => (piece.kind === 'text' ? piece.text : '')).join('')
}

function readParagraph(paragraph: Element, state: WalkState): {pieces: Piece[]; markPresent: boolean} {
  const pieces: Piece[] = []
  const position = {at: 0}
  const markRun = child(child(paragraph, 'pPr'), 'rPr')
  const markInserted = child(markRun, 'ins') !== undefined || child(markRun, 'moveTo') !== undefined
  const markDeleted = child(markRun, 'del') !== undefined || child(markRun, 'moveFrom') !== undefined
  if (markInserted || markDeleted) state.tracked = true
  const markPresent = state.view === 'current' ? !markDeleted : !markInserted
  const paragraphStyle = attr(child(child(paragraph, 'pPr'), 'pStyle'), 'val')
  walkInline(paragraph, state, pieces, position, paragraphStyle)
  return {pieces, markPresent}
}

function walkInline(
  container: Element,
  state: WalkState,
  pieces: Piece[],
  position: {at: number},
  paragraphStyle: string | undefined,
): void {
  for (const element of children(container)) {
    switch (element.localName) {
      case 'r':
        readRun(element, state, pieces, position, paragraphStyle)
        break
      case 'ins':
      case 'moveTo':
        state.tracked = true
        if (state.view === 'current') walkInline(element, state, pieces, position, paragraphStyle)
        break
      case 'del':
      case 'moveFrom':
        state.tracked = true
        if (state.view === 'original') walkInline(element, state, pieces, position, paragraphStyle)
        break
      case 'hyperlink':
      case 'smartTag':
      case 'customXml':
      case 'sdt':
      case 'sdtContent':
      case 'fldSimple':
      case 'bdo':
      case 'dir':
        walkInline(element, state, pieces, position, paragraphStyle)
        break
      default:
        break
    }
  }
}

function readRun(
  run: Element,
  state: WalkState,
  pieces: Piece[],
  position: {at: number},
  paragraphStyle: string | undefined,
): void {
  const rPr = child(run, 'rPr')
  if (isOn(child(rPr, 'vanish'))) return
  const italicElement = child(rPr, 'i')
  const runStyle = attr(child(rPr, 'rStyle'), 'val')
  const italic = italicElement
    ? isOn(italicElement)
    : (styleChain(state.styles, runStyle, 'italic') ?? styleChain(state.styles, paragraphStyle, 'italic') ?? false)
  const superscript = attr(child(rPr, 'vertAlign'), 'val') === 'superscript'
  const pushText = (text: string): void => {
    if (text === '') return
    if (state.pendingCustom) {
      // The run after a custom-mark footnote reference is the mark itself (`*`, `**`).
      const mark = text.trim()
      if (mark !== '') {
        const pending = state.pendingCustom
        state.pendingCustom = undefined
        pending.marker = mark
        state.notes[pending.of].markers.set(pending.id, mark)
        const rest = text.slice(text.indexOf(mark) + mark.length)
        if (rest) pushText(rest)
        return
      }
    }
    const last = pieces[pieces.length - 1]
    if (last && last.kind === 'text' && last.italic === italic && last.superscript === superscript) last.text += text
    else pieces.push({kind: 'text', text, italic, superscript, at: position.at})
    position.at += text.length
  }
  for (const element of children(run)) {
    switch (element.localName) {
      case 't':
        pushText(element.textContent ?? '')
        break
      case 'delText':
        if (state.view === 'original') pushText(element.textContent ?? '')
        break
      case 'tab':
        pushText('\t')
        break
      case 'noBreakHyphen':
        pushText('-')
        break
      case 'br':
      case 'cr':
        if (attr(element, 'type') === 'page') state.counter.page(false)
        pieces.push({kind: 'break', at: position.at})
        break
      case 'lastRenderedPageBreak':
        state.counter.page(true)
        break
      case 'pict':
      case 'drawing':
      case 'AlternateContent':
      case 'object':
        textBoxes(element, state.boxes)
        break
      case 'footnoteReference':
      case 'endnoteReference': {
        const of: NoteKind = element.localName === 'footnoteReference' ? 'footnote' : 'endnote'
        const notes = state.notes[of]
        const id = attr(element, 'id') ?? ''
        const custom = attr(element, 'customMarkFollows')
        if (custom !== undefined && !/^(?:0|false|off)$/i.test(custom)) {
          const piece = {kind: 'note' as const, marker: '*', at: position.at, id, of, key: `${of}:${id}`}
          state.pendingCustom = piece
          notes.markers.set(id, '*')
          notes.custom.add(id)
          pieces.push(piece)
        } else {
          // Word numbers each kind on its own counter, in its own format (1, 2, … and i, ii, …).
          const marker = notes.markers.get(id) ?? state.counter.next(of)
          notes.markers.set(id, marker)
          pieces.push({kind: 'note', marker, at: position.at, key: `${of}:${id}`})
        }
        break
      }
      default:
        break
    }
  }
}
