import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pageCountMarks} from '../src/parse/rewrite.js'
import type {Resolution} from '../src/tree/types.js'
import {facts, notes, paragraphs, refsOf, treeOf} from './office-helpers.js'

// What other PDF extractors than pdftotext give of the PDF fixtures (fixtures/office-extractors,
// made by scripts/make-extractor-fixtures.sh): MuPDF (`mutool`, the engine of PyMuPDF's
// `get_text()`), Ghostscript's txtwrite (`gs`) and pdf.js through the npm wrapper pdf-parse
// (`pdfjs`: v2, `pdfjs1`: v1.1.1). The Word file the PDF was printed from is the reference: its
// paragraphs and notes are the source's, written by pandoc or the docx package, not read by
// resdiff's parser from text.

const dir = 'fixtures/office-extractors'
const text = (name: string): string => readFileSync(path.join(dir, name), 'utf8')

/**
 * The facts without the leading phrase (Word's italics in one, the lexicon's in the other), hyphens,
 * and spaces beside Chinese (a note's line break between `和` and `Corr.2` is read as a space).
 */
const comparable = (tree: Resolution): string[] =>
  facts(tree).map((fact) =>
    JSON.stringify({...(fact as object), phrase: undefined})
      .replace(/-/gu, '')
      .replace(/(?<=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f]) | (?=[\u3400-\u9fff\uff00-\uffef\u3000-\u303f])/gu, ''),
  )

