import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {diffResolutions} from '../src/diff/index.js'
import {parseResolution} from '../src/parse/index.js'
import {readDocument} from '../src/read/document.js'
import type {Resolution} from '../src/tree/types.js'
import {facts, notes, numberedNotesOf7817, paragraphs, refsOf, refusal, treeOf} from './office-helpers.js'

// The PDFs were printed by LibreOffice from the Word files pandoc made from the seeds
// (scripts/make-office-fixtures.sh): numbers drawn by the list, raised smaller note marks,
// italic fonts, notes in smaller type at the foot of each page.
const office = (name: string): string => path.join('fixtures/office', name)

const pairs: Array<[string, string]> = [
  ['seeds/cop-8-3.en.md', 'cop-8-3.en.pdf'],
  // The same with a running head and a page number on every page (nine pages).
  ['seeds/cop-8-3.en.md', 'cop-8-3-running-heads.en.pdf'],
  ['seeds/cop-10-draft-mexico.en.txt', 'cop-10-draft-mexico.en.pdf'],
  ['seeds/cop-6-2.en.txt', 'cop-6-2.en.pdf'],
  ['seeds/cop-6-2.zh.txt', 'cop-6-2.zh.pdf'],
  ['fixtures/handmade/draft-a-c3-80-l19.en.txt', 'draft-a-c3-80-l19.en.pdf'],
]

describe('reading PDFs', () => {
  for (const [text, pdf] of pairs) {
    it(`reads ${pdf} into the tree its text gives`, async () => {
      const fromText = parseResolution(readFileSync(text, 'utf8'))
      const fromPdf = await treeOf(office(pdf))
      expect(fromPdf.lang).toBe(fromText.lang)
      expect(facts(fromPdf)).toEqual(facts(fromText))
      expect(fromPdf.meta.symbol).toBe(fromText.meta.symbol)
      expect(fromPdf.meta.number).toBe(fromText.meta.number)
    })
  }

  it('reads italic fonts as emphasis and raised small figures as note marks', async () => {
    const tree = await treeOf(office('cop-8-3.en.pdf'))
    const all = paragraphs(tree)
    expect(all.filter((p) => p.leadingPhrase?.emphasized).length).toBe(all.length)
    expect(all[1]?.leadingPhrase?.text).toBe('Recalling also')
    expect(refsOf(all[0]!.children)).toEqual(['1'])
    expect(notes(tree).get('1')).toBe('United Nations, Treaty Series, vol. 2225, No. 39574')
  })

  it('reads at least as well as the pdftotext path (poppler output of the same PDFs, committed)', async () => {
    for (const [text, pdf] of pairs) {
      const want = facts(parseResolution(readFileSync(text, 'utf8'))).map((fact) => JSON.stringify(fact))
      const right = (got: unknown[]): number => got.filter((fact, index) => JSON.stringify(fact) === want[index]).length
      const poppler = facts(
        parseResolution(readFileSync(path.join('fixtures/office-pdftotext', pdf.replace(/\.pdf$/, '.txt')), 'utf8')),
      )
      const mine = facts(await treeOf(office(pdf)))
      expect(right(mine), pdf).toBeGreaterThanOrEqual(right(poppler))
      expect(right(mine), pdf).toBe(want.length)
    }
  })

  it('drops the running head and the page numbers of every page', async () => {
    const tree = await treeOf(office('cop-8-3-running-heads.en.pdf'))
    const everything = JSON.stringify(tree)
    expect(everything).not.toContain('Firearms Protocol: resolution 8/3')
    // The page numbers are not glued into the text either: the pair above compares every
    // paragraph's words with the seed's.
  })

  it('reads a Chinese PDF without the spacing set between Chinese and Latin text', async () => {
    const tree = await treeOf(office('cop-6-2.zh.pdf'))
    expect(tree.meta.number).toBe('6/2')
    expect(paragraphs(tree)[0]?.text).toContain('第32条')
  })

  it('gives positions as page, line on the page and character', async () => {
    const tree = await treeOf(office('cop-6-2.en.pdf'))
    const starts = paragraphs(tree).map(
      (paragraph) => paragraph.position!.start as {line: number; column: number; offset: number; page?: number},
    )
    expect(starts.every((start) => start.page !== undefined && start.line >= 1 && start.column === 1)).toBe(true)
    expect(starts[0]!.page).toBe(1)
    // In reading order: page by page, line by line.
    for (let index = 1; index < starts.length; index++) {
      const [before, after] = [starts[index - 1]!, starts[index]!]
      expect(after.page! > before.page! || (after.page === before.page && after.line > before.line)).toBe(true)
    }
    expect(starts[starts.length - 1]!.page).toBeGreaterThan(1)
  })

  it('finds the same links between two PDFs as between their texts', async () => {
    const linksOf = (oldTree: Resolution, newTree: Resolution): string[] =>
      diffResolutions(oldTree, newTree).changes.map(
        (change) => `${change.kind} ${change.old.join('+')} → ${change.new.join('+')}`,
      )
    const fromText = linksOf(
      parseResolution(readFileSync('seeds/cop-8-3.en.md', 'utf8')),
      parseResolution(readFileSync('seeds/cop-10-draft-mexico.en.txt', 'utf8')),
    )
    const fromPdf = linksOf(await treeOf(office('cop-8-3.en.pdf')), await treeOf(office('cop-10-draft-mexico.en.pdf')))
    expect(fromPdf).toEqual(fromText)
  })
})

