import {describe, expect, it} from 'vitest'
import {footnotes, formula, operativeParagraphs, pointList, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {conclusions, parseFixture} from './helpers.js'

// Chinese resolutions copied from Wikisource and its mirrors (fixtures/corpus/README.md):
// ASCII punctuation, traditional characters, list items, date lines before the formula,
// Chinese numerals. Facts read from the texts.
const parse = (name: string): Resolution => parseFixture('fixtures/corpus', name)

const openings = (tree: Resolution, count = 4): string[] =>
  [...preambularParagraphs(tree), ...operativeParagraphs(tree)].map((paragraph) =>
    [...paragraph.text].slice(0, count).join(''),
  )

describe('S/RES/87 (1950), traditional, 1950s layout', () => {
  const tree = parse('sc-0087-1950.zh-hant.txt')
  it('reads four 鑒於/備悉 paragraphs and one 決議: with (a) (b), keeping the characters as written', () => {
    expect(tree.lang).toBe('zh')
    expect(formula(tree)?.text).toBe('安全理事會,')
    expect(tree.meta.body).toBe('安全理事會')
    expect(openings(tree, 2)).toEqual(['鑒於', '鑒於', '鑒於', '備悉', '決議'])
    const decides = operativeParagraphs(tree)[0]!
    expect(decides.leadingPhrase).toMatchObject({text: '決議', base: '决议', known: true})
    expect(pointList(decides)?.children.map((point) => point.num)).toEqual(['(a)', '(b)'])
    expect(pointList(decides)?.children[1]!.text).toMatch(/^邀請上述政府代表.*列席會議。$/)
    expect(footnotes(tree)).toEqual([])
    expect(conclusions(tree)).toMatch(/^第五〇六次會議以七票對三票/)
  })
})

describe('S/RES/368 (1975): date line, number line, 决定: with lettered items, a note after the vote', () => {
  const tree = parse('sc-0368-1975.zh.txt')
  it('counts 4 preambular paragraphs, one operative, one note', () => {
    expect(openings(tree, 3)).toEqual(['回顾其', '审议了', '注意到', '对该地', '决定:'])
    expect(preambularParagraphs(tree)[3]!.text).toBe('对该地区目前的紧张状态表示关切,')
    expect(pointList(operativeParagraphs(tree)[0]!)?.children).toHaveLength(3)
    expect(operativeParagraphs(tree)[0]!.num).toBeUndefined()
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([
      ['1', '两个理事国(中国和伊拉克)没有参加表决。'],
    ])
    expect(conclusions(tree)).toMatch(/^第一八二一次会议以十三票对零票通过。/)
  })
})

describe('S/RES/443 (1978), traditional: `1.` with no space, 還注意到', () => {
  const tree = parse('sc-0443-1978.zh-hant.txt')
  it('reads the numbers and the sequence word', () => {
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operativeParagraphs(tree)[0]!.text).toMatch(/^再次延長根據安全理事會.*為止;$/)
    expect(preambularParagraphs(tree)[2]!.leadingPhrase).toMatchObject({
      text: '還注意到',
      base: '注意到',
      modifier: '还',
    })
    expect(footnotes(tree).map((note) => note.text)).toEqual(['一個成員國(中國)沒有參加表決。'])
  })
})

describe('S/RES/612 (1988): no comma after 安全理事会, blank lines, a paragraph without its comma', () => {
  const tree = parse('sc-0612-1988.zh.txt')
  it('keeps the second preambular paragraph apart from the first and from the operative part', () => {
    expect(formula(tree)?.text).toBe('安全理事会')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text.slice(-4))).toEqual(['的报告,', '表示惊愕'])
    expect(operativeParagraphs(tree).map((paragraph) => [paragraph.num, paragraph.leadingPhrase?.text])).toEqual([
      [1, '肯定'],
      [2, '强烈谴责'],
      [3, '期望'],
      [4, '要求'],
      [5, '决定'],
    ])
    expect(conclusions(tree)).toBe('第2812次会议一致通过。')
  })
})

describe('S/RES/1476 (2003): every paragraph a Markdown list item', () => {
  const tree = parse('sc-1476-2003.zh.txt')
  it('drops the bullets, not the text', () => {
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text.slice(0, 4))).toEqual(['回顾以往', '根据《联'])
    expect(operativeParagraphs(tree).map((paragraph) => [paragraph.num, paragraph.text])).toEqual([
      [1, '决定第1472(2003)号决议第4段所载各项规定应保持有效至2003年6月3日,并可由安理会进一步延长;'],
      [2, '决定继续处理此案。'],
    ])
  })
})

describe('A/RES/2159 (XXI): Chinese numerals, 覆按/复查, a closing date and meeting', () => {
  const tree = parse('ga-2159-1966.zh.txt')
  it('reads two preambular paragraphs and one operative', () => {
    expect(openings(tree, 2)).toEqual(['覆按', '复查', '重申'])
    expect(operativeParagraphs(tree)[0]!.text).toBe('重申此项决议仍属有效。')
    expect(conclusions(tree)).toMatch(/^一九六六年十一月二十九日, 第一四八一次全体会议/)
  })
})

describe('Security Council texts of 1993–2018 copied from the web', () => {
  it('S/RES/821 (1993): 又回顾 and 还回顾, no final 。 on the vote line', () => {
    const tree = parse('sc-0821-1993.zh.txt')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      '重申',
      '认为',
      '回顾',
      '又回顾',
      '还回顾',
      '又回顾',
    ])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(conclusions(tree)).toMatch(/^第3204次会议/)
  })
  it('S/RES/2326 (2016), traditional: 回顧, 認定, 根據', () => {
    const tree = parse('sc-2326-2016.zh-hant.txt')
    expect(openings(tree, 2)).toEqual(['回顧', '認定', '根據', '決定', '授權', '決定'])
  })
  it('S/RES/2446 (2018): a masthead table before the number and adoption lines', () => {
    const tree = parse('sc-2446-2018.zh.txt')
    expect(openings(tree, 2)).toEqual(['回顾', '表示', '认定', '根据', '决定', '决定'])
    expect(formula(tree)?.text).toBe('安全理事会,')
  })
})
