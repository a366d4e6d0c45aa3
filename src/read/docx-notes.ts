import {attr, child, children, type Element} from './xml.js'
import {formatNumber} from './docx-numbering.js'
import type {Piece} from './docx.js'

// Footnotes and endnotes of a Word document: how Word numbers each kind (its own counter and
// number format: footnotes 1, 2, … and endnotes i, ii, … by default), and the notes' texts.

export type NoteKind = 'footnote' | 'endnote'

/**
 * Where the numbers of a kind of note start again from the first (`w:numRestart`; OpenDocument's
 * `text:start-numbering-at`, whose `chapter` is each heading of outline level 1).
 */
export type NoteRestart = 'continuous' | 'eachSect' | 'eachPage' | 'eachChapter'

/** How Word numbers one kind of note: the format of `w:footnotePr`/`w:endnotePr`, its first number, where it restarts. */
export interface NoteNumbering {
  format: string
  start: number
  restart?: NoteRestart
}

/** Word's defaults: footnotes in Arabic numerals, endnotes in lowercase Roman numerals, from 1. */
const defaults: Record<NoteKind, NoteNumbering> = {
  footnote: {format: 'decimal', start: 1},
  endnote: {format: 'lowerRoman', start: 1},
}

/**
 * The numbering of each kind of note: the first section's own (`w:sectPr`) over the document's
 * settings (`word/settings.xml`) over Word's defaults.
 */
export function noteNumbering(
  settings: Element | undefined,
  section: Element | undefined,
): Record<NoteKind, NoteNumbering> {
  const read = (kind: NoteKind): NoteNumbering => {
    const result = {...defaults[kind]}
    for (const properties of [child(settings, `${kind}Pr`), child(section, `${kind}Pr`)]) {
      const format = attr(child(properties, 'numFmt'), 'val')
      if (format) result.format = format
      const start = Number(attr(child(properties, 'numStart'), 'val'))
      if (Number.isInteger(start) && start >= 0 && start < 10000) result.start = start
      const restart = attr(child(properties, 'numRestart'), 'val')
      if (restart === 'continuous' || restart === 'eachSect' || restart === 'eachPage') result.restart = restart
    }
    return result
  }
  return {footnote: read('footnote'), endnote: read('endnote')}
}

/** The mark Word draws for the note counted `count` (from 0) of a kind. */
export function noteMark(numbering: NoteNumbering, count: number): string {
  const value = numbering.start + count
  switch (numbering.format) {
    case 'chicago': {
      // *, †, ‡, §, then doubled: **, ††, …
      const symbols = ['*', '†', '‡', '§']
      if (value < 1 || value > 40) return String(value)
      return (symbols[(value - 1) % symbols.length] ?? '*').repeat(Math.floor((value - 1) / symbols.length) + 1)
    }
    case 'none':
    case 'bullet':
      return String(value)
    default:
      return formatNumber(value, numbering.format)
  }
}

/**
 * The numbers of the notes as the reader of the document sees them: each kind on its own
 * counter, started again where the document says — on each page (Word's `eachPage`: the pages
 * where Word, or LibreOffice, recorded them breaking when the file was saved, and hard page and
 * section breaks), in each section, or in each chapter (OpenDocument). A file that numbers notes by page without recording
 * where its pages end gets them numbered on from its last known break, and a notice saying so.
 */
export class NoteCounter {
  private readonly counts: Record<NoteKind, number> = {footnote: 0, endnote: 0}
  private readonly numbered: Record<NoteKind, number> = {footnote: 0, endnote: 0}
  /** True once the file has shown where a page ended as laid out (not only hard breaks). */
  private laidOut = false

  constructor(readonly numbering: Record<NoteKind, NoteNumbering>) {}

  /** The mark of the next automatically numbered note of a kind. */
  next(kind: NoteKind): string {
    this.numbered[kind]++
    return noteMark(this.numbering[kind], this.counts[kind]++)
  }

  /** A page begins: where the layout broke it when saved (`laidOut`), or a hard page break. */
  page(laidOut: boolean): void {
    if (laidOut) this.laidOut = true
    for (const kind of ['footnote', 'endnote'] as const)
      if (this.numbering[kind].restart === 'eachPage') this.counts[kind] = 0
  }

  /** A section begins (on a new page unless the break is continuous). */
  section(newPage: boolean): void {
    for (const kind of ['footnote', 'endnote'] as const) {
      const restart = this.numbering[kind].restart
      if (restart === 'eachSect' || (restart === 'eachPage' && newPage)) this.counts[kind] = 0
    }
  }

  /** A chapter begins (an OpenDocument heading of outline level 1). */
  chapter(): void {
    for (const kind of ['footnote', 'endnote'] as const)
      if (this.numbering[kind].restart === 'eachChapter') this.counts[kind] = 0
  }

  /** What the reader should know: notes numbered by page in a file that does not say where its pages end. */
  notice(what: string): string | undefined {
    const kinds = (['footnote', 'endnote'] as const).filter(
      (kind) => this.numbering[kind].restart === 'eachPage' && this.numbered[kind] > 1,
    )
    if (this.laidOut || kinds.length === 0) return undefined
    return `${what} numbers its ${kinds.map((kind) => `${kind}s`).join(' and ')} afresh on each page but does not record where its pages end: they are numbered on from the last page break it marks`
  }
}

/** The notes of one kind, by id: normal notes only (not the separators Word keeps among them). */
export function notesById(root: Element | undefined, kind: NoteKind): Map<string, Element> {
  const byId = new Map<string, Element>()
  if (!root) return byId
  for (const note of children(root, kind)) {
    const type = attr(note, 'type')
    if (type && type !== 'normal') continue
    byId.set(attr(note, 'id') ?? '', note)
  }
  return byId
}

/** The pieces without the mark their text opens with (after white space), positions kept. */
export function dropMark(pieces: Piece[], mark: string): Piece[] {
  const first = pieces.findIndex((piece) => piece.kind !== 'text' || piece.text.trim() !== '')
  const piece = pieces[first]
  if (!piece || piece.kind !== 'text') return pieces
  const lead = piece.text.length - piece.text.trimStart().length
  if (!piece.text.startsWith(mark, lead)) return pieces
  const rest = {...piece, text: piece.text.slice(lead + mark.length), at: piece.at + lead + mark.length}
  // The white space before it goes too, as the writer of the notes trims it.
  return [...(rest.text ? [rest] : []), ...pieces.slice(first + 1)]
}
