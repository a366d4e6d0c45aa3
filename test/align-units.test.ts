import stringWidth from 'string-width'
import {describe, expect, it} from 'vitest'
import {
  alignSequences,
  chineseDates,
  chineseRenderings,
  englishDates,
  extractAnchors,
  judgePhrase,
} from '../src/bilingual/index.js'
import {displayWidth, wrapText} from '../src/bilingual/width.js'
import {anchorChecks, punctuationCheck, terminalMark} from '../src/bilingual/checks.js'
import {hanNumeral, romanNumeral} from '../src/bilingual/numerals.js'
import {englishOpening} from '../src/bilingual/phrase-map.js'

const keys = (text: string, lang: 'en' | 'zh'): string[] =>
  extractAnchors(text, lang).map((anchor) => `${anchor.kind}:${anchor.key}`)

describe('dates in both conventions', () => {
  it('reads English dates, ranges and months', () => {
    expect(englishDates('of 22 October 2010').map((date) => date.iso)).toEqual([['2010-10-22']])
    expect(englishDates('on 21 and 22 May 2012').map((date) => date.iso)).toEqual([['2012-05-21', '2012-05-22']])
    expect(englishDates('New York, 9-20 July 2001 (A/CONF.192/15)').map((date) => date.iso)).toEqual([
      ['2001-07-09', '2001-07-20'],
    ])
    // A range is one mention: a change anywhere in it is one difference.
    expect(englishDates('from 27 August to 7 September 2012')).toEqual([
      {iso: ['2012-08-27', '2012-09-07'], text: '27 August to 7 September 2012', index: 5, length: 29},
    ])
    expect(englishDates('adopted on May 21, 2012 and in June 2013').map((date) => date.iso)).toEqual([
      ['2012-05-21'],
      ['2013-06'],
    ])
    // "may" the verb is no date, nor a month name with neither day nor year.
    expect(englishDates('States may consider, in May, the report')).toEqual([])
  })

  it('reads Chinese dates, ranges and months', () => {
    expect(chineseDates('2010年10月22日第5/4号决议').map((date) => date.iso)).toEqual([['2010-10-22']])
    expect(chineseDates('于2012年5月21日至22日在维也纳').map((date) => date.iso)).toEqual([
      ['2012-05-21', '2012-05-22'],
    ])
    expect(chineseDates('2012年8月27日至9月7日在纽约')).toEqual([
      {iso: ['2012-08-27', '2012-09-07'], text: '2012年8月27日至9月7日', index: 0, length: 15},
    ])
    expect(chineseDates('２０１３年６月').map((date) => date.iso)).toEqual([])
    expect(extractAnchors('２０１３年６月', 'zh').map((anchor) => anchor.key)).toEqual(['2013-06'])
  })

  it('gives the same keys for a citation in either language', () => {
    expect(keys('resolution 5/4 of 22 October 2010', 'en').sort()).toEqual(
      keys('2010年10月22日第5/4号决议', 'zh').sort(),
    )
    expect(keys('decision 4/6 of 17 October 2008', 'en').sort()).toEqual(keys('2008年10月17日第4/6号决定', 'zh').sort())
    expect(keys('Security Council resolution 1540 (2004)', 'en')).toEqual(keys('安全理事会第1540(2004)号决议', 'zh'))
    expect(keys('resolutions 1540 (2004) and 1977 (2011)', 'en')).toEqual([
      'reference:1540(2004)',
      'reference:1977(2011)',
    ])
    const cites = (text: string, lang: 'en' | 'zh'): Array<string | undefined> =>
      extractAnchors(text, lang)
        .filter((anchor) => anchor.kind === 'reference')
        .map((anchor) => anchor.cites)
    expect(cites('resolutions 5/4 of 22 October 2010 and 6/2, and decision 4/6', 'en')).toEqual([
      'resolution',
      'resolution',
      'decision',
    ])
    expect(cites('第5/4和6/2号决议以及第4/6号决定', 'zh')).toEqual(['resolution', 'resolution', 'decision'])
  })
})

