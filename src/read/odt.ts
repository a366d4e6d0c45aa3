import {strFromU8, type Unzipped} from 'fflate'
import {DecodeError} from './decode.js'
import type {DocxOptions, Piece, WordDocument, WordFootnote, WordParagraph} from './docx.js'
import {rejectChanges} from './odt-changes.js'
import {addStyles, emptyStyles, OdtList, outlineList, styleProperty, type OdtStyles} from './odt-styles.js'
import {attr, child, children, parseXml, type Element} from './xml.js'
import {NoteCounter, type NoteKind} from './docx-notes.js'

// An OpenDocument text (.odt, as LibreOffice and Word save it) read into the same paragraphs,
// numbers, notes and masthead as a Word document, so both give the same tree: content.xml holds
// the body, its notes (`text:note`) and lists; styles.xml the page styles with their headers.

/** True when the unpacked zip is an OpenDocument package (its `mimetype` entry says which kind). */
export function isOpenDocument(files: Unzipped): boolean {
  return files['mimetype'] !== undefined && files['content.xml'] !== undefined
}

interface OdtState {
  styles: OdtStyles
  /** Notes numbered so far, per kind (each kind has its own counter and format). */
  counter: NoteCounter
  footnotes: WordFootnote[]
  /** Endnotes, read after the footnotes (where a writer prints them: at the end). */
  endnotes: WordFootnote[]
  /** Lists by `xml:id`, for `text:continue-list`; the last list of each style, for `text:continue-numbering`. */
  listsById: Map<string, OdtList>
  lastListOfStyle: Map<string, OdtList>
  /** The outline numbering's count, shared by every heading outside a list. */
  outline: OdtList
  /** Text boxes met in the paragraph being read: their paragraphs come before it. */
  boxes: Element[]
}

/** Read an OpenDocument text's package into a Word document's paragraphs, notes and masthead. */
export function readOdtDocument(files: Unzipped, options: DocxOptions = {}): WordDocument {
  const mimetype = strFromU8(files['mimetype'] ?? new Uint8Array()).trim()
  if (mimetype !== '' && !mimetype.startsWith('application/vnd.oasis.opendocument.text'))
    throw new DecodeError(
      `this is an OpenDocument file but not a text document (${mimetype}): save the resolution as .odt, .docx or text`,
    )
  // A package saved with a password holds its parts encrypted; its manifest says so.
  const manifest = files['META-INF/manifest.xml']
  if (manifest && /encryption-data/.test(strFromU8(manifest)))
    throw new DecodeError(
      'the OpenDocument file is protected by a password: open it in LibreOffice and save it again without one (File › Save As, untick "Save with password")',
    )
  const content = parseXml(strFromU8(files['content.xml'] ?? new Uint8Array()), 'content.xml', 'the OpenDocument file')
  const styles = emptyStyles()
  const stylesPart = files['styles.xml']
  if (stylesPart) addStyles(styles, parseXml(strFromU8(stylesPart), 'styles.xml', 'the OpenDocument file'))
  addStyles(styles, content)
  const text = child(child(content, 'body'), 'text')
  if (!text) throw new DecodeError('the OpenDocument file holds no text document (content.xml has no office:text)')
  const tracked = children(child(text, 'tracked-changes') ?? text, 'changed-region').length > 0
  if (tracked && options.view === 'original') rejectChanges(text)
  const state: OdtState = {
    styles,
    counter: new NoteCounter(styles.notes),
    footnotes: [],
    endnotes: [],
    listsById: new Map(),
    outline: new OdtList(outlineList),
    lastListOfStyle: new Map(),
    boxes: [],
  }
  const paragraphs: WordParagraph[] = []
  readBlocks(text, state, paragraphs, undefined)
  let index = paragraphs.length
  const footnotes = [...state.footnotes, ...state.endnotes]
  for (const note of footnotes) for (const paragraph of note.paragraphs) paragraph.index = index++
  const result: WordDocument = {paragraphs, footnotes, tracked}
  const notice = state.counter.notice('the OpenDocument file')
  if (notice) result.notices = [notice]
  const header = firstPageHeader(styles, text)
  if (header) {
    const masthead: WordParagraph[] = []
    const headerState: OdtState = {...state, footnotes: [], endnotes: [], boxes: []}
    readBlocks(header, headerState, masthead, undefined)
    for (const paragraph of masthead) paragraph.index = index++
    if (masthead.length > 0) result.masthead = masthead
  }
  return result
}

