import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {alignResolutions} from '../src/bilingual/index.js'
import {chineseDates, englishDates} from '../src/bilingual/dates.js'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution} from '../src/parse/volume.js'
import type {AlignResult} from '../src/bilingual/types.js'
import {root} from './helpers.js'

// Real English/Chinese pairs (fixtures/corpus): every paragraph paired, and findings only
// where the texts really differ. The differences named here were read from the two texts.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures/corpus', name), 'utf8')

function align(en: string, zh: string, pick?: string): AlignResult {
  return alignResolutions(pick ? pickResolution(read(en), pick) : parseResolution(read(en)), parseResolution(read(zh)))
}

const findings = (result: AlignResult): string[] =>
  [...result.checks, ...result.pairs.flatMap((pair) => pair.checks)].map((check) => `${check.id}: ${check.message}`)

describe('English and Chinese of real Security Council resolutions', () => {
  it('2326 (2016), traditional: all paired; the only findings are the two statements the Chinese page cites differently', () => {
    const result = align('sc-2326-2016.en.txt', 'sc-2326-2016.zh-hant.txt')
    expect(result.summary.beads).toMatchObject({'1-1': 7, '1-0': 0, '0-1': 0, '1-2': 0, '2-1': 0})
    // The README of the corpus: the page cites S/PRST/2005/16 and S/PRST/2010/26 where the English has S/PRST/2014/16 and S/PRST/2014/26.
    expect(findings(result)).toEqual([
      'symbol: The symbol differs: “S/PRST/2014/16” in English, “S/PRST/2005/16” in Chinese',
      'symbol: The symbol differs: “S/PRST/2014/26” in English, “S/PRST/2010/26” in Chinese',
    ])
  })
  it('2446 (2018): all paired, no findings (June–September 2018 is 2018年6月至9月)', () => {
    const result = align('sc-2446-2018.en.txt', 'sc-2446-2018.zh.txt')
    expect(result.summary.beads).toMatchObject({'1-1': 7, '1-0': 0, '0-1': 0})
    expect(findings(result)).toEqual([])
  })
  it('1476 (2003): every paragraph paired; resolutions cited by number and year on both sides', () => {
    const result = align('sc-1476-2003.en.txt', 'sc-1476-2003.zh.txt')
    const body = result.pairs.filter((pair) => pair.section !== 'conclusions' && !pair.en.includes('formula'))
    expect(body.map((pair) => [pair.en.join('+'), pair.zh.join('+')])).toEqual([
      ['preamble_1', 'preamble_1'],
      ['preamble_2', 'preamble_2'],
      ['para_1', 'para_1'],
      ['para_2', 'para_2'],
    ])
    expect(body.flatMap((pair) => pair.checks)).toEqual([])
  })
  it('443 (1978) picked from its volume, traditional: dates in Chinese numerals are the same dates', () => {
    const result = align('sc-0443-1978.en.txt', 'sc-0443-1978.zh-hant.txt', '443 (1978)')
    const body = result.pairs.filter((pair) => /^(?:preamble|para)_/.test(pair.en[0] ?? ''))
    expect(body.map((pair) => pair.kind)).toEqual(['1-1', '1-1', '1-1', '1-1', '1-1', '1-1'])
    const messages = body.flatMap((pair) => pair.checks.map((check) => check.message))
    // 15 December 1978, 15 June 1979, 31 May 1979 and 4 March 1964 are written in Chinese numerals and match.
    expect(messages.filter((message) => /1979|1964|15 December/.test(message))).toEqual([])
    expect(
      body.flatMap((pair) => pair.checks.map((check) => check.id)).filter((id) => id === 'leading-phrase'),
    ).toEqual([])
  })
})

