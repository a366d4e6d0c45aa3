import type {ReadDocument, ReadOptions} from './document.js'
import {readDocBinary, type DocBinary} from './doc-binary.js'
import {DocLists} from './doc-lists.js'
import {NoteCounter, type NoteKind} from './docx-notes.js'
import type {Piece, TrackedView, WordDocument, WordFootnote, WordParagraph} from './docx.js'
import {wordDocumentText} from './word.js'

// A binary Word document (.doc, Word 97–2003) read into the same paragraphs, numbers, notes and
// masthead as a .docx, so both give the same tree. readDocument loads this module (and
// word-extractor with it) only for such a file.

/** Read a .doc file's bytes. */
export async function readDoc(bytes: Uint8Array, options: ReadOptions = {}): Promise<ReadDocument> {
  const binary = await readDocBinary(bytes)
  const document = docDocument(binary, options.view ?? 'current')
  return wordDocumentText(document, 'doc', options)
}

/** The body's note references by CP: footnotes' and endnotes'. */
type Refs = Map<number, {cp: number; auto: boolean; of: NoteKind}>

/** The characters that end a paragraph: its mark, a table cell's or row's end, a section break. */
const paragraphEnds = new Set(['\r', '\x07', '\n', '\x0c'])

interface Walk {
  binary: DocBinary
  /** The characters not read: tracked deletions (8) for the current text, insertions (16) for the original. */
  skip: number
  lists: DocLists
  /** Note reference CPs → their marker, filled as the body is read. */
  notes: Map<number, string>
  /** Notes numbered so far, per kind (each kind has its own counter and format). */
  counter: NoteCounter
  /** Body CPs of drawings → the text box stories they show (CPs in the whole text). */
  boxes: Map<number, Array<{start: number; end: number}>>
  /** CPs where a section after the first starts → whether it starts on a new page. */
  sectionStarts: Map<number, boolean>
}

/** The document's paragraphs, footnotes and first-page header, as the .docx reader gives them. */
export function docDocument(binary: DocBinary, view: TrackedView = 'current'): WordDocument {
  const {lengths} = binary
  const walk: Walk = {
    binary,
    skip: view === 'current' ? 8 : 16,
    lists: new DocLists(binary.word, binary.table),
    notes: new Map(),
    counter: new NoteCounter(binary.noteNumbering),
    boxes: new Map(),
    sectionStarts: new Map(binary.sections.map((section) => [section.start, section.newPage])),
  }
  const refs: Refs = new Map()
  for (const of of ['footnote', 'endnote'] as const)
    for (const ref of of === 'footnote' ? binary.footnoteRefs : binary.endnoteRefs) refs.set(ref.cp, {...ref, of})
  const paragraphs: WordParagraph[] = []
  // A text box's paragraphs come before the paragraph that holds its drawing, as in the .docx
  // reader; a box whose drawing is not found, before the body.
  const boxesStart = lengths.text + lengths.footnotes + lengths.headers + lengths.comments + lengths.endnotes
  for (const box of binary.textBoxes) {
    if (box.anchor === undefined || box.anchor >= lengths.text)
      readStory(walk, boxesStart + box.start, boxesStart + box.end, paragraphs, undefined)
    else
      walk.boxes.set(box.anchor, [
        ...(walk.boxes.get(box.anchor) ?? []),
        {start: boxesStart + box.start, end: boxesStart + box.end},
      ])
  }
  readStory(walk, 0, lengths.text, paragraphs, refs)

  // Footnotes (their story after the body's), then endnotes (theirs after the comments'), as in
  // the .docx reader.
  const footnotes: WordFootnote[] = []
  const stories = [
    {
      refs: binary.footnoteRefs,
      texts: binary.footnoteTexts,
      base: lengths.text,
      length: lengths.footnotes,
      of: 'footnote' as const,
    },
    {
      refs: binary.endnoteRefs,
      texts: binary.endnoteTexts,
      base: lengths.text + lengths.footnotes + lengths.headers + lengths.comments,
      length: lengths.endnotes,
      of: 'endnote' as const,
    },
  ]
  for (const {refs: storyRefs, texts, base, length, of} of stories) {
    let previousEnd = 0
    storyRefs.forEach((ref, index) => {
      const start = texts[index]
      const end = texts[index + 1]
      // Each note's text follows the one before, inside its story (a damaged table's
      // overlapping ranges are not read again and again).
      if (start === undefined || end === undefined || start < previousEnd || end > length) return
      previousEnd = end
      const noteParagraphs: WordParagraph[] = []
      const from = base + start
      readStory(walk, from + ownMarkLength(binary, from, ref.auto), base + end, noteParagraphs, undefined)
      // A note's last paragraph mark ends the note; an empty paragraph left by it is not a paragraph of the note.
      while (noteParagraphs.length > 1 && noteParagraphs[noteParagraphs.length - 1]?.text.trim() === '')
        noteParagraphs.pop()
      const note: WordFootnote = {
        marker: walk.notes.get(ref.cp) ?? String(index + 1),
        paragraphs: noteParagraphs,
        key: `${of}:${ref.cp}`,
      }
      if (of === 'endnote') note.endnote = true
      footnotes.push(note)
    })
  }
  let index = paragraphs.length
  for (const note of footnotes) for (const paragraph of note.paragraphs) paragraph.index = index++

  const result: WordDocument = {paragraphs, footnotes, tracked: binary.tracked}
  // A .doc records no page layout: notes numbered by page are numbered on from its hard breaks.
  const notice = walk.counter.notice('the Word document')
  if (notice) result.notices = [notice]
  const masthead = firstPageHeader(walk)
  if (masthead.length > 0) {
    for (const paragraph of masthead) paragraph.index = index++
    result.masthead = masthead
  }
  return result
}

