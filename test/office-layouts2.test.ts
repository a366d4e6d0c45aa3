import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'

// PDFs of field texts in layouts made in session 14, and what each extractor gives of them
// (fixtures/office-layouts-2, made by scripts/make-layout2-fixtures.sh). The counts and words
// below are read from the sources in fixtures/office-layouts-2/sources/.

const text = (name: string): string => readFileSync(path.join('fixtures/office-layouts-2/text', name), 'utf8')
const noteMap = (name: string): Map<string, string> =>
  new Map(footnotes(parseResolution(text(name))).map((note) => [note.marker, note.text.replace(/\s+/gu, ' ')]))

describe('notes typed after the closing lines, markers with a slash (ECOSOC 1104 (XL), 1966)', () => {
  // `1416th plenary meeting,` / `4 March 1966.` / `16/ Official Records…` (two lines) / `17/ Ibid.…` /
  // `*/ Adopted as…` (two lines), no blank line between: every extractor but MuPDF sets it so.
  const extractors = ['pdftotext', 'layout', 'raw', 'gs', 'pdfjs', 'pdfjs1']
  it.each(extractors)('reads the three notes under the date of the closing (%s)', (extractor) => {
    const name = `ecosoc-1966-1104-tagged.${extractor}.en.txt`
    const tree = parseResolution(text(name))
    expect(preambularParagraphs(tree)).toHaveLength(0)
    expect(operativeParagraphs(tree)).toHaveLength(4)
    const notes = noteMap(name)
    expect([...notes.keys()].sort()).toEqual(['*', '16', '17'])
    expect(notes.get('17')).toBe('Ibid., paras. 373-376.')
    expect(notes.get('*')).toMatch(
      /^Adopted as recommended by the Commission on Narcotic Drugs in its draft resolution A/u,
    )
    expect(operativeParagraphs(tree)[3]!.text).toMatch(
      /with the minimum financial obligation to the United Nations\.$/u,
    )
  })
})

describe("a note's text set above its number at a page's end (pdftotext)", () => {
  it('reads notes 9 and 10 of A/RES/80/6 printed from Word with no rule typed', () => {
    // Page 5 ends `…within the jurisdiction of the International` / `S/PRST/2013/2; see Resolutions
    // and Decisions of the Security Council, 1` / `August 2012–31 July 2013 (S/INF/68).` / `9`, and
    // page 6 goes on `Criminal Court and the families…`. Notes of one line come number first.
    const name = 'ga-80-6-2025-headings.pdftotext.en.txt'
    const tree = parseResolution(text(name))
    expect(preambularParagraphs(tree)).toHaveLength(14)
    expect(operativeParagraphs(tree)).toHaveLength(32)
    const notes = noteMap(name)
    expect(notes.size).toBe(10)
    expect(notes.get('9')).toBe(
      'S/PRST/2013/2; see Resolutions and Decisions of the Security Council, 1 August 2012–31 July 2013 (S/INF/68).',
    )
    expect(notes.get('10')).toBe(
      'Official Records of the General Assembly, Eightieth Session, Supplement No. 1 (A/80/1).',
    )
    expect(operativeParagraphs(tree)[23]!.text.replace(/\s+/gu, ' ')).toBe(
      'Encourages States to contribute to the trust fund established for the benefit of victims of crimes within the jurisdiction of the International Criminal Court and the families of such victims, and acknowledges with appreciation contributions made to that trust fund thus far;',
    )
  })
})