const containers = new Set([
  'section',
  'list',
  'list-item',
  'list-header',
  'table',
  'table-rows',
  'table-row',
  'table-cell',
])

/** The first paragraph (or heading) of the body, through sections, lists and tables. */
function firstParagraph(container: Element): Element | undefined {
  for (const element of children(container)) {
    if (element.localName === 'p' || element.localName === 'h') return element
    if (containers.has(element.localName ?? '')) {
      const found = firstParagraph(element)
      if (found) return found
    }
  }
  return undefined
}

/**
 * The header printed on the first page only: the page style's own first-page header
 * (`style:header-first`), or the header of a page style that the first paragraph opens and that
 * hands on to another style after one page (as LibreOffice saves Word's "different first page").
 * Running heads are page furniture and are not read, as in Word files.
 */
function firstPageHeader(styles: OdtStyles, text: Element): Element | undefined {
  const first = firstParagraph(text)
  const paragraphStyle = attr(first, 'style-name')
  const masterName = styleProperty(styles, paragraphStyle, 'masterPage') ?? 'Standard'
  const master = styles.masters.get(masterName)
  if (!master) return undefined
  const own = child(master, 'header-first')
  if (own) return own
  const next = attr(master, 'next-style-name')
  if (next !== undefined && next !== masterName) return child(master, 'header')
  return undefined
}

/** Read the paragraphs of a container in order: lists, tables, sections; a text box's paragraphs before its paragraph. */
function readBlocks(
  container: Element,
  state: OdtState,
  paragraphs: WordParagraph[],
  list: {list: OdtList; level: number; start?: number | undefined} | undefined,
): void {
  let numbering = list
  for (const element of children(container)) {
    readBlock(element, state, paragraphs, numbering)
    // Only a list item's first paragraph takes a number; the others continue it.
    if (element.localName === 'p' || element.localName === 'h') numbering = undefined
  }
}

function readBlock(
  element: Element,
  state: OdtState,
  paragraphs: WordParagraph[],
  list: {list: OdtList; level: number; start?: number | undefined} | undefined,
): void {
  switch (element.localName) {
    case 'soft-page-break':
      // Where LibreOffice's layout broke the page when it saved the file.
      state.counter.page(true)
      break
    case 'h': {
      // A heading of outline level 1 opens a chapter (where notes numbered by chapter start again).
      const level = attr(element, 'outline-level') ?? '1'
      if (level === '1') state.counter.chapter()
      // Outside a list, a heading takes its number from the outline numbering (Tools > Chapter
      // Numbering), as operative paragraphs set in a style of outline level 1 do.
      const outline =
        list === undefined && attr(element, 'is-list-header') !== 'true' && state.styles.lists.has(outlineList)
          ? {list: state.outline, level: Math.min(9, Math.max(0, Number(level) - 1 || 0))}
          : undefined
      readParagraph(element, state, paragraphs, list ?? outline)
      break
    }
    case 'p':
      readParagraph(element, state, paragraphs, list)
      break
    case 'list':
      readList(element, state, paragraphs, list)
      break
    case 'list-item':
    case 'list-header':
      break
    case 'numbered-paragraph': {
      const style = attr(element, 'style-name')
      const key = attr(element, 'list-id') ?? style ?? ''
      const existing = state.listsById.get(key) ?? new OdtList(style)
      state.listsById.set(key, existing)
      const level = Math.max(0, Number(attr(element, 'level') ?? 1) - 1)
      readBlocks(element, state, paragraphs, {list: existing, level, start: startValue(element)})
      break
    }
    case 'frame':
    case 'g':
    case 'custom-shape':
    case 'rect':
      // A frame or shape anchored to the page, outside any paragraph.
      for (const box of shapeTexts(element)) readBlocks(box, state, paragraphs, undefined)
      break
    case 'section':
    case 'table':
    case 'table-header-rows':
    case 'table-rows':
    case 'table-row-group':
    case 'table-row':
    case 'table-cell':
    case 'text-box':
      readBlocks(element, state, paragraphs, undefined)
      break
    default:
      break
  }
}

