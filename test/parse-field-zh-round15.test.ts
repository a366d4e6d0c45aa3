import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 15 (fixtures/field/README.md, "Added in session 15, Chinese"): Chinese from sources and
// years in none of the earlier folders. Every fact below was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const phrases = (paragraphs: Array<{leadingPhrase?: {text: string}}>): Array<string | undefined> =>
  paragraphs.map((paragraph) => paragraph.leadingPhrase?.text)

describe('S/RES/171 (1962) in Wikisource’s mobile view: the Chinese of the 1960s', () => {
  const tree: Resolution = parseResolution(read('sc-0171-1962-wikisource.excerpt.zh.txt'))
  it('six preambular paragraphs: 覆按, 业已 (twice), one whose phrase closes it, 特别覆按, 欣悉', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(6)
    expect(preamble[3]!.text).toMatch(/^对该地区内所发生.*之事故,深切忧虑,$/)
    expect(phrases([preamble[4]!, preamble[5]!])).toEqual(['特别覆按', '欣悉'])
    expect(preamble[4]!.leadingPhrase).toMatchObject({base: '覆按', known: true})
    expect(preamble[5]!.text).toBe('欣悉停火业已达成,')
  })
  it('一.–七. glued to their verbs: 惋惜, 重申, 决定, 赞成, 请, 促请, 请 (the page cut inside 七)', () => {
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(phrases(operative)).toEqual(['惋惜', '重申', '决定', '赞成', '请', '促请', '请'])
    expect(operative[6]!.text).toMatch(/并促请迅速采取各$/)
  })
})

describe('A/RES/195 (III) (1948): `大会` with no comma, 一.–四. with a space after the number', () => {
  const tree: Resolution = parseResolution(read('ga-0195-1948-wikisource.excerpt.zh.txt'))
  it('鉴于, 业已审查, 备悉; 采纳 (Adopts), 兹宣布, 建议, 爰决议 with (甲)–(丁)', () => {
    expect(tree.meta.body).toBe('大会')
    expect(phrases(preambularParagraphs(tree))).toEqual(['鉴于', '业已', '备悉'])
    const operative = operativeParagraphs(tree)
    expect(operative[0]!.text).toBe('采纳临时委员会各报告书之结论;')
    expect(operative[0]!.leadingPhrase).toMatchObject({text: '采纳', known: true})
    expect(operative).toHaveLength(4)
    const list = operative[3]!.children.find((child) => child.type === 'list')
    expect(list?.type === 'list' ? list.children.map((point) => point.num) : []).toEqual([
      '(甲)',
      '(乙)',
      '(丙)',
      '(丁)',
    ])
  })
})

describe('the ICAO Assembly of 1989 on a site that left pinyin in brackets after some characters', () => {
  const tree: Resolution = parseResolution(read('icao-a27-1989-jhzihao.excerpt.zh-hant.txt'))
  it('認(rèn)為 and 根據(jù) are read as 认为 and 根据; the phrase keeps its brackets as written', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(4)
    expect(preamble[2]!.leadingPhrase).toMatchObject({text: '認(rèn)為', base: '认为', known: true})
    expect(preamble[3]!.text).toMatch(/^認\(rèn\)為為上述目的,/)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(3)
    expect(operative[0]!.leadingPhrase).toMatchObject({text: '根據(jù)', base: '根据'})
    expect(operative[2]!.leadingPhrase).toMatchObject({text: '決定', base: '决定'})
  })
  it('`國(guó)際民用航空組織大會(huì)`, no comma, is the formula; `于…舉行第二十七屆會(huì)議,` (Having met) is no formula', () => {
    expect(tree.meta.body).toBe('國際民用航空組織大會')
    expect(preambularParagraphs(tree)[0]!.text).toMatch(/^于1989年10月6日在蒙特利爾舉行第二十七屆會\(huì\)議,$/)
  })
  it('a session clause under a formula in simplified characters is a paragraph, not the formula', () => {
    const text = [
      '国际民用航空组织大会',
      '于1989年10月6日在蒙特利尔举行第二十七届会议,',
      '注意到报告,',
      '一、决定修改;',
    ].join('\n')
    const parsed = parseResolution(text)
    expect(parsed.meta.body).toBe('国际民用航空组织大会')
    expect(preambularParagraphs(parsed)).toHaveLength(2)
  })
  it('a bracket of letters that is no pinyin is left alone', () => {
    const text = ['大会,', '回顾(a)项,', '1. 决定(b)项;'].join('\n')
    const parsed = parseResolution(text)
    expect(preambularParagraphs(parsed)[0]!.leadingPhrase?.text).toBe('回顾')
    expect(operativeParagraphs(parsed)[0]!.leadingPhrase?.text).toBe('决定')
  })
})

