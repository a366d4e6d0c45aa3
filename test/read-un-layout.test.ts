import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import type {Resolution} from '../src/tree/types.js'
import {diffResolutions} from '../src/diff/index.js'
import {unzipOffice} from '../src/read/docx.js'
import {notes, notesOf7817, paragraphs, treeOf} from './office-helpers.js'

// Word and PDF files laid out as the UN publishes resolutions (fixtures/office-un, made by
// scripts/make-un-fixtures.sh: masthead in the first page's header, in a body table, in frames
// or in text boxes; running heads and feet; the first page's job number and barcode line;
// tab-typed operative numbers; a two-column variant). Every fact below was read by a person
// from the source texts in fixtures/office-un/sources/ (and the masthead facts from the
// masthead lines there), not taken from resdiff's output.
const un = (name: string): string => path.join('fixtures/office-un', name)

interface Facts {
  P: number
  O: number
  notes: string[]
  meta: Partial<Resolution['meta']>
  /** The first words of the first preambular and of the last operative paragraph. */
  firstPreambular: string
  lastOperative: string
  /** Words of the first preambular paragraph that a line break can cut (numbers, symbols). */
  inFirstPreambular: string[]
}

const ga7817: Facts = {
  P: 12,
  O: 12,
  notes: notesOf7817,
  meta: {
    symbol: 'A/RES/78/17',
    body: 'General Assembly',
    date: '2023-12-06',
    adoptionDate: '2023-12-04',
    session: 78,
    agendaItem: '95',
    number: '78/17',
    title: 'Establishment of a nuclear-weapon-free zone in the region of the Middle East',
  },
  firstPreambular: 'Recalling its resolutions 3263 (XXIX) of 9 December 1974',
  lastOperative: 'Decides to include in the provisional agenda of its seventy-ninth session',
  inFirstPreambular: [
    '36/87 A and B of 9 December 1981',
    '77/38 of 7 December 2022 on the establishment of a nuclear-weapon-free zone',
  ],
}

const ga54254zh: Facts = {
  P: 6,
  O: 4,
  notes: [],
  meta: {
    symbol: 'A/RES/54/254',
    body: '大会',
    date: '2000-03-23',
    // From the closing lines `2000年3月15日` / `第93次全体会议`.
    adoptionDate: '2000-03-15',
    session: 54,
    agendaItem: '49 (b)',
    number: '54/254',
    title: '联合国千年首脑会议',
  },
  firstPreambular: '回顾其1998年12月17日第53/202号决议',
  lastOperative: '请大会主席与所有会员国举行自由参加的广泛协商',
  inFirstPreambular: ['“联合国千年大会”'],
}

const ga527zh: Facts = {
  P: 2,
  O: 4,
  notes: ['A/52/456。'],
  meta: {
    symbol: 'A/RES/52/7',
    body: '大会',
    session: 52,
    number: '52/7',
    title: '联合国同各国议会联盟的合作',
    // From the closing lines `1997年10月28日` / `第37次全体会议`.
    adoptionDate: '1997-10-28',
  },
  firstPreambular: '回顾1996年10月25日第51/7号决议',
  lastOperative: '决定把题为“联合国同各国议会联盟的合作”的项目',
  inFirstPreambular: ['联合国同各国议会联盟缔结合作协定'],
}

const sc2446en: Facts = {
  P: 4,
  O: 2,
  notes: [],
  meta: {
    symbol: 'S/RES/2446 (2018)',
    body: 'Security Council',
    date: '2018-11-15',
    adoptionDate: '2018-11-15',
    number: '2446 (2018)',
  },
  firstPreambular: 'Recalling its previous resolutions and statements on the Central African Republic',
  lastOperative: 'Decides to remain actively seized of the matter.',
  inFirstPreambular: ['2217 (2015)', 'S/PRST/2014/28 of 18 December 2014', 'S/PRST/2018/14 of 13 July 2018,'],
}