function startValue(element: Element): number | undefined {
  const value = attr(element, 'start-value')
  return value === undefined ? undefined : Number(value)
}

/** A `text:list`: a new list, one that continues another, or a level inside an outer list's item. */
function readList(
  element: Element,
  state: OdtState,
  paragraphs: WordParagraph[],
  outer: {list: OdtList; level: number} | undefined,
): void {
  let list: OdtList
  let level = 0
  if (outer) {
    list = outer.list
    level = outer.level + 1
  } else {
    const style = attr(element, 'style-name')
    const continues = attr(element, 'continue-list')
    const previous =
      continues !== undefined
        ? state.listsById.get(continues)
        : attr(element, 'continue-numbering') === 'true' && style !== undefined
          ? state.lastListOfStyle.get(style)
          : undefined
    list = previous ?? new OdtList(style)
    if (style !== undefined) state.lastListOfStyle.set(style, list)
  }
  const id = attr(element, 'id')
  if (id !== undefined) state.listsById.set(id, list)
  for (const item of children(element)) {
    if (item.localName === 'list-header') readBlocks(item, state, paragraphs, undefined)
    if (item.localName !== 'list-item') continue
    let numbered = false
    for (const block of children(item)) {
      if (block.localName === 'list') readList(block, state, paragraphs, {list, level})
      else if (!numbered && (block.localName === 'p' || block.localName === 'h')) {
        readParagraph(block, state, paragraphs, {list, level, start: startValue(item)})
        numbered = true
      } else readBlock(block, state, paragraphs, undefined)
    }
  }
}

/** One paragraph (`text:p`, `text:h`), numbered when it opens a list item. */
function readParagraph(
  element: Element,
  state: OdtState,
  paragraphs: WordParagraph[],
  list: {list: OdtList; level: number; start?: number | undefined} | undefined,
): void {
  const pieces: Piece[] = []
  walkInline(element, state, pieces, {at: 0}, attr(element, 'style-name'))
  const boxes = state.boxes
  state.boxes = []
  for (const box of boxes) readBlocks(box, state, paragraphs, undefined)
  const paragraph: WordParagraph = {index: paragraphs.length, label: '', pieces, text: piecesText(pieces)}
  if (list) {
    paragraph.label = list.list.label(state.styles, list.level, list.start)
    paragraph.level = list.level
  }
  paragraphs.push(paragraph)
}

function piecesText(pieces: Piece[]): string {
  return pieces.map((piece) => (piece.kind === 'text' ? piece.text : '')).join('')
}