describe("Ghostscript's txtwrite of groff's justified text: calls raised on lines of their own", () => {
  // txtwrite sets a raised call alone on its line, at its column, above the line it was raised in;
  // groff's justified line keeps no gap there (`                5` / `Immunities of the
  // International Criminal Court, and calls…`), and the page's number stands alone the same way,
  // centred (`2`). Read from the source: the call goes after `Court,` (note 5).
  it('reads A/RES/80/6 on A5: every paragraph, and notes 5 to 10 whose calls were raised', () => {
    const name = 'ga-80-6-2025-groff-a5.gs.en.txt'
    const tree = parseResolution(text(name))
    expect(preambularParagraphs(tree)).toHaveLength(14)
    expect(operativeParagraphs(tree)).toHaveLength(32)
    expect(operativeParagraphs(tree)[3]!.text).toMatch(/^Notes the recent ratifications/u)
    const notes = noteMap(name)
    expect(notes.size).toBe(10)
    expect(notes.get('6')).toBe('Article 2, paragraph 3, of the Relationship Agreement.')
    expect(notes.get('8')).toBe('A/80/344.')
  })

  it('reads the sixteen notes of the two-column A/RES/76/130 (before: none)', () => {
    const tree = parseResolution(
      readFileSync('fixtures/office-layouts/text/ga-76-130-groff-two-columns.gs.en.txt', 'utf8'),
    )
    expect(preambularParagraphs(tree)).toHaveLength(18)
    expect(operativeParagraphs(tree)).toHaveLength(12)
    const notes = new Map(footnotes(tree).map((note) => [note.marker, note.text]))
    expect(notes.size).toBe(16)
    expect(notes.get('9')).toBe('Resolution S-24/2, annex.')
    expect(notes.get('16')).toBe('Resolution 70/1.')
  })
})

