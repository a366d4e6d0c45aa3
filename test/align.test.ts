import {readFileSync} from 'node:fs'
import path from 'node:path'
import {Ajv} from 'ajv'
import {describe, expect, it} from 'vitest'
import {Chalk} from 'chalk'
import {alignResolutions, LanguagePairError, renderAlignTerminal, renderTmx} from '../src/bilingual/index.js'
import {readResolution} from '../src/cli/files.js'
import type {AlignResult} from '../src/bilingual/index.js'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs, paragraphs, pointList} from '../src/tree/access.js'
import {parseDocument, readDocument, root} from './helpers.js'

const en = parseDocument('cop62en')
const zhText = readDocument('cop62zh')
const zh = parseDocument('cop62zh')

const schema = JSON.parse(readFileSync(path.join(root, 'docs/schema/align.schema.json'), 'utf8')) as object
const validate = new Ajv({allErrors: true, strict: true}).compile(schema)

/** Every finding as `id en-eIds|zh-eIds`, document checks as `id document`. */
function findings(result: AlignResult): string[] {
  return [
    ...result.checks.map((check) => `${check.id} document`),
    ...result.pairs.flatMap((pair) =>
      pair.checks.map((check) => `${check.id} ${pair.en.join('+')}|${pair.zh.join('+')}`),
    ),
  ]
}

function alignMutated(mutate: (text: string) => string): AlignResult {
  const mutated = mutate(zhText)
  // A mutation that does not apply would make the test pass for nothing.
  expect(mutated).not.toBe(zhText)
  const result = alignResolutions(en, parseResolution(mutated))
  expect(validate(result), JSON.stringify(validate.errors)).toBe(true)
  return result
}

/** Renumber operative paragraphs `from` onwards by `by`, as a translator who dropped or split one would. */
function renumber(text: string, from: number, by: number): string {
  return text.replace(/^(\d+)\. /gm, (whole, num: string) => (Number(num) >= from ? `${Number(num) + by}. ` : whole))
}

describe('align 6/2, English and Chinese', () => {
  const result = alignResolutions(en, zh, {files: ['seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt']})

  it('pairs every unit one to one, each with the unit of the same eId', () => {
    const units = [
      'formula',
      ...paragraphs(en).map((paragraph) => paragraph.eId),
      ...operativeParagraphs(en).flatMap((paragraph) => pointList(paragraph)?.children.map((point) => point.eId) ?? []),
      ...footnotes(en).map((note) => note.eId),
    ]
    expect(units).toHaveLength(1 + 12 + 15 + 4 + 7)
    expect(result.pairs.map((pair) => pair.kind).every((kind) => kind === '1-1')).toBe(true)
    expect(result.pairs.map((pair) => pair.en[0]).sort()).toEqual([...units].sort())
    for (const pair of result.pairs) expect(pair.zh).toEqual(pair.en)
    // Sub-items follow their paragraph; footnotes come last.
    expect(result.pairs.slice(-7).map((pair) => pair.en[0])).toEqual([
      'fn_1',
      'fn_2',
      'fn_3',
      'fn_4',
      'fn_5',
      'fn_6',
      'fn_7',
    ])
    expect(result.pairs.findIndex((pair) => pair.en[0] === 'para_12__point_a')).toBe(
      result.pairs.findIndex((pair) => pair.en[0] === 'para_12') + 1,
    )
  })

  it('reports nothing: the two texts of 6/2 say the same numbers, dates, symbols, markers and phrases', () => {
    // No finding is a real difference here, and none is reported. What must NOT be flagged:
    // op 1 and 9 "21 and 22 May 2012" ↔ "2012年5月21日至22日"; pre 9 "from 27 August to
    // 7 September 2012" ↔ "2012年8月27日至9月7日"; fn 3 "9-20 July 2001" ↔ "2001年7月9日至20日",
    // "chap. IV" ↔ "第四章", "para. 24" ↔ "第24段"; op 7 and 14 "seventh session" ↔ "第七届会议";
    // pre 1 "article 32" ↔ "第32条", "decision 4/6 of 17 October 2008" ↔ "2008年10月17日第4/6号决定";
    // fn 4 "decision 60/519" ↔ "第60/519号决定" and "Corr.2" on both; op 5 "Also requests" ↔ 还请,
    // op 6 "Further requests" ↔ 又请; op 12 (c) ends in "and" ↔ "以及" (no mark on either side);
    // op 8 "six official languages" ↔ "六种" (numbers in words are not compared).
    expect(findings(result)).toEqual([])
    expect(result.findings).toBe(0)
    expect(result.summary).toEqual({
      pairs: 39,
      beads: {'1-1': 39, '1-2': 0, '2-1': 0, '1-0': 0, '0-1': 0},
      errors: 0,
      warnings: 0,
    })
    expect(result.en).toEqual({
      file: 'seeds/cop-6-2.en.txt',
      symbol: '6/2',
      lang: 'en',
      counts: {preamble: 12, operative: 15, points: 4, footnotes: 7},
    })
    expect(result.zh).toEqual({
      file: 'seeds/cop-6-2.zh.txt',
      symbol: '6/2',
      lang: 'zh',
      counts: {preamble: 12, operative: 15, points: 4, footnotes: 7},
    })
  })

  it('validates against docs/schema/align.schema.json and is the same every time', () => {
    expect(validate(result), JSON.stringify(validate.errors)).toBe(true)
    expect(JSON.stringify(alignResolutions(en, zh, {files: ['seeds/cop-6-2.en.txt', 'seeds/cop-6-2.zh.txt']}))).toBe(
      JSON.stringify(result),
    )
  })

  it('aligns from Chinese to English as the mirror of English to Chinese', () => {
    const mirror = alignResolutions(zh, en, {files: ['seeds/cop-6-2.zh.txt', 'seeds/cop-6-2.en.txt']})
    expect(mirror.source).toBe('zh')
    expect({...mirror, source: 'en'}).toEqual(result)
  })

  it('scores confident pairs high', () => {
    for (const pair of result.pairs) expect(pair.score).toBeGreaterThan(0.6)
  })

  // Speed is measured by `npm run bench -- align`, not here: a timed unit test fails on a loaded machine.
  it('reads, parses, aligns and renders the 6/2 pair', async () => {
    const [english, chinese] = await Promise.all([
      readResolution(path.join(root, 'seeds/cop-6-2.en.txt')),
      readResolution(path.join(root, 'seeds/cop-6-2.zh.txt')),
    ])
    const aligned = alignResolutions(english, chinese)
    JSON.stringify(aligned)
    renderAlignTerminal(aligned, {width: 120, colors: new Chalk({level: 0})})
    expect(renderTmx(aligned, {version: '0'})).toContain('<tu tuid="preamble_1">')
    expect(aligned.pairs).toHaveLength(39)
  })

  it('refuses two texts in one language', () => {
    expect(() => alignResolutions(en, en)).toThrow(LanguagePairError)
  })
})

