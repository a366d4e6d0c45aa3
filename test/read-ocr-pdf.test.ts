import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {conclusions, footnotes} from '../src/tree/access.js'
import type {OperativeParagraph, Resolution} from '../src/tree/types.js'
import {DecodeError} from '../src/read/decode.js'
import {readDocument} from '../src/read/document.js'
import {facts, notes, notesOf7817, numberedNotesOf7817, paragraphs, refsOf, treeOf} from './office-helpers.js'

// Scanned PDFs with an OCR text layer, as the UN Digital Library serves older resolutions
// (fixtures/office-ocr, made by scripts/make-ocr-fixtures.sh: the UN-layout PDFs of
// fixtures/office-un rendered to bitonal page images and run through OCRmyPDF/Tesseract, whose
// invisible words carry no italics, lines' heights for type sizes, and note numbers garbled or
// lost). The facts were read by a person from the source texts in fixtures/office-un/sources/
// and from the page images (where the page breaks fall, which marks the OCR garbled).
const ocr = (name: string): string => path.join('fixtures/office-ocr', name)

/** Operative 4 of 78/17, which the page break cuts after "Arms Control and Regional" (page 2 to 3). */
const operative4 =
  'Notes the importance of the ongoing bilateral Middle East peace negotiations and the activities of the multilateral Working Group on Arms Control and Regional Security in promoting mutual confidence and security in the Middle East, including the establishment of a nuclear-weapon-free zone;'

/** 78/17's paragraphs as a person counts them: 12 preambular, then operative 1 to 12; the operative ones. */
function twelveAndTwelve(tree: Resolution): OperativeParagraph[] {
  const all = paragraphs(tree)
  expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph').length).toBe(12)
  const operative = all.filter((paragraph): paragraph is OperativeParagraph => paragraph.type === 'paragraph')
  expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
  return operative
}