const sc2446zh: Facts = {
  P: 4,
  O: 2,
  notes: [],
  meta: {
    symbol: 'S/RES/2446 (2018)',
    body: '安全理事会',
    date: '2018-11-15',
    adoptionDate: '2018-11-15',
    number: '2446 (2018)',
  },
  firstPreambular: '回顾其以往关于中非共和国的各项决议和声明',
  lastOperative: '决定继续积极处理此案。',
  inFirstPreambular: ['2217(2015)、2262(2016)', '2387(2017)、2399(2018)号决议', '2014年12月18日S/PRST/2014/28号'],
}

const files: Array<[string, Facts]> = [
  ['ga-78-17.en.docx', ga7817],
  ['ga-78-17.en.pdf', ga7817],
  ['ga-78-17-two-columns.en.docx', ga7817],
  ['ga-78-17-two-columns.en.pdf', ga7817],
  // Encrypted with an owner password only (copying, printing and changes forbidden): no
  // password is needed to open it, so it reads as the unlocked file does.
  ['ga-78-17-copy-locked.en.pdf', ga7817],
  ['ga-54-254-2000.zh.docx', ga54254zh],
  ['ga-54-254-2000.zh.pdf', ga54254zh],
  ['ga-52-7-1997.zh.docx', ga527zh],
  ['ga-52-7-1997.zh.pdf', ga527zh],
  // Double-spaced body, single-spaced masthead and closing (flush right): the closing date and
  // meeting are two lines, not one paragraph.
  ['ga-52-7-1997-double-spaced.zh.pdf', ga527zh],
  ['sc-2446-2018.en.docx', sc2446en],
  ['sc-2446-2018.en.pdf', sc2446en],
  ['sc-2446-2018.zh.docx', sc2446zh],
  ['sc-2446-2018.zh.pdf', sc2446zh],
  ['sc-2446-2018-text-boxes.zh.docx', sc2446zh],
  // Its print by LibreOffice: the masthead's text boxes stand where they were drawn, read by their place.
  ['sc-2446-2018-text-boxes.zh.pdf', sc2446zh],
  // The same Word files saved by LibreOffice as binary Word 97-2003 (.doc) and as OpenDocument
  // text (.odt): fixtures/office-legacy, made by scripts/make-doc-odt-fixtures.sh.
  ...[
    'ga-78-17.en',
    'ga-78-17-two-columns.en',
    'ga-54-254-2000.zh',
    'ga-52-7-1997.zh',
    'sc-2446-2018.en',
    'sc-2446-2018.zh',
    'sc-2446-2018-text-boxes.zh',
  ].flatMap((name): Array<[string, Facts]> => {
    const facts = name.startsWith('ga-78-17')
      ? ga7817
      : name.startsWith('ga-54')
        ? ga54254zh
        : name.startsWith('ga-52')
          ? ga527zh
          : name.endsWith('.en')
            ? sc2446en
            : sc2446zh
    return [
      [`../office-legacy/${name}.doc`, facts],
      [`../office-legacy/${name}.odt`, facts],
    ]
  }),
]

