import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {stringListLines} from '../src/parse/string-list.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 14 (fixtures/field/README.md, "Added in session 14, Chinese"): Chinese from sources in
// none of the earlier folders. Every fact below was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))

describe('A/RES/66/54 (2011) as a dataset viewer shows it: a JSON list of strings on one line', () => {
  const tree: Resolution = parseResolution(read('ga-66-54-2011-hfviewer.excerpt.zh.txt'))
  it('each quoted string is a paragraph, without its quotes', () => {
    expect(tree.meta.number).toBe('66/54')
    expect(tree.meta.title).toBe('联合国和平、裁军与发展拉丁美洲和加勒比区域中心')
    expect(tree.meta.body).toBe('大会')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 2)).toEqual(['回顾', '又回', '确认', '重申', '注意', '欢迎', '强调', '欢迎'])
    expect(preamble[5]!.text).toBe('欢迎区域中心支持成员国履行裁军和不扩散文书,')
    // The store's copy stops inside the eighth string.
    expect(preamble[7]!.text).toBe('欢迎区域中')
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
  it('a line that quotes titles without opening a list is left as it is', () => {
    const line = '回顾"甲", "乙", "丙", "丁"各项决议,'
    expect(stringListLines(line)).toBe(line)
    // One character for one: the view keeps the source's offsets.
    const list = '[ "大会,", "回顾…,", "注意到…,", "1. 决定…。" ]'
    expect(stringListLines(list)).toHaveLength(list.length)
    expect(
      stringListLines(list)
        .split('\n')
        .map((piece) => piece.trim()),
    ).toEqual(['大会,', '回顾…,', '注意到…,', '1. 决定…。'])
  })
})

describe('A/RES/54/142 (1999) on the UN’s old Chinese site', () => {
  const tree: Resolution = parseResolution(read('ga-54-142-1999-unchinese.excerpt.zh.txt'))
  it('the title wrapped over two lines closes up with no space; 3 preambular, 4 operative', () => {
    expect(tree.meta.title).toBe('题为“2000年妇女: 二十一世纪两性平等、发展与和平”的大会特别会议的筹备工作')
    expect(starts(preambularParagraphs(tree), 2)).toEqual(['回顾', '注意', '赞赏'])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    // 再次请 (Again requests) is the phrase, not 再次 alone.
    expect(operative[0]!.leadingPhrase).toMatchObject({text: '再次请', known: true})
    expect(operative[1]!.text).toMatch(/^各会员国在制定执行计划和编写报告/)
  })
})

describe('S/RES/2569 (2021) on Chinese Wikisource, adopted by written vote', () => {
  const tree: Resolution = parseResolution(read('sc-2569-2021-wikisource.excerpt.zh.txt'))
  it('`安全理事会2021年3月26日通过` is the adoption line, not a title', () => {
    expect(tree.meta.title).toBeUndefined()
    expect(tree.meta.adoptionDate).toBe('2021-03-26')
  })
  it('`在这方面强调` opens with 强调 (Emphasizing in this regard)', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(8)
    expect(preamble[5]!.leadingPhrase).toMatchObject({text: '在这方面强调', base: '强调', known: true})
    expect(preamble[7]!.text).toBe('根据《联合国宪章》第七章第四十一条采取行动,')
    expect(operativeParagraphs(tree)).toHaveLength(1)
  })
})

describe('A/RES/50/203 (1995) on the UN’s Chinese page: note calls glued to the year after them', () => {
  const tree: Resolution = parseResolution(read('ga-50-203-1995.excerpt.zh.txt'))
  it('ten preambular paragraphs, three whose phrase closes them (以…为基础, 对…表示满意, 对…深表感激)', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(10)
    expect(preamble[1]!.text).toMatch(/^重申1975年在墨西哥市、11980年在哥本哈根2和1985年在内罗毕3/)
    expect(preamble[2]!.text).toMatch(/所取得的进展为基础,$/)
    expect(preamble[3]!.text).toMatch(/^对第四次妇女问题世界会议.*表示满意,$/)
    expect(preamble[4]!.text).toMatch(/深表感激,$/)
  })
})