/** A note's text opens with its own mark: Word's automatic number (one character) or the custom mark typed. */
function ownMarkLength(binary: DocBinary, from: number, auto: boolean): number {
  if (auto) return binary.text[from] === '\x02' ? 1 : 0
  let length = 0
  while (length < 10 && /[^\s\p{L}\p{N}]/u.test(binary.text[from + length] ?? ' ')) length++
  return length
}

/**
 * The header Word prints on the first page of the first section (story 6 × 1 + 4 of the header
 * stories; the first six are the note separators). A file whose first page has no header of its
 * own leaves that story empty. Running heads are page furniture and are not read.
 */
function firstPageHeader(walk: Walk): WordParagraph[] {
  const {binary} = walk
  const stories = binary.headerStories
  const start = stories[10]
  const end = stories[11]
  const masthead: WordParagraph[] = []
  if (start === undefined || end === undefined || end <= start) return masthead
  const {lengths} = binary
  const base = lengths.text + lengths.footnotes
  // Its text boxes (a masthead line set in a box), before the paragraph that holds each; the
  // boxes of the other headers are page furniture.
  const boxesStart =
    lengths.text + lengths.footnotes + lengths.headers + lengths.comments + lengths.endnotes + lengths.boxes
  for (const box of binary.headerTextBoxes) {
    if (box.anchor === undefined || box.anchor < start || box.anchor >= end) continue
    const at = base + box.anchor
    walk.boxes.set(at, [...(walk.boxes.get(at) ?? []), {start: boxesStart + box.start, end: boxesStart + box.end}])
  }
  readStory(walk, base + start, base + end, masthead, undefined)
  return masthead
}

/**
 * Read the paragraphs of a story from CP `start` to `end`: fields shown by their result, note
 * references as marks, pictures and drawing anchors left out, italic and raised text kept.
 */
function readStory(walk: Walk, start: number, end: number, paragraphs: WordParagraph[], refs: Refs | undefined): void {
  const {binary} = walk
  const text = binary.text
  let pieces: Piece[] = []
  let at = 0
  /** Open fields: true while in a field's code (before its separator); how many of them are. */
  const fields: boolean[] = []
  let inCode = 0
  let customMark = 0
  const push = (value: string, cp: number): void => {
    const flags = binary.charFlags[cp] ?? 0
    const italic = (flags & 1) !== 0
    const superscript = (flags & 2) !== 0
    const last = pieces[pieces.length - 1]
    if (last && last.kind === 'text' && last.italic === italic && last.superscript === superscript) last.text += value
    else pieces.push({kind: 'text', text: value, italic, superscript, at})
    at += value.length
  }
  const close = (cp: number): void => {
    const textOf = pieces.map((piece) => (piece.kind === 'text' ? piece.text : '')).join('')
    const paragraph: WordParagraph = {index: paragraphs.length, label: '', pieces, text: textOf}
    const list = binary.paragraphList[cp] ?? 0
    if (list > 0) {
      const level = binary.paragraphLevel[cp] ?? 0
      paragraph.label = walk.lists.label(list, level)
      paragraph.level = level
    }
    paragraphs.push(paragraph)
    pieces = []
    at = 0
  }
  for (let cp = start; cp < end && cp < text.length; cp++) {
    const char = text[cp] ?? ''
    if (char === '\x13') {
      fields.push(true)
      inCode++
      continue
    }
    if (char === '\x14') {
      if (fields[fields.length - 1] === true) {
        fields[fields.length - 1] = false
        inCode--
      }
      continue
    }
    if (char === '\x15') {
      if (fields.pop() === true) inCode--
      continue
    }
    // Field codes, hidden text and the other side's tracked changes are not read; a paragraph
    // mark left out joins its paragraph to the next, as in Word.
    if (inCode > 0 || ((binary.charFlags[cp] ?? 0) & (4 | walk.skip)) !== 0) continue
    if (customMark > 0) {
      customMark--
      continue
    }
    // A section break (character 12 ending a section) starts a section, on a new page or not;
    // any other character 12 is a page break.
    if (char === '\f' && refs) {
      const section = walk.sectionStarts.get(cp + 1)
      if (section === undefined) walk.counter.page(false)
      else walk.counter.section(section)
    }
    if (paragraphEnds.has(char)) {
      close(cp)
      continue
    }
    const ref = refs?.get(cp)
    if (ref) {
      const marker = ref.auto ? walk.counter.next(ref.of) : customMarker(text, cp)
      walk.notes.set(cp, marker)
      pieces.push({kind: 'note', marker, at, key: `${ref.of}:${cp}`})
      if (!ref.auto) customMark = marker.length - 1
      continue
    }
    const boxes = char === '\x08' ? walk.boxes.get(cp) : undefined
    if (boxes) {
      // Read now, so they come before this paragraph, which is pushed when its mark is met.
      walk.boxes.delete(cp)
      for (const box of boxes) readStory(walk, box.start, box.end, paragraphs, undefined)
      continue
    }
    switch (char) {
      case '\x0b':
        pieces.push({kind: 'break', at})
        break
      case '\x1e':
        push('-', cp)
        break
      case '\t':
        push('\t', cp)
        break
      default:
        // Other control characters: pictures (1), note and comment marks not read (2, 5), drawing
        // anchors (8), optional hyphens (31).
        if (char >= ' ') push(char, cp)
    }
  }
  if (pieces.length > 0) close(Math.min(end, text.length) - 1)
}

/** A custom note mark in the body: the symbols from the reference on (`*`, `**`, `†`). */
function customMarker(text: string, cp: number): string {
  let length = 0
  while (length < 10 && /[^\s\p{L}\p{N}]/u.test(text[cp + length] ?? ' ')) length++
  return text.slice(cp, cp + Math.max(1, length))
}