describe('OCR of the printed volumes, counts in words, and the one closing of each text', () => {
  it('368 (1975): numbers the OCR broke are the numbers the Chinese gives', () => {
    // The page reads `338 ( I 973)`, `2 7 October 1973` and `S/ 1 I 670 and Corr. I and 2`; the Chinese cites
    // 第338(1973)号, 十月二十七日 and S/11670和Corr.1和2.
    const result = align('sc-0368-1975.en.txt', 'sc-0368-1975.zh.txt', '368 (1975)')
    const preamble = result.pairs.filter((pair) => /^preamble_[12]$/.test(pair.en[0] ?? ''))
    expect(preamble.map((pair) => pair.zh)).toEqual([['preamble_1'], ['preamble_2']])
    expect(preamble.flatMap((pair) => pair.checks)).toEqual([])
  })
  it('443 (1978): "six months" is 六個月, and the closings are paired even where the OCR glued the page foot to one', () => {
    const result = align('sc-0443-1978.en.txt', 'sc-0443-1978.zh-hant.txt', '443 (1978)')
    const second = result.pairs.find((pair) => pair.en[0] === 'preamble_2')!
    expect(second.checks).toEqual([])
    const closing = result.pairs.filter((pair) => pair.section === 'conclusions')
    expect(closing.map((pair) => [pair.en, pair.zh])).toEqual([[['conclusions'], ['conclusions']]])
    // "Adopted at the 2107th meeting by 14 votes to none" is 第二一〇七次會議以十四票對〇票通過.
    const closingNumbers = closing[0]!.checks
      .map((check) => check.message)
      .filter((message) => /“(?:2107th|2107|14|0)”/.test(message))
    expect(closingNumbers).toEqual([])
  })
  it('a Chinese heading in Chinese numerals names the resolution', () => {
    // `二一五九(二十一)、中国在联合国之代表权问题` and `八十七(一九五〇).一九五〇年九月二十九日決議案`.
    expect(parseResolution(read('ga-2159-1966.zh.txt')).meta.number).toBe('2159 (XXI)')
    expect(parseResolution(read('sc-0087-1950.zh-hant.txt')).meta.number).toBe('87 (1950)')
    expect(parseResolution(read('sc-0443-1978.zh-hant.txt')).meta.number).toBe('443 (1978)')
  })
  it('a count in words is compared with its rendering: 六个月 against "one year" is a difference', async () => {
    const {extractAnchors} = await import('../src/bilingual/anchors.js')
    const keys = (text: string, lang: 'en' | 'zh'): string[] =>
      extractAnchors(text, lang).map((anchor) => `${anchor.kind}:${anchor.key}`)
    expect(keys('for a further period of six months', 'en')).toEqual(['number:6'])
    expect(keys('for a further period of six months', 'en')).toEqual(keys('再延长六个月', 'zh'))
    expect(keys('for a period of one year', 'en')).not.toEqual(keys('为期六个月', 'zh'))
    expect(keys('Three members did not participate', 'en')).toEqual(keys('三个成员国没有参加', 'zh'))
    // Not counts: a biennium, a Decade, an anniversary, and none.
    expect(keys('for the biennium', 'en')).toEqual(keys('两年期', 'zh'))
    expect(keys('the International Decade', 'en')).toEqual(keys('国际十年', 'zh'))
    expect(keys('the seventieth anniversary', 'en')).toEqual(keys('七十周年', 'zh'))
  })
})

describe('dates in Chinese numerals', () => {
  it('read as the same days as the English', () => {
    expect(chineseDates('至一九七五年七月二十四日为止').map((date) => date.iso)).toEqual([['1975-07-24']])
    expect(chineseDates('第五〇六次；一九五〇年十一月十五日后').map((date) => date.iso)).toEqual([['1950-11-15']])
    expect(englishDates('until 24 July 1975').map((date) => date.iso)).toEqual([['1975-07-24']])
  })
})

