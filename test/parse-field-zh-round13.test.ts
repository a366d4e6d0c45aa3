import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 13 (fixtures/field/README.md, "Added in session 13, Chinese"): Chinese of bodies and
// sources in none of the earlier folders. Every fact below was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))

describe('A/HRC/RES/44/11 (2020) in the OHCHR’s document store', () => {
  const tree: Resolution = parseResolution(read('hrc-44-11-2020.excerpt.zh.txt'))
  it('the spaced-out masthead and the session lines stay above `人权理事会,`', () => {
    expect(tree.meta.body).toBe('人权理事会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 2)).toEqual(['重申', '回顾', '强调', '回顾', '重申', '确认', '表示', '强调', '重申'])
    expect(preamble[6]!.text).toMatch(/^表示关切的是,在应对冠状病毒病\(COVID-19\)大流行/)
    expect(preamble[8]!.text).toMatch(/这种情况妨碍国际社会落实人$/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('S/RES/1540 (2004) on a company’s export-compliance page', () => {
  const tree: Resolution = parseResolution(read('sc-1540-2004-zjhx.excerpt.zh.txt'))
  it('`安全理事会` without its comma; eleven preambular paragraphs, each indented by two spaces', () => {
    expect(tree.meta.body).toBe('安全理事会')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(11)
    expect(preamble[0]!.text).toBe('申明核武器、化学武器和生物武器及其运载工具的扩散对国际和平与安全构成威胁,')
    // The page lost the 年 and 月 of its dates (`1992131日` for 1992年1月31日).
    expect(preamble[1]!.text).toMatch(/^鉴此重申1992131日在安理会国家元首和政府首脑级会议上/)
    expect(preamble[5]!.text).toBe('欢迎多边安排在这方面所作的有助于不扩散的努力,')
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('A/RES/2758 (XXVI) on a Taiwanese blog: the English, then the Chinese, on one line', () => {
  const text = read('ga-2758-1971-pixnet.bitext.txt')
  it('the Chinese: `大會,` 回顧, 考慮到, 承認; 決定:…', () => {
    const tree = parseResolution(text, {lang: 'zh'})
    expect(tree.meta.body).toBe('大會')
    expect(starts(preambularParagraphs(tree), 2)).toEqual(['回顧', '考慮', '承認'])
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^決定:恢復中華人民共和國的一切權利/)
  })
  it('the English: Recalling, Considering, Recognizing; Decides…', () => {
    const tree = parseResolution(text, {lang: 'en'})
    expect(starts(preambularParagraphs(tree), 6)).toEqual(['Recall', 'Consid', 'Recogn'])
    expect(operativeParagraphs(tree)[0]!.text).toMatch(/^Decides to restore all its rights/)
  })
})

describe('A/RES/1514 (XV) on a personal blog, its own translation of the Declaration’s 1–7', () => {
  const tree: Resolution = parseResolution(read('ga-1514-1960-blogspot.excerpt.zh-hant.txt'))
  it('seven numbers glued to their text; the closing `第947次全體會員大會` / date and the blog’s lines are not 7’s', () => {
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(operative[1]!.text).toMatch(/^所有人民皆擁有自決權。/)
    expect(operative[6]!.text).toMatch(/^所有國家應在平等,不干涉任何國家內政/)
    expect(operative[6]!.text).toMatch(/世界人權宣言及本宣言的規定。$/)
  })
})

describe('A/RES/50/5 (1995) on the UN’s Chinese pages: a Declaration annexed', () => {
  const tree: Resolution = parseResolution(read('ga-50-5-1995-unorg.excerpt.zh.txt'))
  it('回顾, 审议了; 赞同… is the one operative paragraph; the annex’s 1.–5. are not the resolution’s', () => {
    expect(tree.meta.body).toBe('大会')
    expect(starts(preambularParagraphs(tree), 3)).toEqual(['回顾其', '审议了'])
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toBe('赞同《第二次世界大战结束五十周年纪念宣(全文见本决议附件)。')
  })
})

describe('A/RES/32/155 (1977) on a site of UN texts: the Declaration’s own formula', () => {
  const tree: Resolution = parseResolution(read('ga-32-155-1977-fanyjok.excerpt.zh.txt'))
  it('a paragraph ending on its note call with its comma lost (`…《侵略定义》4`) ends there', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(12)
    expect(preamble[1]!.text).toMatch(/^回顾一九七〇年十月二十四日的/)
    expect(preamble[1]!.text).toMatch(/和一九七四年十二月十四日的《侵略定义》4$/)
    expect(preamble[2]!.text).toBe('认识到为了切实解决国际问题,国与国之间必须日趋和睦,并加强合作,')
    expect(starts(preamble, 2).slice(3)).toEqual([
      '切望',
      '满意',
      '深信',
      '认识',
      '重申',
      '深信',
      '又深',
      '深信',
      '又深',
    ])
  })
})

describe('A/RES/2758 (XXVI) on a learner’s site: each English line with its Chinese on the next', () => {
  const text = read('ga-2758-1971-gansulong.excerpt.bitext.txt')
  it('read in Chinese, the English lines (`The General Assembly` too) are set aside', () => {
    const tree = parseResolution(text, {lang: 'zh'})
    const preamble = preambularParagraphs(tree)
    // The page ran 回顾… and 考虑到… onto one line (`…的原则,考虑到,恢复…`): two paragraphs, three in all.
    expect(starts(preamble, 2)).toEqual(['回顾', '考虑', '承认'])
    expect(preamble[0]!.text).toBe('回顾联合国宪章的原则,')
    expect(preamble[1]!.text).toMatch(/^考虑到,恢复中华人民共和国的合法权利/)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^决定:恢复中华人民共和国的一切权利/)
  })
  it('read in English, the Chinese lines are set aside', () => {
    const tree = parseResolution(text, {lang: 'en'})
    // `…of the United Nations,Considering that…`: no space after the comma, two paragraphs.
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 6)).toEqual(['Recall', 'Consid', 'Recogn'])
    expect(preamble[0]!.text).toBe('Recalling the principles of the Charter of the United Nations,')
    expect(operativeParagraphs(tree)[0]!.text).toMatch(/^Decides to restore all its rights/)
  })
})

describe('S/RES/1718 (2006) in an online encyclopedia’s article (session 12’s text): its infobox', () => {
  const tree: Resolution = parseResolution(read('sc-1718-2006-encyclopedia.excerpt.zh-hant.txt'))
  it('the fields (`• 中文名:…`) and the vote table under them are not the preambular paragraph above', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(2)
    expect(preamble[1]!.text).toMatch(/以及對該區域內外的和平與穩定造成的危險,$/)
    expect(operativeParagraphs(tree)[0]!.text).toMatch(/^決定朝鮮應以完全、可核查和不可逆的方式放棄所有核武器/)
  })
})

describe('fields above the text stay the page’s lines (S/RES/1325 (2000) in the same encyclopedia)', () => {
  const tree: Resolution = parseResolution(read('sc-1325-2000.excerpt.zh-hant.txt'))
  it('`• 中文名:…` / `• 發布日期:2000年10月31日` above `安全理事會,` are preface lines', () => {
    expect(tree.meta.body).toBe('安全理事會')
    const preface = JSON.stringify(tree.children[0])
    expect(preface).toContain('發布日期:2000年10月31日')
  })
})

describe('a UNFCCC draft decision (FCCC/SBI/2005/10/Add.1) as a document site gives the PDF’s text', () => {
  const tree: Resolution = parseResolution(read('unfccc-sbi-22-draft-cp-2005.excerpt.zh.txt'))
  it('page 1’s number before its masthead (`1 联合国 … Distr.`) is no operative 1: 缔约方会议, 忆及, 又忆及', () => {
    expect(tree.meta.body).toBe('缔约方会议')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 3)).toEqual(['忆及公', '又忆及'])
    // The PDF's text lost the title marks and some digits: `忆及 公约 有关条款, … 第 5 款和第 7 款,`.
    expect(preamble[0]!.text).toMatch(/^忆及\s?公约\s?有关条款,\s?尤其是第四条第\s?款/)
    expect(preamble[0]!.text).toMatch(/第\s?5\s?款和第\s?7\s?款,$/)
    expect(preamble[1]!.text).toMatch(/^又忆及关于非\s?公约\s?附件一所列缔约方/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})
