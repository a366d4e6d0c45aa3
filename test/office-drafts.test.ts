import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {watermarkLetters} from '../src/parse/watermark.js'
import {readDocument} from '../src/read/document.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {notes, points, treeOf} from './office-helpers.js'

// Drafts and working copies (fixtures/office-drafts, made by scripts/make-drafts-fixtures.sh):
// line numbers, watermarks, margin comments, multi-level lists. The counts and words below are
// read from the sources in fixtures/office-drafts/sources/.

const dir = 'fixtures/office-drafts'
const file = (name: string): string => path.join(dir, name)
const numbers = (tree: Resolution): Array<number | undefined> =>
  operativeParagraphs(tree).map((paragraph) => paragraph.num)
const flat = (text: string): string => text.replace(/\s+/gu, ' ')

describe('Word files of drafts (read right blind)', () => {
  it('S/RES/242 (1967) as one multi-level list: items (i)-(ii) and (a)-(c) under their paragraphs', async () => {
    for (const name of ['sc-0242-1967-multilevel.en.docx', 'sc-0242-1967-multilevel.en.pdf']) {
      const tree = await treeOf(file(name))
      expect(preambularParagraphs(tree)).toHaveLength(3)
      expect(numbers(tree)).toEqual([1, 2, 3, 4])
      const [first, second] = operativeParagraphs(tree)
      expect(points(first!)).toEqual(['(i)', '(ii)'])
      expect(points(second!)).toEqual(['(a)', '(b)', '(c)'])
    }
  })
  it("the OAS's resolution of 2009 in LibreOffice's .docx of an .odt list: 4/2/0", async () => {
    const tree = await treeOf(file('oas-2009-cuba-from-odt.en.docx'))
    expect(preambularParagraphs(tree)).toHaveLength(4)
    expect(numbers(tree)).toEqual([1, 2])
    expect(operativeParagraphs(tree)[1]!.text).toMatch(/^That the participation of the Republic of Cuba/u)
  })
  it("A/RES/735 (VIII) with Word's watermark in the header: the watermark is no paragraph", async () => {
    const tree = await treeOf(file('ga-735-1953-watermark.en.docx'))
    expect(preambularParagraphs(tree)).toHaveLength(6)
    expect(numbers(tree)).toEqual([1, 2])
    expect(notes(tree).get('2')).toBe('See documents A/C.3/L.376, A/C.3/L.382, A/C.3/L.384 and A/C.3/L.386.')
    expect(JSON.stringify(tree)).not.toMatch(/UNEDITED/u)
  })
  it('S/RES/396 (1976) in Chinese with a Latin font of its own: 5/2/1', async () => {
    for (const name of ['sc-0396-1976-mixed-fonts.zh.docx', 'sc-0396-1976-mixed-fonts.zh.pdf']) {
      const tree = await treeOf(file(name))
      expect(preambularParagraphs(tree)).toHaveLength(5)
      expect(numbers(tree)).toEqual([1, 2])
      expect(footnotes(tree)).toHaveLength(1)
      expect(flat(operativeParagraphs(tree)[1]!.text)).toBe('确信定能以最高效率和最少费用维持紧急部队。')
    }
  })
  it('S/RES/138 (1960) as a draft with line numbers, the Word file: 6/3/2', async () => {
    const tree = await treeOf(file('sc-0138-1960-line-numbers.en.docx'))
    expect(preambularParagraphs(tree)).toHaveLength(6)
    expect(numbers(tree)).toEqual([1, 2, 3])
    expect(notes(tree).get('2')).toBe('One member (Argentina) did not participate in the voting.')
  })
})

const textTree = (name: string): Resolution => parseResolution(readFileSync(path.join(dir, 'text', name), 'utf8'))