describe('PDF text as other extractors give it', () => {
  for (const [name, word] of [
    ['un-ga-78-17.pdfjs.en.txt', 'office-un/ga-78-17.en.docx'],
    ['cop-8-3.pdfjs.en.txt', 'office/cop-8-3.en.docx'],
    ['un-ga-78-17.mutool.en.txt', 'office-un/ga-78-17.en.docx'],
    ['cop-8-3.mutool.en.txt', 'office/cop-8-3.en.docx'],
    ['cop-8-3.mutool-noff.en.txt', 'office/cop-8-3.en.docx'],
    ['cop-8-3-running-heads.mutool-noff.en.txt', 'office/cop-8-3.en.docx'],
    ['typeset-cop-6-2-ghostscript.mutool.en.txt', 'office/cop-6-2.en.docx'],
    ['typeset-cop-6-2-ghostscript.mutool-noff.en.txt', 'office/cop-6-2.en.docx'],
    ['typeset-cop-6-2-ghostscript.pdfjs.en.txt', 'office/cop-6-2.en.docx'],
    ['un-ga-78-17.gs.en.txt', 'office-un/ga-78-17.en.docx'],
    ['cop-8-3.gs.en.txt', 'office/cop-8-3.en.docx'],
    ['cop-10-draft-mexico.gs.en.txt', 'office/cop-10-draft-mexico.en.docx'],
    ['cop-10-draft-mexico.pdfjs.en.txt', 'office/cop-10-draft-mexico.en.docx'],
    ['cop-6-2.gs.zh.txt', 'office/cop-6-2.zh.docx'],
    ['cop-6-2.pdfjs.zh.txt', 'office/cop-6-2.zh.docx'],
    ['cop-6-2.mutool.zh.txt', 'office/cop-6-2.zh.docx'],
    ['cop-8-3.pdfjs1.en.txt', 'office/cop-8-3.en.docx'],
    ['cop-6-2.pdfjs1.zh.txt', 'office/cop-6-2.zh.docx'],
    ['typeset-cop-6-2-ghostscript.pdfjs1.en.txt', 'office/cop-6-2.en.docx'],
  ] as const) {
    it(`reads ${name} as its Word file`, async () => {
      const want = comparable(await treeOf(path.join('fixtures', word)))
      expect(comparable(parseResolution(text(name)))).toEqual(want)
    })
  }

  it('reads the page lines pdf-parse sets between pages as page breaks', () => {
    // pdf-parse's `getText()` joins pages with a blank line, `-- 2 of 3 --` and a blank line. Read
    // as text, the first was preambular paragraph 4 and page 2's running head ran into it; the
    // notes at each page's foot were read as the paragraphs' words.
    const written = text('un-ga-78-17.pdfjs.en.txt')
    expect(written).toMatch(/\n\n-- 1 of 3 --\n\nA\/RES\/78\/17 Establishment/u)
    const tree = parseResolution(written)
    const all = paragraphs(tree)
    // Read from the Word file: 12 preambular paragraphs, 12 operative, 4 notes.
    expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph')).toHaveLength(12)
    expect(all.filter((paragraph) => paragraph.type === 'paragraph')).toHaveLength(12)
    expect(all[3]!.text).toBe(
      'Reaffirming the inalienable right of all States to acquire and develop nuclear energy for peaceful purposes,',
    )
    expect(notes(tree)).toEqual(
      new Map([
        ['1', 'Resolution S-10/2.'],
        ['2', 'A/78/205 (Part I).'],
        ['3', 'United Nations, Treaty Series, vol. 729, No. 10485.'],
        ['4', 'A/45/435.'],
      ]),
    )
    // The tree's positions point into the text as written.
    const fourth = all[3]!.position!
    expect(written.slice(fourth.start.offset, fourth.end.offset)).toBe(
      'Reaffirming the inalienable right of all States to acquire and develop nuclear energy\nfor peaceful purposes,',
    )
  })

  it('reads such lines as page breaks only when they count the pages in order', () => {
    const pages = 'Recalling its resolution 77/38,\n\n-- 1 of 2 --\n\n1. Decides\n\n-- 2 of 2 --\n\n'
    expect(pageCountMarks(pages).map((mark) => mark.written)).toEqual(['\n\f', '\n\f'])
    // No page 1 before it, or another total: the text's own lines.
    expect(pageCountMarks('Recalling its resolution 77/38,\n\n-- 2 of 3 --\n\n1. Decides')).toEqual([])
    expect(pageCountMarks('a\n\n-- 1 of 3 --\n\nb\n\n-- 2 of 4 --\n\nc')).toEqual([])
  })

  it('reads ligatures Ghostscript wrote in the high byte as their letters', () => {
    // A PDF re-saved by Ghostscript writes `fi` as U+6600 U+6900 (`昀椀`) and `ff` as U+6600
    // U+6600; MuPDF and pdf.js give those characters as they stand, and so does Ghostscript's
    // own txtwrite of any PDF with ligatures.
    const written = text('typeset-cop-6-2-ghostscript.mutool.en.txt')
    expect(written).toContain('Rea昀昀irming its resolution 5/4')
    expect(written).toContain('昀椀rearms')
    const all = paragraphs(parseResolution(written))
    // Read from the Word file: preambular 2 opens `Reaffirming`, a known phrase; 6/2 has 12 and 15.
    expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph')).toHaveLength(12)
    expect(all[1]!.leadingPhrase).toMatchObject({text: 'Reaffirming', known: true})
    expect(all[1]!.text).toContain('trafficking in firearms, their parts and components and ammunition')
  })

  it('writes a raised note number Ghostscript’s txtwrite set on a line of its own back into its gap', () => {
    // txtwrite sets a raised number at its column above its line, which keeps the gap it left:
    // `   1        2` / `Crime,  and that the Convention and the Protocols thereto  constitute a`.
    const written = text('cop-10-draft-mexico.gs.en.txt')
    expect(written).toMatch(
      /\r\n {20}1 {54}2\r\n {13}Crime, {2}and that the Convention and the Protocols thereto {2}constitute/u,
    )
    const tree = parseResolution(written)
    const first = paragraphs(tree)[0]!
    // The seed: `…Transnational Organized Crime,¹ and that the Convention and the Protocols thereto² constitute…`.
    expect(first.text.replace(/\s+/gu, ' ')).toContain(
      'against Transnational Organized Crime, and that the Convention and the Protocols thereto constitute a universal framework',
    )
    expect(refsOf(first.children)).toEqual(['1', '2'])
    expect(notes(tree).get('2')).toBe('Ibid., vols. 2237, 2241 and 2326, No. 39574.')
  })

  it('writes a raised number back after the closing mark near its column in Chinese', () => {
    // Chinese sets no space around a call, and txtwrite's columns drift from its characters':
    // `      1` over `回顾《联合国打击跨国有组织犯罪公约》第32条…`. The seed: `…犯罪公约》¹第32条`.
    const written = text('cop-6-2.gs.zh.txt')
    expect(written).toMatch(/\r\n {42}1\r\n {11}回顾《联合国打击跨国有组织犯罪公约》第32条/u)
    const tree = parseResolution(written)
    const first = paragraphs(tree)[0]!
    const call = first.children.find((node) => node.type === 'noteRef')!
    const at = call.position!.start.offset!
    expect(written.slice(at - 5, at)).toBe('犯罪公约》')
    expect(notes(tree).size).toBe(7)
  })

  it('ends a page’s notes where the page goes on, with no form feed or page number', () => {
    // 8/3 in txtwrite: `…Aspects6 and the` … `6 Report of the United Nations Conference…` then
    // page 3's words with nothing between. Note 5 (read from the seed): `See General Assembly resolution 67/234 B.`
    const tree = parseResolution(text('cop-8-3.gs.en.txt'))
    expect(notes(tree).get('5')).toBe('See General Assembly resolution 67/234 B.')
    expect(notes(tree).size).toBe(10)
    // The draft's page 1 ends `…supplementing the United Nations`, its notes under it, and page 2
    // goes on `Convention against Transnational Organized Crime”, and 9/2…`, in capitals.
    const draft = parseResolution(text('cop-10-draft-mexico.gs.en.txt'))
    expect(notes(draft).get('1')).toBe('United Nations, Treaty Series, vol. 2225, No. 39574.')
    expect(paragraphs(draft)[2]!.text.replace(/\s+/gu, ' ')).toContain(
      'supplementing the United Nations Convention against Transnational Organized Crime”, and 9/2 of 19 October 2018',
    )
  })

  it('glues a call pdf.js 1.x set on a line of its own back to its word, and reads its blank lines as page breaks', () => {
    // pdf-parse 1.1.1 of 8/3: `…in All Its Aspects` / `6` / ` and the` (the rest of the line opens
    // with its space); the notes at the page foot `6` / ` Report of the United Nations Conference…`;
    // pages joined by a blank line, the text opened by one.
    const written = text('cop-8-3.pdfjs1.en.txt')
    expect(written.startsWith('\n\n')).toBe(true)
    expect(written).toMatch(/in All Its Aspects\n6\n and the \n/u)
    const tree = parseResolution(written)
    const all = paragraphs(tree)
    // Read from the seed: 21 preambular, 33 operative; note 6's call after `Aspects`.
    expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph')).toHaveLength(21)
    expect(all.filter((paragraph) => paragraph.type === 'paragraph')).toHaveLength(33)
    const aspects = all.find((paragraph) => paragraph.text.includes('in All Its Aspects'))!
    expect(aspects.text).toContain('Light Weapons in All Its Aspects and the International Instrument')
    expect(refsOf(aspects.children)).toContain('6')
    expect(notes(tree).get('5')).toBe('See General Assembly resolution 67/234 B.')
  })

  it('drops the running head under each page number where MuPDF gives no form feeds', () => {
    // The PDF's head `Firearms Protocol: resolution 8/3` tops each of its nine pages; without
    // form feeds `mutool convert -F text` sets it right under the page number before it
    // (`1` / `` / `Firearms Protocol: resolution 8/3` / `` / `world as a result of…`).
    const written = text('cop-8-3-running-heads.mutool-noff.en.txt')
    expect(written).not.toContain('\f')
    expect(written).toMatch(/\n\n1\n\nFirearms Protocol: resolution 8\/3\n\nworld as a result/u)
    const tree = parseResolution(written)
    const all = paragraphs(tree)
    // Read from the Word file: the fourth preambular paragraph runs over pages 1 and 2.
    const reiterating = all.find((paragraph) => paragraph.text.startsWith('Reiterating its concern'))!
    expect(reiterating.text.replace(/\s+/gu, ' ')).toBe(
      'Reiterating its concern at the increased levels of harm and violence that transnational organized criminal groups generate in some regions of the world as a result of the illicit manufacturing of and trafficking in firearms, their parts and components and ammunition,',
    )
    expect(all.filter((paragraph) => paragraph.text.includes('resolution 8/3'))).toHaveLength(0)
    // Read from the Word file: 21 preambular and 33 operative paragraphs, 10 notes.
    expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph')).toHaveLength(21)
    expect(all.filter((paragraph) => paragraph.type === 'paragraph')).toHaveLength(33)
    expect(notes(tree).size).toBe(10)
  })

  it('drops a typeset page’s number set at its head when pdftotext -layout loses its form feeds', async () => {
    // groff sets 6/2's page numbers at the page heads: without form feeds `-layout` gives blank
    // lines, `3` and `14. Decides that…` right under it; the `3` was read into operative 13.
    const written = readFileSync('fixtures/office-typeset/cop-6-2.layout.en.txt', 'utf8').replace(/\f/gu, '')
    expect(written).toMatch(/\n\n {40,}3\n14\. {3}Decides that the Secretariat/u)
    const tree = parseResolution(written)
    expect(comparable(tree)).toEqual(comparable(await treeOf('fixtures/office/cop-6-2.en.docx')))
    // Read from the seed: operative 13 is `Also requests the Secretariat to support the Working Group in the performance of its functions;`.
    expect(paragraphs(tree)[24]!.text.replace(/\s+/gu, ' ')).toBe(
      'Also requests the Secretariat to support the Working Group in the performance of its functions;',
    )
  })

  it('keeps Chinese characters of that range in Chinese text', () => {
    // `最` is U+6700, `决` U+51B3: in a Chinese line, never letters.
    const tree = parseResolution('大会，\n\n1. 决定最后审议这个问题。\n')
    expect(paragraphs(tree)[0]!.text).toBe('决定最后审议这个问题。')
  })
})
