import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution, volumeLabels} from '../src/parse/volume.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 10, second round (fixtures/field/README.md, the last table): Chinese from sources in
// none of the earlier folders — the UN's Chinese web page of 2000 flattened onto one line, a blog
// that gives A/RES/2758 (XXVI) in English and traditional characters on one line, Macao's
// official bulletin, Wikisource's A/RES/25 (I) numbered in the formal numerals. Every fact below
// was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))

describe('A/RES/25 (I) (1946) on Wikisource: parts numbered 壹. 弍. 叁. in the formal numerals', () => {
  const tree: Resolution = parseResolution(read('ga-25-1946.excerpt.zh.txt'))
  it('`大会议决:` then three parts, each a paragraph with its lettered items under its title', () => {
    expect(tree.meta.body).toBe('大会')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    // Each part's title stands on its number's line, its text below: the title is the part's
    // heading (after the lead-in `议决:` for the first), not the start of its text.
    expect(operative.map((paragraph) => paragraph.heading)).toEqual(['议决: 永久会所', '临时会所', '会所委员会'])
    // 壹. 永久会所 (Permanent headquarters): items (甲) to (巳), the list of areas (甲)–(戊) inside (丙).
    expect(operative[0]!.text).toMatch(/^\(甲\)联合国永久会所应设于附近纽约市之 Westchester \(New York\)/)
    expect(operative[0]!.text).toMatch(/\(戊\)四十方哩/)
    expect(operative[0]!.text).toMatch(/自由决定上述问题\.$/)
    // 弍. 临时会所 (Interim headquarters): one sentence.
    expect(operative[1]!.text).toBe('联合国之临时会所应设于纽约市内.')
    // 叁. 会所委员会 (Headquarters Commission), cut by the excerpt inside its item (乙).
    expect(operative[2]!.text).toMatch(/^\(甲\)应设置一会所委员会/)
    expect(operative[2]!.text).toMatch(/会计顾问及其他所需专家协$/)
  })
})

describe('A/RES/55/109 (2000): the UN Chinese web page flattened onto one line', () => {
  const tree: Resolution = parseResolution(read('ga-55-109-2000.excerpt.zh.txt'))
  it('eight preambular paragraphs parted by spaces, note numbers glued after commas, 1.–3.', () => {
    expect(tree.meta.body).toBe('大会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 4)).toEqual([
      '回顾其1',
      '重申决心',
      '认识到要',
      '又认识到',
      '重申各宗',
      '强调需要',
      '强调相互',
      '回顾促进',
    ])
    // The first paragraph also notes (注意到…，1) and recalls again (并回顾…): one paragraph.
    expect(preamble[0]!.text).toMatch(/注意到人权委员会2000年4月26日第2000\/70号决议,1并回顾大会/)
    expect(preamble[0]!.text).toMatch(/第54\/113号决议,$/)
    expect(preamble[7]!.text).toMatch(/审议了不同文明之间对话的问题,$/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    expect(operative[0]!.text).toMatch(/^重申通过国际合作等办法/)
    expect(operative[0]!.text).toMatch(/也是所有会员国的责任;$/)
    expect(operative[1]!.text).toMatch(/^认为按照《联合国宪章》/)
    expect(operative[2]!.text).toMatch(/应遵循普遍性、非选择性、客观及透明的原则,$/)
  })
})

describe('S/RES/2424 (2018) in Macao’s official bulletin, traditional characters', () => {
  const tree: Resolution = parseResolution(read('sc-2424-2018.excerpt.zh-hant.txt'))
  it('the Chief Executive’s notice before it is no paragraph; `安全理事會` without a comma; six preambular, 1. and 2.', () => {
    expect(tree.meta.body).toBe('安全理事會')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 4)).toEqual(['回顧其以', '重申對剛', '表示注意', '重申剛果', '認定剛果', '根據《聯'])
    expect(preamble[2]!.text).toMatch(/的最後報告\(S\/2018\/531\),$/)
    // `根據《聯合國憲章》第七章採取行動` has no comma on the page.
    expect(preamble[5]!.text).toBe('根據《聯合國憲章》第七章採取行動')
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operative[0]!.text).toBe('決定將第2293(2016)號決議第1至6段規定的措施,包括其中重申的內容,延長至2019年7月1日;')
    expect(operative[1]!.text).toMatch(/^重申第2293\(2016\)號決議第5段所述措施/)
  })
})