describe("a negotiation draft's line numbers (S/RES/138 (1960), Word's line numbering)", () => {
  // The printed draft numbers its lines 1–27 in the left margin, then its two notes' lines 1–2.
  const check = (tree: Resolution): void => {
    expect(preambularParagraphs(tree)).toHaveLength(6)
    expect(numbers(tree)).toEqual([1, 2, 3])
    expect(flat(preambularParagraphs(tree)[3]!.text)).toBe(
      'Noting that the repetition of acts such as that giving rise to this situation would involve a breach of the principles upon which international order is founded, creating an atmosphere of insecurity and distrust incompatible with the preservation of peace,',
    )
    expect(flat(operativeParagraphs(tree)[0]!.text)).toMatch(
      /^Declares that acts .* international peace and security;$/u,
    )
    expect(notes(tree).get('1')).toBe('Ibid., Supplement for April, May and June 1960, document S/4336.')
    expect(notes(tree).get('2')).toBe('One member (Argentina) did not participate in the voting.')
  }
  it('reads the PDF with its margin numbers left out', async () => {
    check(await treeOf(file('sc-0138-1960-line-numbers.en.pdf')))
  })
  // Before each line (`-layout`, txtwrite), or a page's numbers after its words (MuPDF, pdf.js), or
  // between the page's blocks (pdftotext: `1.` / `21` / `22` / `therefore cause…` / `2.` / `Declares…`).
  it.each(['pdftotext', 'layout', 'raw', 'gs', 'mutool', 'mutool-noff', 'pdfjs', 'pdfjs1'])(
    'reads the text of %s',
    (extractor) => {
      check(textTree(`sc-0138-1960-line-numbers.${extractor}.en.txt`))
    },
  )
  it("keeps a page's note numbers set alone on their lines, one note a line", () => {
    const lines = Array.from({length: 12}, (_, index) => `${index + 1}\nSee resolution ${index + 60}/1.`)
    const calls = Array.from({length: 12}, (_, index) => `Recalling its resolution ${index + 60}/1,${index + 1}`)
    const tree = parseResolution(
      `The General Assembly,\n\n${calls.join('\n\n')}\n\n1. Decides to remain seized of the matter.\n\n${lines.join('\n')}\n`,
    )
    expect(preambularParagraphs(tree)).toHaveLength(12)
    expect(footnotes(tree)).toHaveLength(12)
    expect(notes(tree).get('12')).toBe('See resolution 71/1.')
  })
})

describe('comments printed in the right margin (Basel COP-14, 2019)', () => {
  it('leaves the two comments out of the paragraphs beside them, and says so', async () => {
    const document = await readDocument(readFileSync(file('basel-bc-14-2019-margin-comments.en.pdf')))
    expect(document.notices.join(' ')).toMatch(/7 lines printed in the right margin/u)
    const tree = await treeOf(file('basel-bc-14-2019-margin-comments.en.pdf'))
    expect(preambularParagraphs(tree)).toHaveLength(1)
    expect(numbers(tree)).toEqual([1, 2, 3, 4])
    expect(flat(operativeParagraphs(tree)[1]!.text)).toBe(
      'Calls upon Parties that have not yet done so to ratify the Ban Amendment, noting that only two additional instruments of ratification, approval or acceptance need to be deposited by Parties that were Parties to the Convention at the time of adoption of the Amendment in order for that Amendment to enter into force;',
    )
    expect(JSON.stringify(tree)).not.toMatch(/Commented|Secretariat:/u)
    expect(notes(tree).get('1')).toBe('UNEP/CHW.14/4.')
  })
})

describe("a note's number glued to its first word (MuPDF and pdf.js of LibreOffice's notes)", () => {
  // `1See resolution 732 (VIII).`: the raised number and the note's text joined with no space.
  it.each(['ga-735-1953-watermark.mutool.en.txt', 'ga-735-1953-diagonal-stamp.mutool-noff.en.txt'])(
    'reads both notes of A/RES/735 (VIII) (%s)',
    (name) => {
      const tree = textTree(name)
      expect(preambularParagraphs(tree)).toHaveLength(6)
      expect(notes(tree).get('1')).toBe('See resolution 732 (VIII).')
      expect(notes(tree).get('2')).toBe('See documents A/C.3/L.376, A/C.3/L.382, A/C.3/L.384 and A/C.3/L.386.')
    },
  )
  it('leaves a line that opens with a number no call in the text names', () => {
    const tree = parseResolution(
      'The General Assembly,\n\nRecalling its resolution 60/1,\n\n1. Decides to act.\n\n3D printing is not a note.\n',
    )
    expect(footnotes(tree)).toHaveLength(0)
  })
})

