import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {facts, treeOf} from './office-helpers.js'

// PDFs of field texts in layouts the other fixtures do not have, and what each extractor gives
// of them (fixtures/office-layouts, made by scripts/make-layout-fixtures.sh). The counts and
// words below are read from the sources in fixtures/office-layouts/sources/ (S/RES/2250 (2015):
// 18 preambular and 22 operative paragraphs; A/RES/78/17: 12 and 12).

const text = (name: string): string => readFileSync(path.join('fixtures/office-layouts/text', name), 'utf8')
const comparable = (tree: Resolution): string[] =>
  facts(tree).map((fact) => JSON.stringify({...(fact as object), phrase: undefined}).replace(/-/gu, ''))

describe('two columns set side by side on each line', () => {
  it('reads pdftotext -layout of a two-column page column by column (S/RES/2250)', async () => {
    const tree = parseResolution(text('sc-2250-2015-two-columns.layout.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(18)
    expect(operativeParagraphs(tree)).toHaveLength(22)
    // The right column of page 1 opens with the sixth preambular paragraph; beside it in the left
    // column stood the first and the second.
    expect(preambularParagraphs(tree)[0]!.text).toMatch(
      /^Recalling its resolutions 1325 \(2000\), .* S\/PRST\/2015\/2,$/u,
    )
    expect(preambularParagraphs(tree)[7]!.text).toMatch(
      /^Affirming the important role youth can play .* peacebuilding efforts,$/u,
    )
    expect(operativeParagraphs(tree)[1]!.text).toMatch(/^Calls on all relevant actors, .* conflict resolution;$/u)
    expect(comparable(tree)).toEqual(
      comparable(await treeOf('fixtures/office-layouts/sc-2250-2015-two-columns.en.docx')),
    )
  })

  it('reads pdftotext -layout of the two-column A/RES/78/17 column by column', () => {
    const tree = parseResolution(text('un-ga-78-17-two-columns.layout.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(12)
    expect(operativeParagraphs(tree)).toHaveLength(12)
    expect(operativeParagraphs(tree)[0]!.text).toMatch(/^Urges all parties directly concerned seriously to consider/u)
  })

  it("reads Ghostscript txtwrite's two columns, which no form feed parts, page by page", () => {
    const tree = parseResolution(text('un-ga-78-17-two-columns.gs.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(12)
    expect(operativeParagraphs(tree)).toHaveLength(12)
    const two = parseResolution(text('sc-2250-2015-two-columns.gs.en.txt'))
    expect(preambularParagraphs(two)[7]!.text).toMatch(
      /^Affirming the important role youth can play .* peacebuilding efforts,$/u,
    )
  })

  it("cuts txtwrite's rows where the left column's justified line runs past the gutter (S/RES/2250 (2015))", () => {
    // Page 1: `Expressing  concern   that   among   civilians,   youth      regional and international
    // insecurity,`: the left line's last word stands where most rows have the gutter; the words
    // read from the source: `…among civilians, youth account for…`, `…fosters regional and…`.
    const two = parseResolution(text('sc-2250-2015-two-columns.gs.en.txt'))
    const flat = (value: string): string => value.replace(/\s+/gu, ' ')
    expect(flat(preambularParagraphs(two)[5]!.text)).toMatch(
      /^Expressing concern that among civilians, youth account for many/u,
    )
    expect(flat(preambularParagraphs(two)[11]!.text)).toMatch(
      /development and fosters regional and international insecurity,$/u,
    )
    // `13.   Calls on all relevant actors to consider` / `…interreligious   dialogue`: `consider`
    // and `instituting` each ran past the gutter.
    expect(flat(operativeParagraphs(two)[12]!.text)).toBe(
      'Calls on all relevant actors to consider instituting mechanisms to promote a culture of peace, tolerance, intercultural and interreligious dialogue that involve youth and discourage their participation in acts of violence, terrorism, xenophobia, and all forms of discrimination;',
    )
    // A/RES/78/17: `6.    Also   invites  those   countries,   pending   the`, nothing beside it.
    const tree = parseResolution(text('un-ga-78-17-two-columns.gs.en.txt'))
    expect(flat(operativeParagraphs(tree)[5]!.text)).toMatch(
      /^Also invites those countries, pending the establishment of the zone,/u,
    )
    expect(flat(preambularParagraphs(tree)[0]!.text)).toMatch(
      /^Recalling its resolutions 3263 \(XXIX\) of 9 December 1974, 3474/u,
    )
  })

  it('reads notes at the foot of a left column, between a paragraph’s halves, as notes (MuPDF)', () => {
    // Page 2 of the two-column 78/17: the left column ends `…not to develop, produce, test or`,
    // its notes 2 and 3 under it, and operative 6 goes on at the right column's head
    // (`otherwise acquire nuclear weapons…`). Read from the Word file: operative 6, notes 2 and 3.
    for (const name of ['un-ga-78-17-two-columns.mutool.en.txt', 'un-ga-78-17-two-columns.mutool-noff.en.txt']) {
      const written = text(name)
      expect(written).toMatch(/produce, test or\n\n2\nA\/78\/205 \(Part I\)\.\n\n3\n/u)
      const tree = parseResolution(written)
      expect(operativeParagraphs(tree)[5]!.text.replace(/\s+/gu, ' ')).toBe(
        'Also invites those countries, pending the establishment of the zone, not to develop, produce, test or otherwise acquire nuclear weapons or permit the stationing on their territories, or territories under their control, of nuclear weapons or nuclear explosive devices;',
      )
      const notes = new Map(footnotes(tree).map((note) => [note.marker, note.text]))
      expect(notes.get('2')).toBe('A/78/205 (Part I).')
      expect(notes.get('3')).toBe('United Nations, Treaty Series, vol. 729, No. 10485.')
    }
  })

  it('leaves one column whose justified lines have wide gaps as it is', () => {
    // pdf-parse 1.x sets a justified line's spaces as runs (`of   the   population   of`).
    const tree = parseResolution(text('sc-2250-2015-two-columns.pdfjs1.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(18)
    expect(operativeParagraphs(tree)).toHaveLength(22)
  })
})

describe('note numbers in a column above their texts', () => {
  it("reads pdftotext's column of note numbers on the A4 A/RES/76/130 as the notes' numbers", async () => {
    // Page 1 sets notes 1 to 13 at its foot; pdftotext gives the thirteen numbers one to a line,
    // then the thirteen texts (note 8 over two lines). Before, the numbers were read as a
    // table's column and the texts as the words of the preambular paragraph above them.
    const tree = parseResolution(text('ga-76-130-a4.pdftotext.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(18)
    expect(operativeParagraphs(tree)).toHaveLength(12)
    const notes = new Map(footnotes(tree).map((note) => [note.marker, note.text]))
    expect(notes.size).toBe(16)
    expect(notes.get('8')).toBe(
      'Report of the World Summit for Social Development, Copenhagen, 6–12 March 1995 (United Nations publication, Sales No. E.96.IV.8), chap. I, resolution 1, annexes I and II.',
    )
    expect(notes.get('13')).toBe('Ibid., Seventieth Session, Supplement No. 53 (A/70/53), chap. III, sect. A.')
    expect(preambularParagraphs(tree)[4]!.text).toMatch(
      /^Recalling further its resolution 69\/170 .* with effect from 2015,$/u,
    )
    expect(comparable(tree)).toEqual(comparable(await treeOf('fixtures/office-layouts/ga-76-130-a4.en.docx')))
  })
})

describe('pdf-parse 1.x of the UN layout', () => {
  it("puts back the tab's gap in a page's head and foot, and reads the notes (A/RES/76/130 on A4)", async () => {
    // pdf.js 1.10 gives `A/RES/76/130Persons with albinism` and `2/421-19151`; a raised call
    // after a date (`26 March 2015` / `13` / ` and 37/5`) splits its line as after a word.
    const tree = parseResolution(text('ga-76-130-a4.pdfjs1.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(18)
    expect(operativeParagraphs(tree)).toHaveLength(12)
    const notes = new Map(footnotes(tree).map((note) => [note.marker, note.text]))
    expect([...notes.keys()]).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
      '11',
      '12',
      '13',
      '14',
      '15',
      '16',
    ])
    expect(notes.get('12')).toBe('Ibid., Supplement No. 53A (A/68/53/Add.1), chap. III.')
    expect(notes.get('16')).toBe('Resolution 70/1.')
    expect(preambularParagraphs(tree)[2]!.text).toMatch(/^Recalling its resolution 74\/123 .* persons with albinism,$/u)
  })
})
