import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {
  footnotes,
  noteRefs,
  operativeParagraphs,
  paragraphs,
  pointList,
  preambularParagraphs,
} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {conclusions, parseFixture} from './helpers.js'

// Hand-made documents in forms the bundled ones do not cover: other bodies, a two-column
// masthead (pdftotext -layout), Chinese PDF text, a wrapped sponsor list, nested sub-items.
const parse = (name: string): Resolution => parseFixture('fixtures/handmade', name)

describe('Security Council resolution, two-column masthead', () => {
  const tree = parse('sc-2999.en.txt')
  it('reads the masthead', () => {
    expect(tree.meta).toEqual({
      sponsors: [],
      stage: 'adopted',
      symbol: 'S/RES/2999 (2025)',
      distribution: 'General',
      date: '2025-03-14',
      adoptionDate: '2025-03-14',
      number: '2999 (2025)',
      body: 'Security Council',
    })
  })
  it('reads the indented body', () => {
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Recalling',
      'Reaffirming',
      'Expressing grave concern',
      'Determining',
      'Acting under',
    ])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.text.slice(0, 20))).toEqual([
      'Demands that all par',
      'Requests the Secreta',
      'Decides to remain se',
    ])
    expect(pointList(operativeParagraphs(tree)[1]!)?.children.map((point) => point.num)).toEqual(['(a)', '(b)'])
    expect(tree.data.warnings).toEqual([])
  })
})

describe('Human Rights Council resolution', () => {
  const tree = parse('hrc-58-7.en.txt')
  it('reads number, title, body and the closing lines', () => {
    expect(tree.meta).toMatchObject({
      symbol: 'A/HRC/RES/58/7',
      number: '58/7',
      title: 'The right to education',
      body: 'Human Rights Council',
      session: 58,
      agendaItem: '3',
      adoptionDate: '2025-04-03',
    })
    expect(conclusions(tree)).toBe('45th meeting 3 April 2025 [Adopted without a vote.]')
  })
  it('finds a marker glued to its comma and the sub-items of a wrapped paragraph', () => {
    expect(noteRefs(preambularParagraphs(tree)[1]!.children)).toEqual(['1'])
    expect(footnotes(tree).map((note) => note.text)).toEqual(['General Assembly resolution 217 A (III).'])
    expect(pointList(operativeParagraphs(tree)[0]!)?.children.map((point) => point.text)).toEqual([
      'Ensuring free and compulsory primary education for all;',
      'Removing barriers to the education of girls, including discriminatory laws and practices;',
    ])
  })
})

describe('Chinese General Assembly resolution from PDF text', () => {
  const tree = parse('ga-80-12.zh.txt')
  it('reads the masthead and the bare formula', () => {
    expect(tree.lang).toBe('zh')
    expect(tree.meta).toMatchObject({
      symbol: 'A/RES/80/12',
      number: '80/12',
      title: '裁军与发展',
      body: '大会',
      session: 80,
      agendaItem: '99 (c)',
      adoptionDate: '2025-12-04',
    })
    expect(conclusions(tree)).toBe('第 45 次全体会议 2025 年 12 月 4 日')
  })
  it('splits wrapped Chinese lines into paragraphs only where a paragraph ends', () => {
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      '回顾',
      '又回顾',
      '深感关切',
      '注意到',
      '强调',
    ])
    expect(preambularParagraphs(tree)[4]!.text).toBe(
      '强调需要在裁军、发展和安全之间建立联系，并欢迎各国为此作出的努力，',
    )
  })

  it('closes up the spaces PDF extraction puts around digits, and finds the marker', () => {
    expect(preambularParagraphs(tree)[0]!.text).toBe('回顾其2024年12月2日第79/40号决议以及关于裁军与发展的各项决议，')
    expect(noteRefs(preambularParagraphs(tree)[1]!.children)).toEqual(['1'])
    expect(operativeParagraphs(tree)[1]!.text).toBe(
      '请秘书长通过各有关机构和组织继续采取行动，执行上述国际会议通过的行动纲领；',
    )
    expect(footnotes(tree)[0]!.text).toBe('A/CONF.130/39，第35段。')
  })
  it('cites resolutions written with spaces', () => {
    const citation = preambularParagraphs(tree)[0]!.children.find((node) => node.type === 'citation')
    expect(citation).toMatchObject({kind: 'resolution', ref: '79/40', date: '2024-12-02'})
  })
})

