import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 12 (fixtures/field/README.md, "Added in session 12, Chinese"): Chinese from sources in
// none of the earlier folders. Every fact below was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))

describe('A/RES/53/115 (1998) on a site of UN conventions and declarations', () => {
  const tree: Resolution = parseResolution(read('ga-53-115-1998.excerpt.zh.txt'))
  it('the site’s title lines and its adoption line stay above `大会,`', () => {
    expect(tree.meta.body).toBe('大会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 4)).toEqual(['回顾其1', '欢迎19', '严重关切', '深为震惊', '深信该特'])
    expect(preamble[0]!.text).toBe('回顾其1997年12月12日第52/92号决议,')
    expect(preamble[3]!.text).toMatch(/对打击所有形式的跨国犯罪活动取得成效至关重要,$/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('S/RES/2094 (2013), page 4 of a Hong Kong newspaper’s copy', () => {
  const tree: Resolution = parseResolution(read('sc-2094-2013.excerpt.zh.txt'))
  it('operative 22–27 with no formula; 27’s last clause on a line of its own stays in 27', () => {
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([22, 23, 24, 25, 26, 27])
    expect(operative[1]!.text).toMatch(/^重申第1718\(2006\)号决议第8\(a\)㈢段为奢侈品规定的措施/)
    expect(operative[5]!.text).toMatch(/^指示委员会有效处理违反/)
    expect(operative[5]!.text).toMatch(
      /本决议规定措施限制的个人和实体,\s*决定委员会可按第1718\(2006\)号决议第8\(d\)和8\(e\)段/,
    )
  })
})

describe('S/RES/661 (1990) in Macao’s official bulletin of 2000', () => {
  const tree: Resolution = parseResolution(read('sc-0661-1990.excerpt.zh-hant.txt'))
  it('the notice above; `茲根據《憲章》第七章,` (Acting under Chapter VII) ends the preamble', () => {
    expect(tree.meta.body).toBe('安全理事會')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 2)).toEqual(['重申', '深為', '決心', '注意', '銘記', '肯定', '茲根'])
    expect(preamble[6]!.text).toBe('茲根據《憲章》第七章,')
  })
  it('1.–3., the third with its items (a)–(c)', () => {
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 2)).toEqual(['確定', '因此', '決定'])
    expect(operative[2]!.text).toMatch(/^決定所有國家均應:/)
    expect(operative[2]!.text).toMatch(/\(c\)\s*阻止其國民或從其境內/)
  })
})

describe('S/RES/1718 (2006) in Macao’s official bulletin', () => {
  const tree: Resolution = parseResolution(read('sc-1718-2006.excerpt.zh-hant.txt'))
  it('the notice and its signatures between rules stay above `安全理事會,`', () => {
    expect(tree.meta.body).toBe('安全理事會')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(10)
    expect(preamble[0]!.text).toMatch(/^回顧其以往各項相關決議/)
    expect(preamble[3]!.text).toMatch(/^表示堅信應該維護防止核武器擴散的國際機制,並回顧,根據/)
    expect(preamble[9]!.text).toBe('根據《聯合國憲章》第七章採取行動,並根據第四十一條採取措施,')
    expect(starts(operativeParagraphs(tree), 4)).toEqual(['譴責朝鮮'])
  })
})

describe('S/RES/1874 (2009) in Macao’s official bulletin, with no blank lines', () => {
  const tree: Resolution = parseResolution(read('sc-1874-2009.excerpt.zh-hant.txt'))
  it('the notice’s signatures run straight into `安全理事會,`; ten preambular paragraphs, the last cut', () => {
    expect(tree.meta.body).toBe('安全理事會')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 2)).toEqual([
      '回顧',
      '重申',
      '表示',
      '強調',
      '痛惜',
      '再次',
      '還強',
      '表示',
      '重申',
      '根據',
    ])
    expect(preamble[9]!.text).toBe('根據《聯合國')
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('A/RES/51/189 (1996) on the UN’s Chinese page, flattened onto one line', () => {
  const tree: Resolution = parseResolution(read('ga-51-189-1996.excerpt.zh.txt'))
  it('the paragraphs parted by `, ` and `; ` only', () => {
    expect(tree.meta.body).toBe('大会')
    expect(starts(preambularParagraphs(tree), 3)).toEqual(['回顾《', '又回顾', '注意到', '审议了'])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5])
    expect(operative[0]!.text).toBe(
      '赞同《保护海洋环境免受陆地活动影响华盛顿宣言》和《保护海洋环境免受陆地活动影响全球行动纲领》;',
    )
    expect(operative[4]!.text).toMatch(/在能力建设、技术转让和合$/)
  })
})

describe('A/RES/53/187 on the UN’s Chinese page: `大会` alone, note markers in brackets after the comma', () => {
  const tree: Resolution = parseResolution(read('ga-53-187-1999.excerpt.zh.txt'))
  it('`大会` with no comma is the formula, though the first paragraph ends on a body’s name (`…理事会,`)', () => {
    expect(tree.meta.body).toBe('大会')
    const preamble = preambularParagraphs(tree)
    expect(preamble[0]!.text).toBe('回顾其1972年12月15日第2997(XXVII)号决议决定成立联合国环境规划署理事会,')
  })
  it('a paragraph ending `,(2)` (its note marker in brackets after the comma) ends there', () => {
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 3)).toEqual(['回顾其', '还回顾', '进一步', '审议了'])
    expect(preamble[1]!.text).toMatch(/第119段和第122至124段,\(2\)$/)
    expect(preamble[3]!.text).toMatch(/^审议了联合国环境规划署理事会第五届特别会议的报告,/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5])
    // 特别确认 (Recognizes in particular).
    expect(operative[1]!.leadingPhrase?.known).toBe(true)
    expect(operative[1]!.text).toMatch(/^特别确认理事会关于振兴、改革和加强联合国环境规划署的决定/)
  })
})

