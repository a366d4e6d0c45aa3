import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import type {Resolution} from '../src/tree/types.js'
import {facts, notes, numberedNotesOf7817, paragraphs, refsOf, treeOf} from './office-helpers.js'

// What users get from `pdftotext -layout` and `pdftotext -raw` of the PDFs in fixtures/office
// (printed by LibreOffice from the Word files, scripts/make-office-fixtures.sh) and of the
// UN-layout Chinese 2446 (scripts/make-un-fixtures.sh): the same paragraphs and notes as the Word
// file they were printed from. The Word file is the reference: its paragraphs and notes are the
// seed's, written by pandoc, not read by resdiff's parser from text.

const text = (name: string): string => readFileSync(path.join('fixtures/office-pdftotext', name), 'utf8')

/** The facts without the leading phrase (Word's italics in one, the lexicon's in the other) and hyphens (pdftotext joins some line-end ones). */
const comparable = (tree: Resolution): string[] =>
  facts(tree).map((fact) => JSON.stringify({...(fact as object), phrase: undefined}).replace(/-/gu, ''))

describe('pdftotext -layout and -raw of PDFs printed from Word files', () => {
  for (const [pdf, word] of [
    ['cop-6-2', 'cop-6-2'],
    ['cop-8-3', 'cop-8-3'],
    ['cop-8-3-running-heads', 'cop-8-3'],
    ['cop-10-draft-mexico', 'cop-10-draft-mexico'],
  ] as const) {
    it(`reads ${pdf} as its Word file`, async () => {
      const want = comparable(await treeOf(`fixtures/office/${word}.en.docx`))
      // -raw of the running-heads print sets the last page's number (`9`) under operative 33 and
      // the final form feed: the page's number, not a call of note 9.
      for (const mode of ['layout', 'raw'])
        expect(comparable(parseResolution(text(`${pdf}.${mode}.en.txt`))), mode).toEqual(want)
    })
  }

  it('ends a note with its page when the next page opens right under it (no blank line)', () => {
    // 10/…'s page 2 ends with note 3, and page 3 opens with the eleventh preambular paragraph:
    // `    General Assembly resolution 70/1.` / `\fWelcoming the continuous efforts…`.
    const layout = text('cop-10-draft-mexico.layout.en.txt')
    expect(layout).toMatch(/\n {4}General Assembly resolution 70\/1\.\n\fWelcoming the continuous efforts/u)
    for (const mode of ['layout', 'raw']) {
      const tree = parseResolution(text(`cop-10-draft-mexico.${mode}.en.txt`))
      expect(notes(tree).get('3'), mode).toBe('General Assembly resolution 70/1.')
      const all = paragraphs(tree)
      // Read from the seed: 21 preambular paragraphs, 24 operative; the eleventh opens "Welcoming".
      expect(
        all.filter((paragraph) => paragraph.type === 'preambularParagraph'),
        mode,
      ).toHaveLength(21)
      expect(
        all.filter((paragraph) => paragraph.type === 'paragraph'),
        mode,
      ).toHaveLength(24)
      expect(all[10]?.text.startsWith('Welcoming the continuous efforts'), mode).toBe(true)
      expect(all[22]?.text.startsWith('Reiterates its invitation to States'), mode).toBe(true)
    }
  })

  it('finds a raised note number that -raw glues to the word before a line break', () => {
    // `…the Protocols thereto2` / `constitute a universal framework…` (note 2 of the draft).
    const raw = text('cop-10-draft-mexico.raw.en.txt')
    expect(raw).toMatch(/Protocols thereto2\nconstitute a/u)
    const first = paragraphs(parseResolution(raw))[0]!
    expect(first.text).toContain('the Protocols thereto constitute a universal framework')
    expect(notes(parseResolution(raw)).get('2')).toBe('Ibid., vols. 2237, 2241 and 2326, No. 39574.')
  })

  it('keeps a body line of the title’s words that recurs in the body but once at a page’s edge', () => {
    // PP 11 of the draft wraps `manufacturing of and trafficking in firearms, their parts and components`
    // two lines below a page top, as PP 3 wraps it mid-page: words of the title, not a running head.
    for (const name of ['cop-10-draft-mexico.en.txt', 'cop-10-draft-mexico.layout.en.txt']) {
      const eleventh = paragraphs(parseResolution(text(name)))[10]!
      expect(eleventh.text, name).toContain(
        'combat the illicit manufacturing of and trafficking in firearms, their parts and components and ammunition, while reaffirming',
      )
    }
  })

  it('drops a running head over a page that opens with a paragraph (a capital under it)', () => {
    // `\fFirearms Protocol: resolution 8/3` / `Noting with appreciation the increasing number…`.
    const raw = text('cop-8-3-running-heads.raw.en.txt')
    expect(raw).toMatch(/\fFirearms Protocol: resolution 8\/3\nNoting with appreciation/u)
    const all = paragraphs(parseResolution(raw))
    expect(all.some((paragraph) => paragraph.text.includes('Firearms Protocol: resolution'))).toBe(false)
  })

  it('reads the page number under a note’s text as the page’s, not as a note', () => {
    // pdftotext's default output of 8/3 with running heads: page 1 ends `General Assembly
    // resolution 70/1.` / `1` / `\fFirearms Protocol: resolution 8/3` / `world as a result…`.
    const plain = text('cop-8-3-running-heads.en.txt')
    expect(plain).toMatch(/General Assembly resolution 70\/1\.\n1\n\n\fFirearms Protocol: resolution 8\/3\n/u)
    const tree = parseResolution(plain)
    const sixth = paragraphs(tree)[5]!
    expect(sixth.text).toContain('in some regions of the world as a result of the illicit manufacturing')
    expect(notes(tree).get('1')).toBe('United Nations, Treaty Series, vol. 2225, No. 39574')
  })
})