describe('Third Committee draft', () => {
  const tree = parse('draft-a-c3-80-l19.en.txt')
  it('reads a sponsor list wrapped over two lines', () => {
    expect(tree.meta).toMatchObject({
      symbol: 'A/C.3/80/L.19',
      stage: 'draft',
      distribution: 'Limited',
      date: '2025-10-30',
      originalLanguage: 'English',
      session: 80,
      agendaItem: '71 (b)',
      title: 'Protection of human rights defenders',
    })
    expect(tree.meta.sponsors).toHaveLength(14)
    expect(tree.meta.sponsors.at(-1)).toBe('Uruguay')
  })
  it('nests (i), (ii) under (b)', () => {
    const points = pointList(operativeParagraphs(tree)[1]!)!.children
    expect(points.map((point) => point.eId)).toEqual(['para_2__point_a', 'para_2__point_b'])
    const inner = points[1]!.children.find((child) => child.type === 'list')
    expect(inner?.type === 'list' && inner.children.map((point) => point.eId)).toEqual([
      'para_2__point_b__point_i',
      'para_2__point_b__point_ii',
    ])
    expect(paragraphs(tree)).toHaveLength(5)
  })
})

describe('section headings and Markdown numbering', () => {
  it('keeps headings out of the paragraphs and hangs them on the paragraph they open', () => {
    const tree = parse('sections.en.txt')
    expect(preambularParagraphs(tree)).toHaveLength(1)
    expect(
      operativeParagraphs(tree).map((paragraph) => [paragraph.num, paragraph.heading ?? '', paragraph.text]),
    ).toEqual([
      [1, 'I General matters', 'Decides to continue the work;'],
      [2, '', 'Requests the Secretary-General to report;'],
      [3, 'II Follow-up', 'Invites Member States to contribute;'],
      [4, '', 'Decides to include the item in its provisional agenda.'],
    ])
    expect(tree.data.warnings).toEqual([])
  })

  it('reads **1.** and 1\\. as operative numbers', () => {
    const tree = parse('markdown-numbers.en.md')
    expect(operativeParagraphs(tree).map((paragraph) => `${paragraph.num} ${paragraph.leadingPhrase?.text}`)).toEqual([
      '1 Decides',
      '2 Requests',
      '3 Decides',
    ])
  })
})

describe('numbers set apart from their paragraphs', () => {
  it('joins `1.`, a blank line, and the text', () => {
    const tree = parse('number-blocks.en.txt')
    expect(operativeParagraphs(tree).map((paragraph) => `${paragraph.num} ${paragraph.text}`)).toEqual([
      '1 Decides to continue the work;',
      '2 Requests the Secretary-General to report.',
    ])
    expect(tree.data.warnings).toEqual([])
  })
})

describe('numbers glued to the text', () => {
  it('reads `3Also requests` as paragraph 3 with a warning, and `3D printing` as words', () => {
    const tree = parse('glued-number.en.txt')
    expect(operativeParagraphs(tree).map((paragraph) => `${paragraph.num} ${paragraph.text}`)).toEqual([
      '1 Decides to develop tools, including 3D printing controls;',
      '2 Requests the Secretary-General to report;',
      '3 Also requests the Secretary-General to consult.',
    ])
    expect(tree.data.warnings.map((warning) => warning.ruleId)).toEqual(['operative-number-glued'])
  })
})

// The World Health Assembly's shape: operative verbs in capitals, sub-items numbered (1), (2), notes
// set one to a line at the foot, their markers glued to a semicolon and to a colon.
describe('World Health Assembly resolution shape', () => {
  const tree = parse('wha-shape.en.txt')
  it('reads (1), (2) as the sub-items of each operative paragraph, and both notes', () => {
    expect(preambularParagraphs(tree)).toHaveLength(2)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual(['URGES', 'REQUESTS'])
    expect(operative.map((paragraph) => pointList(paragraph)!.children.map((point) => point.num))).toEqual([
      ['(1)', '(2)'],
      ['(1)', '(2)'],
    ])
    expect(pointList(operative[1]!)!.children[1]!.text).toBe(
      'to report on progress to the Seventy-seventh World Health Assembly.',
    )
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([
      ['1', 'Document A75/10.'],
      ['2', 'And, where applicable, regional economic integration organizations.'],
    ])
  })
})

describe('Chinese sub-items in full-width brackets', () => {
  it('reads （1）, （2） and （a）, （b） as sub-items, as (a), (b) are', () => {
    for (const [open, close, markers] of [
      ['（1）', '（2）', ['(1)', '(2)']],
      ['（a）', '（b）', ['(a)', '(b)']],
    ] as const) {
      const tree = parseResolution(
        `人权理事会，\n\n回顾其以往各项决议，\n\n1. 敦促各国：\n\n${open}加强本国人权机构；\n\n${close}为此分配充足资源；\n\n2. 决定继续处理此事。\n`,
      )
      const first = operativeParagraphs(tree)[0]!
      expect(pointList(first)!.children.map((point) => [point.num, point.text])).toEqual([
        [markers[0], '加强本国人权机构；'],
        [markers[1], '为此分配充足资源；'],
      ])
      expect(operativeParagraphs(tree)).toHaveLength(2)
      expect(tree.data?.warnings ?? []).toEqual([])
    }
  })
})
