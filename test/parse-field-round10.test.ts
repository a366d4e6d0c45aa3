import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution, volumeLabels} from '../src/parse/volume.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 10 (fixtures/field/README.md): a regional organisation (the OAS) and the IMO, the
// General Assembly's Chinese of 1946, 1948 and 1995 from Wikisource and an e-book, S/RES/1325
// (2000) as a blog and a web archive copied it, a page of the 1985 printed volume. Every fact
// below was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const parse = (name: string): Resolution => parseResolution(read(name))
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))
const ruleIds = (tree: Resolution): string[] => tree.data.warnings.map((warning) => warning.ruleId)

describe('capitals: a formula with a colon, leading phrases in capitals', () => {
  it('the OAS: `THE GENERAL ASSEMBLY:`, four preambular paragraphs (`; and` ends the third), `RESOLVES:` 1. and 2.', () => {
    const tree = parse('oas-2009-cuba.en.txt')
    expect(tree.meta.body).toBe('GENERAL ASSEMBLY')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 15)).toEqual(['RECOGNIZING the', 'GUIDED by the p', 'CONSIDERING the', 'BEARING IN MIND'])
    expect(preamble[2]!.text).toMatch(/framework of cooperation in hemispheric relations; and$/)
    expect(preamble[3]!.text).toMatch(/the General Assembly is the supreme organ of the Organization,$/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operative[0]!.text).toMatch(/^That Resolution VI, adopted on January 31, 1962/)
    expect(operative[0]!.text).toMatch(/ceases to have effect in the Organization of American States\.$/)
    expect(operative[1]!.text).toMatch(/^That the participation of the Republic of Cuba in the OAS/)
    // The blog's comments (`2 comments:`, line 23) open no paragraph: reported as text outside the parts.
    const outside = tree.data.warnings.find((warning) => warning.ruleId === 'text-outside-parts')
    expect(outside?.position?.start.line).toBe(23)
  })
  it('the IMO, hard-wrapped with no blank line: each phrase in capitals opens a paragraph (RECALLING ALSO, BEING AWARE)', () => {
    const preamble = preambularParagraphs(parse('imo-assembly-audit-scheme.excerpt.en.txt'))
    expect(preamble.map((paragraph) => paragraph.text.split(' that')[0]!.split(' Article')[0])).toEqual([
      'RECALLING',
      'RECALLING ALSO',
      'RECALLING ALSO',
      'BEING AWARE of the request of the seventh session of the United Nations Commission on Sustainable Development (CSD 7)',
      'RECOGNIZING',
      'REAFFIRMING',
      'REAFFIRMING ALSO',
      'NOTING',
    ])
    expect(preamble[2]!.text).toMatch(/^RECALLING ALSO that, by resolution A\.1054\(27\), it adopted the Code/)
    expect(preamble[2]!.text).toMatch(/concerning the identification of the auditable areas,$/)
    expect(preamble[7]!.text).toBe('NOTING that, while States m')
  })
})

describe('the ITU: phrases in lower case alone on their lines, their clauses under them', () => {
  it('Decision 3 (Minneapolis, 1998): `considering` a)–e) one preambular paragraph, `decides` 1, 2 one operative', () => {
    const tree = parse('itu-pp-1998-decision-3.excerpt.en.txt')
    expect(tree.meta.body).toBe('Plenipotentiary Conference of the International Telecommunication Union')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(1)
    expect(preamble[0]!.leadingPhrase?.text).toBe('considering')
    expect(preamble[0]!.text).toMatch(/^considering a\) that the adoption of a permanent Constitution/)
    expect(preamble[0]!.text).toMatch(/ e\) that a new numbering system for decisions, resolutions and recommendations/)
    expect(preamble[0]!.text).toMatch(/is required in order to avoid confusion,$/)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.leadingPhrase?.text).toBe('decides')
    // `1          that…` and `2            that…` are its clauses, not notes 1 and 2; `3/484` is the site's page mark.
    expect(operative[0]!.text).toMatch(
      /^decides 1 that resolutions of an ITU plenipotentiary conference remain in effect/,
    )
    expect(operative[0]!.text).toMatch(/conference; 2 that the final acts of a plenipotentiary conference/)
    expect(operative[0]!.text).toMatch(/showing their titles and numbers, but no text;$/)
    expect(footnotes(tree)).toHaveLength(0)
  })
})