describe('a statement of adoption placed differently by two publishers', () => {
  const field = (name: string): string => readFileSync(path.join(root, 'fixtures/field', name), 'utf8')

  it('1518 (2003): the English says it under the title, the Chinese web copy at its end; the two are paired', () => {
    // The English PDF: "Adopted by the Security Council at its 4872nd meeting, on 24 November 2003" under the
    // title, no closing lines; the Wikisource page ends "第4872次会议一致通过。".
    const result = alignResolutions(
      parseResolution(field('sc-1518-2003.en.txt')),
      parseResolution(field('sc-1518-2003.zh.txt')),
    )
    expect(result.summary.beads).toMatchObject({'1-1': 11, '1-0': 0, '0-1': 0})
    const closing = result.pairs.filter((pair) => pair.section === 'conclusions')
    expect(closing.map((pair) => [pair.en, pair.zh, pair.checks])).toEqual([[['preface'], ['conclusions'], []]])
    expect(closing[0]!.text.en).toBe('Adopted by the Security Council at its 4872nd meeting, on 24 November 2003')
    // OP 2 cites "(reference SC/7791 IK/365 …)" where the Chinese writes "SC/7791-IK/365号文件": the same two symbols.
    expect(findings(result).filter((finding) => finding.startsWith('symbol'))).toEqual([])
    // What the two texts really differ in: the Chinese copy lost the commas of PP 2 and PP 4 (the corpus README),
    // and renders "Determining that" as 确认.
    expect(findings(result).map((finding) => finding.split(':')[0])).toEqual([
      'terminal-punctuation',
      'leading-phrase',
      'terminal-punctuation',
    ])
  })

  it('a different meeting is reported on that pair', () => {
    const zh = field('sc-1518-2003.zh.txt').replace('第4872次会议', '第4873次会议')
    const result = alignResolutions(parseResolution(field('sc-1518-2003.en.txt')), parseResolution(zh))
    const closing = result.pairs.find((pair) => pair.section === 'conclusions')!
    expect(closing.checks.map((check) => check.message)).toEqual([
      'The meeting differs: 4872 in English, 4873 in Chinese',
    ])
  })

  it('1476 (2003) and 821 (1993): the same, and the meeting of 821 is written in its title on two lines', () => {
    for (const [stem, meeting] of [
      ['sc-1476-2003', '4743'],
      ['sc-0821-1993', '3204'],
    ] as const) {
      const result = align(`${stem}.en.txt`, `${stem}.zh.txt`)
      const closing = result.pairs.filter((pair) => pair.section === 'conclusions')
      expect(closing.map((pair) => [pair.en, pair.zh, pair.checks])).toEqual([[['preface'], ['conclusions'], []]])
      expect(closing[0]!.text.zh).toContain(`第${meeting}次会议`)
      expect(result.summary.beads['0-1']).toBe(0)
    }
  })

  it('two symbols joined by a hyphen are those two; a hyphen inside one symbol is not a join', async () => {
    const {extractAnchors} = await import('../src/bilingual/anchors.js')
    const symbols = (text: string, lang: 'en' | 'zh'): string[] =>
      extractAnchors(text, lang)
        .filter((anchor) => anchor.kind === 'symbol')
        .map((anchor) => anchor.key)
    expect(symbols('参见2003年6月12日SC/7791-IK/365号文件', 'zh')).toEqual(['SC/7791', 'IK/365'])
    expect(symbols('(reference SC/7791 IK/365 of 12 June 2003)', 'en')).toEqual(['SC/7791', 'IK/365'])
    expect(symbols('resolution A/RES/ES-10/1 of 1997', 'en')).toEqual(['A/RES/ES-10/1'])
  })

  it('612 (1988): the English web page ends with its source line, not the vote; the vote is under its title', () => {
    // en.wikisource: "Adopted by the Security Council at its 2812th meeting on 9 May 1988" first, "(Resolution
    // S/RES/612 (1988))" last; zh.wikisource ends "第2812次会议一致通过。".
    const result = align('sc-0612-1988.en.txt', 'sc-0612-1988.zh.txt')
    const closing = result.pairs.filter((pair) => pair.section === 'conclusions')
    expect(closing.map((pair) => [pair.en, pair.zh, pair.checks.map((check) => check.id)])).toEqual([
      [['conclusions'], [], ['no-counterpart']],
      [['preface'], ['conclusions'], []],
    ])
  })

  it('821 (1993): "22 Septemb.er 1992", as the OCR read it, is 1992年9月22日', () => {
    const result = align('sc-0821-1993.en.txt', 'sc-0821-1993.zh.txt')
    const messages = result.pairs.flatMap((pair) => pair.checks.map((check) => check.message))
    expect(messages.filter((message) => /1992|“22”/.test(message))).toEqual([])
  })

  it('2159 (XXI): 二0二五(二十), typed with an ASCII zero, is 2025 (XX); 重申 renders "Affirms again"', () => {
    const result = align('ga-2159-1966.en.txt', 'ga-2159-1966.zh.txt', '2159 (XXI)')
    const pair = (eId: string) => result.pairs.find((candidate) => candidate.en[0] === eId)!
    // PP 2: "General Assembly resolution 2025 (XX) of 17 November 1965" / "一九六五年十一月十七日决议案二0二五(二十)".
    expect(pair('preamble_2').checks).toEqual([])
    // OP 1: "Affirms again that this decision remains valid." / "重申此项决议仍属有效。"
    expect(pair('para_1').checks).toEqual([])
  })
})