describe('align 6/2 with the Chinese text mutated: each mutation is found, nothing else', () => {
  it('a dropped preambular paragraph', () => {
    const result = alignMutated((text) => text.replace(/\n注意到减少枪支[^\n]*\n/, '\n'))
    expect(findings(result)).toEqual(['paragraph-count document', 'no-counterpart preamble_3|'])
    expect(result.checks[0]).toMatchObject({en: '12', zh: '11'})
    // The rest still pairs, one eId lower on the Chinese side.
    expect(result.pairs.find((pair) => pair.en[0] === 'preamble_4')?.zh).toEqual(['preamble_3'])
  })

  it('a dropped operative paragraph, the rest renumbered', () => {
    const result = alignMutated((text) => renumber(text.replace(/\n11\. 决定工作组[^\n]*\n/, '\n'), 12, -1))
    expect(findings(result)).toEqual(['paragraph-count document', 'no-counterpart para_11|'])
    expect(result.pairs.find((pair) => pair.en[0] === 'para_12__point_d')?.zh).toEqual(['para_11__point_d'])
  })

  it('a dropped operative paragraph, the numbers kept (a gap)', () => {
    const result = alignMutated((text) => text.replace(/\n11\. 决定工作组[^\n]*\n/, '\n'))
    expect(findings(result)).toEqual(['paragraph-count document', 'no-counterpart para_11|'])
  })

  it('two preambular paragraphs merged', () => {
    const result = alignMutated((text) => text.replace('之一，\n\n表示深信', '之一，表示深信'))
    expect(findings(result)).toEqual(['paragraph-count document', 'merged preamble_3+preamble_4|preamble_3'])
    expect(result.summary.beads['2-1']).toBe(1)
  })

  it('two operative paragraphs merged, the rest renumbered', () => {
    const result = alignMutated((text) => renumber(text.replace('专长；\n\n6. 又请', '专长；又请'), 7, -1))
    expect(findings(result)).toEqual(['paragraph-count document', 'merged para_5+para_6|para_5'])
  })

  it('a preambular paragraph split in two', () => {
    const result = alignMutated((text) => text.replace('，重申其2008', '，\n\n重申其2008'))
    expect(findings(result)).toEqual(['paragraph-count document', 'split preamble_1|preamble_1+preamble_2'])
    expect(result.summary.beads['1-2']).toBe(1)
  })

  it('an operative paragraph split in two, the rest renumbered', () => {
    const result = alignMutated((text) => renumber(text, 8, 1).replace('审议，并吁请各国', '审议；\n\n8. 吁请各国'))
    expect(findings(result)).toEqual(['paragraph-count document', 'split para_7|para_7+para_8'])
  })

  it('a dropped sub-item', () => {
    const result = alignMutated((text) => text.replace('(b)与其他有关国际和区域组织的协调，', ''))
    const found = findings(result)
    // Whether the parser still makes a list of (a), (c), (d) or leaves them inline, the one
    // finding says that (b) is missing.
    expect(found).toHaveLength(1)
    if (found[0] === 'points para_12|para_12') {
      expect(result.pairs.find((pair) => pair.en[0] === 'para_12')?.checks[0]).toMatchObject({
        en: '(a) (b) (c) (d)',
        zh: '(a) (c) (d)',
      })
    } else {
      expect(found).toEqual(['no-counterpart para_12__point_b|'])
    }
  })

  it('a changed date', () => {
    const result = alignMutated((text) =>
      text.replace('2010年10月22日第5/4号决议，其中', '2010年10月21日第5/4号决议，其中'),
    )
    expect(findings(result)).toEqual(['date preamble_2|preamble_2'])
    expect(result.pairs[2]?.checks[0]).toMatchObject({
      id: 'date',
      severity: 'error',
      en: '22 October 2010',
      zh: '2010年10月21日',
    })
  })

  it('a changed day inside a range', () => {
    const result = alignMutated((text) => text.replace('于2012年5月21日至22日', '于2012年5月21日至23日'))
    expect(findings(result)).toEqual(['date para_1|para_1'])
  })

  it('a changed number', () => {
    const result = alignMutated((text) => text.replace('第2225卷，第39574号。\n\n2', '第2252卷，第39574号。\n\n2'))
    expect(findings(result)).toEqual(['number fn_1|fn_1'])
    expect(result.pairs.find((pair) => pair.en[0] === 'fn_1')?.checks[0]).toMatchObject({en: '2225', zh: '2252'})
  })

  it('a changed ordinal in words', () => {
    const result = alignMutated((text) => text.replace('供提交缔约方会议第七届会议', '供提交缔约方会议第八届会议'))
    expect(findings(result)).toEqual(['number para_14|para_14'])
    expect(result.pairs.find((pair) => pair.en[0] === 'para_14')?.checks[0]).toMatchObject({
      severity: 'warning',
      en: 'seventh',
      zh: '第八',
    })
  })

  it('a changed document symbol', () => {
    const result = alignMutated((text) => text.replace('A/60/88', 'A/60/89'))
    expect(findings(result)).toEqual(['symbol fn_4|fn_4'])
    expect(result.pairs.find((pair) => pair.en[0] === 'fn_4')?.checks[0]).toMatchObject({en: 'A/60/88', zh: 'A/60/89'})
  })

  it('a changed document symbol, as the terminal shows it', () => {
    const result = alignResolutions(en, parseResolution(zhText.replace('A/60/88', 'A/60/89')), {
      files: ['en.txt', 'zh.txt'],
    })
    const lines = renderAlignTerminal(result, {width: 60, colors: new Chalk({level: 0})}).split('\n')
    const start = lines.findIndex((line) => line.startsWith('Note 4 ↔'))
    expect(lines.slice(start, start + 6).join('\n')).toBe(
      [
        'Note 4 ↔ Note 4  1-1  score 0.971',
        'A/60/88 and Corr.2, annex;   │ A/60/89和Corr.2，附件；另见',
        'see also General Assembly    │ 大会第60/519号决定。',
        'decision 60/519.             │',
        '  ✗ error symbol The symbol differs: “A/60/88” in English,',
        '    “A/60/89” in Chinese',
      ].join('\n'),
    )
    expect(lines[0]).toBe('en.txt 6/2                   │ zh.txt 6/2')
    expect(lines.at(-2)).toBe('39 pairs (39 1-1): 1 finding (1 error, 0 warnings)')
  })

  it('a changed resolution number', () => {
    const result = alignMutated((text) =>
      text.replace('重申其2010年10月22日第5/4号决议', '重申其2010年10月22日第5/3号决议'),
    )
    expect(findings(result)).toEqual(['symbol preamble_2|preamble_2'])
  })

  it('a decision cited as a resolution', () => {
    const result = alignMutated((text) => text.replace('第4/6号决定', '第4/6号决议'))
    expect(findings(result)).toEqual(['symbol preamble_1|preamble_1'])
    expect(result.pairs.find((pair) => pair.en[0] === 'preamble_1')?.checks[0]?.message).toBe(
      '4/6 is cited as a decision in English, as a resolution in Chinese',
    )
  })

  it('a dropped symbol', () => {
    const result = alignMutated((text) => text.replace('⁵ CTOC/COP/2012/6。', '⁵ 同上。'))
    expect(findings(result)).toEqual(['symbol fn_5|fn_5'])
    expect(result.pairs.find((pair) => pair.en[0] === 'fn_5')?.checks[0]?.message).toContain('English only')
  })

  it('a footnote marker moved to another paragraph', () => {
    const result = alignMutated((text) => text.replace('建议；⁵', '建议；').replace('在线名录；', '在线名录；⁵'))
    expect(findings(result)).toEqual(['footnote-marker para_1|para_1'])
    expect(result.pairs.find((pair) => pair.en[0] === 'para_1')?.checks[0]).toMatchObject({en: 'para_1', zh: 'para_3'})
  })

  it('a footnote marker dropped', () => {
    const result = alignMutated((text) => text.replace('》²的要求', '》的要求'))
    expect(findings(result)).toEqual(['footnote-marker preamble_5|preamble_5'])
    expect(result.pairs.find((pair) => pair.en[0] === 'preamble_5')?.checks[0]?.message).toBe(
      'Footnote 2 is marked in English preamble_5 but nowhere in Chinese',
    )
  })

  it('a footnote marker repeated in another paragraph', () => {
    const result = alignMutated((text) => text.replace('提供的援助，', '提供的援助，³'))
    expect(findings(result)).toEqual(['footnote-marker preamble_11|preamble_11'])
    expect(result.pairs.find((pair) => pair.en[0] === 'preamble_11')?.checks[0]).toMatchObject({
      en: 'preamble_8',
      zh: 'preamble_11',
    })
  })

  it('a footnote with no counterpart is reported once, not again through its marker', () => {
    const english = parseResolution(readDocument('cop62en').replace(/\n² \*Ibid[^\n]*\n/, '\n'))
    const result = alignResolutions(english, zh)
    expect(findings(result)).toEqual(['footnote-count document', 'no-counterpart |fn_2'])
  })

  it('a leading phrase that does not map', () => {
    const result = alignMutated((text) => text.replace('3. 促请《枪支议定书》', '3. 鼓励《枪支议定书》'))
    expect(findings(result)).toEqual(['leading-phrase para_3|para_3'])
  })

  it('a sequence word dropped (Also requests → 请)', () => {
    const result = alignMutated((text) => text.replace('13. 还请秘书处', '13. 请秘书处'))
    expect(findings(result)).toEqual(['leading-phrase para_13|para_13'])
  })

  it('terminal punctuation that differs', () => {
    const result = alignMutated((text) => text.replace('履行其职能；', '履行其职能。'))
    expect(findings(result)).toEqual(['terminal-punctuation para_13|para_13'])
  })

  it('operative numbers off by one from the start', () => {
    const result = alignMutated((text) => renumber(text, 1, 1))
    expect(findings(result)).toEqual(['numbering para_1|para_2'])
    expect(result.pairs.filter((pair) => pair.section === 'operative').every((pair) => pair.kind === '1-1')).toBe(true)
  })

  it('several mutations at once, each found where it is', () => {
    const result = alignMutated((text) =>
      renumber(
        text
          .replace(/\n注意到减少枪支[^\n]*\n/, '\n')
          .replace('专长；\n\n6. 又请', '专长；又请')
          .replace('A/60/88', 'A/60/89')
          .replace('建议；⁵', '建议；')
          .replace('在线名录；', '在线名录；⁵')
          .replace('第七届会议审议', '第八届会议审议'),
        7,
        -1,
      ),
    )
    expect(findings(result)).toEqual([
      'paragraph-count document',
      'paragraph-count document',
      'no-counterpart preamble_3|',
      'footnote-marker para_1|para_1',
      'merged para_5+para_6|para_5',
      'number para_7|para_6',
      'symbol fn_4|fn_4',
    ])
  })

  it('footnotes placed after another paragraph change nothing', () => {
    const moved = (text: string): string =>
      text
        .replace(/\n\n1 联合国[^\n]*\n\n2 同上[^\n]*\n/, '\n')
        .replace(
          '\n\n赞赏地注意到有更多',
          '\n\n1 联合国，《条约汇编》，第2225卷，第39574号。\n\n2 同上，第2326卷，第39574号。\n\n赞赏地注意到有更多',
        )
    const result = alignMutated(moved)
    expect(findings(result)).toEqual([])
  })

  it('a dropped paragraph and a dropped footnote together', () => {
    const result = alignMutated((text) =>
      text
        .replace(/\n注意到减少枪支[^\n]*\n/, '\n')
        .replace(/\n\n⁷ 同上[^\n]*\n/, '\n')
        .replace('公约》⁷及其', '公约》及其'),
    )
    expect(findings(result)).toEqual([
      'paragraph-count document',
      'footnote-count document',
      'no-counterpart preamble_3|',
      'no-counterpart fn_7|',
    ])
  })
})

