// Read a fixture source (fixtures/*/sources/*.txt: a `key: value` head, `---`, then one paragraph
// a line as KIND<tab>TEXT, `note N<tab>TEXT` for the notes) and turn its text into `docx` runs.
// Shared by scripts/make-producers-fixtures.js and scripts/make-drafts-fixtures.js.
import {readFileSync} from 'node:fs'
import {FootnoteReferenceRun, Paragraph, TextRun} from 'docx'

/** A source: its `key: value` head, its lines as [kind, text] and its notes as [number, text]. */
export function readSource(file) {
  const [head, body] = readFileSync(file, 'utf8').split('\n---\n')
  const meta = {}
  for (const line of head.split('\n')) {
    if (line.startsWith('#') || !line.includes(':')) continue
    const at = line.indexOf(':')
    meta[line.slice(0, at).trim()] = line.slice(at + 1).trim()
  }
  const lines = body
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const at = line.indexOf('\t')
      return [line.slice(0, at), line.slice(at + 1)]
    })
  return {
    meta,
    lines,
    notes: lines.filter(([kind]) => kind.startsWith('note ')).map(([kind, text]) => [Number(kind.slice(5)), text]),
  }
}

/** Runs of a text with `*italics*` and `[^N]` footnote references. */
export function runs(text, font) {
  const children = []
  for (const part of text.split(/(\*[^*]+\*|\[\^\d+\])/)) {
    if (!part) continue
    const note = /^\[\^(\d+)\]$/.exec(part)
    if (note) children.push(new FootnoteReferenceRun(Number(note[1])))
    else if (part.startsWith('*') && part.endsWith('*') && part.length > 2)
      children.push(new TextRun({text: part.slice(1, -1), italics: true, font}))
    else children.push(new TextRun({text: part, font}))
  }
  return children
}

/** The notes of a source as the `docx` package's footnotes. */
export const footnotes = (notes, font) =>
  Object.fromEntries(notes.map(([n, text]) => [n, {children: [new Paragraph({children: runs(text, font)})]}]))