describe('pdftotext of a Chinese PDF printed from Word', () => {
  it('reads 6/2 in Chinese as its Word file, as it comes, with -layout and with -raw', async () => {
    // The spacing pdftotext sets between Chinese and Latin text aside (one note keeps `和 Corr.2`).
    const unspaced = (facts: string[]): string[] =>
      facts.map((fact) =>
        fact.replace(/(?<=[\u3400-\u9fff]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9.]) (?=[\u3400-\u9fff])/gu, ''),
      )
    const want = unspaced(comparable(await treeOf('fixtures/office/cop-6-2.zh.docx')))
    for (const name of ['cop-6-2.zh.txt', 'cop-6-2.layout.zh.txt', 'cop-6-2.raw.zh.txt'])
      expect(unspaced(comparable(parseResolution(text(name)))), name).toEqual(want)
  })

  it('ends a paragraph at a line two characters short of a full one', () => {
    // Chinese fills a line to its last character: `…方面的国际合作，` three characters short, then `担忧…`.
    const plain = text('cop-6-2.zh.txt')
    expect(plain).toMatch(/\n表示深信需要加强在打击非法制造和贩运枪支及其零部件和弹药方面的国际合作，\n担忧枪支/u)
    const all = paragraphs(parseResolution(plain))
    expect(all[3]?.text.endsWith('方面的国际合作，')).toBe(true)
    expect(all[4]?.text.startsWith('担忧枪支（包括自制武器）')).toBe(true)
  })

  it('reads -layout’s notes, each number alone above its indented text, called by a number between characters', () => {
    // `…的国际努力，` / `1` / `    联合国，《条约汇编》，第 2225 卷，第 39574 号。` / `2` / …; the text calls
    // them `议定书》1第`, `》2的`.
    const layout = text('cop-6-2.layout.zh.txt')
    expect(layout).toMatch(/国际努力，\n1\n {4}联合国，《条约汇编》，第 2225 卷，第 39574 号。\n2\n/u)
    expect(notes(parseResolution(layout)).get('2')).toBe('同上，第2326卷，第39574号。')
  })
})

