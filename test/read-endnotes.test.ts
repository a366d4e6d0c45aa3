import {readFileSync} from 'node:fs'
import path from 'node:path'
import {strFromU8, strToU8, unzipSync, zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {readDocument, remapTree} from '../src/read/document.js'
import {parseResolution} from '../src/parse/index.js'
import type {Resolution} from '../src/tree/types.js'
import {facts, notes, notesOf7817, paragraphs, refsOf, treeOf} from './office-helpers.js'

// A/RES/78/17 with its notes as endnotes, saved by LibreOffice as .docx, .doc and .odt
// (fixtures/office-legacy/README.md, scripts/make-doc-odt-fixtures.sh): every note an endnote,
// and the last two only. The notes' texts and where their marks stand are the source's
// (fixtures/office-un/sources/ga-78-17.en.txt): note 1 at the end of preambular 2, note 2 of
// preambular 12, note 3 of operative 1, note 4 in operative 10.
const legacy = (name: string): string => path.join('fixtures/office-legacy', name)
const formats = ['docx', 'doc', 'odt'] as const

/** The note marks of the paragraphs, in reading order. */
function marks(tree: Resolution): string[] {
  return paragraphs(tree).flatMap((paragraph) => refsOf(paragraph.children))
}

function placesOfNotes(tree: Resolution): void {
  const all = facts(tree) as Array<{kind: string; notes: string[]}>
  const preambular = all.filter((paragraph) => paragraph.kind === 'preambularParagraph')
  const operative = all.filter((paragraph) => paragraph.kind === 'paragraph')
  expect(preambular).toHaveLength(12)
  expect(operative).toHaveLength(12)
  expect(preambular[1]?.notes).toEqual([notesOf7817[0]])
  expect(preambular[11]?.notes).toEqual([notesOf7817[1]])
  expect(operative[0]?.notes).toEqual([notesOf7817[2]])
  expect(operative[9]?.notes).toEqual([notesOf7817[3]])
}

describe('endnotes read as notes, tied to their marks', () => {
  for (const extension of formats) {
    it(`every note an endnote (.${extension}): the four notes, numbered i to iv, at their marks`, async () => {
      const tree = await treeOf(legacy(`ga-78-17-endnotes.en.${extension}`))
      expect([...notes(tree).entries()]).toEqual([
        ['i', notesOf7817[0]],
        ['ii', notesOf7817[1]],
        ['iii', notesOf7817[2]],
        ['iv', notesOf7817[3]],
      ])
      expect(marks(tree)).toEqual(['i', 'ii', 'iii', 'iv'])
      placesOfNotes(tree)
      // The same paragraphs, words and notes as the footnote version: only the marks differ.
      expect(facts(tree)).toEqual(facts(await treeOf('fixtures/office-un/ga-78-17.en.docx')))
      expect(tree.meta).toEqual((await treeOf('fixtures/office-un/ga-78-17.en.docx')).meta)
    })

    it(`two footnotes and two endnotes (.${extension}): both kinds kept, each on its own numbers`, async () => {
      const tree = await treeOf(legacy(`ga-78-17-mixed-notes.en.${extension}`))
      expect([...notes(tree).entries()]).toEqual([
        ['1', notesOf7817[0]],
        ['2', notesOf7817[1]],
        ['i', notesOf7817[2]],
        ['ii', notesOf7817[3]],
      ])
      expect(marks(tree)).toEqual(['1', '2', 'i', 'ii'])
      // Named by their marks, as reports label them ("Note ii").
      const part = tree.children.find((node) => node.type === 'footnotes')
      expect(part?.children.map((note) => note.eId)).toEqual(['fn_1', 'fn_2', 'fn_i', 'fn_ii'])
      placesOfNotes(tree)
      expect(facts(tree)).toEqual(facts(await treeOf('fixtures/office-un/ga-78-17.en.docx')))
    })
  }

  it("numbers endnotes in the format the .docx's settings name (upper Roman here)", async () => {
    // The same file with its endnote format changed from lowerRoman to upperRoman, in both
    // places LibreOffice writes it (the settings and the section).
    const files = unzipSync(new Uint8Array(readFileSync(legacy('ga-78-17-endnotes.en.docx'))))
    for (const part of ['word/settings.xml', 'word/document.xml']) {
      const xml = strFromU8(files[part]!)
      expect(xml).toContain('<w:endnotePr><w:numFmt w:val="lowerRoman"/>')
      files[part] = strToU8(xml.replaceAll('w:val="lowerRoman"', 'w:val="upperRoman"'))
    }
    const document = await readDocument(zipSync(files))
    const tree = parseResolution(document.text)
    remapTree(tree, document)
    expect([...notes(tree).keys()]).toEqual(['I', 'II', 'III', 'IV'])
    expect(marks(tree)).toEqual(['I', 'II', 'III', 'IV'])
  })
})
