import {describe, expect, it} from 'vitest'
import {
  footnotes,
  formula,
  noteRefs,
  operativeParagraphs,
  paragraphs,
  pointList,
  preambularParagraphs,
} from '../src/tree/access.js'
import type {Citation, Inline, List, OperativeParagraph, Resolution} from '../src/tree/types.js'
import {readFrontMatter} from '../src/parse/front-matter.js'
import {documents, parseDocument, readDocument, type DocumentName} from './helpers.js'

function operative(tree: Resolution, num: number): OperativeParagraph {
  const found = operativeParagraphs(tree).find((paragraph) => paragraph.num === num)
  if (!found) throw new Error(`no operative paragraph ${num}`)
  return found
}

/** Every noteRef as `eId:marker`, in document order. */
function markerMap(tree: Resolution): string[] {
  return paragraphs(tree).flatMap((paragraph) =>
    noteRefs(paragraph.children).map((marker) => `${paragraph.eId}:${marker}`),
  )
}

function citations(nodes: ReadonlyArray<Inline | List>): Citation[] {
  const found: Citation[] = []
  for (const node of nodes) {
    if (node.type === 'citation') found.push(node)
    else if (node.type === 'emphasis') found.push(...citations(node.children))
    else if (node.type === 'list') for (const point of node.children) found.push(...citations(point.children))
  }
  return found
}

describe('paragraph and footnote counts (facts of the documents)', () => {
  // Seeds: the issue gives the counts. Fixtures: counted by reading the PDF text.
  const expected: Record<DocumentName, [number, number, number]> = {
    cop62en: [12, 15, 7],
    cop62zh: [12, 15, 7],
    cop83: [21, 33, 11],
    cop10draft: [21, 24, 9],
    ga7460: [23, 29, 8],
    ga75241: [24, 28, 9],
    ga7817: [12, 12, 4],
    ga7916: [12, 12, 4],
  }
  for (const [name, [preamble, operativeCount, notes]] of Object.entries(expected) as Array<
    [DocumentName, [number, number, number]]
  >) {
    it(`${documents[name]}: ${preamble} preambular, ${operativeCount} operative, ${notes} footnotes`, () => {
      const tree = parseDocument(name)
      expect([preambularParagraphs(tree).length, operativeParagraphs(tree).length, footnotes(tree).length]).toEqual([
        preamble,
        operativeCount,
        notes,
      ])
      expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual(
        Array.from({length: operativeCount}, (_, index) => index + 1),
      )
      expect(formula(tree)).toBeDefined()
    })
  }

  it('the draft has eight numbered footnotes plus the * note on the agenda item', () => {
    const markers = footnotes(parseDocument('cop10draft')).map((note) => note.marker)
    expect(markers).toEqual(['*', '1', '2', '3', '4', '5', '6', '7', '8'])
  })
})