describe('comments printed with the draft, in extractors’ text (Basel COP-14, 2019)', () => {
  // `Commented [S1]: Secretariat: the …` as a block after the page's words (MuPDF, pdf.js,
  // pdftotext -raw) or as a column beside the body's lines (-layout, txtwrite).
  it.each(['pdftotext', 'mutool', 'mutool-noff', 'pdfjs', 'raw', 'layout', 'gs'])(
    'leaves them out of the text of %s',
    (extractor) => {
      const tree = textTree(`basel-bc-14-2019-margin-comments.${extractor}.en.txt`)
      expect(preambularParagraphs(tree)).toHaveLength(1)
      expect(numbers(tree)).toEqual([1, 2, 3, 4])
      expect(JSON.stringify(tree)).not.toMatch(/Commented|depositary|Encourages/u)
      expect(notes(tree).get('1')).toBe('UNEP/CHW.14/4.')
    },
  )
})

describe('notes whose numbers pdftotext sets after their texts, and Chinese notes glued to their numbers', () => {
  it("reads A/RES/735 (VIII)'s two notes in pdftotext's text (`See resolution…` / `See documents…` / `1` / `2`)", () => {
    const tree = textTree('ga-735-1953-watermark.pdftotext.en.txt')
    expect(notes(tree).get('1')).toBe('See resolution 732 (VIII).')
    expect(notes(tree).get('2')).toBe('See documents A/C.3/L.376, A/C.3/L.382, A/C.3/L.384 and A/C.3/L.386.')
  })
  it.each(['pdfjs', 'pdfjs1'])("reads S/RES/396 (1976)'s note in the text of %s", (extractor) => {
    const tree = textTree(`sc-0396-1976-mixed-fonts.${extractor}.zh.txt`)
    expect(numbers(tree)).toEqual([1, 2])
    expect(notes(tree).get('1')).toBe('两个成员国(中国和阿拉伯利比亚共和国)没有参加表决。')
  })
  it('keeps a page number at the foot of its page (`4` on the fourth page)', () => {
    const tree = parseResolution(
      'The Conference,\n\nRecalling its resolution,1\n\n1. Decides to act.\n\n2. Requests a report.\n\f3. Invites States to contribute.\n\n4\n',
    )
    expect(numbers(tree)).toEqual([1, 2, 3])
    expect(footnotes(tree)).toHaveLength(0)
  })
})

describe('Chinese set vertically (S/RES/396 (1976), top to bottom, right to left)', () => {
  // Each character a run of its own, one under another; `338(1973)` turned on its side. The PDF
  // LibreOffice printed draws the dash of `延长—年` and the comma after it at the column's head.
  it('reads its columns right to left as lines', async () => {
    const tree = await treeOf(file('sc-0396-1976-vertical.zh.pdf'))
    expect(preambularParagraphs(tree)[0]!.text).toMatch(/^回顾其一九七三年十月二十二日第338\(1973\)号、/u)
    expect(preambularParagraphs(tree)[0]!.text).toMatch(/和十月二十三日第378\(1975\)号等决议,$/u)
    expect(preambularParagraphs(tree)[1]!.text).toBe('审议了秘书长关于联合国紧急部队的报告,')
    expect(numbers(tree)).toEqual([1, 2])
    expect(points(operativeParagraphs(tree)[0]!)).toEqual(['(a)', '(b)', '(c)'])
    expect(operativeParagraphs(tree)[1]!.text).toBe('确信定能以最高效率和最少费用维持紧急部队。')
    expect(notes(tree).get('1')).toBe('两个成员国(中国和阿拉伯利比亚共和国)没有参加表决。')
  })
})