describe('pdftotext as it comes, of a PDF printed from Word by LibreOffice', () => {
  it('reads 6/2, 8/3 and the 10/… draft as their Word files, with and without form feeds', async () => {
    // pdftotext's default mode drops the hyphen of one line-end `cross -` / `regional` of 8/3 with
    // the break (`cross regional`): the words are compared without spaces and hyphens.
    const words = (facts: string[]): string[] => facts.map((fact) => fact.replace(/\s/gu, ''))
    for (const name of ['cop-6-2', 'cop-8-3', 'cop-10-draft-mexico']) {
      const want = words(comparable(await treeOf(`fixtures/office/${name}.en.docx`)))
      const plain = text(`${name}.en.txt`)
      expect(words(comparable(parseResolution(plain))), name).toEqual(want)
      expect(words(comparable(parseResolution(plain.replace(/\f/gu, '')))), `${name} without form feeds`).toEqual(want)
    }
  })

  it('pairs a note number set alone among the paragraphs with the unnumbered text that ends its page', () => {
    // 8/3, page 3: `…obligations under the Firearms Protocol,` / `` / `8` / `` / `1.` / `` /
    // `Expresses its appreciation…`, operative 1 calling it (`reports,8`); the page ends
    // `…the Legislative Guides` / `` / `CT OC/COP/WG.6/2015/3.` / `` / `\ffor the Implementation…`.
    // The seed (seeds/cop-8-3.en.md) gives note 8 as `CT OC/COP/WG.6/2015/3.`, called after `reports`.
    const plain = text('cop-8-3.en.txt')
    expect(plain).toMatch(/Firearms Protocol,\n\n8\n\n1\.\n/u)
    expect(plain).toMatch(/Legislative Guides\n\nCT OC\/COP\/WG\.6\/2015\/3\.\n\n\ffor the Implementation/u)
    for (const copy of [plain, plain.replace(/\f/gu, '')]) {
      const tree = parseResolution(copy)
      expect(notes(tree).get('8')).toBe('CT OC/COP/WG.6/2015/3.')
      const operative = paragraphs(tree).filter((paragraph) => paragraph.type === 'paragraph')
      expect(refsOf(operative[0]!.children)).toEqual(['8'])
      expect(operative[4]?.text).toContain('through the use of the Legislative Guides for the Implementation of')
    }
    // The 10/… draft, page 3: `1.` / `` / `8` / `` / `Welcomes with appreciation…` and the page's
    // last line `Conference resolution 9/1, annex.`, called by `the Protocols thereto8` (the seed's
    // note 8, in the preambular paragraph `Reaffirming its resolution 9/1…`).
    const draft = text('cop-10-draft-mexico.en.txt')
    expect(draft).toMatch(/\n1\.\n\n8\n\nWelcomes with appreciation/u)
    const tree = parseResolution(draft)
    expect(notes(tree).get('8')).toBe('Conference resolution 9/1, annex.')
    const reaffirming = paragraphs(tree).find((paragraph) =>
      paragraph.text.startsWith('Reaffirming its resolution 9/1'),
    )!
    expect(refsOf(reaffirming.children)).toEqual(['8'])
    expect(paragraphs(tree).find((paragraph) => paragraph.type === 'paragraph')?.text).toMatch(/^Welcomes with/u)
  })

  it('reads a note text set above the numbers of its page foot, under the page’s last words', () => {
    // 6/2, page 1: `…ammunition, and acknowledging` / `Report of the United Nations Conference on
    // the Illicit Trade…` / `(A/CONF.192/15), chap. IV, para. 24.` / `3` / `` / `4` / `` / `A/60/88…`
    // / `\fthat this cooperation…`. The seed (seeds/cop-6-2.en.txt) gives that report as note 3.
    const plain = text('cop-6-2.en.txt')
    expect(plain).toMatch(/and acknowledging\nReport of the United Nations Conference/u)
    const tree = parseResolution(plain)
    expect(notes(tree).get('3')).toBe(
      'Report of the United Nations Conference on the Illicit Trade in Small Arms and Light Weapons in All Its Aspects, New York, 9-20 July 2001 (A/CONF.192/15), chap. IV, para. 24.',
    )
    const noting = paragraphs(tree).find((paragraph) => paragraph.text.startsWith('Noting that the Firearms Protocol'))!
    expect(noting.text).toContain('and acknowledging that this cooperation is facilitated')
  })

  it('reads the next page foot after a note whose number pdftotext set away from its text', () => {
    // 8/3: page 3's foot holds only note 8's text, `CT OC/COP/WG.6/2015/3.`, set mid-paragraph,
    // its number among the paragraphs above; page 4's foot is `9` / `United Nations publication, Sales No. E.05.V.2.` / `10` /
    // `General Assembly resolution 70/1.`, and the text above calls both (`Thereto ;9`, `Goals,10`).
    const plain = text('cop-8-3.en.txt')
    expect(plain).toMatch(/control measures\n9\n\nUnited Nations publication, Sales No\. E\.05\.V\.2\.\n\n10\n/u)
    const tree = parseResolution(plain)
    expect(notes(tree).get('9')).toBe('United Nations publication, Sales No. E.05.V.2.')
    expect(notes(tree).get('10')).toBe('General Assembly resolution 70/1.')
    const tenth = paragraphs(tree).find((paragraph) => paragraph.type === 'paragraph' && paragraph.num === 10)!
    expect(tenth.text).toBe(
      'Urges States parties to the Firearms Protocol that import and export parts and components of firearms to reinforce their control measures in line with the Firearms Protocol and other relevant international legal instruments to which they are party, with a view to preventing and reducing the risks of their diversion, illicit manufacturing and trafficking;',
    )
  })
})