describe('S/RES/1325 (2000) as the web copied it', () => {
  it('a blog that broke lines anywhere: `The` / `Security Council,` is the formula, `Recalling` / `also` one phrase', () => {
    const tree = parse('sc-1325-2000.excerpt.en.txt')
    expect(tree.meta.body).toBe('Security Council')
    expect(tree.meta.adoptionDate).toBe('2000-10-31')
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Recalling',
      'Recalling also',
      'Bearing in mind',
      'Expressing concern',
      'Reaffirming',
      'Reaffirming also',
      'Emphasizing',
    ])
    expect(preamble[0]!.text).toMatch(/^Recalling its resolutions 1261 \(1999\) of 25 August 1999/)
    expect(preamble[0]!.text).toMatch(/International Peace of 8 March 2000 \(SC\/6816\),$/)
    expect(preamble[1]!.text).toMatch(/^Recalling also the commitments of the Beijing Declaration/)
    expect(preamble[6]!.text).toBe('Emphasizing the need for')
  })
  it('the Chinese in a web archive: the banner is no paragraph, `又回顾主席…` stays inside the first paragraph', () => {
    const tree = parse('sc-1325-2000.excerpt.zh.txt')
    expect(tree.meta.symbol).toBe('S/RES/1325 (2000)')
    expect(tree.meta.body).toBe('安全理事会')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(8)
    expect(preamble[0]!.text).toMatch(/^回顾其1999年8月25日第1261\(1999\)号/)
    expect(preamble[0]!.text).toMatch(/又回顾主席在2000年3月8日联合国妇女权利与国际和平日/)
    expect(preamble[0]!.text).toMatch(/向新闻界发表的声明\(SC\/6816\),$/)
    expect(starts(preamble.slice(1), 4)).toEqual([
      '又回顾《',
      '铭记《联',
      '表示关切',
      '重申妇女',
      '又重申必',
      '强调各方',
      '确',
    ])
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
  it('in traditional characters on an encyclopedia page: its infobox and `決議原文` heading stand before the formula', () => {
    const tree = parse('sc-1325-2000.excerpt.zh-hant.txt')
    expect(tree.meta.body).toBe('安全理事會')
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.base)).toEqual([
      '回顾',
      '回顾',
      '铭记',
      '表示关切',
      '重申',
      '重申',
      '强调',
      '确认',
    ])
    expect(preamble[0]!.text).toMatch(/又回顧主席在2000年3月8日/)
    expect(preamble[7]!.text).toMatch(/^確認亟需將性別觀點納入維持和平行動的主流/)
  })
})

describe('English and its Chinese on one line: a UN bitext', () => {
  const text = read('ecosoc-2003-41.excerpt.bitext.txt')
  it('read in English, its English halves: the formula and three preambular paragraphs', () => {
    const tree = parseResolution(text, {lang: 'en'})
    expect(tree.meta.body).toBe('Economic and Social Council')
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Taking into account',
      'Recalling',
      'Recalling also',
    ])
    expect(preamble[0]!.text).toMatch(/the Convention on the Rights of the Child, in particular article 33 thereof,$/)
    expect(preamble[1]!.text).toMatch(
      /Implementation of the Declaration on the Guiding Principles of Drug Demand Reduction,$/,
    )
    expect(preamble.some((paragraph) => /[\u3400-\u9fff]/u.test(paragraph.text))).toBe(false)
  })
  it('read in Chinese, its Chinese halves: `经济及社会理事会,` and two preambular paragraphs', () => {
    const tree = parseResolution(text, {lang: 'zh'})
    expect(tree.meta.body).toBe('经济及社会理事会')
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual(['考虑到', '回顾'])
    expect(preamble[0]!.text).toMatch(/^考虑到联合国系统各组织就《1961年麻醉品单一公约》/)
    expect(preamble[0]!.text).toMatch(/特别是其中第33条所采取的政策,$/)
    expect(preamble.some((paragraph) => /Recalling|Convention/.test(paragraph.text))).toBe(false)
  })
})

