import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  EndnoteReferenceRun,
  FootnoteReferenceRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph as WordParagraph,
  TextRun,
  XmlAttributeComponent,
  XmlComponent,
  type ParagraphChild,
} from 'docx'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import type {DiffResult} from '../../diff/changes.js'
import {formatNumber} from '../../read/docx-numbering.js'
import {diffParagraphWords} from '../../diff/words.js'
import type {Inline, Lang, List, Paragraph, Resolution} from '../../tree/types.js'
import {layout, linkComment, labelledParagraphs, type LabelledParagraph} from './layout.js'

export interface RedlineOptions {
  /** Author of the tracked changes and comments. */
  author?: string
  /** Date of the changes (ISO 8601); now when absent. */
  date?: string
}

interface Context {
  author: string
  date: string
  lang: Lang
  nextId: number
  comments: Array<{id: number; author: string; date: Date; children: WordParagraph[]}>
  footnotes: Record<string, {children: WordParagraph[]}>
  nextFootnote: number
  endnotes: Record<string, {children: WordParagraph[]}>
  nextEndnote: number
  newNotes: NotesOf
}

/** A version's notes: by eId, and by mark for calls that name no note (the mark is the note's alone). */
interface NotesOf {
  byEId: Map<string, {text: string; endnote: boolean}>
  byMarker: Map<string, {text: string; endnote: boolean}>
}

/** Where a note mark stands in a paragraph's text, its mark, and the note it calls where the mark alone does not tell. */
interface NotePlace {
  at: number
  marker: string
  note?: string | undefined
}

/** The length of the italic leading phrase at the start of a paragraph's text (0 when not in italics). */
function phraseLength(paragraph: Paragraph): number {
  const phrase = paragraph.leadingPhrase
  if (!phrase?.emphasized) return 0
  return paragraph.text.startsWith(phrase.text) ? phrase.text.length : 0
}

/** Offsets in a paragraph's text after which its note marks stand, with their marks. */
function notePlaces(paragraph: Paragraph): NotePlace[] {
  const places: NotePlace[] = []
  let before = ''
  const walk = (nodes: ReadonlyArray<Inline | List>): void => {
    for (const node of nodes) {
      if (node.type === 'text') before += node.value
      else if (node.type === 'citation') before += node.value
      else if (node.type === 'emphasis') walk(node.children)
      else if (node.type === 'noteRef')
        places.push({
          at: before.replace(/\s{2,}|[^\S ]/g, ' ').trimStart().length,
          marker: node.marker,
          note: node.note,
        })
      else if (node.type === 'list') for (const point of node.children) walk(point.children)
    }
  }
  walk(paragraph.children)
  return places.map((place) => ({...place, at: Math.min(place.at, paragraph.text.length)}))
}

type Side = 'old' | 'new' | 'both'

/** Cut `[start, end)` of one side's text into runs, italic inside the leading phrase. */
function runs(
  text: string,
  start: number,
  end: number,
  italicEnd: number,
  side: Side,
  context: Context,
): ParagraphChild[] {
  const pieces: Array<{text: string; italics: boolean}> = []
  if (start < italicEnd) pieces.push({text: text.slice(start, Math.min(end, italicEnd)), italics: true})
  if (end > Math.max(start, italicEnd)) pieces.push({text: text.slice(Math.max(start, italicEnd), end), italics: false})
  return pieces
    .filter((piece) => piece.text.length > 0)
    .map((piece) => {
      if (side === 'both') return new TextRun({text: piece.text, italics: piece.italics})
      const revision = {
        id: context.nextId++,
        author: context.author,
        date: context.date,
        text: piece.text,
        italics: piece.italics,
      }
      return side === 'new' ? new InsertedTextRun(revision) : new DeletedTextRun(revision)
    })
}

class RevisionAttributes extends XmlAttributeComponent<{id: number; author: string; date: string}> {
  protected override readonly xmlKeys = {id: 'w:id', author: 'w:author', date: 'w:date'}
}

/** A note reference inside `w:ins`: it comes with the inserted words, and goes when they are rejected. */
class InsertedNoteReference extends XmlComponent {
  constructor(
    revision: {id: number; author: string; date: string},
    reference: FootnoteReferenceRun | EndnoteReferenceRun,
  ) {
    super('w:ins')
    this.root.push(new RevisionAttributes(revision))
    this.root.push(reference)
  }
}

/** The new version's note at a mark, as a Word footnote, or an endnote where the source's was one. */
function footnoteRun(place: NotePlace, context: Context, inserted: boolean): ParagraphChild | undefined {
  const note =
    place.note !== undefined ? context.newNotes.byEId.get(place.note) : context.newNotes.byMarker.get(place.marker)
  if (note === undefined) return undefined
  const children = [new WordParagraph({children: [new TextRun(note.text)]})]
  let reference: FootnoteReferenceRun | EndnoteReferenceRun
  if (note.endnote) {
    const id = context.nextEndnote++
    context.endnotes[String(id)] = {children}
    reference = new EndnoteReferenceRun(id)
  } else {
    const id = context.nextFootnote++
    context.footnotes[String(id)] = {children}
    reference = new FootnoteReferenceRun(id)
  }
  if (!inserted) return reference
  return new InsertedNoteReference(
    {id: context.nextId++, author: context.author, date: context.date},
    reference,
  ) as unknown as ParagraphChild
}

