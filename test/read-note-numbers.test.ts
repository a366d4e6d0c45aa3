import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {strFromU8, unzipSync} from 'fflate'
import {diffResolutions} from '../src/diff/index.js'
import {parseResolution} from '../src/parse/index.js'
import {readDocument, remapTree} from '../src/read/document.js'
import {renderRedline} from '../src/report/docx/redline.js'
import {footnotes} from '../src/tree/access.js'
import type {NoteRef, Resolution} from '../src/tree/types.js'
import {notesOf7817, numberedNotesOf7817, paragraphs, treeOf} from './office-helpers.js'

// Notes numbered as the reader of a Word or OpenDocument file sees them, when two notes show
// the same number. A/RES/78/17 saved by LibreOffice (fixtures/office-legacy/README.md,
// scripts/make-doc-odt-fixtures.sh) with its last two notes made endnotes and both kinds numbered
// 1, 2 (`mixed-decimal`), and with its footnotes numbered afresh on each page (`per-page`).
// The numbers were read by a person from LibreOffice's own PDF of each file: the mixed file
// shows footnotes 1, 2 at the feet of pages 1 and 2 and endnotes 1, 2 at the end; the per-page
// file shows 1 on page 1, 1 and 2 on page 2, 1 on page 3. The notes' texts and the marks'
// places are the source's (fixtures/office-un/sources/ga-78-17.en.txt): note 1 ends preambular
// 2, note 2 preambular 12, note 3 operative 1, note 4 stands in operative 10.
const legacy = (name: string): string => path.join('fixtures/office-legacy', name)

/** Each note call of the paragraphs in reading order: the mark shown, and the text of the note it calls. */
function calls(tree: Resolution): Array<[string, string | undefined]> {
  const notes = footnotes(tree)
  const result: Array<[string, string | undefined]> = []
  const walk = (node: {type?: string; children?: unknown[]}): void => {
    if (node.type === 'noteRef') {
      const ref = node as NoteRef
      const note = ref.note
        ? notes.find((candidate) => candidate.eId === ref.note)
        : notes.find((candidate) => candidate.marker === ref.marker)
      result.push([ref.marker, note?.text])
    }
    for (const child of node.children ?? []) walk(child as {type?: string; children?: unknown[]})
  }
  for (const paragraph of paragraphs(tree)) walk(paragraph)
  return result
}