describe('pdftotext -raw of a Chinese PDF whose masthead is in text boxes', () => {
  it('reads the masthead set after the page foot as the masthead, not as the last paragraph', () => {
    // -raw writes the text boxes last: `*1819493* Please recycle` / `S/RES/2446 (2018)` / `联合国` /
    // `安全理事会` / `Distr.: General` / `15 November 2018` / `Chinese` / `Original: English`.
    const raw = text('un-sc-2446-2018.raw.zh.txt')
    expect(raw).toMatch(/决定继续积极处理此案。\n18-19493 \(C\)\n\*1819493\* Please recycle\nS\/RES\/2446 \(2018\)\n/u)
    const tree = parseResolution(raw)
    // Read from the source (fixtures/office-un/sources/sc-2446-2018.zh.txt).
    expect(tree.meta).toMatchObject({
      symbol: 'S/RES/2446 (2018)',
      distribution: 'General',
      date: '2018-11-15',
      originalLanguage: 'English',
    })
    const all = paragraphs(tree)
    expect(all).toHaveLength(6)
    expect(all.at(-1)?.text).toBe('决定继续积极处理此案。')
  })
})

describe('PDF text that lost its form feeds (copied from a PDF viewer, or a mirror that dropped them)', () => {
  it('reads a UN-layout page foot by its furniture: the notes after the job number are the notes', () => {
    // A/RES/78/17, page 1's foot: `…as appropriate,` / `1` / `` / `23-24440 (E)` / `` /
    // `Resolution S-10/2.` / `` / `131223` / `*2324440*` / `` / `Please recycle`, then page 2's
    // running head `A/RES/78/17`, with no form feed between.
    for (const name of ['un-ga-78-17.en.txt', 'un-ga-78-17.layout.en.txt', 'un-ga-78-17.raw.en.txt']) {
      const withFeeds = text(name)
      const copied = withFeeds.replace(/\f/gu, '')
      expect(copied).not.toBe(withFeeds)
      const tree = parseResolution(copied)
      expect([...notes(tree)], name).toEqual(numberedNotesOf7817)
      expect(comparable(tree), name).toEqual(comparable(parseResolution(withFeeds)))
    }
  })

  it('ends a page foot with no furniture where the next page goes on, after a blank line', () => {
    // 6/2 and 8/3 printed by LibreOffice carry no page number or job number: copied without form
    // feeds, page 1's foot `1` / `United Nations, Treaty Series…` / `2` / `Ibid., vol. 2326…` runs
    // straight into page 2's `techniques for firearms, including home-made arms,…`.
    const copied = text('cop-6-2.en.txt').replace(/\f/gu, '')
    expect(copied).toMatch(/\n2\n\nIbid\., vol\. 2326, No\. 39574\.\n\ntechniques for firearms/u)
    for (const name of ['cop-6-2.en.txt', 'cop-8-3.en.txt']) {
      const withFeeds = text(name)
      expect(comparable(parseResolution(withFeeds.replace(/\f/gu, ''))), name).toEqual(
        comparable(parseResolution(withFeeds)),
      )
    }
  })

  it('ends a -layout or -raw note at its sentence end when the page has no furniture', () => {
    // LibreOffice's prints of 6/2 (English and Chinese), 8/3 and the 10/… draft carry no page number,
    // job number or running head, and -layout and -raw set no blank line after a page's notes:
    // copied without form feeds, the draft's page 1 foot `1` / `    United Nations, Treaty Series,
    // vol. 2225, No. 39574.` / `2` / `    Ibid., vols. 2237, 2241 and 2326, No. 39574.` runs straight
    // into page 2's `Convention against Transnational Organized Crime”, and 9/2…`, the sentence
    // going on; 6/2's into `techniques for firearms…`; 8/3's `…70/1.` into `Noting with appreciation…`.
    const copied = text('cop-10-draft-mexico.layout.en.txt').replace(/\f/gu, '')
    expect(copied).toMatch(/\n {4}Ibid\., vols\. 2237, 2241 and 2326, No\. 39574\.\nConvention against Transnational/u)
    for (const base of ['cop-6-2', 'cop-8-3', 'cop-10-draft-mexico'])
      for (const name of [`${base}.layout.en.txt`, `${base}.raw.en.txt`]) {
        const withFeeds = text(name)
        expect(comparable(parseResolution(withFeeds.replace(/\f/gu, ''))), name).toEqual(
          comparable(parseResolution(withFeeds)),
        )
      }
    // The Chinese default text too: page 1's foot `…60/519。` runs, after a blank line, into page
    // 2's `赞赏地注意到…`, a paragraph opening with its phrase.
    for (const name of ['cop-6-2.layout.zh.txt', 'cop-6-2.raw.zh.txt', 'cop-6-2.zh.txt']) {
      const withFeeds = text(name)
      expect(comparable(parseResolution(withFeeds.replace(/\f/gu, ''))), name).toEqual(
        comparable(parseResolution(withFeeds)),
      )
    }
    // Read from the seed (seeds/cop-10-draft-mexico.en.txt): notes 1 and 2, and preambular 3 going on
    // across the page.
    const tree = parseResolution(copied)
    expect(notes(tree).get('2')).toBe('Ibid., vols. 2237, 2241 and 2326, No. 39574.')
    expect(paragraphs(tree)[2]?.text).toContain(
      'supplementing the United Nations Convention against Transnational Organized Crime”, and 9/2 of 19 October 2018',
    )
  })

  it('reads the Chinese 52/7 the same without its form feeds', () => {
    // Read from the source (fixtures/office-un/sources/ga-52-7-1997.zh.txt): one note, A/52/456。
    // -raw sets it right under the closing lines, the last thing in the text: `第 37 次全体会议` /
    // `1` / `A/52/456。`, then only the form feed that the copy loses.
    expect(text('un-ga-52-7-1997.raw.zh.txt')).toMatch(/第 37 次全体会议\n1\nA\/52\/456。\n\f$/u)
    for (const name of ['un-ga-52-7-1997.zh.txt', 'un-ga-52-7-1997.raw.zh.txt']) {
      const copied = text(name).replace(/\f/gu, '')
      const tree = parseResolution(copied)
      expect([...notes(tree)], name).toEqual([['1', 'A/52/456。']])
      expect(tree.children.find((part) => part.type === 'conclusions')?.text, name).toBe(
        '1997 年 10 月 28 日 第 37 次全体会议',
      )
    }
  })
})

describe('a Word file saved as text', () => {
  it('ends a paragraph at a note number glued to its comma (`…and Public Participation,2`)', () => {
    // LibreOffice's text rendering of 8/3's .doc (fixtures/office-legacy, made by
    // scripts/make-doc-odt-fixtures.sh): one paragraph a line, the note numbers left as digits
    // and the notes themselves dropped.
    const saved = readFileSync('fixtures/office-legacy/cop-8-3.en.doc.libreoffice.txt', 'utf8')
    expect(saved).toMatch(/and Public Participation,2\nWelcoming also the commitment/u)
    const all = paragraphs(parseResolution(saved))
    // Read from the seed (seeds/cop-8-3.en.md): 21 preambular paragraphs, the fifth "Welcoming also".
    expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph')).toHaveLength(21)
    expect(all[4]?.text.startsWith('Welcoming also the commitment made by Member States')).toBe(true)
  })
})
