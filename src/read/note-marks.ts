import {markerId} from '../parse/notes.js'
import type {AuthorialNote, Resolution} from '../tree/types.js'
import type {WrittenNote} from './document.js'

// A Word or OpenDocument file's notes given back the marks its reader sees. Two notes that show
// one mark (footnote 1 and endnote 1; numbers restarted on each page or section) were written
// for the parser with marks of their own (`n1`, `n2`…, see word.ts), so that each call was tied
// to its note; here each note takes its shown mark again, an eId of its own as the parser gives
// them (`fn_1`, `fn_1_2`), and each call of such a note the note's eId (`noteRef.note`).
// Endnotes are marked `placement: "end"`.

/** Give the tree's notes and their calls the marks the document shows (see ReadDocument.notes). */
export function applyNotes(tree: Resolution, written: readonly WrittenNote[]): void {
  const byWritten = new Map(written.map((note) => [note.written, note]))
  const footnotes = tree.children.find((part) => part.type === 'footnotes')
  const notes = (footnotes?.children ?? []) as AuthorialNote[]
  const eIdOf = new Map<string, string>()
  const used = new Map<string, number>()
  for (const note of notes) {
    const info = byWritten.get(note.marker)
    const writtenMark = note.marker
    if (info) {
      note.marker = info.marker
      if (info.endnote) note.placement = 'end'
    }
    const base = `fn_${markerId(note.marker)}`
    const count = (used.get(base) ?? 0) + 1
    used.set(base, count)
    note.eId = count === 1 ? base : `${base}_${count}`
    if (info && info.written !== info.marker) eIdOf.set(writtenMark, note.eId)
  }
  const walk = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return
    const record = node as {type?: string; marker?: string; note?: string; children?: unknown[]}
    if (record.type === 'noteRef' && record.marker !== undefined) {
      const info = byWritten.get(record.marker)
      const eId = eIdOf.get(record.marker)
      if (info) record.marker = info.marker
      if (eId) record.note = eId
    }
    if (Array.isArray(record.children)) for (const child of record.children) walk(child)
  }
  walk(tree)
}