/** One side's whole paragraph, every run inserted or deleted (notes only on the new side). */
function wholeParagraph(unit: LabelledParagraph, side: 'old' | 'new', context: Context): ParagraphChild[] {
  const text = unit.paragraph.text
  const italicEnd = phraseLength(unit.paragraph)
  if (side === 'old') return runs(text, 0, text.length, italicEnd, 'old', context)
  const children: ParagraphChild[] = []
  let at = 0
  for (const place of notePlaces(unit.paragraph)) {
    children.push(...runs(text, at, place.at, italicEnd, 'new', context))
    const note = footnoteRun(place, context, true)
    if (note) children.push(note)
    at = place.at
  }
  children.push(...runs(text, at, text.length, italicEnd, 'new', context))
  return children
}

/** A kept paragraph: the word diff of its two versions, exact on both sides, or the old deleted and the new inserted. */
function keptParagraph(oldUnit: LabelledParagraph, newUnit: LabelledParagraph, context: Context): ParagraphChild[] {
  const oldText = oldUnit.paragraph.text
  const newText = newUnit.paragraph.text
  const words = diffParagraphWords(oldText, newText, context.lang, {strictFormat: true})
  const oldJoined = words
    .filter((word) => !word.added)
    .map((word) => word.value)
    .join('')
  const newJoined = words
    .filter((word) => !word.removed)
    .map((word) => word.value)
    .join('')
  if (oldJoined !== oldText || newJoined !== newText) {
    return [...wholeParagraph(oldUnit, 'old', context), ...wholeParagraph(newUnit, 'new', context)]
  }
  const oldItalic = phraseLength(oldUnit.paragraph)
  const newItalic = phraseLength(newUnit.paragraph)
  const places = notePlaces(newUnit.paragraph)
  const children: ParagraphChild[] = []
  let oldAt = 0
  let newAt = 0
  for (const word of words) {
    if (word.removed) {
      children.push(...runs(oldText, oldAt, oldAt + word.value.length, oldItalic, 'old', context))
      oldAt += word.value.length
      continue
    }
    const side: Side = word.added ? 'new' : 'both'
    const end = newAt + word.value.length
    let cursor = newAt
    // A note mark goes right after the new-side text it follows.
    while (places.length > 0 && places[0]!.at <= end) {
      const place = places.shift()!
      const cut = Math.max(place.at, cursor)
      children.push(...runs(newText, cursor, cut, newItalic, side, context))
      const note = footnoteRun(place, context, side === 'new')
      if (note) children.push(note)
      cursor = cut
    }
    children.push(...runs(newText, cursor, end, newItalic, side, context))
    if (!word.added) oldAt += word.value.length
    newAt = end
  }
  for (const place of places) {
    const note = footnoteRun(place, context, false)
    if (note) children.push(note)
  }
  return children
}

function withComment(children: ParagraphChild[], notes: string[], context: Context): ParagraphChild[] {
  if (notes.length === 0) return children
  const id = context.comments.length
  context.comments.push({
    id,
    author: context.author,
    date: new Date(context.date),
    children: notes.map((note) => new WordParagraph({children: [new TextRun(note)]})),
  })
  return [
    new CommentRangeStart(id),
    ...children,
    new CommentRangeEnd(id),
    new TextRun({children: [new CommentReference(id)]}),
  ]
}

/** A line of the masthead or the formula: the new wording, with the old one deleted before it when it changed. */
function lineParagraph(
  oldLine: string | undefined,
  newLine: string | undefined,
  context: Context,
  italics: boolean,
): WordParagraph | undefined {
  if (oldLine === undefined && newLine === undefined) return undefined
  const children: ParagraphChild[] = []
  const revision = (text: string): {id: number; author: string; date: string; text: string; italics: boolean} => ({
    id: context.nextId++,
    author: context.author,
    date: context.date,
    text,
    italics,
  })
  if (oldLine === newLine) children.push(new TextRun({text: newLine ?? '', italics}))
  else {
    if (oldLine) children.push(new DeletedTextRun(revision(oldLine)))
    if (newLine) children.push(new InsertedTextRun(revision(newLine)))
  }
  return new WordParagraph({children})
}

function notesOf(tree: Resolution): NotesOf {
  const notes: NotesOf = {byEId: new Map(), byMarker: new Map()}
  for (const part of tree.children)
    if (part.type === 'footnotes')
      for (const note of part.children) {
        const value = {text: note.text, endnote: note.placement === 'end'}
        notes.byEId.set(note.eId, value)
        if (!notes.byMarker.has(note.marker)) notes.byMarker.set(note.marker, value)
      }
  return notes
}

function formulaOf(tree: Resolution): string | undefined {
  for (const part of tree.children)
    if (part.type === 'preamble') for (const node of part.children) if (node.type === 'formula') return node.text
  return undefined
}