describe('Word and PDF files laid out as the UN publishes them', () => {
  for (const [file, facts] of files) {
    it(`reads ${file}: masthead, paragraphs and notes as the source has them`, async () => {
      const tree = await treeOf(un(file))
      const all = paragraphs(tree)
      const preambular = all.filter((paragraph) => paragraph.type === 'preambularParagraph')
      const operative = all.filter((paragraph) => paragraph.type === 'paragraph')
      expect([preambular.length, operative.length]).toEqual([facts.P, facts.O])
      expect([...notes(tree).values()]).toEqual(facts.notes)
      expect(tree.meta).toMatchObject(facts.meta)
      // A Council resolution has no title of its own; its adoption line is not one.
      if (!facts.meta.title) expect(tree.meta.title).toBeUndefined()
      expect(preambular[0]?.text.startsWith(facts.firstPreambular)).toBe(true)
      expect(operative[operative.length - 1]?.text.startsWith(facts.lastOperative)).toBe(true)
      for (const words of facts.inFirstPreambular) expect(preambular[0]?.text).toContain(words)
      // Words as written (the tree's text nodes, before mending): no space between two Chinese
      // characters, which a justified PDF line spreads apart.
      for (const paragraph of all) expect(JSON.stringify(paragraph)).not.toMatch(/[\u4e00-\u9fff] +[\u4e00-\u9fff]/u)
      // No page furniture (job number, barcode line, running head, page x/y) is left in the text.
      for (const paragraph of all) expect(paragraph.text).not.toMatch(/\d{2}-\d{5}|\*\d{7}\*|Please recycle|\b\d\/\d\b/)
      expect(tree.data.warnings).toEqual([])
    })
  }

  it('numbers the tab-typed operative paragraphs 1 to n in Word and PDF alike', async () => {
    for (const file of ['ga-78-17.en.docx', 'ga-78-17.en.pdf', 'ga-78-17-two-columns.en.pdf']) {
      const operative = paragraphs(await treeOf(un(file))).filter((paragraph) => paragraph.type === 'paragraph')
      expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])
      // The leading phrases the source sets in italics: paragraph 6 opens "Also invites".
      expect(operative[5]?.leadingPhrase).toMatchObject({text: 'Also invites', emphasized: true})
      // Paragraph 4 runs over a page break (running head and foot between its lines) in the PDF.
      expect(operative[3]?.text).toContain(
        'Working Group on Arms Control and Regional Security in promoting mutual confidence and security',
      )
    }
  })

  it("numbers the masthead read from the first page's header after the body's and the notes' paragraphs", async () => {
    const file = un('ga-78-17.en.docx')
    const xml = new TextDecoder().decode(unzipOffice(readFileSync(file))['word/document.xml'])
    const bodyParagraphs = xml.match(/<w:p[ >]/g)?.length ?? 0
    const tree = await treeOf(file)
    const preface = tree.children.find((part) => part.type === 'preface')
    const line = (text: string): number | undefined =>
      preface?.children.find((node) => 'value' in node && node.value.trim() === text)?.position?.start.line
    // The body opens with the session line; the header's table opens with the emblem's cell
    // (an empty paragraph), then "United Nations"; the four notes have one paragraph each.
    expect(line('Seventy-eighth session')).toBe(1)
    expect(line('United Nations')).toBe(bodyParagraphs + 4 + 2)
  })

  it('finds the Word file and its PDF the same text: every paragraph unchanged', async () => {
    for (const name of ['ga-78-17.en', 'ga-54-254-2000.zh', 'ga-52-7-1997.zh', 'sc-2446-2018.en', 'sc-2446-2018.zh']) {
      const result = diffResolutions(await treeOf(un(`${name}.docx`)), await treeOf(un(`${name}.pdf`)))
      const {unchanged, ...changes} = result.summary
      expect(unchanged).toBeGreaterThan(0)
      expect(Object.values(changes).every((count) => count === 0)).toBe(true)
    }
  })
  it('reports no leading phrase change where only the italics end the phrase sooner (78/17 PDF → 79/16 text)', async () => {
    // Operative 3 and 8 open "Takes note of" in both resolutions; the PDF sets only "Takes note"
    // in italics, the plain text of 79/16 has none, so the two phrases were found differently.
    const old = await treeOf(un('ga-78-17.en.pdf'))
    const next = await treeOf('fixtures/ga-79-16.en.txt')
    const result = diffResolutions(old, next)
    const op = (eId: string) => result.changes.find((change) => change.old.includes(eId))
    for (const eId of ['para_3', 'para_8']) {
      expect(op(eId)?.kind).toBe('reworded')
      expect(op(eId)?.leadingPhrase).toBeUndefined()
    }
  })
})