describe('pdf-parse 1.x: pages joined by blank lines, and the gap lost after the title’s number', () => {
  it('reads the notes of A/RES/80/6 printed from Word, whose last page holds six lines', () => {
    // pdf-parse 1.x opens with a blank line and joins the pages by one; a short last page (the
    // last paragraph and the closing) is still a page, so each blank line is a page break.
    const name = 'ga-80-6-2025-headings.pdfjs1.en.txt'
    const tree = parseResolution(text(name))
    expect(preambularParagraphs(tree)).toHaveLength(14)
    expect(operativeParagraphs(tree)).toHaveLength(32)
    const notes = noteMap(name)
    expect(notes.size).toBe(10)
    expect(notes.get('2')).toBe('A/58/874 and A/58/874/Add.1.')
    expect(operativeParagraphs(tree)[2]!.text).toMatch(/^Further welcomes .* becoming Parties to that Agreement;$/su)
  })

  it('reads the running head that repeats the title as furniture (A/RES/77/100)', () => {
    // The title reads `77/100.United Nations Convention…` (its tab lost) and each later page opens
    // `A/RES/77/100United Nations Convention on the International Effects of Judicial Sales of
    // Ships`; page 2 goes on with the ninth preambular paragraph.
    const tree = parseResolution(text('ga-77-100-annex-table.pdfjs1.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(9)
    expect(operativeParagraphs(tree)).toHaveLength(4)
    expect(preambularParagraphs(tree)[7]!.text).toBe(
      'Taking note with satisfaction of the draft convention approved by the Commission,',
    )
    expect(preambularParagraphs(tree)[8]!.text).toMatch(/^Expressing its appreciation to the Government of China/u)
  })
})

describe('notes at the foot of a left column, between a paragraph’s halves, with no blank line', () => {
  // Page 2 of the two-column A/RES/78/17 (fixtures/office-un): the left column ends `…not to
  // develop, produce, test or`, its notes 2 and 3 under it, and operative 6 goes on at the right
  // column's head (`otherwise acquire nuclear weapons…`). pdf.js 5 sets `2 A/78/205 (Part I).`;
  // `pdftotext -raw` and pdf.js 1.10 set each number alone above its text. The running head of
  // page 2 repeats the title the masthead wraps at its hyphen (`nuclear-` / `weapon-free zone`).
  const layouts = (name: string): string => readFileSync(path.join('fixtures/office-layouts/text', name), 'utf8')
  it.each(['pdfjs', 'raw', 'pdfjs1'])('reads operative 6 whole and notes 2 and 3 (%s)', (extractor) => {
    const tree = parseResolution(layouts(`un-ga-78-17-two-columns.${extractor}.en.txt`))
    expect(preambularParagraphs(tree)).toHaveLength(12)
    expect(operativeParagraphs(tree)).toHaveLength(12)
    expect(operativeParagraphs(tree)[5]!.text.replace(/\s+/gu, ' ')).toBe(
      'Also invites those countries, pending the establishment of the zone, not to develop, produce, test or otherwise acquire nuclear weapons or permit the stationing on their territories, or territories under their control, of nuclear weapons or nuclear explosive devices;',
    )
    const notes = new Map(footnotes(tree).map((note) => [note.marker, note.text]))
    expect(notes.get('2')).toBe('A/78/205 (Part I).')
    expect(notes.get('3')).toBe('United Nations, Treaty Series, vol. 729, No. 10485.')
    expect(notes.get('4')).toBe('A/45/435.')
    expect(preambularParagraphs(tree)[9]!.text).toMatch(/^Recognizing the importance of credible regional security/u)
  })
})

describe('the spaces an OCR of Chinese sets between characters', () => {
  // OCRmyPDF (Tesseract, chi_sim) of S/RES/1518 (2003): `回顾 其 以 前 所 有 有 关 决 议 ，`, `又 回顾` /
  // `其 早先 在 2003 年 5 月 22 日 第 1483(2003)`. The source's first four preambular paragraphs
  // open 回顾, 又回顾, 强调, 确认 (its misreadings of the operative numbers, `1，` / `”决定`, stay).
  const scan = (name: string): string => readFileSync(path.join('fixtures/office-layouts/text', name), 'utf8')
  it.each(['pdftotext', 'raw', 'pdfjs'])('reads the preamble’s phrases again (%s)', (extractor) => {
    const tree = parseResolution(scan(`sc-1518-2003-scan.${extractor}.zh.txt`))
    const preamble = preambularParagraphs(tree).map((paragraph) => paragraph.text)
    expect(preamble[0]).toBe('回顾其以前所有有关决议，')
    expect(preamble[1]).toMatch(/^又回顾其早先在 ?2003 ?年 ?5 ?月 ?22 ?日第 ?1483\(2003\)/u)
    expect(preamble[2]).toMatch(/^强调所有会员国履行/u)
    expect(preamble[3]).toMatch(/^确认尽管伊拉克局势已有改善/u)
  })
})

describe('pdf-parse 1.x of a groff PDF: the space after an italic leading phrase', () => {
  it('reads the fourteen preambular paragraphs of A/RES/80/6 on A5 (`Recallingits`, `Recalling alsothat`)', () => {
    const tree = parseResolution(text('ga-80-6-2025-groff-a5.pdfjs1.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(14)
    expect(operativeParagraphs(tree)).toHaveLength(32)
    // The tree keeps the text as the extractor wrote it; the paragraphs are found.
    expect(preamble[0]!.text).toMatch(/^Recallingits resolution 79\/6 of 29 October 2024 .* resolutions,$/u)
    expect(preamble[1]!.text).toMatch(/^Recalling alsothat the Rome Statute/u)
    expect(preamble[8]!.text).toMatch(/^Expressing its appreciationto the Secretary-General/u)
    expect(operativeParagraphs(tree)[0]!.text).toMatch(/^Welcomes ?the report of the International Criminal Court/u)
  })
})

describe('a symbol with the session in Roman figures', () => {
  it('reads `A/RES/1514 (XV)` as the symbol, so its running head on the landscape page 2 is furniture', () => {
    // pdftotext of the landscape A/RES/1514 (XV): page 2 opens `A/RES/1514 (XV)`, then `確信各民族…`.
    const tree = parseResolution(
      readFileSync('fixtures/office-layouts/text/ga-1514-1960-landscape.pdftotext.zh-hant.txt', 'utf8'),
    )
    expect(tree.meta.symbol).toBe('A/RES/1514 (XV)')
    expect(
      preambularParagraphs(tree).some((paragraph) => paragraph.text.startsWith('確信各民族均有享受完全自由')),
    ).toBe(true)
  })
})