describe('two declarations with no formula, on sites of UN texts', () => {
  it('A/RES/70/57 (2015): twelve numbered paragraphs, each opening 我们', () => {
    const tree = parseResolution(read('ga-70-57-2015-ddfloors.excerpt.zh.txt'))
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(12)
    expect(operative[0]!.text).toBe('我们联合国会员国宣布,我们共同致力于实现建立一个无核武器世界的目标。')
    expect(operative.every((paragraph) => paragraph.text.startsWith('我们'))).toBe(true)
  })
  it('A/RES/45/62 (1990): four paragraphs indented by two spaces under the site’s banner', () => {
    const tree = parseResolution(read('ga-45-62-1990-fanyjok.excerpt.zh.txt'))
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(4)
    expect(operative[3]!.text).toMatch(/^国际社会的共同立场是,坚决谋求裁军/)
    expect(preambularParagraphs(tree)).toHaveLength(0)
  })
})

describe('A/RES/65/119 (2010) on Chinese Wikisource', () => {
  const tree: Resolution = parseResolution(read('ga-65-119-2010-wikisource.excerpt.zh.txt'))
  it('a preambular paragraph with semicolons inside stays one; 遵循, 审查了', () => {
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 2)).toEqual(['回顾', '又回', '铭记', '又铭', '回顾', '遵循', '审查', '考虑'])
    expect(preamble[1]!.text).toMatch(/十年;1991年12月19日第46\/181号决议/)
    expect(starts(operativeParagraphs(tree), 2)).toEqual(['宣布', '吁请', '吁请'])
  })
})

describe('A/RES/64/85 (2009) in the UN’s alignment tool: each English segment with its Chinese on one line', () => {
  const text = read('ga-64-85-2009-unite.excerpt.bitext.txt')
  it('the Chinese halves: 回顾, 表示 赞赏地注意到, 重申, 关切, 意识到', () => {
    const tree = parseResolution(text, {lang: 'zh'})
    expect(tree.meta.body).toBe('大会')
    expect(starts(preambularParagraphs(tree), 2)).toEqual(['回顾', '表示', '重申', '关切', '意识'])
  })
  it('the English halves: Recalling, Taking note, Reaffirming, Concerned, Conscious', () => {
    const tree = parseResolution(text, {lang: 'en'})
    expect(starts(preambularParagraphs(tree), 6)).toEqual(['Recall', 'Taking', 'Reaffi', 'Concer', 'Consci'])
  })
})

// The ITU Council's Chinese as its PDFs set it (known gap of sessions 11–13; no real PDF text was
// found): each phrase alone on its line between blank lines, its clauses under it, numbered with no
// stop, the number's tab a run of spaces, two levels deep. The words are those of Decision 495
// and Resolution 1097 in the ITU's web edition (fixtures/field/itu-council-*.excerpt.zh.txt).
const ituPdf = (lines: string[], wrapAt?: number): string =>
  lines
    .flatMap((line) => {
      const chunks: string[] = []
      for (let rest = line; rest.length > 0 || chunks.length === 0; rest = rest.slice(wrapAt ?? rest.length))
        chunks.push(rest.slice(0, wrapAt ?? rest.length))
      return [...chunks, '']
    })
    .join('\n')