describe('metadata', () => {
  it('reads the front matter of the tenth-session draft', () => {
    expect(parseDocument('cop10draft').meta).toEqual({
      sponsors: ['Mexico'],
      stage: 'draft',
      distribution: 'Limited',
      date: '2020-10-09',
      originalLanguage: 'English',
      session: 10,
      agendaItem: '2 (d)',
      title:
        'Strengthening international cooperation against the illicit manufacturing of and trafficking in firearms, their parts and components and ammunition.',
      body: 'Conference of the Parties to the United Nations Convention against Transnational Organized Crime',
    })
  })

  it('reads the masthead of a General Assembly resolution from PDF text', () => {
    expect(parseDocument('ga75241').meta).toEqual({
      sponsors: [],
      stage: 'adopted',
      symbol: 'A/RES/75/241',
      distribution: 'General',
      date: '2021-01-04',
      adoptionDate: '2020-12-31',
      session: 75,
      agendaItem: '103 (p)',
      number: '75/241',
      title: 'The illicit trade in small arms and light weapons in all its aspects',
      body: 'General Assembly',
    })
  })

  it('reads a number and title that share a line (78/17)', () => {
    const meta = parseDocument('ga7817').meta
    expect(meta.number).toBe('78/17')
    expect(meta.title).toBe('Establishment of a nuclear-weapon-free zone in the region of the Middle East')
    expect(meta.adoptionDate).toBe('2023-12-04')
  })

  it('reads a masthead whose lines a PDF extract joined (A/RES/80/4 from the Digital Library)', () => {
    // The head of the text a converter extracted from the Digital Library's PDF of A/RES/80/4,
    // 29 October 2025: each masthead cell on one line with the next.
    const lines = [
      'United Nations A/RES/80/4',
      '',
      'General Assembly Distr.: General 31 October 2025',
      '',
      'Eightieth session Agenda item 38 Necessity of ending the economic, commercial and financial embargo imposed by the United States of America against Cuba',
      '',
      'Resolution adopted by the General Assembly on 29 October 2025',
      '',
      '[without reference to a Main Committee (A/80/L.6)]',
    ]
    const {meta} = readFrontMatter(lines)
    expect(meta).toMatchObject({
      symbol: 'A/RES/80/4',
      distribution: 'General',
      date: '2025-10-31',
      session: 80,
      agendaItem: '38',
    })
  })

  it('reads the resolution number in both languages', () => {
    expect(parseDocument('cop62en').meta.number).toBe('6/2')
    expect(parseDocument('cop62zh').meta.number).toBe('6/2')
    expect(parseDocument('cop83').meta.number).toBe('8/3')
    expect(parseDocument('cop62zh').lang).toBe('zh')
    expect(parseDocument('cop62zh').meta.body).toBe('《联合国打击跨国有组织犯罪公约》缔约方会议')
  })

  it('keeps the closing lines as conclusions', () => {
    const conclusions = parseDocument('ga75241').children.find((node) => node.type === 'conclusions')
    expect(conclusions?.type === 'conclusions' && conclusions.text).toBe(
      '48th (resumed) plenary meeting 31 December 2020',
    )
  })
})

