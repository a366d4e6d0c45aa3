import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 16 (fixtures/field/README.md, "Added in session 16, Chinese"): bodies and sources in none
// of the earlier folders. Every fact below was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const phrases = (paragraphs: Array<{leadingPhrase?: {text: string}}>): Array<string | undefined> =>
  paragraphs.map((paragraph) => paragraph.leadingPhrase?.text)
const bases = (paragraphs: Array<{leadingPhrase?: {base: string}}>): Array<string | undefined> =>
  paragraphs.map((paragraph) => paragraph.leadingPhrase?.base)

describe('IMO resolution MSC.483(103) as a manuals site gives its PDF: the whole resolution on one line', () => {
  const tree: Resolution = parseResolution(read('imo-msc-483-103-2021-findmanual.zh.txt'))
  it('the formula glued after the title of the amendments: 海上安全委员会', () => {
    expect(tree.meta.body).toBe('海上安全委员会')
  })
  it('忆及, 还忆及, 进一步忆及 and `在其第103届会议上审议了` (Having considered, at its 103rd session)', () => {
    const preamble = preambularParagraphs(tree)
    expect(bases(preamble)).toEqual(['忆及', '忆及', '忆及', '审议了'])
    expect(phrases(preamble)[3]).toBe('在其第103届会议上审议了')
    // The clause of the Code made mandatory belongs to 还忆及's paragraph.
    expect(preamble[1]!.text).toMatch(/^还忆及大会A\.1049\(27\)决议.*己成为强制性文件,$/)
  })
  it('1.–5. glued to the preamble and to each other after `,` and `:`', () => {
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5])
    expect(operative[0]!.text).toMatch(/^按本公约第VIb\)\(v\)条规定,通过2011年ESP规则修正案,其文本载于本决议附件:$/)
    expect(operative[4]!.text).toMatch(/^还要求秘书长将本决议及其附件的副本分发给非本公约缔约国的本组织成员。/)
  })
})

describe('IMO resolution MSC.354(92) on a company’s page: the Chinese, then the English', () => {
  const zh: Resolution = parseResolution(read('imo-msc-354-92-2013-sinopoms.excerpt.bitext.txt'), {lang: 'zh'})
  it('the formula run into four preambular clauses on one line, one with a quotation mark never closed', () => {
    const preamble = preambularParagraphs(zh)
    expect(zh.meta.body).toBe('海上安全委员会')
    expect(bases(preamble)).toEqual(['忆及', '注意到', '注意到', '审议了'])
    expect(preamble[1]!.text).toMatch(/^注意到本委员会以MSC\.268\(85\)决议通过.*已成为强制性文件,$/)
  })
  it('`1、`–`4、`, the English below them no part of the fourth', () => {
    const operative = operativeParagraphs(zh)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operative[3]!.text).toMatch(/^同意公约缔约国政府可从.*执行上述修正案;$/)
  })
  it('the English on one line: THE MARITIME SAFETY COMMITTEE, RECALLING, NOTING, NOTING ALSO, HAVING CONSIDERED', () => {
    const en: Resolution = parseResolution(read('imo-msc-354-92-2013-sinopoms.excerpt.bitext.txt'), {lang: 'en'})
    expect(phrases(preambularParagraphs(en))).toEqual(['RECALLING', 'NOTING', 'NOTING ALSO', 'HAVING CONSIDERED'])
    expect(operativeParagraphs(en)).toHaveLength(0)
  })
})

describe('a 2008 decision of the UNDP/UNFPA Executive Board in a dataset viewer', () => {
  const file = read('undp-unfpa-eb-2008-oversight-linly.excerpt.bitext.txt')
  it('the viewer’s column head is no paragraph; the Chinese rows 2.–7.', () => {
    const zh = parseResolution(file, {lang: 'zh'})
    expect(preambularParagraphs(zh)).toHaveLength(0)
    const operative = operativeParagraphs(zh)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([2, 3, 4, 5, 6, 7])
    expect(phrases(operative)).toEqual(['赞赏地注意到', '注意到', '又注意到', '还注意到', '重申', '着重指出'])
  })
  it('the English rows 2.–7., each without the cell’s closing bar', () => {
    const en = parseResolution(file, {lang: 'en'})
    expect(preambularParagraphs(en)).toHaveLength(0)
    const operative = operativeParagraphs(en)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([2, 3, 4, 5, 6, 7])
    expect(operative[0]!.text).toMatch(/in a harmonized and standardized way;$/)
  })
})