describe('numbers, symbols and ordinals', () => {
  it('keeps symbols whole and their digits out of the numbers', () => {
    expect(keys('CTOC/COP/2012/6.', 'en')).toEqual(['symbol:CTOC/COP/2012/6'])
    expect(keys('见A/60/88和Corr.2，附件', 'zh')).toEqual(['symbol:A/60/88', 'symbol:Corr.2'])
    expect(keys('E/CN.15/2019/L.3/Rev.1 and A/RES/75/241', 'en')).toEqual([
      'symbol:E/CN.15/2019/L.3/Rev.1',
      'symbol:A/RES/75/241',
    ])
  })

  it('mends a symbol split by PDF extraction', () => {
    expect(keys('CT OC/COP/WG.6/2015/3.', 'en')).toEqual(keys('CTOC/COP/WG.6/2015/3。', 'zh'))
    expect(keys('see A/60/88', 'en')).toEqual(['symbol:A/60/88'])
  })

  it('normalises thousands, decimals, millions and 万', () => {
    expect(keys('vol. 2225, No. 39574', 'en')).toEqual(['number:2225', 'number:39574'])
    expect(keys('1,500 experts and 2.5 million dollars', 'en')).toEqual(['number:1500', 'number:2500000'])
    expect(keys('1500名专家和250万美元', 'zh')).toEqual(['number:1500', 'number:2500000'])
  })

  it('leaves digits glued to names alone, but keeps corrigenda and revisions', () => {
    expect(keys('the G20 and COVID-19', 'en')).toEqual([])
    expect(keys('A/60/88 and Corr.2, E/2019/5/Rev.1', 'en')).toEqual([
      'symbol:A/60/88',
      'symbol:E/2019/5/Rev.1',
      'symbol:Corr.2',
    ])
  })

  it('reads ordinals in words as numbers of the same value', () => {
    expect(keys('at its seventh session', 'en')).toEqual(['ordinal:7'])
    expect(keys('第七届会议', 'zh')).toEqual(['ordinal:7'])
    expect(keys('its seventy-fifth session, chap. IV, annex II', 'en')).toEqual([
      'ordinal:75',
      'ordinal:4',
      'ordinal:2',
    ])
    expect(keys('第七十五届会议，第四章，附件二', 'zh')).toEqual(['ordinal:75', 'ordinal:4', 'ordinal:2'])
    expect(keys('the 1990s', 'en')).toEqual(keys('1990年代', 'zh'))
    expect(keys('the twenty-first century, for the first time, the seventieth anniversary', 'en')).toEqual(
      keys('二十一世纪，首次，七十周年', 'zh'),
    )
    expect(hanNumeral('十二')).toBe(12)
    expect(hanNumeral('一百零五')).toBe(105)
    expect(romanNumeral('XIV')).toBe(14)
  })

  it('reports a changed anchor once, as a difference, and a missing one as one-sided', () => {
    const changed = anchorChecks(
      extractAnchors('on 21 and 22 May 2012', 'en'),
      extractAnchors('2013年5月21日至22日', 'zh'),
    )
    expect(changed).toEqual([
      {
        id: 'date',
        severity: 'error',
        message: 'The date differs: “21 and 22 May 2012” in English, “2013年5月21日至22日” in Chinese',
        en: '21 and 22 May 2012',
        zh: '2013年5月21日至22日',
      },
    ])
    const missing = anchorChecks(extractAnchors('A/60/88 and decision 60/519', 'en'), extractAnchors('A/60/88', 'zh'))
    expect(missing.map((check) => [check.id, check.en, check.zh])).toEqual([['symbol', '60/519', undefined]])
  })
})

describe('EN → ZH leading phrases', () => {
  it('accepts both 又 and 还 for either sequence word', () => {
    for (const phrase of ['Also requests', 'Further requests']) {
      expect(judgePhrase(phrase, '还请秘书处').maps).toBe(true)
      expect(judgePhrase(phrase, '又请秘书处').maps).toBe(true)
      expect(judgePhrase(phrase, '请秘书处').maps).toBe(false)
    }
    expect(judgePhrase('Recalling also', '又回顾').maps).toBe(true)
    expect(judgePhrase('Requests', '又请秘书处').maps).toBe(false)
  })

  it('reads the longest known opening from the text, past the italics', () => {
    expect(englishOpening('*Takes note* with appreciation of the report')).toBe('Takes note with appreciation of')
    expect(englishOpening('Requests also the Secretariat')).toBe('Requests also')
    expect(englishOpening('Strongly encourages States')).toBeUndefined()
  })

  it('accepts every attested rendering and judges nothing it does not know', () => {
    expect(chineseRenderings('Invites')).toEqual(['请', '邀请'])
    expect(judgePhrase('Urges', '敦促各国').maps).toBe(true)
    expect(judgePhrase('Taking note of', '注意到').maps).toBe(true)
    expect(judgePhrase('Noting with appreciation', '注意到').maps).toBe(false)
    expect(judgePhrase('Solemnly proclaims', '庄严宣告')).toEqual({known: false, maps: false, expected: []})
  })
})