describe('the General Assembly in Chinese, 1946–1995', () => {
  it('A/RES/50/11 in an e-book: phrases and sequence words set apart by a space (`还 回顾`), 惋惜', () => {
    const tree = parse('ga-50-11-1995.excerpt.zh.txt')
    const preamble = preambularParagraphs(tree)
    expect(
      preamble.map((paragraph) => [paragraph.leadingPhrase?.base, paragraph.leadingPhrase?.modifier ?? '']),
    ).toEqual([
      ['回顾', ''],
      ['回顾', '还'],
      ['强调', ''],
      ['回顾', '又'],
      ['惋惜', ''],
      ['认为', ''],
      ['注意到', ''],
      ['强调', ''],
      ['强调', '又'],
    ])
    expect(preamble[0]!.text).toMatch(/1988年12月21日第43\/224 D号决议,$/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operative[0]!.text).toMatch(/^请秘书长务必严格执行/)
    expect(operative[0]!.text).toMatch(/并请会员国也务必如此;$/)
  })
  it('A/RES/262 (III): one paragraph that sets out rules 44–48; its closing date in numerals is the adoption date', () => {
    const tree = parse('ga-262-1948.zh.txt')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^决议修正议事规则第四十四条至第四十八条如下:/)
    expect(operative[0]!.text).toMatch(/第四十六条以其他两种正式语文之一发表之演词/)
    expect(operative[0]!.text).toMatch(/译成任何其他一种正式语文。$/)
    expect(tree.meta.adoptionDate).toBe('1948-12-11')
  })
  it('A/RES/26 (I): `大会决定…如下.` with (甲) (乙), a second paragraph, the note `(注)`, the licence left out', () => {
    const tree = parse('ga-26-1946.zh.txt')
    expect(tree.meta.body).toBe('大会')
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(2)
    expect(operative[0]!.leadingPhrase?.text).toBe('决定')
    expect(operative[0]!.text).toMatch(/^决定设置两专门委员会如下\./)
    expect(operative[0]!.text).toMatch(/\(乙\)永久会址委员会,以研讨联合国永久会址之所在地\.$/)
    expect(operative[1]!.text).toBe('每一会员国得派其代表出席该两专门委员会.')
    const notes = footnotes(tree)
    expect(notes.map((note) => note.marker)).toEqual(['注'])
    expect(notes[0]!.text).toMatch(/^大会总务委员会之提议,于一九四六年二月十四日/)
    expect(notes[0]!.text).toMatch(/修改如下: “以研讨联合国永久及临时会址之所在地及与此直接有关之其他事项”\.$/)
    expect(tree.meta.adoptionDate).toBe('1946-01-26')
    expect(ruleIds(tree)).toContain('text-after-closing')
  })
})

describe('the UN’s Chinese web page of 1995', () => {
  it('A/RES/50/9: 收到了 opens the preamble; the third paragraph reaffirms three times and stays one', () => {
    const tree = parse('ga-50-9-1995.excerpt.zh.txt')
    expect(tree.meta.number).toBe('50/9')
    expect(tree.meta.title).toBe('国际原子能机构的报告')
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      '收到了',
      '注意到',
      '重申',
      '认识到',
      '又认识到',
      '意识到',
      '又认识到',
    ])
    expect(preamble[2]!.text).toMatch(/;重申不可有任何行动破坏原子能机构在这方面的权威; 并重申缔约国如担心/)
    expect(preamble[2]!.text).toMatch(/作出结论和采取必要行动,$/)
    expect(preamble[6]!.text).toBe('又认识到原子能机构关于核动')
  })
})

describe('the General Assembly’s printed volume of 1985', () => {
  it('page 227: 40/110 picked, five preambular paragraphs and the one unnumbered `Again urges`', () => {
    const text = read('ga-40-110-1985.en.txt')
    expect(volumeLabels(text)).toEqual(['40/110', '40/111'])
    const tree = pickResolution(text, '40/110')
    expect(tree.meta.title).toBe('Implications of scientific and technological developments for human rights')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Recalling',
      'Recalling also',
      'Recalling further',
      'Noting with concern',
      'Reaffirming',
    ])
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^Again urges the Commission on Human Rights and, through it,/)
    expect(operative[0]!.text).toMatch(/forty-second session, through the Economic and Social Council\.$/)
    expect(footnotes(tree)).toHaveLength(0)
    expect(tree.meta.adoptionDate).toBe('1985-12-13')
  })
})
