import {describe, expect, it} from 'vitest'
import {footnotes, formula, noteRefs, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {parseFixture, starts} from './helpers.js'

// The Security Council's first resolutions in the Chinese of 1946–1948 (classical style,
// traditional or simplified characters), from Wikisource and 中华文库 (fixtures/field/README.md,
// session 5). Facts read off the texts by a person.
const parse = (name: string): Resolution => parseFixture('fixtures/field', name)

describe('S/RES/6 (1946): 鑒於…,又 / 鑒於…, then 爰議決: and paragraphs numbered 一. 二.', () => {
  const tree = parse('sc-0006-1946.zh-hant.txt')
  it('ends the first preambular paragraph at 又 (`; and`)', () => {
    const preamble = preambularParagraphs(tree).map((paragraph) => paragraph.text)
    expect(preamble).toHaveLength(2)
    expect(preamble[0]).toMatch(/^鑒於憲章第四條規定.*得為聯合國會員國,又$/)
    expect(preamble[1]).toMatch(/^鑒於根據安全理事會之推薦/)
  })
  it('reads 一. and 二. as operative paragraphs 1 and 2, after their lead-in 爰議決:', () => {
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operative[0]!.heading).toBe('爰議決:')
    expect(operative[0]!.text).toMatch(/^凡秘書長已收到或可能收到之入會申請書/)
    expect(operative[1]!.text).toMatch(/至遲於一九四六年八月一日向理事會具報。$/)
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([
      ['1', '理事會第五十一次會議加以修改(見下文)。'],
    ])
  })
})

describe('S/RES/20 (1947): one preambular paragraph, 一.–四., notes 21 and 22 of the printed volume', () => {
  const tree = parse('sc-0020-1947.zh-hant.txt')
  it('reads the paragraphs', () => {
    expect(
      starts(
        preambularParagraphs(tree).map((paragraph) => paragraph.text),
        7,
      ),
    ).toEqual(['業已接獲並審議'])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(
      starts(
        operativeParagraphs(tree).map((paragraph) => paragraph.text),
        2,
      ),
    ).toEqual(['認為', '茲將', '促請', '並請'])
  })
  it('takes notes 21 and 22, cited as `報告書21及` and `函件,22`', () => {
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['21', '22'])
    expect(footnotes(tree)[1]!.text).toBe('安全理事會正式紀錄,第二年,補編第五號,附件十四。')
    expect(noteRefs(preambularParagraphs(tree)[0]!.children)).toEqual(['21', '22'])
  })
})

describe('S/RES/44 (1948): four preambular paragraphs in 業於/業已/並已, one operative 爰請', () => {
  const tree = parse('sc-0044-1948.zh-hant.txt')
  it('parts the paragraph that ends with marker 24 from the next', () => {
    expect(
      starts(
        preambularParagraphs(tree).map((paragraph) => paragraph.text),
        4,
      ),
    ).toEqual(['業於一九', '業已閱悉', '業於一九', '並已閱悉'])
    expect(operativeParagraphs(tree)).toHaveLength(1)
    expect(operativeParagraphs(tree)[0]!.text).toMatch(/^爰請秘書長依照聯合國憲章第二十條之規定召集大會特別屆會/)
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['23', '24', '25'])
  })
})

describe('S/RES/48 (1948): four unnumbered operative paragraphs', () => {
  const tree = parse('sc-0048-1948.zh.txt')
  it('opens the operative part at 兹设立 and keeps the paragraphs without a verb first', () => {
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual(['覆按'])
    expect(
      starts(
        operativeParagraphs(tree).map((paragraph) => paragraph.text),
        4,
      ),
    ).toEqual(['兹设立巴', '请该委员', '该委员会', '联合国秘'])
    expect(operativeParagraphs(tree).every((paragraph) => paragraph.num === undefined)).toBe(true)
  })
})

describe('S/RES/19 (1947), 中华文库: a clause set before the formula', () => {
  const tree = parse('sc-0019-1947.zh.txt')
  it('reads 作为…之首一步骤, as the first preambular paragraph, then two operative ones', () => {
    expect(formula(tree)?.text).toBe('安全理事会,')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      '作为审议联合王国与阿尔巴尼亚因科府海峡事件所起争端之首一步骤,',
    ])
    expect(
      starts(
        operativeParagraphs(tree).map((paragraph) => paragraph.text),
        3,
      ),
    ).toEqual(['决议:', '授权小'])
  })
})

describe('S/RES/4 (1946), 中华文库: a paragraph before a formula led in by 因此', () => {
  const tree = parse('sc-0004-1946.zh.txt')
  it('reads the formula without its 因此, two preambular and two operative paragraphs, notes 12 and 13', () => {
    expect(formula(tree)?.text).toBe('因此,安全理事会,')
    expect(tree.meta.body).toBe('安全理事会')
    expect(
      starts(
        preambularParagraphs(tree).map((paragraph) => paragraph.text),
        2,
      ),
    ).toEqual(['查联', '鉴于'])
    expect(
      starts(
        operativeParagraphs(tree).map((paragraph) => paragraph.text),
        3,
      ),
    ).toEqual(['兹决定', '为此,'])
    expect(operativeParagraphs(tree)[1]!.text).toMatch(/然后于五月杪以前向理事会具报。$/)
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['12', '13'])
    expect(noteRefs(preambularParagraphs(tree)[1]!.children)).toEqual(['12', '13'])
  })
})
