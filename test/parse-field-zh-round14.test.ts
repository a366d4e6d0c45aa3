import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {stringListLines} from '../src/parse/string-list.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 14 (fixtures/field/README.md, "Added in session 14, Chinese"): Chinese from sources in
// none of the earlier folders. Every fact below was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))

describe('A/RES/66/54 (2011) as a dataset viewer shows it: a JSON list of strings on one line', () => {
  const tree: Resolution = parseResolution(read('ga-66-54-2011-hfviewer.excerpt.zh.txt'))
  it('each quoted string is a paragraph, without its quotes', () => {
    expect(tree.meta.number).toBe('66/54')
    expect(tree.meta.title).toBe('联合国和平、裁军与发展拉丁美洲和加勒比区域中心')
    expect(tree.meta.body).toBe('大会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 2)).toEqual(['回顾', '又回', '确认', '重申', '注意', '欢迎', '强调', '欢迎'])
    expect(preamble[5]!.text).toBe('欢迎区域中心支持成员国履行裁军和不扩散文书,')
    // The store's copy stops inside the eighth string.
    expect(preamble[7]!.text).toBe('欢迎区域中')
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
  it('a line that quotes titles without opening a list is left as it is', () => {
    const line = '回顾"甲", "乙", "丙", "丁"各项决议,'
    expect(stringListLines(line)).toBe(line)
    // One character for one: the view keeps the source's offsets.
    const list = '[ "大会,", "回顾…,", "注意到…,", "1. 决定…。" ]'
    expect(stringListLines(list)).toHaveLength(list.length)
    expect(
      stringListLines(list)
        .split('\n')
        .map((piece) => piece.trim()),
    ).toEqual(['大会,', '回顾…,', '注意到…,', '1. 决定…。'])
  })
})

describe('A/RES/54/142 (1999) on the UN’s old Chinese site', () => {
  const tree: Resolution = parseResolution(read('ga-54-142-1999-unchinese.excerpt.zh.txt'))
  it('the title wrapped over two lines closes up with no space; 3 preambular, 4 operative', () => {
    expect(tree.meta.title).toBe('题为“2000年妇女: 二十一世纪两性平等、发展与和平”的大会特别会议的筹备工作')
    expect(starts(preambularParagraphs(tree), 2)).toEqual(['回顾', '注意', '赞赏'])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operative[1]!.text).toMatch(/^各会员国在制定执行计划和编写报告/)
  })
})

describe('S/RES/2569 (2021) on Chinese Wikisource, adopted by written vote', () => {
  const tree: Resolution = parseResolution(read('sc-2569-2021-wikisource.excerpt.zh.txt'))
  it('`安全理事会2021年3月26日通过` is the adoption line, not a title', () => {
    expect(tree.meta.title).toBeUndefined()
    expect(tree.meta.adoptionDate).toBe('2021-03-26')
  })
  it('`在这方面强调` opens with 强调 (Emphasizing in this regard)', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(8)
    expect(preamble[5]!.leadingPhrase).toMatchObject({text: '在这方面强调', base: '强调', known: true})
    expect(preamble[7]!.text).toBe('根据《联合国宪章》第七章第四十一条采取行动,')
    expect(operativeParagraphs(tree)).toHaveLength(1)
  })
})

describe('A/RES/50/203 (1995) on the UN’s Chinese page: note calls glued to the year after them', () => {
  const tree: Resolution = parseResolution(read('ga-50-203-1995.excerpt.zh.txt'))
  it('ten preambular paragraphs, three whose phrase closes them (以…为基础, 对…表示满意, 对…深表感激)', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(10)
    expect(preamble[1]!.text).toMatch(/^重申1975年在墨西哥市、11980年在哥本哈根2和1985年在内罗毕3/)
    expect(preamble[2]!.text).toMatch(/所取得的进展为基础,$/)
    expect(preamble[3]!.text).toMatch(/^对第四次妇女问题世界会议.*表示满意,$/)
    expect(preamble[4]!.text).toMatch(/深表感激,$/)
  })
})

describe('two declarations with no formula, on sites of UN texts', () => {
  it('A/RES/70/57 (2015): twelve numbered paragraphs, each opening 我们', () => {
    const tree = parseResolution(read('ga-70-57-2015-ddfloors.excerpt.zh.txt'))
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(12)
    expect(operative[0]!.text).toBe('我们联合国会员国宣布,我们共同致力于实现建立一个无核武器世界的目标。')
    expect(operative.every((paragraph) => paragraph.text.startsWith('我们'))).toBe(true)
  })
  it('A/RES/45/62 (1990): four paragraphs indented by two spaces under the site’s banner', () => {
    const tree = parseResolution(read('ga-45-62-1990-fanyjok.excerpt.zh.txt'))
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(4)
    expect(operative[3]!.text).toMatch(/^国际社会的共同立场是,坚决谋求裁军/)
    expect(preambularParagraphs(tree)).toHaveLength(0)
  })
})

describe('A/RES/65/119 (2010) on Chinese Wikisource', () => {
  const tree: Resolution = parseResolution(read('ga-65-119-2010-wikisource.excerpt.zh.txt'))
  it('a preambular paragraph with semicolons inside stays one; 遵循, 审查了', () => {
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 2)).toEqual(['回顾', '又回', '铭记', '又铭', '回顾', '遵循', '审查', '考虑'])
    expect(preamble[1]!.text).toMatch(/十年;1991年12月19日第46\/181号决议/)
    expect(starts(operativeParagraphs(tree), 2)).toEqual(['宣布', '吁请', '吁请'])
  })
})

describe('A/RES/64/85 (2009) in the UN’s alignment tool: each English segment with its Chinese on one line', () => {
  const text = read('ga-64-85-2009-unite.excerpt.bitext.txt')
  it('the Chinese halves: 回顾, 表示 赞赏地注意到, 重申, 关切, 意识到', () => {
    const tree = parseResolution(text, {lang: 'zh'})
    expect(tree.meta.body).toBe('大会')
    expect(starts(preambularParagraphs(tree), 2)).toEqual(['回顾', '表示', '重申', '关切', '意识'])
  })
  it('the English halves: Recalling, Taking note, Reaffirming, Concerned, Conscious', () => {
    const tree = parseResolution(text, {lang: 'en'})
    expect(starts(preambularParagraphs(tree), 6)).toEqual(['Recall', 'Taking', 'Reaffi', 'Concer', 'Consci'])
  })
})
