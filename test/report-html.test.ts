import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {renderAlignHtml} from '../src/report/html/align.js'
import {escapeHtml, idToken} from '../src/report/html/escape.js'
import {renderDiffHtml, renderHistoryHtml} from '../src/report/html/index.js'
import {distributeWords, wordsHtml} from '../src/report/html/words.js'
import {handTree} from './report-trees.js'
import {
  alignResult,
  diffResult,
  enTree,
  historyResult,
  historyTrees,
  hostile,
  newTree,
  oldTree,
  zhTree,
} from './report-samples.js'

describe('escapeHtml', () => {
  it('escapes every character that matters in text and in a quoted attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;\`</a>\u0000`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&#96;&lt;/a&gt;\uFFFD',
    )
  })

  it('leaves other text, Chinese included, as it is', () => {
    expect(escapeHtml('重申其2010年10月22日第5/4号决议，— “quoted”')).toBe(
      '重申其2010年10月22日第5/4号决议，— “quoted”',
    )
  })
})

describe('idToken', () => {
  it('keeps eIds readable and spells out anything else, so distinct values give distinct ids', () => {
    expect(idToken('para_12__point_a')).toBe('para_12__point_a')
    expect(idToken('a-b')).toBe('a-2d-b')
    expect(idToken('a.b')).not.toBe(idToken('a-2e-b'))
    expect(idToken('"><x')).toMatch(/^[\w-]+$/)
  })
})

describe('word marks', () => {
  const words = [
    {value: 'Urges', removed: true},
    {value: 'Calls', added: true},
    {value: ' '},
    {value: 'upon ', added: true},
    {value: 'States <b>'},
  ]

  it('shows deletions on the old side and insertions on the new side, a lone space inside one mark', () => {
    expect(wordsHtml(words, 'old')).toBe('<del>Urges</del> States &lt;b&gt;')
    expect(wordsHtml(words, 'new')).toBe('<ins>Calls upon</ins> States &lt;b&gt;')
  })

  it('shares a merged diff out among the paragraphs it joined', () => {
    const merged = [
      {value: 'Invites States to share information'},
      {value: ';', removed: true},
      {value: ' '},
      {value: 'and', added: true},
      {value: ' '},
      {value: 'Also invites States', removed: true},
      {value: ' to provide training;'},
    ]
    expect(
      distributeWords(merged, 'old', [
        'Invites States to share information;',
        'Also invites States to provide training;',
      ]),
    ).toEqual([
      'Invites States to share information<del>;</del>',
      '<del>Also invites States</del> to provide training;',
    ])
    expect(distributeWords(merged, 'new', ['Invites States to share information and to provide training;'])).toEqual([
      'Invites States to share information <ins>and</ins>  to provide training;',
    ])
  })

  it('refuses to share out a diff whose text is not the paragraphs’ text', () => {
    expect(distributeWords([{value: 'Other words'}], 'old', ['Invites States'])).toBeUndefined()
    expect(distributeWords([{value: 'Invites'}], 'old', ['Invites States'])).toBeUndefined()
  })
})

