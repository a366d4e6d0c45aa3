import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {readDocument} from '../src/read/document.js'
import type {Resolution} from '../src/tree/types.js'
import {facts, notes, paragraphs, treeOf} from './office-helpers.js'

// PDFs set as typesetters set books and printed volumes (fixtures/office-typeset, made by
// scripts/make-typeset-fixtures.sh with pandoc, groff and Ghostscript from the Markdown of the
// Word fixtures): justified, words hyphenated at the ends of lines, note numbers raised as runs
// of their own, the rule above the notes drawn and not written. The Word file made from the
// same Markdown (fixtures/office) is the reference: its paragraphs and notes are the seed's,
// written by pandoc, not read by resdiff's parser from text.

const dir = 'fixtures/office-typeset'

/** The facts without the leading phrase (Word's italics in one, the lexicon's in the other) and hyphens. */
const comparable = (tree: Resolution): string[] =>
  facts(tree).map((fact) => JSON.stringify({...(fact as object), phrase: undefined}).replace(/-/gu, ''))

const sources = [
  ['cop-6-2.en.pdf', 'cop-6-2.en.docx'],
  ['cop-8-3.en.pdf', 'cop-8-3.en.docx'],
  ['cop-8-3-indent.en.pdf', 'cop-8-3.en.docx'],
  ['draft-a-c3-80-l19.en.pdf', 'draft-a-c3-80-l19.en.docx'],
] as const

describe('PDFs typeset with hyphenation and drawn note rules', () => {
  for (const [pdf, word] of sources) {
    it(`reads ${pdf} as its Word file`, async () => {
      const tree = await treeOf(path.join(dir, pdf))
      expect(comparable(tree)).toEqual(comparable(await treeOf(path.join('fixtures/office', word))))
    })
  }

  it('counts the paragraphs and notes read from the seeds', async () => {
    // Seed 6/2: 12 preambular, 15 operative paragraphs and 7 notes; seed 8/3: 21 and 33, and
    // 10 of its 11 notes (the Markdown of the Word files gives notes 8 and 9 one text, as the
    // Word file does: the note texts are compared above).
    for (const [pdf, preambular, operative, noteCount] of [
      ['cop-6-2.en.pdf', 12, 15, 7],
      ['cop-8-3.en.pdf', 21, 33, 10],
      ['cop-8-3-indent.en.pdf', 21, 33, 10],
    ] as const) {
      const tree = await treeOf(path.join(dir, pdf))
      const all = paragraphs(tree)
      expect(
        all.filter((paragraph) => paragraph.type === 'preambularParagraph'),
        pdf,
      ).toHaveLength(preambular)
      expect(
        all.filter((paragraph) => paragraph.type === 'paragraph'),
        pdf,
      ).toHaveLength(operative)
      expect(notes(tree).size, pdf).toBe(noteCount)
    }
  })

  it('reads a line whose raised note number comes first as standing on its words', async () => {
    // 6/2, PP 1: `…Transnational Organized Crime,1 reaffirming its decision 4/6…`, the `1` written
    // before the rest of its line. Read as its own baseline, it made every line step look like a
    // paragraph gap, and each line became a paragraph.
    const tree = await treeOf(path.join(dir, 'cop-6-2.en.pdf'))
    const first = paragraphs(tree)[0]!
    expect(first.text).toMatch(/^Recalling the functions assigned to it in article 32/u)
    expect(first.text).toMatch(/reaffirming its decision 4\/6 of 17 October 2008 and concerned by/u)
    expect(notes(tree).get('1')).toBe('United Nations, Treaty Series, vol. 2225, No. 39574.')
  })

  it('joins a word the typesetter hyphenated at a line end, and keeps a compound whole', async () => {
    // 6/2, PP 1 breaks `the illicit manufactur-` / `ing of and trafficking`; PP 2 `compo-` / `nents`.
    const document = await readDocument(readFileSync(path.join(dir, 'cop-6-2.en.pdf')))
    expect(document.text).toMatch(/illicit manufactur-\ning of and trafficking/u)
    const tree = await treeOf(path.join(dir, 'cop-6-2.en.pdf'))
    const [first, second] = paragraphs(tree)
    expect(first!.text).toContain('as a result of the illicit manufacturing of and trafficking in firearms')
    expect(second!.text).toContain('their parts and components and ammunition, to consider ways')
    // `home-made arms` (PP 5) is written with its hyphen, mid-line: it stays.
    expect(paragraphs(tree)[4]!.text).toContain('including home-made arms')
    // 8/3, OP 5: the italic title `…Legislative Guide for the Implemen-` / `tation of the United Nations
    // Convention…` goes on across the break as one phrase.
    const eightThree = await treeOf(path.join(dir, 'cop-8-3.en.pdf'))
    const fifth = paragraphs(eightThree).filter((paragraph) => paragraph.type === 'paragraph')[4]!
    expect(fifth.text).toContain(
      'Implementation of the United Nations Convention against Transnational Organized Crime',
    )
  })

  it('reads the notes pdftotext sets right under the page with their numbers on their lines', () => {
    // pdftotext of the typeset 6/2: `…Aspects3 and the` / `1 United Nations, Treaty Series…` /
    // `2 Ibid.…` / `3 Report of…` / `New York…` / `` / `1` (the page number) / form feed.
    const text = readFileSync(path.join(dir, 'cop-6-2.en.txt'), 'utf8')
    expect(text).toMatch(/Aspects3 and the\n1 United Nations, Treaty Series, vol\. 2225, No\. 39574\.\n2 Ibid\./u)
    const tree = parseResolution(text)
    expect([...notes(tree).keys()]).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(notes(tree).get('5')).toBe('CTOC/COP/2012/6.')
  })
})