/**
 * A Word document showing the new version as tracked changes against the old one: insertions
 * and deletions by `author` (word by word in reworded paragraphs, whole paragraphs for added
 * and dropped ones), a comment on each link a redline hides (moved, merged, split, a changed
 * leading phrase), italic leading phrases, the new version's footnotes (and endnotes, where its
 * Word or OpenDocument source had them), and operative
 * paragraphs numbered by Word.
 */
export async function renderRedline(
  result: DiffResult,
  oldTree: Resolution,
  newTree: Resolution,
  options: RedlineOptions = {},
): Promise<Buffer> {
  const context: Context = {
    author: options.author ?? 'resdiff',
    date: options.date ?? new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    lang: newTree.lang,
    nextId: 1,
    comments: [],
    footnotes: {},
    nextFootnote: 1,
    endnotes: {},
    nextEndnote: 1,
    newNotes: notesOf(newTree),
  }
  const oldUnits = labelledParagraphs(oldTree)
  const newUnits = labelledParagraphs(newTree)
  const labelOfOld = new Map(oldUnits.map((unit) => [unit.paragraph.eId, unit.label]))
  const body: WordParagraph[] = []
  const title = lineParagraph(oldTree.meta.title, newTree.meta.title, context, false)
  if (title) body.push(title)
  const formula = lineParagraph(formulaOf(oldTree), formulaOf(newTree), context, true)
  if (formula) body.push(formula)

  for (const entry of layout(result, oldUnits, newUnits)) {
    const unit = entry.kind === 'deleted' ? entry.old : entry.new
    const numbered = unit.section === 'operative' ? {numbering: {reference: 'operative', level: 0}} : {}
    if (entry.kind === 'deleted') {
      const children = wholeParagraph(entry.old, 'old', context)
      body.push(
        new WordParagraph({
          ...numbered,
          children,
          run: {deletion: {id: context.nextId++, author: context.author, date: context.date}},
        }),
      )
      continue
    }
    const comment = linkComment(
      entry.change,
      entry.change.old.map((eId) => labelOfOld.get(eId) ?? eId),
    )
    if (entry.kind === 'kept') {
      body.push(
        new WordParagraph({
          ...numbered,
          children: withComment(keptParagraph(entry.old, entry.new, context), comment, context),
        }),
      )
      continue
    }
    const children = withComment(wholeParagraph(entry.new, 'new', context), comment, context)
    body.push(
      new WordParagraph({
        ...numbered,
        children,
        run: {insertion: {id: context.nextId++, author: context.author, date: context.date}},
      }),
    )
  }

  const document = new Document({
    creator: context.author,
    title: `Redline: ${result.old.number ?? result.old.file ?? 'old'} → ${result.new.number ?? result.new.file ?? 'new'}`,
    comments: {children: context.comments},
    footnotes: context.footnotes,
    endnotes: context.endnotes,
    numbering: {
      config: [
        {
          reference: 'operative',
          levels: [
            {
              level: 0,
              format: LevelFormat.DECIMAL,
              text: '%1.',
              alignment: AlignmentType.START,
              style: {paragraph: {indent: {left: 720, hanging: 720}}},
            },
          ],
        },
      ],
    },
    sections: [{children: body}],
  })
  const bytes = await Packer.toBuffer(document)
  const endnotes = endnoteNumbering(newTree)
  return Object.keys(context.endnotes).length > 0 && endnotes ? withEndnoteNumbering(bytes, endnotes) : bytes
}

/**
 * The number format and first number under which Word draws the new version's endnotes as its
 * source showed them (`1`, `2` as the UN prints notes, or `i`, `ii`); Arabic numerals from 1 where
 * no one format gives them in sequence. Undefined for Word's own default (i, ii from 1).
 */
function endnoteNumbering(tree: Resolution): {format: string; start: number} | undefined {
  const marks: string[] = []
  for (const part of tree.children)
    if (part.type === 'footnotes')
      for (const note of part.children) if (note.placement === 'end') marks.push(note.marker)
  for (const format of ['decimal', 'lowerRoman', 'upperRoman', 'lowerLetter', 'upperLetter']) {
    let start = 1
    while (start < 1000 && formatNumber(start, format) !== marks[0]) start++
    if (start < 1000 && marks.every((mark, index) => formatNumber(start + index, format) === mark))
      return format === 'lowerRoman' && start === 1 ? undefined : {format, start}
  }
  return {format: 'decimal', start: 1}
}

/** The document's endnote numbering set in its section's properties (`w:endnotePr`), which the docx package does not write. */
function withEndnoteNumbering(bytes: Buffer, numbering: {format: string; start: number}): Buffer {
  const files = unzipSync(new Uint8Array(bytes))
  const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array())
  const properties = `<w:endnotePr><w:numFmt w:val="${numbering.format}"/><w:numStart w:val="${numbering.start}"/></w:endnotePr>`
  // Its place in w:sectPr: after the header and footer references, before the rest.
  files['word/document.xml'] = strToU8(
    xml.replace(/<w:sectPr\b[^>]*>(?:<w:(?:header|footer)Reference\b[^>]*\/>)*/, (start) => start + properties),
  )
  return Buffer.from(zipSync(files))
}