describe("a stamp's or watermark's letters cut among the lines (A/RES/735 (VIII), `ADVANCE UNEDITED VERSION`)", () => {
  // The stamp across the page at 50° (Ghostscript), and LibreOffice's export watermark up the
  // page's middle: extractors cut their letters into pieces of one to three capitals on lines of
  // their own (`concerted` / `VE` / `practical action…`), one letter a line, or a column of letters.
  const check = (tree: Resolution): void => {
    expect(preambularParagraphs(tree)).toHaveLength(6)
    expect(numbers(tree)).toEqual([1, 2])
    expect(flat(preambularParagraphs(tree)[5]!.text)).toBe(
      'Having considered the draft proposals made with a view to the possible revision of the pattern of meetings of the Social Commission, as well as to the expansion of its membership to provide improved representation of under-developed areas and various economic and cultural patterns,',
    )
    expect(flat(operativeParagraphs(tree)[1]!.text)).toBe(
      'Requests the Secretary-General to communicate to the Economic and Social Council the records of the debate on the question during the eighth session of the General Assembly.',
    )
    expect(notes(tree).get('1')).toBe('See resolution 732 (VIII).')
    expect(notes(tree).get('2')).toBe('See documents A/C.3/L.376, A/C.3/L.382, A/C.3/L.384 and A/C.3/L.386.')
    expect(JSON.stringify(tree.children.filter((part) => part.type !== 'preface'))).not.toMatch(
      /\b(?:VE|ED|IT|AN|CE|AD|IO|RS|ADVANCE|UNEDITED)\b|A\/RES/u,
    )
  }
  // pdftotext's: the note's numbers `1` above the notes' texts and `2` under them; `1.` set
  // above the last line of the paragraph before its own (`1.` / `representation of…` / `Invites…`).
  it.each([
    'ga-735-1953-diagonal-stamp.pdftotext.en.txt',
    'ga-735-1953-diagonal-stamp.layout.en.txt',
    'ga-735-1953-diagonal-stamp.raw.en.txt',
    'ga-735-1953-watermark.gs.en.txt',
    // The watermark's words after the page's notes (`ADVANCE UNEDITED VERSION`, one word a line
    // in -raw); the symbol pdftotext set under the formula (`A/RES/735 (VIII)`).
    'ga-735-1953-watermark.pdftotext.en.txt',
    'ga-735-1953-watermark.raw.en.txt',
    'ga-735-1953-watermark.pdfjs.en.txt',
    'ga-735-1953-watermark.mutool.en.txt',
  ])('reads %s as if unstamped', (name) => {
    check(textTree(name))
  })
  it('leaves lone capitals that head sections in a text with no stamp (`A` … `D`, `II`)', () => {
    const sections = ['A', 'B', 'C', 'D', 'II'].map(
      (letter, index) => `${letter}\n\n${index + 1}. Decides to act\nat once;`,
    )
    const text = `The General Assembly,\n\nRecalling its resolution 60/1,\n\n${sections.join('\n\n')}\n`
    expect(watermarkLetters(text)).toEqual([])
    expect(numbers(parseResolution(text))).toEqual([1, 2, 3, 4, 5])
  })
})

describe("a Chinese dash the PDF drew at its paragraph's head (S/RES/396 (1976), `延长—年`)", () => {
  // The source writes `延长—年` (its dash for `一`); the PDF sets the dash in a Latin font of its
  // own, and extractors give it alone before the paragraph, its place a space (`延长 年`) or the line's end.
  it.each(['raw', 'mutool', 'mutool-noff', 'pdfjs'])('puts it back in its place in the text of %s', (extractor) => {
    const tree = textTree(`sc-0396-1976-mixed-fonts.${extractor}.zh.txt`)
    expect(preambularParagraphs(tree)).toHaveLength(5)
    expect(flat(preambularParagraphs(tree)[4]!.text).replace(/ /gu, '')).toBe(
      '注意到秘书长建议将该部队的任务期限延长—年,',
    )
    expect(preambularParagraphs(tree)[3]!.text).toMatch(/全盘解决办法,$/u)
  })
})

describe("extractors' text of Chinese set vertically (S/RES/396 (1976))", () => {
  // One character a line, the columns one after another, or rows across the page's columns: no
  // resolution can be read from it, and resdiff says why (the PDF itself it reads column by column).
  it.each(['pdftotext', 'layout', 'raw', 'mutool', 'mutool-noff', 'pdfjs', 'pdfjs1'])(
    'says the text of %s is a vertical page',
    (extractor) => {
      expect(() => textTree(`sc-0396-1976-vertical.${extractor}.zh.txt`)).toThrow(/set vertically/u)
    },
  )
  it('reads Chinese with spaces between its characters (OCR) as before', () => {
    const text = `安全理事会,\n\n${Array.from({length: 30}, (_, index) => `回 顾 其 第 ${index + 1} 号 决 议 ,`).join('\n\n')}\n\n1. 决 定 继 续 处 理 此 案 。\n`
    expect(() => parseResolution(text)).not.toThrow()
  })
})