describe('PDFs as other programs rewrite them', () => {
  it("reads the ligatures Ghostscript's pdfwrite writes as letters in the high byte", async () => {
    // 6/2 printed by LibreOffice, rewritten by Ghostscript: `ffi` is U+6600 U+6600 U+6900 in the
    // PDF's text layer (`Tra昀昀icking`), `fi` U+6600 U+6900 (`昀椀rearms`).
    const file = path.join(dir, 'cop-6-2-ghostscript.en.pdf')
    const tree = await treeOf(file)
    expect(comparable(tree)).toEqual(comparable(await treeOf('fixtures/office/cop-6-2.en.docx')))
    const document = await readDocument(readFileSync(file))
    expect(document.text).not.toMatch(/[\u6600\u6900]/u)
    expect(paragraphs(tree)[0]!.text).toContain('the illicit manufacturing of and trafficking in firearms')
  })

  it('reads a line whose raised note number cairo sets as a run apart', async () => {
    // The typeset 6/2 rewritten by pdftocairo: `…Organized Crime,` / `1` / `reaf` / `fi` / `rming…`,
    // the mark raised by exactly the tolerance of a baseline.
    const tree = await treeOf(path.join(dir, 'cop-6-2-cairo.en.pdf'))
    expect(comparable(tree)).toEqual(comparable(await treeOf('fixtures/office/cop-6-2.en.docx')))
    expect(paragraphs(tree)[0]!.text).toMatch(
      /Transnational Organized Crime, reaffirming its decision 4\/6 of 17 October 2008 and concerned/u,
    )
  })
})

describe('pdftotext of the typeset PDFs, with form feeds and without (copied from a viewer)', () => {
  for (const base of ['cop-6-2', 'cop-8-3']) {
    for (const mode of ['', 'layout.', 'raw.']) {
      const name = `${base}.${mode}en.txt`
      it(`reads ${name} as its Word file`, async () => {
        const text = readFileSync(path.join(dir, name), 'utf8')
        const want = comparable(await treeOf(path.join('fixtures/office', `${base}.en.docx`)))
        // `-raw` sets the last page's number right under the last paragraph and the final form
        // feed (`…of the United Nations.` / `4` / `\f`): the page's number, not a call of note 4.
        expect(comparable(parseResolution(text))).toEqual(want)
        // Without form feeds, a page's notes end at its number (`1`), which is the foot's, or the
        // next page goes on in them: every note is found, and (but for `-raw`, which sets no blank
        // line anywhere) every paragraph. The page number of a page with no notes is the page's
        // when the page before had the number before it (`3` / `` / `14.`); `-layout` sets it right
        // above the next paragraph and still runs it into the last one (`…its functions; 3`).
        const flat = parseResolution(text.replace(/\f/gu, ''))
        const word = await treeOf(path.join('fixtures/office', `${base}.en.docx`))
        expect([...notes(flat).values()], 'without form feeds').toEqual([...notes(word).values()])
        if (name === 'cop-6-2.en.txt') expect(comparable(flat), 'without form feeds').toEqual(want)
        if (mode !== 'raw.')
          expect(
            paragraphs(flat).map((paragraph) => paragraph.type),
            'without form feeds',
          ).toEqual(paragraphs(word).map((paragraph) => paragraph.type))
      })
    }
  }
})

describe('line-end hyphens of a word processor, which does not hyphenate', () => {
  it('keeps a compound broken after its hyphen when no word of the text was hyphenated', () => {
    // LibreOffice's PDF of the 10/… draft breaks OP 15 at `strengthening early-` / `detection
    // capacities`; the seed writes `early-detection`. Both pieces are one-off words of the text,
    // and nothing else in it was hyphenated by a typesetter: the hyphen is the word's own.
    for (const mode of ['layout', 'raw']) {
      const text = readFileSync(`fixtures/office-pdftotext/cop-10-draft-mexico.${mode}.en.txt`, 'utf8')
      expect(text, mode).toMatch(/strengthening early-\n/u)
      const operative = paragraphs(parseResolution(text)).filter((paragraph) => paragraph.type === 'paragraph')
      expect(operative[14]!.text, mode).toContain('by strengthening early-detection capacities')
    }
  })
})