describe('S/RES/396 (1976) on Chinese Wikisource: the licence right under the note', () => {
  const tree: Resolution = parseResolution(read('sc-0396-1976-wikisource.zh.txt'))
  it('the note is its one line; the licence is not part of it', () => {
    const notes = footnotes(tree)
    expect(notes).toHaveLength(1)
    expect(notes[0]!.text).toBe('两个成员国(中国和阿拉伯利比亚共和国)没有参加表决。')
  })
  it('five preambular paragraphs (`回顾…,回顾…` is one), 决定: with (a)–(c), 确信', () => {
    expect(preambularParagraphs(tree)).toHaveLength(5)
    expect(preambularParagraphs(tree)[3]!.text).toMatch(/^回顾秘书长的意见,.*,回顾秘书长希望/)
    expect(phrases(operativeParagraphs(tree))).toEqual(['决定', '确信'])
  })
})

describe('a news site’s 2758 (XXVI), the UN’s 52/19 (1997) and Wikisource’s 50/52 (1995)', () => {
  it('2758: the article around it is not the resolution; 3 preambular, 决定:… one paragraph', () => {
    const tree = parseResolution(read('ga-2758-1971-secretchina.excerpt.zh.txt'))
    expect(phrases(preambularParagraphs(tree))).toEqual(['回顾', '考虑到', '承认'])
    expect(operativeParagraphs(tree)).toHaveLength(1)
    expect(tree.meta.adoptionDate).toBe('1971-10-25')
  })
  it('52/19: a note call `1/` after a comma inside operative 2 does not end it', () => {
    const operative = operativeParagraphs(parseResolution(read('ga-52-19-1997-unorg.excerpt.zh.txt')))
    expect(operative).toHaveLength(3)
    expect(operative[1]!.text).toMatch(
      /^赞赏地注意到秘书长关于第51\/21号决议执行情况的报告,.*并请联合国秘书长同经济合作组织秘书长协商/,
    )
  })
  it('50/52: twelve preambular paragraphs under the masthead, note calls inside the seventh', () => {
    const tree = parseResolution(read('ga-50-52-1995-wikisource.excerpt.zh-hant.txt'))
    expect(tree.meta.number).toBe('50/52')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(12)
    expect(preamble[6]!.text).toMatch(/^銘記秘書長向大會第三十七屆、/)
    expect(preamble[6]!.text).toMatch(/以及會員國對這些報告的意見和評論,$/)
  })
})