describe('the UN’s Chinese pages of 1995 and 1996', () => {
  it('A/RES/51/102 flattened onto one line: nine preambular paragraphs, 1.–3.', () => {
    const tree = parseResolution(read('ga-51-102-1996-unorg.excerpt.zh.txt'))
    expect(phrases(preambularParagraphs(tree))).toEqual([
      '回顾',
      '又回顾',
      '铭记',
      '又铭记',
      '重申',
      '回顾',
      '又回顾',
      '注意到',
      '注意到',
    ])
    expect(phrases(operativeParagraphs(tree))).toEqual(['注意到', '欢迎', '又欢迎'])
  })
  it('A/RES/50/122: numbers with and without a space after the stop', () => {
    const tree = parseResolution(read('ga-50-122-1995-unorg.excerpt.zh.txt'))
    expect(phrases(preambularParagraphs(tree))).toEqual(['回顾', '赞赏地注意到', '又注意到', '认识到'])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6])
  })
})

describe('the IMO’s Marine Environment Protection Committee (second batch)', () => {
  it('MEPC.329(76) on one line: numbers glued with no stop, the session before its comma and the phrase', () => {
    const tree = parseResolution(read('imo-mepc-329-76-2021-findmanual.zh.txt'))
    expect(tree.meta.body).toBe('海上环境保护委员会')
    const preamble = preambularParagraphs(tree)
    expect(bases(preamble)).toEqual(['忆及', '忆及', '审议了'])
    expect(preamble[2]!.text).toMatch(/^在其第76届会议上,审议了提出的.*予以分发,$/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5])
    expect(operative[2]!.text).toMatch(/^提请各缔约国政府注意,/)
  })
  it('MEPC.361(79) from a PDF: `还忆 及` with a space, `1 按`–`7 还要求` with no stop, 6 and 7 no notes', () => {
    const tree = parseResolution(read('imo-mepc-361-79-2022-scribd.excerpt.zh.txt'))
    const preamble = preambularParagraphs(tree)
    expect(bases(preamble)).toEqual(['忆及', '忆及', '审议了'])
    expect(preamble[1]!.leadingPhrase).toMatchObject({base: '忆及', known: true})
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(operative[5]!.text).toMatch(/^要求秘书长按MARPOL第16\(2\)\(e\)条规定/)
    expect(footnotes(tree)).toHaveLength(0)
  })
  it('MEPC.358(78): nine clauses, the last led in by 和 (and having considered)', () => {
    const tree = parseResolution(read('imo-mepc-358-78-2022-findmanual.zh.txt'))
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(9)
    expect(phrases(preamble).slice(6)).toEqual(['认识到', '进一步注意到', '和审议了'])
    expect(preamble[2]!.text).toMatch(/^注意到AFS公约第10条规定,船舶应按本公约附则4的要求进行检验和发证,$/)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
  })
  it('MEPC.330(76) machine-translated: the annex’s `規則 1.` and `40.` are not the resolution’s', () => {
    const tree = parseResolution(read('imo-mepc-330-76-2021-lainformacion.excerpt.zh-hant.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(3)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5])
  })
})

// Blind C (fixtures/field/README.md, "session 16, Chinese, blind C"): GA and SC resolutions from sources
// in none of the earlier folders. Every fact below was read off the text by a person.
describe('A/RES/50/28 A on a study site, below another resolution’s table row', () => {
  const tree: Resolution = parseResolution(read('ga-50-28-1995-sxhhy.excerpt.zh.txt'))
  it('the number and title of its heading, not the row’s symbol above it (A/RES/2628(XXV))', () => {
    expect(tree.meta.number).toBe('50/28')
    expect(tree.meta.title).toBe('联合国近东巴勒斯坦难民救济和工程处')
    expect(tree.meta.symbol).toBeUndefined()
  })
  it('the page’s posting time (`2024年9月19日22:04:46`) does not date the resolution', () => {
    expect(tree.meta.date).toBeUndefined()
    expect(tree.meta.adoptionDate).toBeUndefined()
  })
  it('回顾, 注意到, 欢迎, 又欢迎, 赞扬; 1. 遗憾地注意到, 2. (cut)', () => {
    expect(phrases(preambularParagraphs(tree))).toEqual(['回顾', '注意到', '欢迎', '又欢迎', '赞扬'])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(phrases(operativeParagraphs(tree))[0]).toBe('遗憾地注意到')
  })
})

describe('S/RES/1683 (2006) on a law firm’s page of Macao’s laws, on one line', () => {
  const tree: Resolution = parseResolution(read('sc-1683-2006-wanqulawyer.excerpt.zh.txt'))
  it('the Council’s number and adoption date under the notice', () => {
    expect(tree.meta).toMatchObject({number: '1683 (2006)', adoptionDate: '2006-06-13', body: '安全理事会'})
  })
  it('回顾, 欣见, 强调, 确认, 认定, 根据…第七章采取行动; 1. 决定, 2. 又决定, 3. 决定 (cut)', () => {
    expect(bases(preambularParagraphs(tree))).toEqual(['回顾', '欣见', '强调', '确认', '认定', '根据'])
    expect(phrases(operativeParagraphs(tree))).toEqual(['决定', '又决定', '决定'])
    expect(operativeParagraphs(tree)[1]!.text).toMatch(/^又决定第1521\(2003\)号决议.*数量有限的武器和弹药;$/)
  })
})

describe('A/RES/54/254 on a news site: the posting time in its heading', () => {
  it('`2000年9月5日 15:27` is when the page was posted; the resolution is of 15 March 2000', () => {
    const tree = parseResolution(readFileSync(path.join(root, 'fixtures', 'field', 'ga-54-254-2000.zh.txt'), 'utf8'))
    expect(tree.meta.date).not.toBe('2000-09-05')
    expect(tree.meta.adoptionDate).toBe('2000-03-15')
  })
})

// Outside blind C's figure: texts from new sites its rules met but did not take.
describe('S/RES/1718 (2006) on an encyclopedia-like page, under a summary and the vote’s member list', () => {
  const tree: Resolution = parseResolution(read('sc-1718-2006-czkjst.excerpt.zh.txt'))
  it('the adoption line ending with a comma (`…第5551次会议通过,`) is no title', () => {
    expect(tree.meta).toMatchObject({number: '1718 (2006)', adoptionDate: '2006-10-14', body: '安全理事会'})
    expect(tree.meta.title).toBeUndefined()
  })
  it('nine preambular clauses, 痛惜 and 还痛惜 among them; the summary and the members’ names are none', () => {
    expect(phrases(preambularParagraphs(tree))).toEqual([
      '回顾',
      '重申',
      '严重关切',
      '表示坚信',
      '痛惜',
      '还痛惜',
      '认可',
      '强调',
      '表示深为关切',
    ])
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('A/ES-11/L.7 with an unofficial Chinese line under each English one', () => {
  const file = read('ga-es11-l7-2023-sanwenwang.excerpt.bitext.txt')
  it('the Chinese under the translator’s formula `联合国大会,`', () => {
    const zh = parseResolution(file, {lang: 'zh'})
    expect(zh.meta.body).toBe('联合国大会')
    expect(phrases(preambularParagraphs(zh))).toEqual(['回顾', '又回顾', '重申', '回顾', '强调', '回顾'])
  })
  it('the English, its last clause cut (`Deploring the dire human`)', () => {
    const en = parseResolution(file, {lang: 'en'})
    expect(phrases(preambularParagraphs(en))).toEqual([
      'Recalling',
      'Recalling also',
      'Reaffirming',
      'Recalling',
      'Stressing',
      'Recalling',
      'Deploring',
    ])
  })
})