describe('align 6/2 with any one Chinese paragraph dropped, or any two neighbours merged', () => {
  const lines = zhText.split('\n')
  // The source line of a paragraph written on one line (two Chinese paragraphs are cut by a page of footnotes).
  const lineOf = (text: string): number =>
    lines.findIndex((line) => line.replace(/^\d+\. /, '').replace(/[¹²³⁴⁵⁶⁷]/g, '') === text)
  const units = paragraphs(zh).filter((paragraph) => lineOf(paragraph.text) >= 0)

  it('covers nearly every paragraph', () => {
    expect(units.length).toBeGreaterThanOrEqual(25)
  })

  it('finds exactly the dropped paragraph, whichever it is', () => {
    for (const paragraph of units) {
      const index = lineOf(paragraph.text)
      const result = alignResolutions(en, parseResolution(lines.filter((_, line) => line !== index).join('\n')))
      // The English eId equals the Chinese one here: the two texts have the same structure.
      expect(findings(result), paragraph.eId).toEqual(['paragraph-count document', `no-counterpart ${paragraph.eId}|`])
    }
  })

  it('finds exactly the merged pair, whichever it is', () => {
    let merges = 0
    units.forEach((first, position) => {
      const second = units[position + 1]
      if (!second || second.type !== first.type || lineOf(second.text) !== lineOf(first.text) + 2) return
      const at = lineOf(first.text)
      const merged = [
        ...lines.slice(0, at),
        `${lines[at]}${(lines[at + 2] ?? '').replace(/^\d+\. /, '')}`,
        ...lines.slice(at + 3),
      ].join('\n')
      const result = alignResolutions(en, parseResolution(merged))
      expect(findings(result), first.eId).toEqual([
        'paragraph-count document',
        `merged ${first.eId}+${second.eId}|${first.eId}`,
      ])
      merges++
    })
    expect(merges).toBeGreaterThanOrEqual(20)
  })
})