describe('S/RES/1718 (2006) in an online encyclopedia’s article', () => {
  const tree: Resolution = parseResolution(read('sc-1718-2006-encyclopedia.excerpt.zh-hant.txt'))
  it('two preambular paragraphs on one line, parted where the page set a space after the comma', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(2)
    expect(preamble[0]!.text).toBe('重申核、生物和化學武器及其運載工具的擴散對國際和平與安全構成威脅,')
    expect(preamble[1]!.text).toMatch(/^嚴重關切朝鮮民主主義人民共和國朝鮮\)聲稱/)
    // The commas inside the second paragraph run on with no space: it stays one.
    expect(preamble[1]!.text).toMatch(/構成的挑戰,以及對該區域內外的和平與穩定造成的危險,/)
  })
  it('`⒍` (one character, DIGIT SIX FULL STOP) numbers its paragraph; (a)–(d) under it as the page sets them', () => {
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.num).toBe(6)
    expect(operative[0]!.text).toMatch(/^決定朝鮮應以完全、可核查和不可逆的方式放棄所有核武器/)
    expect(operative[0]!.text).toMatch(/\(d\)\s*所有會員國都應根據其各自法律程式/)
  })
})

describe('ITU-R Resolution 34-2 (2007) as a document site flattens the ITU’s PDF, with no spaces', () => {
  const tree: Resolution = parseResolution(read('itu-r-34-2-2007.excerpt.zh.txt'))
  it('the title runs into `国际电联无线电通信全会,` (the Radiocommunication Assembly)', () => {
    expect(tree.meta.body).toBe('国际电联无线电通信全会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 3)).toEqual(['认识到', '考虑到'])
    expect(preamble[0]!.text).toMatch(/^认识到a\)全权代表大会通过了题为/)
    expect(preamble[0]!.text).toMatch(/;b\)国际电联理事会将各语文的编辑工作集中于总秘书处/)
    expect(preamble[1]!.text).toMatch(/d\)国际电联的组织法和公约的附件和行政规划中包括了定义,$/)
  })
  it('`做出决议` (resolves) and `请` (invites), each run into its clause 1, are two operative paragraphs', () => {
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(2)
    expect(operative[0]!.text).toBe('做出决议1在建议术语和定义时,无线电通信研究组应遵循本文附件1的指导原则。')
    expect(operative[1]!.text).toMatch(/^请1国际电联总秘书处审议这些指导原则,向词汇协调委员会提供宝贵意见/)
  })
})