describe('paragraphs cut by page breaks are one paragraph', () => {
  it('English 6/2: operative 2 continues after the footnotes', () => {
    const text = operative(parseDocument('cop62en'), 2).text
    expect(text).toBe(
      'Invites States that have not yet done so to consider becoming parties to the Protocol against the Illicit Manufacturing of and Trafficking in Firearms, Their Parts and Components and Ammunition, supplementing the United Nations Convention against Transnational Organized Crime, and to fully implement its provisions;',
    )
  })

  it('Chinese 6/2: operative 8 is cut inside a word (《枪 … 支议定书》)', () => {
    const text = operative(parseDocument('cop62zh'), 8).text
    expect(text).toContain('帮助加入、批准和实施《枪支议定书》，并请联合国毒品和犯罪问题办公室')
    expect(text).not.toContain('CTOC')
  })

  it('8/3: a paragraph runs on after a --- page separator and its footnotes', () => {
    const tree = parseDocument('cop83')
    expect(preambularParagraphs(tree)[14]?.text).toContain(
      'as well as regional legal instruments, and political commitments',
    )
    expect(operative(tree, 15).text).toContain('including marking and record-keeping technologies, to facilitate')
  })

  it('PDF text: running heads, page and job numbers, barcodes never enter a paragraph', () => {
    for (const name of ['ga7460', 'ga75241', 'ga7817', 'ga7916'] as const) {
      const tree = parseDocument(name)
      for (const paragraph of paragraphs(tree)) {
        expect(paragraph.text).not.toMatch(/A\/RES\/|\d{2}-\d{5}|\*\d{7}\*|\b\d\/\d\b|_{3}|\f/)
        expect(paragraph.text).not.toMatch(/The illicit trade in small arms and light weapons in all its aspects A\//)
      }
    }
    expect(operative(parseDocument('ga75241'), 3).text).toMatch(
      /national points of contact and information on national marking practices used to indicate country of manufacture and\/or country of import, as applicable;$/,
    )
  })
})

describe('sub-items', () => {
  it('6/2 operative 12 has (a)–(d), run into the paragraph', () => {
    for (const name of ['cop62en', 'cop62zh'] as const) {
      const list = pointList(operative(parseDocument(name), 12))
      expect(list?.children.map((point) => point.eId)).toEqual([
        'para_12__point_a',
        'para_12__point_b',
        'para_12__point_c',
        'para_12__point_d',
      ])
    }
    const points = pointList(operative(parseDocument('cop62en'), 12))!.children
    expect(points[1]?.text).toBe('coordination with other relevant international and regional organizations,')
  })

  it('a reference such as "paragraph 63 (d)" is not a list', () => {
    for (const paragraph of operativeParagraphs(parseDocument('ga7817'))) expect(pointList(paragraph)).toBeUndefined()
  })
})

describe('leading phrases', () => {
  it('splits the sequence word from the lemma, in either position', () => {
    const en = parseDocument('cop62en')
    expect(operative(en, 5).leadingPhrase).toEqual({
      text: 'Also requests',
      base: 'Requests',
      modifier: 'Also',
      known: true,
      emphasized: true,
    })
    expect(preambularParagraphs(parseDocument('cop83'))[2]?.leadingPhrase).toEqual({
      text: 'Recalling further',
      base: 'Recalling',
      modifier: 'Further',
      known: true,
      emphasized: true,
    })
    const zh = parseDocument('cop62zh')
    expect(operative(zh, 5).leadingPhrase).toEqual({
      text: '还请',
      base: '请',
      modifier: '还',
      known: true,
      emphasized: false,
    })
    expect(operative(zh, 6).leadingPhrase?.modifier).toBe('又')
  })

  it('records whether the phrase was set in italics (6/2 operative 3 is not)', () => {
    const emphasized = operativeParagraphs(parseDocument('cop62en')).map(
      (paragraph) => paragraph.leadingPhrase?.emphasized,
    )
    expect(emphasized.map((value, index) => (value ? '' : index + 1)).filter(Boolean)).toEqual([3])
  })

  it('finds phrases in PDF text without italics, lexicon first, then by their shape', () => {
    const tree = parseDocument('ga7817')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Recalling',
      'Recalling also',
      'Emphasizing',
      'Reaffirming',
      'Emphasizing',
      'Bearing in mind',
      'Desirous',
      'Welcoming',
      'Noting',
      'Recognizing',
      'Emphasizing',
      'Having examined',
    ])
    expect(tree.data.warnings).toEqual([])
  })
})

describe('footnotes and their markers', () => {
  // Where each marker stands, read off the documents.
  const expected: Partial<Record<DocumentName, string>> = {
    cop62en: 'preamble_1:1 preamble_5:2 preamble_8:3 preamble_8:4 para_1:5 para_2:6 para_4:7',
    cop62zh: 'preamble_1:1 preamble_5:2 preamble_8:3 preamble_8:4 para_1:5 para_2:6 para_4:7',
    // 8/3 cites footnote 4 twice and 1 again in operative 6; footnote 9 has no marker in the text.
    cop83:
      'preamble_1:1 preamble_4:2 preamble_5:3 preamble_13:4 preamble_15:5 preamble_15:6 preamble_15:7 para_1:8 para_2:4 para_5:10 para_6:1 para_7:11',
    // 74/60 operatives 2, 3 and 6 cite footnotes 1, 2 and 3 again (`All Its Aspects, 1 to prevent`, `…Review Conference); 3`); the page foot does not repeat them.
    ga7460:
      'preamble_2:1 preamble_3:2 preamble_10:3 preamble_21:4 preamble_22:5 para_2:1 para_3:2 para_5:6 para_6:3 para_9:7 para_24:8',
    ga75241:
      'preamble_2:1 preamble_3:2 preamble_10:3 preamble_12:4 preamble_22:5 preamble_23:6 para_5:7 para_9:8 para_24:9',
    // PyMuPDF glues markers to punctuation (`Assembly,1`) and even to a year (`19904`).
    ga7817: 'preamble_2:1 preamble_12:2 para_1:3 para_10:4',
  }
  for (const [name, markers] of Object.entries(expected) as Array<[DocumentName, string]>) {
    it(`${documents[name]}`, () => expect(markerMap(parseDocument(name)).join(' ')).toBe(markers))
  }

  it('pairs the scattered markers of a pdftotext page foot with their texts', () => {
    const notes = footnotes(parseDocument('ga75241'))
    expect(notes.map((note) => `${note.marker}=${note.text}`).slice(3, 6)).toEqual([
      '4=See decision 74/552.',
      '5=A/75/78.',
      '6=See resolution 67/234 B.',
    ])
  })

  it('drops markers from the text but keeps the words around them', () => {
    expect(operative(parseDocument('ga7817'), 10).text).toContain(
      'the report of the Secretary-General of 10 October 1990 or other relevant measures',
    )
    expect(preambularParagraphs(parseDocument('ga75241'))[21]?.text).toContain(
      'the report of the Secretary-General, which includes',
    )
  })
})