describe('A/RES/2758 (XXVI) (1971) on a blog: the English, then the Chinese, on one line', () => {
  const text = read('ga-2758-1971.zh-hant.txt')
  it('read in Chinese: 回顧, 考慮到, 承認; `決定:` one operative paragraph; the closing and the sources after it are not paragraphs', () => {
    const tree = parseResolution(text, {lang: 'zh'})
    expect(tree.meta.body).toBe('大會')
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.text.slice(0, 3))).toEqual(['回顧聯', '考慮到', '承認中'])
    expect(preamble[0]!.text).toBe('回顧聯合國憲章的原則,')
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^決定:恢復中華人民共和國的一切權利/)
    expect(operative[0]!.text).toMatch(/所非法佔據的席位上驅逐出去。$/)
    expect(footnotes(tree)).toHaveLength(0)
  })
  it('read in English: the Chinese half of the line is set aside; Recalling, Considering, Recognizing, `Decides…` and the closing date', () => {
    const tree = parseResolution(text, {lang: 'en'})
    expect(tree.meta.body).toBe('General Assembly')
    expect(tree.meta.adoptionDate).toBe('1971-10-25')
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Recalling',
      'Considering',
      'Recognizing',
    ])
    expect(preamble[2]!.text).toMatch(/one of the five permanent members of the Security Council,$/)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^Decides to restore all its rights to the People's Republic of China/)
    expect(operative[0]!.text).toMatch(/in all the organizations related to it\.$/)
    expect(footnotes(tree)).toHaveLength(0)
  })
})

describe('Macao’s legislation: several Security Council resolutions on one page, no heading between them', () => {
  const text = read('sc-1356-2001.excerpt.zh-hant.txt')
  it('each `安全理事會,` opens a resolution of its own; the first, S/RES/1356 (2001), ends with `5. 決定繼續處理此案。`', () => {
    expect(volumeLabels(text)).toEqual(['resolution 1 of the file', 'resolution 2 of the file'])
    const tree = pickResolution(text, 'resolution 1 of the file')
    expect(tree.meta.body).toBe('安全理事會')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 3)).toEqual(['重申其', '表示渴', '認識到', '根據《'])
    expect(preamble[0]!.text).toBe('重申其1992年1月23日第733(1992)號和1992年4月24日第751(1992)號決議,')
    // 表示渴望 ("Expressing its desire", traditional 表示渴望) is a known opening phrase.
    expect(preamble[1]!.leadingPhrase).toMatchObject({text: '表示渴望', known: true})
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5])
    expect(operative[2]!.text).toMatch(/^又決定第733\(1992\)號決議第5段/)
    expect(operative[4]!.text).toBe('決定繼續處理此案。')
    expect(footnotes(tree)).toHaveLength(0)
    // The second (S/RES/1425 (2002)) opens with the Council's formula again, as the page cuts it.
    const second = pickResolution(text, 'resolution 2 of the file')
    expect(preambularParagraphs(second)[0]!.text).toMatch(/^重申其以前關於索馬里局勢/)
  })
})

describe('A/RES/498 (V) (1951) on Wikisource: 鉴于, 一.–七., a note after the closing', () => {
  const tree: Resolution = parseResolution(read('ga-498-1951.excerpt.zh.txt'))
  it('the navigation lines give its symbol and date; two preambular paragraphs, seven operative; the President’s note after `*` / `**` is not the resolution’s', () => {
    expect(tree.meta.symbol).toBe('A/RES/498(V)')
    expect(tree.meta.adoptionDate).toBe('1951-02-01')
    expect(tree.meta.body).toBe('大会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 2)).toEqual(['鉴于', '鉴于'])
    expect(preamble[1]!.text).toMatch(/大规模之攻击;$/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(starts(operative, 2)).toEqual(['断定', '促请', '申明', '促请', '促请', '请由', '申明'])
    expect(operative[6]!.text).toMatch(/以求达此目的。$/)
    expect(tree.data.warnings.some((warning) => warning.ruleId === 'text-after-closing')).toBe(true)
  })
})

describe('A/RES/2627 (XXV) (1970): one sentence adopting a Declaration set out below it', () => {
  const tree: Resolution = parseResolution(read('ga-2627-1970.excerpt.zh.txt'))
  it('`大会` / `兹通过以下宣言:` is the one operative paragraph; the Declaration (its title, 一、–四、) is the adopted text', () => {
    expect(tree.meta.body).toBe('大会')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toBe('兹通过以下宣言:')
    const annexes = tree.children.filter((child) => child.type === 'annex')
    expect(annexes).toHaveLength(1)
    // The Declaration's title, on the line under `兹通过以下宣言:`, is the adopted text's title.
    expect(annexes[0]!.type === 'annex' && annexes[0]!.title).toBe('联合国二十五周年纪念宣言')
    const lines = JSON.stringify(annexes[0])
    // The text itself opens with the Declaration's opening, the title no longer its first line.
    expect(JSON.stringify(annexes[0]!.type === 'annex' && annexes[0]!.children[0])).toContain('"我联合国各会员国代表')
    expect(lines).toContain('一、为达成本周年纪念之和平、正义与进步等目标')
    expect(lines).toContain('四、联合国虽有种种成就,')
  })
})