// The known gap of sessions 12–14: a Chinese paragraph whose phrase closes the clause of its object.
describe('the phrase after its object: `对…表示满意,`, `对…,深切忧虑,`, `以…为基础,`', () => {
  it('S/RES/171 (1962): `对…之事故,深切忧虑,` (Deeply concerned)', () => {
    const paragraph = preambularParagraphs(parseResolution(read('sc-0171-1962-wikisource.excerpt.zh.txt')))[3]!
    expect(paragraph.leadingPhrase).toMatchObject({text: '深切忧虑', base: '深切忧虑', known: true})
    const at = paragraph.leadingPhrase!.offset!
    expect(paragraph.text.slice(at - 4, at + 4)).toBe('之事故,深切忧虑')
  })
  it('A/RES/50/203 (1995): 以…为基础, 对…表示满意, 对…深表感激', () => {
    const preamble = preambularParagraphs(parseResolution(read('ga-50-203-1995.excerpt.zh.txt')))
    expect(preamble[2]!.leadingPhrase).toMatchObject({text: '为基础', base: '以…为基础', known: true})
    expect(preamble[2]!.text.slice(preamble[2]!.leadingPhrase!.offset!)).toBe('为基础,')
    expect(preamble[3]!.leadingPhrase).toMatchObject({text: '表示满意', known: true})
    expect(preamble[3]!.text.slice(preamble[3]!.leadingPhrase!.offset!)).toBe('表示满意,')
    expect(preamble[4]!.leadingPhrase).toMatchObject({text: '深表感激', known: true})
  })
  it('A/RES/50/28 A (1995): 對…表示感謝, then more clauses; a paragraph that opens with its phrase has no offset', () => {
    const tree = parseResolution(read('ga-50-28-1995.excerpt.zh-hant.txt'))
    const operative = operativeParagraphs(tree)
    expect(operative[1]!.leadingPhrase).toMatchObject({text: '表示感謝', base: '表示感谢'})
    expect(operative[1]!.text.slice(0, operative[1]!.leadingPhrase!.offset!)).toMatch(/^對聯\(lián\)合國近東/)
    expect(operative[0]!.leadingPhrase?.offset).toBeUndefined()
  })
  it('a paragraph led by 对 whose clause ends with no phrase has none', () => {
    const text = ['大会,', '对这一问题的各个方面,', '1. 决定继续审议。'].join('\n')
    expect(preambularParagraphs(parseResolution(text))[0]!.leadingPhrase).toBeUndefined()
  })
})

describe('A/RES/9 (I) (1946) on Wikisource: sentences ended with an ASCII stop after a character', () => {
  const lines = read('ga-0009-1946-wikisource.excerpt.zh.txt').split('\n')
  const statements = lines.slice(lines.findIndex((line) => line.startsWith('联合国于其第一届大会集议')))
  it('each of the eight statements, one to a line and ending with `.`, is its own paragraph', () => {
    const eight = statements.slice(0, 8)
    expect(eight.every((line) => line.endsWith('.'))).toBe(true)
    const tree = parseResolution([...eight, statements.at(-1)!].join('\n'))
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(8)
    expect(preamble[2]!.text).toMatch(/^宪章第十一章规定\.联合国会员国/)
    expect(preamble[7]!.text).toMatch(/^各该联合国会员国之视为委任统治下之各领土之管理国者/)
    expect(operativeParagraphs(tree)[0]!.leadingPhrase?.text).toBe('促请')
  })
})

describe('A/RES/9 (I) (1946), the whole page: the formula set after the statements it draws on', () => {
  const tree: Resolution = parseResolution(read('ga-0009-1946-wikisource.excerpt.zh.txt'))
  it('8 preambular paragraphs, from the first statement; the navigation rows and `一.非自治民族` are not text', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(8)
    expect(preamble[0]!.text).toMatch(/^联合国于其第一届大会集议,/)
    expect(preamble[7]!.text).toMatch(/自动关于各该领土有所声明\.$/)
  })
  it('`因此` / `关于宪章第十一章,大会:` is the formula, of the General Assembly; `一.促请…` is operative 1', () => {
    expect(tree.meta.body).toBe('大会')
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.num).toBe(1)
    expect(operative[0]!.leadingPhrase?.text).toBe('促请')
  })
  it('a `关于…，大会：` line under a formula at the head does not take the formula’s place', () => {
    const text = ['大会,', '回顾其各项决议,', '注意到报告,', '关于第二章,大会:', '1. 决定继续审议。'].join('\n')
    const preamble = preambularParagraphs(parseResolution(text))
    expect(phrases(preamble.slice(0, 2))).toEqual(['回顾', '注意到'])
  })
  it('with one statement only above it, the lead-in is not read as a formula after a preamble', () => {
    const text = ['标题', '一项陈述.', '关于第二章,大会:', '一.决定继续审议。'].join('\n')
    expect(() => parseResolution(text)).not.toThrow()
  })
})