describe('citations', () => {
  it('finds resolutions and decisions with their dates, in English and Chinese', () => {
    const en = citations(preambularParagraphs(parseDocument('cop62en'))[0]!.children)
    expect(en.map(({kind, ref, date}) => ({kind, ref, date}))).toEqual([
      {kind: 'decision', ref: '4/6', date: '2008-10-17'},
    ])
    const zh = citations(preambularParagraphs(parseDocument('cop62zh'))[1]!.children)
    expect(zh.map(({kind, ref, date}) => ({kind, ref, date}))).toEqual([
      {kind: 'resolution', ref: '5/4', date: '2010-10-22'},
    ])
  })

  it('follows a list of resolutions past their titles', () => {
    const found = citations(preambularParagraphs(parseDocument('cop83'))[2]!.children)
    expect(found.map((citation) => `${citation.kind} ${citation.ref} ${citation.date ?? ''}`)).toEqual([
      'resolution 5/4 2010-10-22',
      'resolution 7/2 2014-10-10',
    ])
  })

  it('finds document symbols, and old-style numbers such as 3263 (XXIX)', () => {
    const notes = footnotes(parseDocument('cop62en'))
    expect(citations(notes[3]!.children).map((citation) => `${citation.kind} ${citation.ref}`)).toEqual([
      'symbol A/60/88',
      'decision 60/519',
    ])
    const first = citations(preambularParagraphs(parseDocument('ga7817'))[0]!.children)
    expect(first[0]).toMatchObject({kind: 'resolution', ref: '3263 (XXIX)', date: '1974-12-09'})
    // 78/17 recalls 49 resolutions, each with its date, "36/87 A and B" among them.
    expect(first).toHaveLength(49)
    expect(first.every((citation) => citation.date !== undefined)).toBe(true)
    expect(first.find((citation) => citation.ref.startsWith('36/87'))?.ref).toBe('36/87 A and B')
  })
})

describe('positions point into the original file', () => {
  it('a citation position slices its own words out of the source', () => {
    for (const name of ['cop62en', 'cop83', 'ga7460', 'cop62zh'] as const) {
      const source = readDocument(name)
      for (const paragraph of paragraphs(parseDocument(name))) {
        for (const citation of citations(paragraph.children)) {
          const {start, end} = citation.position!
          expect(source.slice(start.offset, end.offset).replace(/\s+/g, ' ')).toBe(citation.value.replace(/\s+/g, ' '))
        }
      }
    }
  })

  it('a paragraph starts at its number', () => {
    const paragraph = operative(parseDocument('cop62en'), 1)
    const source = readDocument('cop62en')
    const start = paragraph.position!.start.offset!
    expect(source.slice(start, start + 10)).toBe('1. *Expres')
    expect(paragraph.position!.start.column).toBe(1)
  })
})