const decision495 = [
  '第495号决定',
  '理事会文件的出版',
  '（C-2000）',
  '理事会，',
  '考虑到',
  '其第1141号决议回顾理事会成员国的提案、文稿以及秘书长和各局主任的报告应作为理事会文件予以印制出版。上述报告是《组织法》和《公约》中所涉及到的，或者是应全权代表大会和理事会的要求提交的报告，',
  '满意地注意到',
  'a)       提交给理事会2000年会议的文件数量有所减少；',
  'b)       理事会文件用国际电联所有正式语文出版，',
  '考虑到',
  'a)       只有理事会有权决定如何处理那些提交给它的需要审议、做出决定或用于情况通报的文件；',
  'b)       为减少翻译和出版费用，某些证明文件可以不用国际电联所有正式语文进行翻译和印制出版，',
  '做出决议',
  '1        下列文件可被视为情况通报文件，应用英文、法文和西班牙文以电子格式提供；',
  '1.1      除以上“回顾”所涉及的、适用第1141号决议附件A的文件之外的理事国所提交的文稿；',
  '1.2      用于支持理事会文件的补充资料；',
  '1.3      秘书长认为可作为理事会参考的任何补充文件；',
  '2        应出版一份理事会文件，内含一份以电子格式出版的索引，必要时还应包含一份情况通报文件的摘要；',
  '3        如果一个理事国认为在以上“做出决议2”中提及的摘要中所列的某份文件需要由理事会审议，则这份文件应以法文、英文和西班牙文出版。其他语文的翻译应按实际可能进行。',
]
const resolution1097 = [
  '第1097号决议',
  '国际电联成员国的投票表决权',
  '（C-1996）',
  '理事会，',
  '注意到',
  'a)       根据《组织法》第210款（1992年，日内瓦）的规定，未交存《组织法》和《公约》的批准、接受或加入证书的缔约国，自1996年7月1日起在国际电联大会、理事会会议、国际电联任何部门的任何会议上或通过信函举行的磋商中不再享有表决权，直到交存这样的证书为止，',
  'b)       自1994年7月1日国际电联两部法规生效日起，那些未提交要求加入《组织法》和《公约》（1992年，日内瓦）的法律文件的非缔约国不再享有表决权，',
  '进一步注意到',
  '关于上述证书交存问题的全权代表大会第1号建议（1994年，东京），',
  '考虑到',
  '国际电联成员国应享有所有权利至关重要，在国际电联大会和会议或正式磋商中行使表决权尤为重要，',
  '做出决议',
  '敦促尚未提交各自证书的国际电联成员国加快国内程序以批准、接受或通过（《组织法》第52条），或者加入（《组织法》第53条）国际电信联盟《组织法》和《公约》（1992年，日内瓦），并尽快向秘书长提交他们各自的证书，',
  '责成秘书长',
  '1        根据交存证书的数量，在他认为适当的时候向国际电联成员国通报该决议内容，并定期向尚未交存证书的国际电联成员国发布有关决议内容的提醒通知，',
  '2        提醒国际电联成员国注意：根据《组织法》第231款和《公约》第527款的规定，任何《组织法》和/或《公约》的修正文件生效后，《组织法》第52和53条规定的对《组织法》和《公约》的批准、接受或通过或者加入，应当适用修正后的《组织法》和《公约》。',
]

describe('the ITU Council’s Chinese PDF layout: a phrase alone, its numbered clauses under it', () => {
  for (const wrapAt of [undefined, 36]) {
    const how = wrapAt ? ', lines wrapped at 36 characters' : ''
    it(`Decision 495: 3 preambular; 做出决议 and its clauses 1, 1.1–1.3, 2, 3 one paragraph, no notes${how}`, () => {
      const tree = parseResolution(ituPdf(decision495, wrapAt))
      expect(starts(preambularParagraphs(tree), 3)).toEqual(['考虑到', '满意地', '考虑到'])
      const operative = operativeParagraphs(tree)
      expect(operative).toHaveLength(1)
      expect(operative[0]!.text).toMatch(/^做出决议\s*1\s*下列文件/)
      expect(operative[0]!.text).toMatch(/其他语文的翻译应按实际可能进行。$/)
      expect(footnotes(tree)).toHaveLength(0)
    })
    it(`Resolution 1097: 注意到 a) b), 进一步注意到, 考虑到; 做出决议…, 责成秘书长 1 2${how}`, () => {
      const tree = parseResolution(ituPdf(resolution1097, wrapAt))
      expect(starts(preambularParagraphs(tree), 2)).toEqual(['注意', '进一', '考虑'])
      const operative = operativeParagraphs(tree)
      expect(starts(operative, 4)).toEqual(['做出决议', '责成秘书'])
      expect(operative[1]!.text).toMatch(/应当适用修正后的《组织法》和《公约》。$/)
      expect(footnotes(tree)).toHaveLength(0)
    })
  }
})