describe('terminal punctuation', () => {
  it('maps English marks to their full-width Chinese counterparts', () => {
    expect(terminalMark('its report;')).toBe('semicolon')
    expect(terminalMark('建议；')).toBe('semicolon')
    expect(terminalMark('entitled “Our common agenda”.')).toBe('full stop')
    expect(terminalMark('capacity-building and')).toBe('none')
    expect(punctuationCheck('the United Nations.', '资源。')).toEqual([])
    expect(punctuationCheck('its functions;', '职能。')).toMatchObject([
      {id: 'terminal-punctuation', en: 'its functions;', zh: '职能。'},
    ])
  })
})

describe('display width', () => {
  it('counts Chinese characters and full-width punctuation as two columns', () => {
    expect(displayWidth('abc')).toBe(3)
    expect(displayWidth('决定，')).toBe(6)
    expect(displayWidth('“A/60/88”')).toBe(9)
  })

  it('gives what string-width gives, character by character and for mixed texts', () => {
    // displayWidth adds up cached widths where no character can join its neighbour; the
    // joining ones (combining marks, emoji sequences, escapes) go to string-width whole.
    const characters: string[] = []
    for (let code = 0x20; code < 0x3_0000; code += code < 0x3100 ? 3 : 61) characters.push(String.fromCodePoint(code))
    for (const character of characters) expect(displayWidth(character), character).toBe(stringWidth(character))
    const joiners = [
      '\r\n',
      '\t',
      'e\u0301',
      '\u{1F44D}\u{1F3FD}',
      '\u{1F1FA}\u{1F1F3}',
      '\u001b[31m',
      '\u200d',
      'か\u3099',
      '\ufe0f',
    ]
    let seed = 15
    const pick = <T>(items: readonly T[]): T => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return items[seed % items.length]!
    }
    for (let round = 0; round < 300; round++) {
      let text = ''
      for (let count = 0; count < 12; count++)
        text += round % 3 === 0 ? pick([...characters, ...joiners]) : pick(characters)
      expect(displayWidth(text), JSON.stringify(text)).toBe(stringWidth(text))
    }
  })

  it('wraps English at spaces and Chinese anywhere, within the width', () => {
    expect(wrapText('Recalling the functions assigned to it', 15)).toEqual([
      'Recalling the',
      'functions',
      'assigned to it',
    ])
    const lines = wrapText('回顾《联合国打击跨国有组织犯罪公约》第32条赋予缔约方会议的职能，', 20)
    expect(lines.every((line) => displayWidth(line) <= 20)).toBe(true)
    expect(lines.join('')).toBe('回顾《联合国打击跨国有组织犯罪公约》第32条赋予缔约方会议的职能，')
  })
})

describe('bead alignment', () => {
  // Units are numbers; a Chinese unit translates an English one when the numbers are equal.
  const sum = (values: number[], from: number, count: number): number =>
    values.slice(from, from + count).reduce((total, value) => total + value, 0)
  const evidenceFor =
    (english: number[], chinese: number[]) =>
    (enStart: number, enCount: number, zhStart: number, zhCount: number): number =>
      sum(english, enStart, enCount) === sum(chinese, zhStart, zhCount) ? 6 : -6

  it('finds 1-0, 0-1, 2-1 and 1-2 beads', () => {
    const english = [1, 2, 30, 4, 5, 6, 70, 8]
    const chinese = [1, 2, 4, 99, 11, 30, 40, 8]
    const beads = alignSequences(english.length, chinese.length, evidenceFor(english, chinese))
    expect(beads.map((bead) => bead.kind)).toEqual(['1-1', '1-1', '1-0', '1-1', '0-1', '2-1', '1-2', '1-1'])
    expect(beads[5]).toEqual({kind: '2-1', en: [4, 5], zh: [4], evidence: 6})
  })

  it('handles an empty side', () => {
    expect(alignSequences(3, 0, () => 0).map((bead) => bead.kind)).toEqual(['1-0', '1-0', '1-0'])
    expect(alignSequences(0, 2, () => 0).map((bead) => bead.kind)).toEqual(['0-1', '0-1'])
    expect(alignSequences(0, 0, () => 0)).toEqual([])
  })

  it('stays near-linear: a band, not the whole matrix', () => {
    let calls = 0
    const size = 2000
    alignSequences(size, size, () => {
      calls++
      return 1
    })
    expect(calls).toBeLessThan(size * 100)
  })
})

describe('wrapText keeps Chinese closing punctuation off the start of a line', () => {
  it('carries the character before the comma to the next line', () => {
    const lines = wrapText('重申其2008年10月17日第4/6号决定，并关注', 20)
    for (const line of lines) expect(line).not.toMatch(/^[，。；：、）》]/u)
    expect(lines.join('')).toBe('重申其2008年10月17日第4/6号决定，并关注')
  })
})
