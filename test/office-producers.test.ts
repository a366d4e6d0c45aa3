import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {notes, treeOf} from './office-helpers.js'

// Word, OpenDocument and PDF files of field texts from producers tried in session 15
// (fixtures/office-producers, made by scripts/make-producers-fixtures.sh). The counts and words
// below are read from the sources in fixtures/office-producers/sources/.

const dir = 'fixtures/office-producers'
const file = (name: string): string => path.join(dir, name)
const textTree = (name: string): Resolution => parseResolution(readFileSync(path.join(dir, 'text', name), 'utf8'))
const numbers = (tree: Resolution): Array<number | undefined> =>
  operativeParagraphs(tree).map((paragraph) => paragraph.num)
const flat = (text: string): string => text.replace(/\s+/gu, ' ')

describe("OpenDocument's outline numbering (WPR/RC7.R18, 1956)", () => {
  // The operative paragraphs are headings of outline level 1 in a body-text style; their numbers
  // `1.`–`3.` are drawn by the document's outline numbering, not written in the text.
  it('reads the three operative numbers the outline numbering draws', async () => {
    const tree = await treeOf(file('who-wpr-rc7-r18-1956-outline.en.odt'))
    expect(preambularParagraphs(tree)).toHaveLength(3)
    expect(numbers(tree)).toEqual([1, 2, 3])
    expect(operativeParagraphs(tree)[1]!.text).toMatch(/^RECOMMENDS that, as a basis for the preparation/u)
    expect(footnotes(tree)).toHaveLength(0)
  })
})

describe('a Word paragraph of manual line breaks (A/RES/74/193, 2019)', () => {
  // The body, from the formula to the closing, is one Word paragraph whose lines end with
  // Shift+Enter (`w:br`), one resolution paragraph a line; the leading phrases are in italics.
  it('reads each line as its paragraph: eight preambular, three operative, four notes', async () => {
    const tree = await treeOf(file('ga-74-193-line-breaks.en.docx'))
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(8)
    expect(flat(preamble[4]!.text)).toBe('Taking note of the High-level Panel on Water outcome document,')
    expect(preamble[7]!.text).toMatch(/^Noting the comments of Governments and the discussions/u)
    expect(numbers(tree)).toEqual([1, 2, 3])
    const byMarker = notes(tree)
    expect(byMarker.size).toBe(4)
    expect(byMarker.get('3')).toBe('Resolution 68/118, annex.')
  })
})

describe('full-width operative numbers (S/RES/542 (1983), Chinese)', () => {
  // Word's list of full-width numbers (`decimalFullWidth`, `%1．`): `１．痛惜…` in the Word file
  // and `１． 痛惜…` in the PDF's text. Operative 4 and 7 open with no verb in this copy.
  const fourth = '有关各方只用和平方式解决它们的分歧,不要进行武力威胁或使用武力;'
  it.each(['sc-0542-1983-full-width.zh.docx', 'sc-0542-1983-full-width.zh.pdf'])(
    'reads the numbers 1–7 (%s)',
    async (name) => {
      const tree = await treeOf(file(name))
      expect(preambularParagraphs(tree)).toHaveLength(3)
      expect(numbers(tree)).toEqual([1, 2, 3, 4, 5, 6, 7])
      expect(operativeParagraphs(tree)[3]!.text).toBe(fourth)
    },
  )
  it.each(['pdftotext', 'layout', 'raw', 'gs', 'pdfjs', 'pdfjs1'])(
    'reads the numbers 1–7 in the text of %s',
    (extractor) => {
      const tree = textTree(`sc-0542-1983-full-width.${extractor}.zh.txt`)
      expect(numbers(tree)).toEqual([1, 2, 3, 4, 5, 6, 7])
      expect(operativeParagraphs(tree)[0]!.text).toBe('痛惜黎巴嫩北部目前事态所造成的生命损失;')
    },
  )
  it('reads a typed full-width number with the full-width full stop and no space', () => {
    const tree = parseResolution(
      '安全理事会，\n\n审议了局势，\n\n１．痛惜生命损失；\n\n１０．要求各方遵守本决议的规定。\n',
    )
    expect(numbers(tree)).toEqual([1, 10])
    expect(operativeParagraphs(tree)[1]!.text).toBe('要求各方遵守本决议的规定。')
  })
})

describe("pandoc's own Word lists and the docx package's numbering (read right blind)", () => {
  // A/RES/66/290: the operative paragraphs a pandoc ordered list, items (a)–(h) a list inside
  // item 3, footnotes, a comment on operative 8; the PDF exported with bookmarks and comments.
  it.each(['ga-66-290-2012-pandoc-lists.en.docx', 'ga-66-290-2012-pandoc-lists.en.pdf'])('%s: 3/8/2', async (name) => {
    const tree = await treeOf(file(name))
    expect(preambularParagraphs(tree)).toHaveLength(3)
    expect(numbers(tree)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(notes(tree).get('2')).toBe('A/66/763.')
    expect(operativeParagraphs(tree)[7]!.text).not.toMatch(/Check against/u)
  })
  it('A/RES/54/254 with Word automatic numbering: 6/4/1', async () => {
    const tree = await treeOf(file('ga-54-254-2000-numbering.en.docx'))
    expect(preambularParagraphs(tree)).toHaveLength(6)
    expect(numbers(tree)).toEqual([1, 2, 3, 4])
    expect(notes(tree).get('1')).toBe('A/53/948 and Add.1.')
  })
})

describe("groff's ms paragraphs 0.3 of a line apart (A/RES/74/193 typed in ms, ps2pdf)", () => {
  // `.PP` sets a paragraph's first line in and 0.3 of a line below the last (`PD`): a step of
  // exactly 1.3 lines. `Recognizing…Development` breaks its line after the call `\**` (`.FS`
  // follows), then `includes a goal…for all,`, then `Taking note of…` a step of 1.3 lines lower.
  it('reads the two paragraphs apart, eight preambular in all', async () => {
    const tree = await treeOf(file('ga-74-193-groff-letter.en.pdf'))
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(8)
    expect(flat(preamble[3]!.text)).toBe(
      'Recognizing that the 2030 Agenda for Sustainable Development includes a goal on ensuring availability and sustainable management of water and sanitation for all,',
    )
    expect(flat(preamble[4]!.text)).toBe('Taking note of the High-level Panel on Water outcome document,')
    expect(numbers(tree)).toEqual([1, 2, 3])
    expect(notes(tree).get('2')).toBe(
      'High-level Panel on Water, “Making every drop count: an agenda for water action” (14 March 2018).',
    )
  })
})

describe("txtwrite's notes right under a page's last line (A/RES/74/193 typed in ms, session 16)", () => {
  // groff draws the rule above the notes, so txtwrite sets them under `…within its mandate;`
  // with no blank line, then the page's `-1-`; the fourth note's call raised onto its own line.
  it('reads the four notes, and eight preambular paragraphs', () => {
    const tree = textTree('ga-74-193-groff-letter.gs.en.txt')
    expect(preambularParagraphs(tree)).toHaveLength(8)
    expect(numbers(tree)).toEqual([1, 2, 3])
    expect(notes(tree).get('1')).toBe('Resolution 70/1.')
    expect(notes(tree).get('3')).toBe('Resolution 68/118, annex.')
    expect(flat(notes(tree).get('4') ?? '')).toMatch(/^See A\/C\.6\/63\/SR\.16, .* and A\/68\/172\.$/u)
    expect(flat(operativeParagraphs(tree)[1]!.text)).toMatch(/within its mandate;$/u)
  })
})