function walkInline(
  container: Element,
  state: OdtState,
  pieces: Piece[],
  position: {at: number},
  styleName: string | undefined,
): void {
  const italic = styleProperty(state.styles, styleName, 'italic') ?? false
  const superscript = styleProperty(state.styles, styleName, 'superscript') ?? false
  const pushText = (text: string): void => {
    if (text === '') return
    const last = pieces[pieces.length - 1]
    if (last && last.kind === 'text' && last.italic === italic && last.superscript === superscript) last.text += text
    else pieces.push({kind: 'text', text, italic, superscript, at: position.at})
    position.at += text.length
  }
  for (let node = container.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 || node.nodeType === 4) {
      // White space in OpenDocument text is collapsed as in HTML; `text:s` writes kept spaces.
      pushText((node.nodeValue ?? '').replace(/[ \t\r\n]+/g, ' '))
      continue
    }
    if (node.nodeType !== 1) continue
    const element = node as Element
    switch (element.localName) {
      case 'span': {
        const own = attr(element, 'style-name')
        walkInline(element, state, pieces, position, own ? chainStyle(state, own, styleName) : styleName)
        break
      }
      case 'a':
      case 'meta':
      case 'ruby':
      case 'ruby-base':
        walkInline(element, state, pieces, position, styleName)
        break
      case 's':
        pushText(' '.repeat(Math.min(1000, Math.max(1, Number(attr(element, 'c') ?? 1) || 1))))
        break
      case 'tab':
        pushText('\t')
        break
      case 'line-break':
        pieces.push({kind: 'break', at: position.at})
        break
      case 'soft-page-break':
        state.counter.page(true)
        break
      case 'note':
        readNote(element, state, pieces, position)
        break
      case 'frame':
      case 'g':
      case 'custom-shape':
      case 'rect':
      case 'ellipse':
      case 'polygon':
      case 'path':
        shapeTexts(element, state.boxes)
        break
      case 'page-number':
      case 'page-count':
      case 'date':
      case 'time':
      case 'sequence':
      case 'bookmark-ref':
      case 'reference-ref':
      case 'chapter':
      case 'title':
      case 'subject':
      case 'author-name':
      case 'file-name':
        // A field: its shown value is its text.
        pushText(element.textContent ?? '')
        break
      default:
        break
    }
  }
}

/** The containers of text in a frame (`draw:text-box`) or a drawn shape (its own paragraphs), through groups. */
function shapeTexts(element: Element, into: Element[] = []): Element[] {
  if (element.localName === 'frame') {
    for (const box of children(element, 'text-box')) into.push(box)
  } else if (element.localName === 'g') {
    for (const member of children(element)) shapeTexts(member, into)
  } else if (children(element, 'p').length > 0 || children(element, 'list').length > 0) into.push(element)
  return into
}

/** A span's style with the paragraph's as its fallback (a span style without italic inherits the paragraph's). */
function chainStyle(state: OdtState, own: string, outer: string | undefined): string {
  if (outer === undefined) return own
  const name = `${own}\u0000${outer}`
  if (!state.styles.text.has(name)) {
    const italic = styleProperty(state.styles, own, 'italic') ?? styleProperty(state.styles, outer, 'italic')
    const superscript =
      styleProperty(state.styles, own, 'superscript') ?? styleProperty(state.styles, outer, 'superscript')
    state.styles.text.set(name, {italic, superscript})
  }
  return name
}

/**
 * A footnote or an endnote (`text:note-class`): its mark in the text, its paragraphs among the
 * notes; each kind numbered on its own counter, in its own format (`text:notes-configuration`).
 */
function readNote(note: Element, state: OdtState, pieces: Piece[], position: {at: number}): void {
  const kind: NoteKind = attr(note, 'note-class') === 'endnote' ? 'endnote' : 'footnote'
  const citation = child(note, 'note-citation')
  const custom = attr(citation, 'label')
  const marker = custom !== undefined && custom.trim() !== '' ? custom.trim() : state.counter.next(kind)
  const key = `${kind}:${state.footnotes.length + state.endnotes.length}`
  pieces.push({kind: 'note', marker, at: position.at, key})
  const body = child(note, 'note-body')
  const noteParagraphs: WordParagraph[] = []
  if (body) {
    // A note's own notes and text boxes are read into the note.
    const saved = state.boxes
    state.boxes = []
    readBlocks(body, state, noteParagraphs, undefined)
    state.boxes = saved
  }
  if (kind === 'endnote') state.endnotes.push({marker, paragraphs: noteParagraphs, endnote: true, key})
  else state.footnotes.push({marker, paragraphs: noteParagraphs, key})
}
