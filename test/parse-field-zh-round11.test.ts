import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution} from '../src/parse/volume.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 11 (fixtures/field/README.md, "Added in session 11"): Chinese from sources in none of
// the earlier folders. Every fact below was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))

describe('ITU Council Resolution 1110 (C-1997) as the ITU’s web edition flattens it', () => {
  const tree: Resolution = pickResolution(read('itu-council-1110-1997.excerpt.zh.txt'), 'resolution 1 of the file')
  it('the formula run into its first paragraph, the paragraphs parted by commas only', () => {
    expect(tree.meta.body).toBe('理事会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 6)).toEqual(['经审议C97', '经进一步审议', '注意到国际电', '进一步注意到'])
    expect(preamble[0]!.text).toMatch(/C97\/97号文件中美利坚合众国的提案,$/)
    expect(preamble[1]!.text).toMatch(/对国际电联产品和服务实行成本回收所作的决定,$/)
    expect(preamble[2]!.text).toMatch(/第一届世界电信政策论坛会提供的自愿捐款,$/)
    // The fourth goes on after a comma with 并且 (and): one paragraph.
    expect(preamble[3]!.text).toMatch(
      /GMPCS-MoU小组的工作,并且为支持实施世界电信政策论坛\(WTPF\)第5号意见,正在寻求这种自愿捐款,$/,
    )
  })
  it('`做出决议` (resolves) with its clauses 1–4, numbered with no stop, is one paragraph', () => {
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^做出决议/)
    expect(operative[0]!.text).toMatch(/继续给GMPCS-MoU的活动提供支持,认为这是国际电联秘书处一项可以接受的任务;/)
    expect(operative[0]!.text).toMatch(/下一年度的后续活动;/)
    expect(operative[0]!.text).toMatch(/支持国际电联秘书处在这些活动中的作用。/)
    // Resolution 1116, after the rule, is not this one's.
    expect(operative[0]!.text).not.toMatch(/1116/)
  })
})

describe('ITU Council Resolution 1097 (C-1996): lettered and numbered clauses under their phrases', () => {
  const tree: Resolution = pickResolution(read('itu-council-1097-1996.excerpt.zh.txt'), 'resolution 1 of the file')
  it('the title and its `(C-1996)` run into the formula; 注意到 with its clauses a) and b)', () => {
    expect(tree.meta.body).toBe('理事会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 5)).toEqual(['注意到a)', '进一步注意', '考虑到国际'])
    expect(preamble[0]!.text).toMatch(/b\)\s*自1994年7月1日国际电联两部法规生效日起/)
    expect(preamble[0]!.text).toMatch(/的法律文件的非缔约国不再享有表决权,$/)
    expect(preamble[1]!.text).toMatch(/全权代表大会第1号建议\(1994年,东京\),$/)
    expect(preamble[2]!.text).toMatch(/行使表决权尤为重要,$/)
  })
  it('`做出决议,敦促…` (resolves, to urge) is one paragraph; `责成秘书长` (instructs the Secretary-General) with its clauses 1 and 2 another', () => {
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(2)
    expect(operative[0]!.text).toMatch(/^做出决议,敦促尚未提交各自证书的国际电联成员国/)
    expect(operative[0]!.text).toMatch(/并尽快向秘书长提交他们各自的证书,$/)
    expect(operative[1]!.text).toMatch(/^责成秘书长/)
    expect(operative[1]!.text).toMatch(/提醒国际电联成员国注意:根据《组织法》第231款/)
    expect(operative[1]!.text).not.toMatch(/第185号决定/)
  })
})

describe('ITU Council Decision 495 (C-2000): clauses numbered in two levels', () => {
  const tree: Resolution = pickResolution(read('itu-council-dec-495-2000.excerpt.zh.txt'), 'resolution 1 of the file')
  it('a first paragraph with a full stop inside it; two phrases with their clauses a) and b)', () => {
    expect(tree.meta.body).toBe('理事会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 5)).toEqual(['考虑到其第', '满意地注意', '考虑到a)'])
    expect(preamble[0]!.text).toMatch(/予以印制出版。上述报告是《组织法》和《公约》中所涉及到的/)
    expect(preamble[1]!.text).toMatch(/b\)\s*理事会文件用国际电联所有正式语文出版,$/)
    expect(preamble[2]!.text).toMatch(/进行翻译和印制出版,$/)
  })
  it('`做出决议` with clauses 1 (1.1–1.3), 2 and 3 is one paragraph; Decision 519 is not in it', () => {
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^做出决议/)
    expect(operative[0]!.text).toMatch(/1\.3\s*秘书长认为可作为理事会参考的任何补充文件;/)
    expect(operative[0]!.text).toMatch(/其他语文的翻译应按实际可能进行。/)
    expect(operative[0]!.text).not.toMatch(/第519号决定/)
  })
})