describe('align 6/2 with any one English paragraph dropped', () => {
  it('finds exactly the Chinese paragraph left without a counterpart', () => {
    const lines = readDocument('cop62en').split('\n')
    let drops = 0
    for (const paragraph of paragraphs(en)) {
      const index = lines.findIndex((line) => line.replace(/^\d+\. /, '').replace(/[*¹²³⁴⁵⁶⁷]/g, '') === paragraph.text)
      if (index < 0) continue
      const english = parseResolution(lines.filter((_, line) => line !== index).join('\n'))
      expect(findings(alignResolutions(english, zh)), paragraph.eId).toEqual([
        'paragraph-count document',
        `no-counterpart |${paragraph.eId}`,
      ])
      drops++
    }
    expect(drops).toBeGreaterThanOrEqual(25)
  })
})

describe('align 6/2 with any one number of the Chinese text changed', () => {
  it('finds each change once, as a date, number or symbol, on the pair that holds it', () => {
    let mutations = 0
    for (const match of zhText.matchAll(/\d+/g)) {
      const index = match.index ?? 0
      const lineStart = zhText.lastIndexOf('\n', index) + 1
      // Paragraph numbers, footnote line markers and the title are structure, not anchors.
      if (index === lineStart && /^\d+[. ]/.test(zhText.slice(index))) continue
      if (zhText.slice(lineStart).startsWith('第6/2号决议')) continue
      const changed = String(Number(match[0]) + 1)
      const mutated = zhText.slice(0, index) + changed + zhText.slice(index + match[0].length)
      const result = alignResolutions(en, parseResolution(mutated))
      const context = zhText.slice(Math.max(lineStart, index - 12), index + 12)
      const found = findings(result)
      expect(found, context).toHaveLength(1)
      expect(found[0], context).toMatch(/^(date|number|symbol) /)
      const pair = result.pairs.find((candidate) => candidate.checks.length > 0)
      expect(pair?.text.zh, context).toContain(changed)
      mutations++
    }
    expect(mutations).toBeGreaterThanOrEqual(45)
  })
})