describe('renderDiffHtml', () => {
  const html = renderDiffHtml(diffResult, oldTree, newTree)

  it('is one self-contained page: no URL, no external stylesheet, script or font', () => {
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html).not.toMatch(/https?:|@import|url\(/i)
    const tags = html.match(/<[a-z][^>]*>/gi) ?? []
    expect(tags.filter((tag) => /^<(?:link|img|iframe|object|embed|audio|video|source|base)\b/i.test(tag))).toEqual([])
    expect(tags.filter((tag) => /\s(?:src|srcset|poster|action)=/i.test(tag))).toEqual([])
    expect(tags.filter((tag) => /\shref="(?!#)/.test(tag))).toEqual([])
    expect(html.match(/<script>/g)).toHaveLength(1)
    expect(html.match(/<style>/g)).toHaveLength(1)
  })

  it('allows only its own inline style and script, by hash', () => {
    const policy = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? ''
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? ''
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)?.[1] ?? ''
    const sha = (source: string): string => createHash('sha256').update(source).digest('base64')
    expect(policy).toBe(
      escapeHtml(
        `default-src 'none'; style-src 'sha256-${sha(style)}'; script-src 'sha256-${sha(script)}'; img-src 'none'; base-uri 'none'; form-action 'none'`,
      ),
    )
  })

  it('shows markup found in a paragraph as text', () => {
    expect(html).not.toContain(hostile.script)
    expect(html).not.toContain(hostile.attribute)
    expect(html).toContain(escapeHtml(hostile.script))
    expect(html).toContain(escapeHtml(hostile.attribute))
  })

  it('escapes file names and symbols in headings and attributes', () => {
    const named = renderDiffHtml(
      {...diffResult, old: {file: '<old>.txt', symbol: '"><i>', number: null, lang: 'en'}},
      oldTree,
      newTree,
    )
    expect(named).toContain('<h1>Changes from &quot;&gt;&lt;i&gt; to CTOC/COP/2016/2</h1>')
    expect(named).not.toContain('<old>')
  })

  it('gives the same bytes for the same input', () => {
    expect(renderDiffHtml(diffResult, oldTree, newTree)).toBe(html)
  })

  it('puts a dropped paragraph after the row holding the old paragraph before it, and marks where a moved one stood', () => {
    const rows = [...html.matchAll(/<tr id="([^"]+)" data-kind="([^"]+)"/g)].map((match) => `${match[1]}:${match[2]}`)
    expect(rows).toEqual([
      'change-1:unchanged',
      'change-2:reworded',
      'change-3:dropped',
      'change-4:added',
      'change-5:reworded',
      'change-6:unchanged',
      'change-7:merged',
      'moved-from-6:moved-away',
      'change-8:split',
      'change-9:unchanged',
    ])
  })

  it('names a changed opening phrase and an unchanged moved paragraph', () => {
    expect(html).toContain('Opening phrase: <del>Urges</del> → <ins>Calls upon</ins>')
    expect(html).toMatch(/<tr id="change-6"[^>]*data-tags="unchanged changed moved"/)
    expect(html).toContain('<a class="moved-note" href="#moved-from-6">')
    expect(html).toContain('<a class="moved-note" href="#change-6">')
  })
})

describe('renderDiffHtml on Chinese texts', () => {
  const before = handTree('zh', 'A/RES/1', [], [{text: '还请秘书处提交报告；'}])
  const after = handTree('zh', 'A/RES/2', [], [{text: '又请秘书处向大会提交报告；'}])
  const html = renderDiffHtml(
    {
      schema: 'resdiff/diff@1',
      old: {file: 'a.zh.txt', symbol: 'A/RES/1', number: null, lang: 'zh'},
      new: {file: 'b.zh.txt', symbol: 'A/RES/2', number: null, lang: 'zh'},
      summary: {unchanged: 0, reworded: 1, added: 0, dropped: 0, merged: 0, split: 0, moved: 0},
      changes: [
        {
          kind: 'reworded',
          moved: false,
          renumbered: false,
          old: ['para_1'],
          new: ['para_1'],
          similarity: 0.8,
          words: [
            {value: '还', removed: true},
            {value: '又', added: true},
            {value: '请秘书处'},
            {value: '向大会', added: true},
            {value: '提交报告；'},
          ],
        },
      ],
    },
    before,
    after,
  )

  it('marks changes inside text without spaces, and marks the paragraphs as Chinese', () => {
    expect(html).toContain(
      '<p class="para" id="old-para_1" lang="zh-Hans"><span class="label">OP 1</span> <del>还</del>请秘书处提交报告；</p>',
    )
    expect(html).toContain(
      '<p class="para" id="new-para_1" lang="zh-Hans"><span class="label">OP 1</span> <ins>又</ins>请秘书处<ins>向大会</ins>提交报告；</p>',
    )
  })
})

describe('renderAlignHtml', () => {
  const html = renderAlignHtml(alignResult, enTree, zhTree)

  it('puts each finding on its row, highlights the words it names, and keeps the whole-text findings apart', () => {
    expect(html).toMatch(/<tr id="pair-2" class="has-findings" data-kind="pair" data-tags="pair finding">/)
    expect(html).toContain('Number &quot;&lt;the&gt;&quot; appears &lt;only&gt; in English <code>number</code>')
    expect(html).toContain('<span class="label">OP 1</span> Requests <mark>&lt;the&gt;</mark> Secretariat to report;')
    expect(html).toMatch(
      /<tr id="pair-3" class="has-findings" data-kind="en-only" data-tags="en-only finding error unpaired">/,
    )
    expect(html).toContain(
      '<p class="para" id="zh-para_1" lang="zh-Hans"><span class="label">OP 1</span> 请秘书处提交报告；</p>',
    )
    expect(html).toContain('<h2 id="document-findings">Findings about the whole text</h2>')
    expect(html).toContain('<em>Recalling</em> its resolution 5/4')
  })

  it('counts the pairs, errors and warnings in the summary bar', () => {
    expect(html).toContain('<span class="count">2</span> <span class="what">paired</span>')
    expect(html).toContain('<span class="count">1</span> <span class="what">English only</span>')
    expect(html).toContain('<span class="count">2</span> <span class="what">errors</span>')
    expect(html).toContain('<span class="count">1</span> <span class="what">warning</span>')
  })

  it('puts the language given first on the left', () => {
    const fromChinese = renderAlignHtml({...alignResult, source: 'zh'}, zhTree, enTree)
    expect(fromChinese).toContain(
      '<thead><tr><th scope="col">Pair</th><th scope="col">Chinese: A/RES/1</th><th scope="col">English: A/RES/1</th>',
    )
    expect(fromChinese.indexOf('id="zh-preamble_1"')).toBeLessThan(fromChinese.indexOf('id="en-preamble_1"'))
  })
})

describe('renderHistoryHtml', () => {
  const html = renderHistoryHtml(historyResult, historyTrees)
  const row = (eId: string): string => new RegExp(`<tr id="row-${eId}"[\\s\\S]*?</tr>`).exec(html)?.[0] ?? ''

  it('has a row per paragraph of the newest version and a column per version', () => {
    expect(html.match(/<tr id="row-/g)).toHaveLength(historyResult.paragraphs.length)
    expect(html).toContain(
      '<th scope="col">v1: CTOC/COP/2012/1</th><th scope="col">v2: CTOC/COP/2016/2</th><th scope="col">v3: CTOC/COP/2020/L.5</th>',
    )
  })

  it('follows a merged paragraph back to both of its sources, and an added one to where it appeared', () => {
    expect(row('para_3')).toContain('id="v1-para_3"')
    expect(row('para_3')).toContain('id="v1-para_4"')
    expect(row('para_3')).toContain('&gt; merged')
    expect(row('preamble_3')).toMatch(/data-tags="changed added"/)
    expect(row('preamble_3')).toContain('new in v2')
    expect(row('preamble_3')).toContain('<span class="empty">Not in this version</span>')
    expect(row('para_6')).toMatch(/data-tags="unchanged"/)
    expect(row('para_2')).toContain('= unchanged, moved')
  })

  it('underlines the words each version brought, with the diff engine’s word diff', () => {
    expect(row('para_1')).toMatch(/<td data-label="v2: CTOC\/COP\/2016\/2">.*<ins>Calls upon<\/ins>.*<ins>fully<\/ins>/)
    expect(row('para_1')).not.toMatch(/<td data-label="v3: CTOC\/COP\/2020\/L.5">.*<ins>/)
  })

  it('lists the paragraphs dropped along the way with the last version that had them', () => {
    expect(html).toContain('<h2 id="dropped-heading">Dropped along the way</h2>')
    expect(html).toContain(
      '<span class="symbol" aria-hidden="true">−</span> last in v1</span><span class="detail">gone from v2</span>',
    )
    expect(html).toContain(escapeHtml(hostile.script))
  })

  it('refuses a history without the text of every version', () => {
    expect(() => renderHistoryHtml(historyResult, [oldTree, newTree])).toThrow(/parsed text of every version/)
  })
})