describe('A/RES/52/214 A (1997), the UN’s Chinese web page', () => {
  const tree: Resolution = parseResolution(read('ga-52-214-1997.excerpt.zh.txt'))
  it('part A’s letter is no paragraph; a note marker with its slash ends the first paragraph', () => {
    expect(tree.meta.body).toBe('大会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 3)).toEqual(['审议了', '回顾其', '关切地'])
    expect(preamble[0]!.text).toBe('审议了会议委员会的报告,1/')
    expect(preamble[1]!.text).toMatch(/1996年12月18日第51\/211 A号决议,$/)
  })
  it('operative 1.–8., the eighth cut by the excerpt', () => {
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(operative[0]!.text).toMatch(/^赞赏地注意到会议委员会的工作/)
    expect(operative[4]!.text).toMatch(/^决定今后在联合国总部/)
    expect(operative[5]!.text).toMatch(/^又决定联合国在开斋节和宰生节这两天不举行任何会议/)
    expect(operative[7]!.text).toMatch(/以便没有利$/)
  })
})

describe('S/RES/2399 (2018) on Wikisource, traditional characters', () => {
  const tree: Resolution = parseResolution(read('sc-2399-2018.excerpt.zh-hant.txt'))
  it('the navigation lines before it are no paragraph; six preambular paragraphs, 促請 among them', () => {
    expect(tree.meta.body).toBe('安全理事會')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 2)).toEqual(['回顧', '重申', '回顧', '表示', '強調', '促請'])
    expect(preamble[0]!.text).toMatch(/2017年7月13日\(S\/PRST\/2017\/9\)的主席聲明,$/)
    expect(preamble[3]!.text).toMatch(/東南部和西北部的安全局勢有所惡化,$/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('S/RES/2660 (2022) on Wikisource', () => {
  const tree: Resolution = parseResolution(read('sc-2660-2022.excerpt.zh.txt'))
  it('the vote and adoption lines before the formula; Chapter VII inside operative 1', () => {
    expect(tree.meta.body).toBe('安全理事会')
    expect(starts(preambularParagraphs(tree), 4)).toEqual(['重申以往', '重申坚定', '认识到阿'])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operative[0]!.text).toMatch(/依照《联合国宪章》第七章采取行动,又决定/)
    expect(operative[2]!.text).toMatch(/^维持2609\(2021\)号决议第4和5段/)
    expect(operative[3]!.text).toMatch(/边界核监机制各队$/)
  })
})

describe('The Sixty-sixth World Health Assembly’s draft on universal eye health (A66/57), Chinese', () => {
  const tree: Resolution = parseResolution(read('wha-66-a66-57-2013.excerpt.zh.txt'))
  it('the report before the formula is no paragraph; five preambular paragraphs ending with semicolons', () => {
    expect(tree.meta.body).toBe('第六十六届世界卫生大会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 3)).toEqual(['审议了', '忆及关', '认识到', '认识到', '认识到'])
    expect(preamble[0]!.text).toMatch(/全球行动计划草案;$/)
    // A line the PDF broke inside a word (`视力` / `损害`) is one paragraph.
    expect(preamble[2]!.text).toMatch(/预防可避免的盲症和视力\s*损害行动计划为基础;$/)
    expect(preamble[4]!.text).toMatch(/存在联系,$/)
  })
  it('`1. 批准…` (Endorses) and `2. 敦促会员国:` (Urges Member States) with its items (1)–(3)', () => {
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operative[0]!.text).toBe('批准2014-2019年普遍的眼健康全球行动计划;')
    expect(operative[0]!.leadingPhrase?.known).toBe(true)
    expect(operative[1]!.text).toMatch(/^敦促会员国:/)
    expect(operative[1]!.text).toMatch(/\(2\)\s*根据国家重点实施/)
    expect(operative[1]!.text).toMatch(/2009–2013年预防盲$/)
  })
})

describe('ITU Council Resolution 88 (C-1948, last amended C-1976): clauses 4.1–5.2, the page cut inside clause 6', () => {
  const tree: Resolution = parseResolution(read('itu-council-88-1976.excerpt.zh.txt'))
  it('one preambular paragraph; `做出决议` with all its clauses is the operative paragraph, though cut', () => {
    expect(tree.meta.body).toBe('理事会')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(1)
    expect(preamble[0]!.text).toMatch(/^考虑到应该就秘书长在收到/)
    expect(preamble[0]!.text).toMatch(/给予准确指示意见,$/)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^做出决议/)
    expect(operative[0]!.text).toMatch(/秘书长可以采取以下步骤:\s*a\)\s*如果来函涉及/)
    expect(operative[0]!.text).toMatch(/5\.2\s*对于任何人或组织要求提供/)
    expect(operative[0]!.text).toMatch(/秘书长有权与德$/)
  })
})