describe('PDFs resdiff cannot read', () => {
  const refuse = refusal
  const bad = (name: string): Buffer => readFileSync(path.join('fixtures/office-bad', name))

  it('asks for OCR on a scan, a password on an encrypted file, and names a damaged one', async () => {
    expect(await refuse(bad('scanned.pdf'))).toBe(
      'the PDF has no text layer (it is a scan or a picture): run OCR first',
    )
    expect(await refuse(bad('password.pdf'))).toMatch(/^the PDF is protected by a password/)
    expect(await refuse(Buffer.from('%PDF-1.7\n1 0 obj <<>> garbage'))).toMatch(/^the PDF is damaged/)
  })

  it('leaves the bytes it was given as they were', async () => {
    const bytes = readFileSync(office('draft-a-c3-80-l19.en.pdf'))
    const copy = Buffer.from(bytes)
    await readDocument(bytes)
    expect(bytes.equals(copy)).toBe(true)
  })

  it('reads the notes of a page foot with no rule, as pdftotext gives a PDF printed from Word', async () => {
    // LibreOffice draws the rule above the notes as a line, so pdftotext gives none; each note's
    // number stands alone under the page's last words, its text after a blank line.
    const text = readFileSync('fixtures/office-pdftotext/cop-6-2.en.txt', 'utf8')
    expect(text).not.toMatch(/^_{5,}$/mu)
    expect(text).toMatch(/[a-z,]\n1\n\nUnited Nations, Treaty Series, vol\. 2225, No\. 39574/u)
    const tree = parseResolution(text)
    const word = await treeOf(office('cop-6-2.en.docx'))
    const squeeze = (notes: Map<string, string>): Map<string, string> =>
      new Map([...notes].map(([marker, note]) => [marker, note.replace(/\s+/gu, ' ')]))
    const read = squeeze(notes(tree))
    const written = squeeze(notes(word))
    expect([...read.keys()]).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    // pdftotext set the text of note 3 above its number, right under the page's last words,
    // where nothing tells it from the paragraph: that one note is left without its text.
    for (const marker of ['1', '2', '4', '5', '6', '7']) expect(read.get(marker)).toBe(written.get(marker))
    // No note's text is left in a paragraph.
    expect(
      paragraphs(tree)
        .map((paragraph) => paragraph.text)
        .join(' '),
    ).not.toContain('Treaty Series')
  })

  it('keeps a body line that is words of the title a few lines above a page foot', () => {
    // Preambular paragraph 5 of 6/2 names the Protocol in full: "…Firearms, Their Parts and
    // Components and Ammunition, supplementing the United Nations Convention against
    // Transnational Organized Crime, of manufacturing…". In pdftotext's text the middle line
    // is words of the title and stands four lines above the page break (under it the notes).
    const text = readFileSync('fixtures/office-pdftotext/cop-6-2.en.txt', 'utf8')
    expect(text).toMatch(/\nand Ammunition, supplementing the United Nations Convention against\n/u)
    const fifth = paragraphs(parseResolution(text))[4]!
    expect(fifth.text).toContain(
      'Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime, of manufacturing',
    )
  })

  it('reads page feet whose numbers stand together above the page number, as pdftotext gives a UN-layout PDF', () => {
    // A/RES/78/17 laid out as the UN prints it (fixtures/office-un), read by pdftotext: page 2's
    // foot is `2` / `3` / `` / `2/3` / `` / the two notes' texts, with no rule.
    const text = readFileSync('fixtures/office-pdftotext/un-ga-78-17.en.txt', 'utf8')
    expect(text).toMatch(/\n2\n3\n\n2\/3\n\nA\/78\/205 \(Part I\)\.\nUnited Nations, Treaty Series/u)
    const tree = parseResolution(text)
    // The last page's note number stands alone above the page's `3/3`: a note's, not a page number.
    expect([...notes(tree)]).toEqual(numberedNotesOf7817)
    expect(paragraphs(tree).map((paragraph) => paragraph.type)).toEqual([
      ...Array<string>(12).fill('preambularParagraph'),
      ...Array<string>(12).fill('paragraph'),
    ])
  })

  it('reads the notes of pdftotext -layout, each number on its own line above its text', () => {
    const text = readFileSync('fixtures/office-pdftotext/un-ga-78-17.layout.en.txt', 'utf8')
    expect(text).toMatch(/\n {4,}2\n {4,}A\/78\/205 \(Part I\)\.\n {4,}3\n {4,}United Nations, Treaty Series/u)
    const tree = parseResolution(text)
    expect([...notes(tree)]).toEqual(numberedNotesOf7817)
    expect(paragraphs(tree)).toHaveLength(24)
  })

  it('reads the same paragraphs and notes from pdftotext, -layout and -raw as from the Word file', async () => {
    // -layout sets a page foot's pieces on one line far apart (`2/3` … `23-24440`), -raw a space
    // apart with no blank line anywhere (`…as appropriate,` / `1` / `Resolution S-10/2.` /
    // `23-24440 (E) 131223` / `*2324440* Please recycle`): none of it is the resolution's text.
    const raw = readFileSync('fixtures/office-pdftotext/un-ga-78-17.raw.en.txt', 'utf8')
    expect(raw).toMatch(
      /as appropriate,\n1\nResolution S-10\/2\.\n23-24440 \(E\) 131223\n\*2324440\* Please recycle\n/u,
    )
    const layout = readFileSync('fixtures/office-pdftotext/un-ga-78-17.layout.en.txt', 'utf8')
    expect(layout).toMatch(/^2\/3 {20,}23-24440$/mu)
    // pdftotext itself joins one line-end hyphen of the justified text (`a nuclearweapon-free
    // zone`, line 91 of its default output): hyphens aside, the words must be the Word file's.
    // The leading phrase is Word's italics in one, the lexicon's in the other (`Takes note` or
    // `Takes note of`): left out.
    const unhyphenated = (tree: Resolution): unknown =>
      JSON.parse(
        JSON.stringify(facts(tree).map((fact) => ({...(fact as object), phrase: undefined}))).replace(/-/gu, ''),
      )
    const word = unhyphenated(await treeOf('fixtures/office-un/ga-78-17.en.docx'))
    for (const name of ['un-ga-78-17.en.txt', 'un-ga-78-17.layout.en.txt', 'un-ga-78-17.raw.en.txt']) {
      const tree = parseResolution(readFileSync(path.join('fixtures/office-pdftotext', name), 'utf8'))
      expect(unhyphenated(tree), name).toEqual(word)
      expect([...notes(tree)], name).toEqual(numberedNotesOf7817)
    }
  })

  it('reads a Chinese title on its own line under its number as the title, not the formula (pdftotext of 54/254)', () => {
    const text = readFileSync('fixtures/office-pdftotext/un-ga-54-254-2000.zh.txt', 'utf8')
    expect(text).toMatch(/\n54\/254\.\n\n联合国千年首脑会议\n\n大会，\n回顾/u)
    const tree = parseResolution(text)
    // Read from the resolution (fixtures/field/README.md): 联合国千年首脑会议 is its title, 大会，
    // its formula; six preambular paragraphs, the first 回顾…, and four operative.
    expect(tree.meta).toMatchObject({number: '54/254', title: '联合国千年首脑会议', body: '大会'})
    const all = paragraphs(tree)
    expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph')).toHaveLength(6)
    expect(all.filter((paragraph) => paragraph.type === 'paragraph')).toHaveLength(4)
    expect(all[0]?.text.startsWith('回顾其')).toBe(true)
  })

  it('opens a Chinese preambular paragraph at 审议了 under a nearly full line (pdftotext of 52/7)', () => {
    const text = readFileSync('fixtures/office-pdftotext/un-ga-52-7-1997.zh.txt', 'utf8')
    // The first paragraph's last line ends with its comma three characters short of a full line.
    expect(text).toMatch(/重要步骤，\n审议了秘书长的报告1并/u)
    const tree = parseResolution(text)
    // Read from the source (fixtures/office-un/sources/ga-52-7-1997.zh.txt): two preambular
    // paragraphs, 回顾… and 审议了…, four operative, one note.
    const all = paragraphs(tree)
    expect(all.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      '回顾',
      '审议了',
      '赞赏地注意到',
      '建议',
      '请',
      '决定',
    ])
    expect([...notes(tree)]).toEqual([['1', 'A/52/456。']])
  })
})