describe('note numbers as the reader sees them', () => {
  for (const extension of ['docx', 'doc', 'odt']) {
    it(`footnotes 1, 2 and endnotes 1, 2 (.${extension}): each call tied to its own note, no eId shared`, async () => {
      const tree = await treeOf(legacy(`ga-78-17-mixed-decimal.en.${extension}`))
      const notes = footnotes(tree)
      expect(notes.map((note) => [note.marker, note.text, note.placement])).toEqual([
        ['1', notesOf7817[0], undefined],
        ['2', notesOf7817[1], undefined],
        ['1', notesOf7817[2], 'end'],
        ['2', notesOf7817[3], 'end'],
      ])
      expect(new Set(notes.map((note) => note.eId)).size).toBe(4)
      expect(calls(tree)).toEqual([
        ['1', notesOf7817[0]],
        ['2', notesOf7817[1]],
        ['1', notesOf7817[2]],
        ['2', notesOf7817[3]],
      ])
      expect(notes.every((note) => note.calledBy === 'marker')).toBe(true)
    })
  }

  it('footnotes numbered afresh on each page (.odt, whose layout LibreOffice records): 1 | 1, 2 | 1', async () => {
    const tree = await treeOf(legacy('ga-78-17-per-page.en.odt'))
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([
      ['1', notesOf7817[0]],
      ['1', notesOf7817[1]],
      ['2', notesOf7817[2]],
      ['1', notesOf7817[3]],
    ])
    expect(calls(tree)).toEqual([
      ['1', notesOf7817[0]],
      ['1', notesOf7817[1]],
      ['2', notesOf7817[2]],
      ['1', notesOf7817[3]],
    ])
    expect(new Set(footnotes(tree).map((note) => note.eId)).size).toBe(4)
  })

  it("the same in a .docx with Word's record of its page breaks (w:lastRenderedPageBreak)", async () => {
    const tree = await treeOf(legacy('ga-78-17-per-page-rendered.en.docx'))
    expect(calls(tree)).toEqual([
      ['1', notesOf7817[0]],
      ['1', notesOf7817[1]],
      ['2', notesOf7817[2]],
      ['1', notesOf7817[3]],
    ])
  })

  it('footnotes numbered afresh in each chapter (.odt: from each heading of outline level 1, the formula and operative 1): 1, 2 | 1, 2', async () => {
    // LibreOffice's PDF of the file shows `Assembly,1` (preambular 2), `77/38,2` (preambular 12),
    // `Weapons;1` (operative 1) and `1990 2` (operative 10).
    const tree = await treeOf(legacy('ga-78-17-per-chapter.en.odt'))
    const expected: Array<[string, string | undefined]> = [
      ['1', notesOf7817[0]],
      ['2', notesOf7817[1]],
      ['1', notesOf7817[2]],
      ['2', notesOf7817[3]],
    ]
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual(expected)
    expect(calls(tree)).toEqual(expected)
    expect(new Set(footnotes(tree).map((note) => note.eId)).size).toBe(4)
  })

  for (const extension of ['docx', 'doc']) {
    it(`footnotes numbered afresh in each section (.${extension}: a continuous section break after preambular 12): 1, 2 | 1, 2`, async () => {
      // Word restarts notes numbered by section (w:numRestart eachSect; the .doc's rncFtn 1) at
      // each section's start, on a new page or not: the preamble's two notes, then the operative part's.
      const tree = await treeOf(legacy(`ga-78-17-per-section.en.${extension}`))
      expect(calls(tree)).toEqual([
        ['1', notesOf7817[0]],
        ['2', notesOf7817[1]],
        ['1', notesOf7817[2]],
        ['2', notesOf7817[3]],
      ])
      expect(paragraphs(tree).length).toBe(24)
    })
  }

  for (const extension of ['docx', 'doc']) {
    it(`says so when a .${extension} numbers by page but does not record its pages (numbered on: 1 to 4)`, async () => {
      const document = await readDocument(readFileSync(legacy(`ga-78-17-per-page.en.${extension}`)))
      expect(document.notices).toEqual([
        'the Word document numbers its footnotes afresh on each page but does not record where its pages end: they are numbered on from the last page break it marks',
      ])
      const tree = await treeOf(legacy(`ga-78-17-per-page.en.${extension}`))
      expect(calls(tree)).toEqual(numberedNotesOf7817)
    })
  }

  it('writes the endnotes of the new version as endnotes in the Word redline, the footnotes as footnotes', async () => {
    const oldTree = await treeOf(path.join('fixtures/office-un', 'ga-78-17.en.docx'))
    const newTree = await treeOf(legacy('ga-78-17-mixed-decimal.en.docx'))
    const bytes = await renderRedline(diffResolutions(oldTree, newTree), oldTree, newTree, {
      date: '2026-01-01T00:00:00Z',
    })
    const files = unzipSync(new Uint8Array(bytes))
    const document = strFromU8(files['word/document.xml']!)
    expect(document.match(/<w:footnoteReference /g)).toHaveLength(2)
    expect(document.match(/<w:endnoteReference /g)).toHaveLength(2)
    const endnotes = strFromU8(files['word/endnotes.xml']!)
    expect(endnotes).toContain('United Nations, Treaty Series, vol. 729, No. 10485.')
    expect(endnotes).toContain('A/45/435.')
    expect(strFromU8(files['word/footnotes.xml']!)).not.toContain('A/45/435.')
    // The endnotes numbered 1, 2 as the new version shows them (Word's own default is i, ii).
    expect(document).toContain('<w:endnotePr><w:numFmt w:val="decimal"/><w:numStart w:val="1"/></w:endnotePr>')
    // Read back, the redline's endnotes are endnotes, with the marks the new version shows.
    const reread = footnotes(await treeOfBytes(bytes))
    expect(reread.map((note) => [note.marker, note.text, note.placement])).toEqual([
      ['1', notesOf7817[0], undefined],
      ['2', notesOf7817[1], undefined],
      ['1', notesOf7817[2], 'end'],
      ['2', notesOf7817[3], 'end'],
    ])
  })

  it("numbers the redline's endnotes i, ii, iii, iv where the new version shows them so (its endnote format lowerRoman)", async () => {
    const oldTree = await treeOf(path.join('fixtures/office-un', 'ga-78-17.en.docx'))
    const newTree = await treeOf(legacy('ga-78-17-endnotes.en.docx'))
    const bytes = await renderRedline(diffResolutions(oldTree, newTree), oldTree, newTree, {
      date: '2026-01-01T00:00:00Z',
    })
    const reread = footnotes(await treeOfBytes(bytes))
    expect(reread.map((note) => [note.marker, note.text, note.placement])).toEqual(
      ['i', 'ii', 'iii', 'iv'].map((marker, index) => [marker, notesOf7817[index], 'end']),
    )
  })
})

async function treeOfBytes(bytes: Uint8Array): Promise<Resolution> {
  const document = await readDocument(bytes)
  const tree = parseResolution(document.text)
  remapTree(tree, document)
  return tree
}