describe('`（一）` … as the operative numbers of a Chinese text that has no others', () => {
  // fixtures/office-zh-numbering: cop-6-2's words, the operative list in Word's chineseCounting
  // format with the level text `（%1）`, as LibreOffice draws it (the seed: 12 and 15).
  it('LibreOffice’s text of the .docx: 12 preambular, operative （一） to （十五）', () => {
    const text = readFileSync(
      path.join(root, 'fixtures', 'office-zh-numbering', 'cop-6-2-chinese-counting-brackets.zh.docx.libreoffice.txt'),
      'utf8',
    )
    const tree = parseResolution(text)
    expect(preambularParagraphs(tree)).toHaveLength(12)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual(Array.from({length: 15}, (_, index) => index + 1))
    expect(operative[0]!.text).toMatch(/^表示赞赏枪支问题工作组/)
  })
  it('after a lead-in’s colon, or under a numbered paragraph, `（一）` … are items', () => {
    const leadIn = parseResolution(
      '安全理事会，\n\n回顾其以往各项决议，\n\n决定：\n\n（一）设立一个委员会；\n\n（二）请秘书长提出报告。\n',
    )
    expect(preambularParagraphs(leadIn)).toHaveLength(1)
    expect(operativeParagraphs(leadIn)).toHaveLength(1)
    expect(operativeParagraphs(leadIn)[0]!.text).toMatch(/^决定：\s*（一）设立一个委员会；\s*（二）请秘书长提出报告。$/)
    const numbered = parseResolution(
      '安全理事会，\n\n回顾其以往各项决议，\n\n1. 决定所有国家均应：\n\n（一）防止供应武器；\n\n（二）防止提供技术援助；\n\n2. 请秘书长提出报告。\n',
    )
    expect(operativeParagraphs(numbered).map((paragraph) => paragraph.num)).toEqual([1, 2])
  })
})

describe('second batch: S/RES/1476 (2003) on 中华文库 and S/RES/1447 (2002) on Wikisource (traditional)', () => {
  it('1476: every paragraph a Markdown list item; the dashes are not text', () => {
    const tree = parseResolution(read('sc-1476-2003-zhonghuashu.zh.txt'))
    expect(tree.meta.adoptionDate).toBe('2003-04-24')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      '回顾以往关于向伊拉克人民提供人道主义救济的各项决议,特别是1990年8月6日第661(1990)号、1995年4月14日第986(1995)号、2002年5月14日第1409(2002)号、2002年12月30日第1454(2002)号和2003年3月28日第1472(2003)号决议,',
      '根据《联合国宪章》第七章采取行动,',
    ])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      '决定第1472(2003)号决议第4段所载各项规定应保持有效至2003年6月3日,并可由安理会进一步延长;',
      '决定继续处理此案。',
    ])
  })
  it('1447: `安全理事會` with no comma, 決心, and an operative 4 that opens with no verb', () => {
    const tree = parseResolution(read('sc-1447-2002-wikisource.excerpt.zh-hant.txt'))
    expect(tree.meta.body).toBe('安全理事會')
    expect(starts(preambularParagraphs(tree), 2)).toEqual(['回顧', '深信', '注意', '決心', '重申', '根據'])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operative[3]!.text).toMatch(/^秘書長根據聯合國在伊拉克人員的觀察/)
  })
})
