import {describe, expect, it} from 'vitest'
import {footnotes, formula, noteRefs, operativeParagraphs, pointList, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {parseFixture, starts} from './helpers.js'

// Chinese texts of bodies other than the Security Council: the General Assembly (1960, 1995,
// 2010) and the Human Rights Council (2019), from Wikisource, a web copy and the OHCHR's PDF
// (fixtures/field/README.md, session 7). Facts read off the texts by a person.
const parse = (name: string): Resolution => parseFixture('fixtures/field', name)
const textsOf = (paragraphs: Array<{text: string}>): string[] => paragraphs.map((paragraph) => paragraph.text)

describe('A/RES/1514 (XV) in traditional characters: 鄭重宣布…; then 且為此目的 / 宣言如下: and 一、–七、', () => {
  const tree = parse('ga-1514-1960.zh-hant.txt')
  it('reads the eleven preambular paragraphs, 深知 and 聲明 among their phrases', () => {
    expect(starts(textsOf(preambularParagraphs(tree)), 2)).toEqual([
      '念及',
      '深知',
      '承認',
      '深知',
      '鑑於',
      '深知',
      '深信',
      '聲明',
      '深信',
      '歡迎',
      '確信',
    ])
    expect(preambularParagraphs(tree).every((paragraph) => paragraph.leadingPhrase?.known)).toBe(true)
  })
  it('takes 鄭重宣布…; as an operative paragraph, and 且為此目的宣言如下: as the lead-in of 一、–七、', () => {
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(8)
    expect(operative[0]!.text).toBe('鄭重宣布有迅速無條件終止各種形式之殖民主義之必要;')
    expect(operative[1]!.heading).toBe('且為此目的宣言如下:')
    expect(operative.slice(1).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(operative[1]!.text).toMatch(/^各民族之受異族奴役/)
  })
  it('parts the closing date the page ran into the last paragraph (`…之規定。一九六〇年十二月十四日,`)', () => {
    expect(operativeParagraphs(tree).at(-1)!.text).toMatch(/世界人權宣言及本宣言之規定。$/)
    expect(tree.children.find((child) => child.type === 'conclusions')).toMatchObject({
      text: '一九六〇年十二月十四日, 第九四七次全體會議。',
    })
  })
})

describe('A/RES/50/28 (1995) from a web copy in traditional characters with pinyin after some', () => {
  const tree = parse('ga-50-28-1995.excerpt.zh-hant.txt')
  it('ends a paragraph at its comma when a note number follows it (`…的報告,1` / `歡迎…`)', () => {
    const preamble = textsOf(preambularParagraphs(tree))
    expect(starts(preamble, 3)).toEqual(['回顧其', '注意到', '歡迎以', '又歡迎', '贊揚中'])
    expect(preamble[1]).toMatch(/期間的報告,1$/)
    expect(preamble[2]).toMatch(/原則聲明》,2$/)
  })
  it('reads 1. 遺憾地注意到 and 2. 對…表示感謝', () => {
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operative[0]!.leadingPhrase).toMatchObject({text: '遺憾地注意到', known: true})
    expect(operative[1]!.text).toMatch(/^對聯\(lián\)合國近東巴勒斯坦難民救濟和工程處主任專員及全體工作人員表示感謝/)
  })
})

describe('A/RES/65/118 (2010) from Wikisource: `大会` without its comma, paragraphs indented by two spaces', () => {
  const tree = parse('ga-65-118-2010.excerpt.zh.txt')
  it('reads the ten preambular paragraphs of the excerpt', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(10)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      '回顾',
      '又回顾',
      '还回顾',
      '考虑到',
      '认识到',
      '满意地注意到',
      '又满意地注意到',
      '还满意地注意到',
      '强调指出',
      '满意地注意到',
    ])
    expect(preamble[1]!.text).toMatch(/^又回顾联合国宪章》的条文载明/)
  })
})

describe('A/HRC/RES/40/16 (2019), the Human Rights Council, Chinese as the PDF gives it', () => {
  const tree = parse('hrc-40-16-2019.excerpt.zh.txt')
  it('reads the formula 人权理事会, five preambular paragraphs and the numbers glued to their verbs', () => {
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      '遵循',
      '铭记',
      '忆及',
      '表示深为关切',
      '忆及',
    ])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    expect(starts(textsOf(operative), 2)).toEqual(['决定', '确认', '请各'])
    expect(tree.meta).toMatchObject({symbol: 'A/HRC/RES/40/16', body: '人权理事会'})
  })
})

describe('A/RES/4 (I) (1946): 由于…. / 大会建议: / (甲) (乙)', () => {
  const tree = parse('ga-0004-1946.zh.txt')
  it('reads the clause before the formula, the formula run into its verb and the items lettered 甲, 乙', () => {
    expect(formula(tree)?.text).toBe('大会')
    expect(textsOf(preambularParagraphs(tree))).toHaveLength(1)
    expect(preambularParagraphs(tree)[0]!.text).toMatch(/^由于世界工会联合会.*会商之规定\.$/)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^建议:\s?\(甲\)经济暨社会理事会应尽速采取适宜办法/)
    expect(pointList(operative[0]!)?.children.map((point) => point.num)).toEqual(['(甲)', '(乙)'])
  })
  it('takes the date and the meeting on one line as the closing', () => {
    expect(tree.children.find((child) => child.type === 'conclusions')).toMatchObject({
      text: '一九四六年二月十四日,第三十一次全会.',
    })
  })
})

describe('A/RES/52/7 (1997), the UN’s own Chinese web page', () => {
  const tree = parse('ga-52-7-1997.zh.txt')
  it('reads two preambular and four operative paragraphs, and note 1/ cited between two characters', () => {
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual(['回顾', '审议了'])
    expect(preambularParagraphs(tree)[0]!.text).toMatch(/联合国同各国议会联盟缔结合作协定/)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      '赞赏地注意到',
      '建议',
      '请',
      '决定',
    ])
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([['1', 'A/52/456。']])
    expect(noteRefs(preambularParagraphs(tree)[1]!.children)).toEqual(['1'])
  })
})
