import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
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