describe('scanned PDFs with an OCR text layer', () => {
  it('reads 78/17 scanned: 12 preambular, 12 operative, the four notes at the page feet with the numbers the OCR lost', async () => {
    const tree = await treeOf(ocr('ga-78-17-scan.en.pdf'))
    const operative = twelveAndTwelve(tree)
    // Page 2's notes (2, 3) lost their numbers in the OCR; page 1's (1) and page 3's (4) kept them.
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual(numberedNotesOf7817)
    // The notes at page 2's foot, set in smaller type with no number, are not part of operative 4.
    expect(operative[3]?.text).toBe(operative4)
    expect(tree.data.warnings).toEqual([])
  })

  it("mends the calls the OCR garbled ('Assembly,’' 'resolution 77/38,”' 'Weapons;°' '1990*') where a page's count of them matches its notes", async () => {
    const tree = await treeOf(ocr('ga-78-17-scan.en.pdf'))
    const all = paragraphs(tree)
    // Source: [^1] ends preambular 2, [^2] preambular 12, [^3] operative 1; [^4] in operative 10.
    expect(all.map((paragraph) => refsOf(paragraph.children))).toEqual([
      [],
      ['1'],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      ['2'],
      ['3'],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      [],
      ['4'],
      [],
      [],
    ])
    expect(all[1]?.text.endsWith('of the Final Document of the Tenth Special Session of the General Assembly,')).toBe(
      true,
    )
    expect(all[11]?.text.endsWith('on the implementation of resolution 77/38,')).toBe(true)
    expect(all[21]?.text).toContain('of 10 October 1990 or other relevant measures')
    expect(footnotes(tree).map((note) => note.calledBy)).toEqual(['marker', 'marker', 'marker', 'marker'])
  })

  it('gives the tree of the text-layer PDF it was scanned from where the OCR read the words right', async () => {
    const scanned = await treeOf(ocr('ga-78-17-scan.en.pdf'))
    const typeset = await treeOf(path.join('fixtures/office-un', 'ga-78-17.en.pdf'))
    // The leading phrases aside: the typeset PDF's italics end at "Takes note", where the OCR,
    // which has no italics, reads the phrase by its words ("Takes note of").
    const words = (tree: Resolution): unknown[] => facts(tree).map((fact) => ({...(fact as object), phrase: undefined}))
    expect(words(scanned)).toEqual(words(typeset))
    expect(scanned.meta).toEqual(typeset.meta)
    expect([...notes(scanned)]).toEqual([...notes(typeset)])
  })

  it('drops running heads, page numbers and the barcode and emblem the OCR read as words', async () => {
    const tree = await treeOf(ocr('ga-78-17-scan.en.pdf'))
    for (const paragraph of paragraphs(tree))
      expect(paragraph.text).not.toMatch(/A\/RES\/78\/17|\b\d\/3\b|Please recycle|\*\d{7}\*/)
    // Not one word of page 1's foot (job number, barcode picture) in page 1's last paragraph.
    expect(paragraphs(tree)[2]?.text.endsWith('with the Security Council for consideration, as appropriate,')).toBe(
      true,
    )
  })

  it('reads a sheet scanned askew (0.4°) the same: 12 and 12 (operative 9 read `9,`), the notes, their calls, operative 4 whole', async () => {
    const tree = await treeOf(ocr('ga-78-17-scan-askew.en.pdf'))
    expect(footnotes(tree).map((note) => note.text)).toEqual(notesOf7817)
    const all = paragraphs(tree)
    const operative = twelveAndTwelve(tree)
    // The OCR read operative 9's full stop as a comma (`9, Invites all parties…`): still operative 9, not part of 8.
    expect(operative[7]?.text).toBe(
      'Takes note of the report of the Secretary-General on the implementation of resolution 77/38;',
    )
    expect(operative[8]?.text.startsWith('Invites all parties to consider the appropriate means')).toBe(true)
    expect(operative[3]?.text).toBe(operative4)
    expect(tree.data.warnings).toEqual([])
    expect(all.flatMap((paragraph) => refsOf(paragraph.children))).toEqual(['1', '2', '3', '4'])
  })

  it("reads 78/17 scanned in two columns: 12 and 12 paragraphs, the notes at each column's foot, note 4's number hung in the gutter", async () => {
    const tree = await treeOf(ocr('ga-78-17-scan-two-columns.en.pdf'))
    const operative = twelveAndTwelve(tree)
    // Page 1: note 1 under the right column; page 2: notes 2 and 3 under the left column (no
    // number), note 4 under the right one, its number set left of the column, in the gutter.
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual(numberedNotesOf7817)
    expect(operative[3]?.text).toBe(operative4)
    // Preambular 2 runs over page 1's job number (`23-24440 (E) 131223`, whose OCR boxes overlap)
    // at the left column's foot; preambular 9 closes page 1, under page 2's running head (symbol
    // and short title, set on page 2 only). Neither is part of them.
    const preambular = paragraphs(tree).filter((paragraph) => paragraph.type === 'preambularParagraph')
    expect(preambular[1]?.text).toBe(
      'Recalling also the recommendations for the establishment of a nuclear-weapon-free zone in the region of the Middle East consistent with paragraphs 60 to 63, and in particular paragraph 63 (d), of the Final Document of the Tenth Special Session of the General Assembly,',
    )
    expect(preambular[8]?.text).toBe(
      'Noting the peace negotiations in the Middle East, which should be of a comprehensive nature and represent an appropriate framework for the peaceful settlement of contentious issues in the region,',
    )
    // Page 2's left column calls notes 2 and 3, set under it (`77/38,’`, `Weapons;?`): mended
    // column by column; the OCR lost note 4's mark after `1990` in the right column.
    expect(paragraphs(tree).map((paragraph) => refsOf(paragraph.children))).toEqual(
      paragraphs(tree).map((_, index) => (index === 1 ? ['1'] : index === 11 ? ['2'] : index === 12 ? ['3'] : [])),
    )
    // The title the masthead wraps after `nuclear-`, as printed.
    expect(tree.meta.title).toBe('Establishment of a nuclear-weapon-free zone in the region of the Middle East')
    // Operative 6 runs from the foot of page 2's left column, over its notes, to the right column's head.
    expect(operative[5]?.text).toBe(
      'Also invites those countries, pending the establishment of the zone, not to develop, produce, test or otherwise acquire nuclear weapons or permit the stationing on their territories, or territories under their control, of nuclear weapons or nuclear explosive devices;',
    )
  })

  it('reads Chinese OCR without the spaces the engine puts between the words it found, and takes no page foot for notes', async () => {
    const tree = await treeOf(ocr('ga-54-254-2000-scan.zh.pdf'))
    expect(tree.lang).toBe('zh')
    expect(tree.meta).toMatchObject({
      symbol: 'A/RES/54/254',
      body: '大会',
      number: '54/254',
      title: '联合国千年首脑会议',
      agendaItem: '49 (b)',
    })
    const preambular = paragraphs(tree).filter((paragraph) => paragraph.type === 'preambularParagraph')
    // Preambular 4 as the source has it (the OCR read it right, over a line break).
    expect(preambular[3]?.text).toBe('又重申千年大会将提供一个机会，以加强联合国在迎接二十一世纪挑战方面的作用，')
    expect(preambular[0]?.text.startsWith('回顾其1998年12月17日第53/202号决议，其中除其他外，')).toBe(true)
    for (const paragraph of paragraphs(tree)) expect(paragraph.text).not.toMatch(/[\u4e00-\u9fff] +[\u4e00-\u9fff]/u)
    // The resolution has no notes: the job number, barcode and "Please recycle" at the foot are none.
    expect(footnotes(tree)).toEqual([])
  })

  it('reads the Chinese scan 6/4: the operative numbers the OCR read `1.，”` `2.，` `3，，` `4.，”`, the closing date whose OCR boxes overlap', async () => {
    const tree = await treeOf(ocr('ga-54-254-2000-scan.zh.pdf'))
    const all = paragraphs(tree)
    expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph').length).toBe(6)
    const operative = all.filter((paragraph): paragraph is OperativeParagraph => paragraph.type === 'paragraph')
    // Source: op 1 决定在“二十一世纪…, op 2 又决定…, op 3 还决定，…, op 4 请大会主席…作出决定。
    expect(operative.map((paragraph) => [paragraph.num, paragraph.leadingPhrase?.text])).toEqual([
      [1, '决定'],
      [2, '又决定'],
      [3, '还决定'],
      [4, '请'],
    ])
    expect(operative[0]?.text.startsWith('决定在“二十一世纪联合国的作用”这个总主题之下')).toBe(true)
    expect(operative[3]?.text.endsWith('包括会议要达成的结果，作出决定。')).toBe(true)
    // The closing lines as printed: `2000年3月15日`, `第93次全体会议` (the OCR's spaces between them and the figures dropped).
    expect(conclusions(tree)?.children.map((line) => line.value)).toEqual(['2000年3月15日', '第93次全体会议'])
    expect(tree.meta.adoptionDate).toBe('2000-03-15')
    // The page's foot (`Please Tecycle`, the barcode line) is no text after the closing lines.
    expect(tree.data.warnings).toEqual([])
  })

  it('reads the Chinese scan of 52/7 2/4/1: the note whose number the OCR read `1。`, its call read `:` after `报告`', async () => {
    const tree = await treeOf(ocr('ga-52-7-1997-scan.zh.pdf'))
    const all = paragraphs(tree)
    expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph').length).toBe(2)
    const operative = all.filter((paragraph): paragraph is OperativeParagraph => paragraph.type === 'paragraph')
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    // Source: preambular 2 `审议了秘书长的报告[^1]并就…`, note 1 `A/52/456。`.
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([['1', 'A/52/456。']])
    expect(all.map((paragraph) => refsOf(paragraph.children))).toEqual([[], ['1'], [], [], [], []])
    expect(all[1]?.text).toBe('审议了秘书长的报告并就按协定开展合作的初步方面进行了辩论，')
    // The closing lines as printed, the note not among them.
    expect(conclusions(tree)?.children.map((line) => line.value)).toEqual(['1997年10月28日', '第37次全体会议'])
  })

  it("reads the Chinese scan of S/RES/2446 (2018) 4/2/0, its page's foot (`Please Tecycle`, `半1819493*`) left out", async () => {
    const tree = await treeOf(ocr('sc-2446-2018-scan.zh.pdf'))
    const all = paragraphs(tree)
    expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph').length).toBe(4)
    const operative = all.filter((paragraph): paragraph is OperativeParagraph => paragraph.type === 'paragraph')
    // Source: op 1 `决定将第2387(2017)号决议规定的…`, op 2 `决定继续积极处理此案。`, the last words of the text.
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operative[1]?.text).toBe('决定继续积极处理此案。')
    expect(tree.data.warnings.map((warning) => warning.ruleId)).not.toContain('text-after-closing')
  })

  it('says which page of a PDF with text is a picture with no text layer, and reads the others', async () => {
    // Page 2 of the typeset 78/17 replaced by its picture: preambular 4 to operative 4's first
    // half stand on it (page 1 ends with preambular 3, page 3 opens inside operative 4).
    const file = ocr('ga-78-17-page-2-picture.en.pdf')
    const document = await readDocument(readFileSync(file))
    expect(document.notices).toEqual([
      'page 2 of the PDF is a picture with no text layer (scanned): its words are not read; run OCR on the file first',
    ])
    const tree = await treeOf(file)
    expect(
      paragraphs(tree)
        .slice(0, 3)
        .map((paragraph) => paragraph.leadingPhrase?.text),
    ).toEqual(['Recalling', 'Recalling also', 'Emphasizing'])
    expect(footnotes(tree)[0]?.text).toBe(notesOf7817[0])
  })

  it('reads a damaged scan whose words stand at absurd places (one byte of a page stream changed) without an internal error', async () => {
    // Byte 61898 of the scan lies in page 1's compressed text; set to 0x76 it inflates to runs
    // set thousands of miles off the page, which once made the column finder ask for an array of
    // 65 trillion cells ("internal error: Invalid typed array length").
    const bytes = new Uint8Array(readFileSync(ocr('ga-78-17-scan.en.pdf')))
    bytes[61898] = 0x76
    const outcome = await readDocument(bytes).then(
      (document) => document.text,
      (error: unknown) => error,
    )
    if (typeof outcome !== 'string') expect(outcome).toBeInstanceOf(DecodeError)
    else expect(outcome).toContain('Decides to include in the provisional agenda')
  })
})
