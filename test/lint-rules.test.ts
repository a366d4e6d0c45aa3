// Unit tests of each rule on small hand-made trees (see helpers/lint-tree.ts). The whole
// list of messages is compared, so a rule that says too much fails as surely as one that misses.
import {describe, expect, it} from 'vitest'
import {lintResolution} from '../src/lint/index.js'
import {findRule} from '../src/lint/registry.js'
import type {Resolution} from '../src/tree/types.js'
import {TreeBuilder} from './helpers/lint-tree.js'

function messages(ruleId: string, tree: Resolution, source: string): string[] {
  const rule = findRule(ruleId)
  if (!rule) throw new Error(`no rule ${ruleId}`)
  const file = lintResolution(tree, source, {rules: [rule]})
  return file.messages.map(
    (message) =>
      `${message.line}:${message.column} ${message.fatal ? 'error' : 'warning'} ${message.reason} [${message.ruleId}]`,
  )
}

describe('operative-numbering', () => {
  it('reports a gap, a repeat, a glued number and a number without its stop', () => {
    const source =
      'The General Assembly,\n\n1. Decides a;\n\n2. Requests b;\n\n4. Invites c;\n\n4. Urges d;\n\n5Also reaffirms e;\n\n6 Decides f.\n'
    const b = new TreeBuilder(source)
    const tree = b.resolution({
      formula: 'The General Assembly,',
      operative: [
        b.operative(1, 1, '1. Decides a;', b.phrase('Decides')),
        b.operative(2, 2, '2. Requests b;', b.phrase('Requests')),
        b.operative(3, 4, '4. Invites c;', b.phrase('Invites')),
        b.operative(4, 4, '4. Urges d;', b.phrase('Urges')),
        b.operative(5, 5, '5Also reaffirms e;', b.phrase('Also reaffirms')),
        b.operative(6, 6, '6 Decides f.', b.phrase('Decides')),
      ],
    })
    expect(messages('operative-numbering', tree, source)).toEqual([
      '7:1 error Unexpected operative paragraph number 4 (a gap after 2), expected 3 [operative-numbering]',
      '9:1 error Unexpected operative paragraph number 4 (a repeated or out-of-order number), expected 5 [operative-numbering]',
      '11:1 error Unexpected `5Also`, expected the number, a full stop and a space (`5. Also`) [operative-numbering]',
      '13:1 error Unexpected `6 Decides`, expected the number, a full stop and a space (`6. Decides`) [operative-numbering]',
    ])
  })

  it('wants a single operative paragraph unnumbered, and accepts it so', () => {
    const numbered = 'The General Assembly,\n\n1. Decides to remain seized of the matter.\n'
    const b = new TreeBuilder(numbered)
    const tree = b.resolution({
      formula: 'The General Assembly,',
      operative: [b.operative(1, 1, '1. Decides to remain seized of the matter.', b.phrase('Decides'))],
    })
    expect(messages('operative-numbering', tree, numbered)).toEqual([
      '3:1 error Unexpected number 1 on the only operative paragraph, expected a single operative paragraph to be unnumbered [operative-numbering]',
    ])
    const plain = 'The General Assembly,\n\nDecides to remain seized of the matter.\n'
    const c = new TreeBuilder(plain)
    const ok = c.resolution({
      formula: 'The General Assembly,',
      operative: [c.operative(1, undefined, 'Decides to remain seized of the matter.', c.phrase('Decides'))],
    })
    expect(messages('operative-numbering', ok, plain)).toEqual([])
  })
})

describe('operative-numbering in sections', () => {
  it('accepts numbering that starts afresh under a section heading, and nowhere else', () => {
    const source =
      'I\nGeneral\n\n1. Decides a;\n\n2. Requests b;\n\nII\nFollow-up\n\n1. Invites c;\n\n2. Decides d;\n\n1. Urges e.\n'
    const b = new TreeBuilder(source)
    const operative = [
      b.operative(1, 1, '1. Decides a;', b.phrase('Decides')),
      b.operative(2, 2, '2. Requests b;', b.phrase('Requests')),
      b.operative(3, 1, '1. Invites c;', b.phrase('Invites')),
      b.operative(4, 2, '2. Decides d;', b.phrase('Decides')),
      b.operative(5, 1, '1. Urges e.', b.phrase('Urges')),
    ]
    operative[0]!.heading = 'I General'
    operative[2]!.heading = 'II Follow-up'
    const tree = b.resolution({operative})
    expect(messages('operative-numbering', tree, source)).toEqual([
      '15:1 error Unexpected operative paragraph number 1 (a repeated or out-of-order number), expected 3 [operative-numbering]',
    ])
  })
})

describe('point-numbering', () => {
  it('follows (a), (b)… and (i), (ii)… inside, resuming the count after a wrong label', () => {
    const source = '1. Requests:\n(a) one;\n(c) two, with:\n(i) x;\n(iii) y;\n(d) three.\n'
    const b = new TreeBuilder(source)
    const nested: import('../src/tree/types.js').List = {
      type: 'list',
      children: [b.point('p_c_i', '(i)', '(i) x;'), b.point('p_c_iii', '(iii)', '(iii) y;')],
    }
    const list: import('../src/tree/types.js').List = {
      type: 'list',
      children: [
        b.point('p_a', '(a)', '(a) one;'),
        b.point('p_c', '(c)', '(c) two, with:', [nested]),
        b.point('p_d', '(d)', '(d) three.'),
      ],
    }
    const tree = b.resolution({operative: [b.operative(1, undefined, source.trim(), b.phrase('Requests'), [list])]})
    expect(messages('point-numbering', tree, source)).toEqual([
      '3:1 error Unexpected sub-item `(c)` in operative paragraph 1, expected `(b)` [point-numbering]',
      '5:1 error Unexpected sub-item `(iii)` in operative paragraph 1, expected `(ii)` [point-numbering]',
    ])
  })
})

describe('point-numbering with a list run into the sentence', () => {
  it('counts from the first item set on its own line', () => {
    const source =
      '1. Requests the Secretary-General to (a) report on the matter,\n(b) consult Member States and\n(d) brief the Council;\n'
    const b = new TreeBuilder(source)
    const tree = b.resolution({operative: [b.operative(1, undefined, source.trim(), b.phrase('Requests'))]})
    expect(messages('point-numbering', tree, source)).toEqual([
      '3:1 error Unexpected sub-item `(d)` in operative paragraph 1, expected `(c)` [point-numbering]',
    ])
    // The lead-in of a list that started inside the sentence is not a lead-in.
    expect(messages('list-lead-in-colon', tree, source)).toEqual([])
  })
})

describe('leading-phrase', () => {
  it('accepts listed and well-formed unlisted phrases, and reports the wrong mood', () => {
    const source =
      'The General Assembly,\n\nRemaining concerned a,\n\nDeeply alarmed b,\n\nRequests c,\n\n1. Strongly deplores d;\n\n2. Recalling e.\n'
    const b = new TreeBuilder(source)
    const tree = b.resolution({
      formula: 'The General Assembly,',
      preamble: [
        b.preambular(1, 'Remaining concerned a,', b.phrase('Remaining concerned')),
        b.preambular(2, 'Deeply alarmed b,', b.phrase('Deeply alarmed')),
        b.preambular(3, 'Requests c,', b.phrase('Requests')),
      ],
      operative: [
        b.operative(1, 1, '1. Strongly deplores d;', b.phrase('Strongly deplores')),
        b.operative(2, 2, '2. Recalling e.', b.phrase('Recalling')),
      ],
    })
    expect(messages('leading-phrase', tree, source)).toEqual([
      '7:1 error Unexpected opening `Requests` in preambular paragraph 3, expected a participle or adjective phrase (such as `Recalling`, `Noting with appreciation`, `Deeply concerned`) [leading-phrase]',
      '11:4 error Unexpected opening `Recalling` in operative paragraph 2, expected a verb in the present tense (such as `Decides`, `Also requests`, `Calls upon`) [leading-phrase]',
    ])
  })

  it('in Chinese, reports only a phrase of the other part', () => {
    const source = '大会，\n\n回顾甲，\n\n1. 回顾乙；\n\n2. 某某丙。\n'
    const b = new TreeBuilder(source, 'zh')
    const tree = b.resolution({
      formula: '大会，',
      preamble: [b.preambular(1, '回顾甲，', b.phrase('回顾'))],
      operative: [
        b.operative(1, 1, '1. 回顾乙；', b.phrase('回顾')),
        b.operative(2, 2, '2. 某某丙。', b.phrase('某某')),
      ],
    })
    expect(messages('leading-phrase', tree, source)).toEqual([
      '5:4 error Unexpected opening `回顾` in operative paragraph 1, expected a verb in the present tense (such as `Decides`, `Also requests`, `Calls upon`) [leading-phrase]',
    ])
  })
})

describe('leading-phrase-emphasis', () => {
  it('reports the roman phrase among italic siblings, not a part that uses no italics', () => {
    const source = 'Recalling a,\n\nNoting b,\n\n1. *Decides* c;\n\n2. *Requests* d;\n\n3. Urges e.\n'
    const b = new TreeBuilder(source)
    const tree = b.resolution({
      preamble: [
        b.preambular(1, 'Recalling a,', b.phrase('Recalling')),
        b.preambular(2, 'Noting b,', b.phrase('Noting')),
      ],
      operative: [
        b.operative(1, 1, '1. *Decides* c;', b.phrase('Decides', {emphasized: true})),
        b.operative(2, 2, '2. *Requests* d;', b.phrase('Requests', {emphasized: true})),
        b.operative(3, 3, '3. Urges e.', b.phrase('Urges')),
      ],
    })
    expect(messages('leading-phrase-emphasis', tree, source)).toEqual([
      '9:4 warning Unexpected roman `Urges` in operative paragraph 3, expected the leading phrase in italics as in the other 2 operative paragraphs [leading-phrase-emphasis]',
    ])
  })
})

describe('phrase-sequence', () => {
  it('wants X before Also X and Further X, and takes Further X straight after X (an earlier mention counts)', () => {
    const source =
      'Recalling also a,\n\nRecalling b,\n\nRecalling further c,\n\n1. Requests d;\n\n2. Also requests e;\n\n3. Further requests f;\n\n4. Further decides g;\n\n5. Calls upon h;\n\n6. Further calls upon i.\n'
    const b = new TreeBuilder(source)
    const tree = b.resolution({
      preamble: [
        b.preambular(1, 'Recalling also a,', b.phrase('Recalling also')),
        b.preambular(2, 'Recalling b,', b.phrase('Recalling')),
        b.preambular(3, 'Recalling further c,', b.phrase('Recalling further')),
      ],
      operative: [
        b.operative(1, 1, '1. Requests d;', b.phrase('Requests')),
        b.operative(2, 2, '2. Also requests e;', b.phrase('Also requests')),
        b.operative(3, 3, '3. Further requests f;', b.phrase('Further requests')),
        b.operative(4, 4, '4. Further decides g;', b.phrase('Further decides')),
        b.operative(5, 5, '5. Calls upon h;', b.phrase('Calls upon')),
        b.operative(6, 6, '6. Further calls upon i.', b.phrase('Further calls upon')),
      ],
    })
    expect(messages('phrase-sequence', tree, source)).toEqual([
      '1:1 warning Unexpected `Recalling also` in preambular paragraph 1 with no earlier `Recalling`, expected `Recalling` to come first [phrase-sequence]',
      '13:4 warning Unexpected `Further decides` in operative paragraph 4 with no earlier `Decides`, expected `Decides` to come first [phrase-sequence]',
    ])
  })
})

describe('terminal punctuation', () => {
  it('wants commas in the preamble, semicolons then a full stop in the operative part', () => {
    const source = 'Recalling a,\n\nNoting b;\n\n1. Decides c;\n\n2. Requests d.\n\n3. Invites e;¹\n'
    const b = new TreeBuilder(source)
    const tree = b.resolution({
      preamble: [
        b.preambular(1, 'Recalling a,', b.phrase('Recalling')),
        b.preambular(2, 'Noting b;', b.phrase('Noting')),
      ],
      operative: [
        b.operative(1, 1, '1. Decides c;', b.phrase('Decides')),
        b.operative(2, 2, '2. Requests d.', b.phrase('Requests')),
        b.operative(3, 3, '3. Invites e;¹', b.phrase('Invites')),
      ],
    })
    expect([
      ...messages('preamble-terminal-comma', tree, source),
      ...messages('operative-terminal-punctuation', tree, source),
    ]).toEqual([
      '3:9 error Unexpected `;` at the end of preambular paragraph 2, expected `,` [preamble-terminal-comma]',
      '7:14 error Unexpected `.` at the end of operative paragraph 2, expected `;` [operative-terminal-punctuation]',
      '9:13 error Unexpected `;` at the end of the last operative paragraph, expected `.` [operative-terminal-punctuation]',
    ])
  })
})

describe('footnotes', () => {
  it('reports a marker without footnote, a footnote without marker, a late first use and a repeated footnote', () => {
    const source = 'Recalling a,² b,¹ c,³\n\n1 one.\n\n2 two.\n\n4 four.\n\n2 again.\n'
    const b = new TreeBuilder(source)
    const paragraph = b.preambular(1, 'Recalling a,² b,¹ c,³', b.phrase('Recalling'))
    paragraph.children.push(b.noteRef('2', '²'), b.noteRef('1', '¹'), b.noteRef('3', '³'))
    const tree = b.resolution({
      preamble: [paragraph],
      footnotes: [
        b.footnote('1', '1 one.'),
        b.footnote('2', '2 two.'),
        b.footnote('4', '4 four.'),
        b.footnote('2', '2 again.'),
      ],
    })
    const all = ['footnote-defined', 'footnote-used', 'footnote-order', 'footnote-unique'].flatMap((id) =>
      messages(id, tree, source),
    )
    expect(all).toEqual([
      '1:21 error Unexpected footnote marker `3` with no footnote, expected a footnote `3` [footnote-defined]',
      '7:1 error Unexpected footnote `4` that no marker calls, expected a marker `4` in the text [footnote-used]',
      '1:17 error Unexpected first use of footnote 1 after footnote 2, expected footnotes numbered in order of first use [footnote-order]',
      '9:1 error Unexpected second footnote `2` (the first is on line 5), expected each footnote marker once [footnote-unique]',
    ])
  })
})

describe('citations', () => {
  it('checks that dates exist, fit the General Assembly session, and agree', () => {
    const source =
      'Recalling its resolution 5/4 of 22 October 2010 and General Assembly resolution 70/1 of 25 September 2016,\n\nRecalling also its resolution 5/4 of 23 October 2010 and decision 4/6 of 31 September 2008,\n\n1. Decides to consider A/CONF.192/15 and A//60/88.\n'
    const b = new TreeBuilder(source)
    const first = b.preambular(1, source.split('\n\n')[0] ?? '', b.phrase('Recalling'))
    first.children.push(
      b.citation('resolution', '5/4', 'resolution 5/4 of 22 October 2010'),
      b.citation('resolution', '70/1', 'resolution 70/1 of 25 September 2016'),
    )
    const second = b.preambular(2, source.split('\n\n')[1] ?? '', b.phrase('Recalling also'))
    second.children.push(
      b.citation('resolution', '5/4', 'resolution 5/4 of 23 October 2010'),
      b.citation('decision', '4/6', 'decision 4/6 of 31 September 2008'),
    )
    const op = b.operative(1, 1, source.split('\n\n')[2]?.trim() ?? '', b.phrase('Decides'))
    op.children.push(
      b.citation('symbol', 'A/CONF.192/15', 'A/CONF.192/15'),
      b.citation('symbol', 'A//60/88', 'A//60/88'),
    )
    const tree = b.resolution({
      preamble: [first, second],
      operative: [op],
      meta: {body: 'Conference of the Parties', date: '2012-10-19'},
    })
    expect([
      ...messages('citation-date', tree, source),
      ...messages('citation-consistent', tree, source),
      ...messages('document-symbol', tree, source),
    ]).toEqual([
      "1:70 error Unexpected date `25 September 2016` in `resolution 70/1 of 25 September 2016`, expected a date before this document's own (2012-10-19) [citation-date]",
      '3:58 error Unexpected date `31 September 2008` in `decision 4/6 of 31 September 2008`: no such day, expected a real calendar date [citation-date]',
      '3:20 error Unexpected date `23 October 2010` for resolution 5/4, expected `22 October 2010` as cited on line 1 [citation-consistent]',
      '5:42 error Unexpected document symbol `A//60/88`, expected a series and slash-separated parts such as `A/CONF.192/15` [document-symbol]',
    ])
  })

  it('knows the General Assembly calendar', () => {
    const source =
      'Recalling General Assembly resolution 70/1 of 25 September 2014 and its resolution 74/60 of 12 December 2019,\n'
    const b = new TreeBuilder(source)
    const paragraph = b.preambular(1, source.trim(), b.phrase('Recalling'))
    paragraph.children.push(
      b.citation('resolution', '70/1', 'resolution 70/1 of 25 September 2014'),
      b.citation('resolution', '74/60', 'resolution 74/60 of 12 December 2019'),
    )
    const tree = b.resolution({preamble: [paragraph], meta: {body: 'General Assembly'}})
    expect(messages('citation-date', tree, source)).toEqual([
      '1:28 error Unexpected date `25 September 2014` for resolution 70/1, expected a date between September 2015 and September 2016, when the General Assembly held its 70th session [citation-date]',
    ])
  })
  it('knows the General Assembly calendar in Chinese too', () => {
    const source = '大会，\n\n回顾其2014年9月25日第70/1号决议，\n'
    const b = new TreeBuilder(source, 'zh')
    const paragraph = b.preambular(1, '回顾其2014年9月25日第70/1号决议，', b.phrase('回顾'))
    paragraph.children.push(b.citation('resolution', '70/1', '2014年9月25日第70/1号决议'))
    const tree = b.resolution({formula: '大会，', preamble: [paragraph], meta: {body: '大会'}})
    expect(messages('citation-date', tree, source)).toEqual([
      '3:4 error Unexpected date `2014年9月25日` for resolution 70/1, expected a date between September 2015 and September 2016, when the General Assembly held its 70th session [citation-date]',
    ])
  })

  it('keeps the same number of different bodies apart', () => {
    const source =
      'Recalling Human Rights Council resolution 5/1 of 18 June 2007 and its resolution 5/1 of 22 October 2010,\n'
    const b = new TreeBuilder(source)
    const paragraph = b.preambular(1, source.trim(), b.phrase('Recalling'))
    paragraph.children.push(
      b.citation('resolution', '5/1', 'resolution 5/1 of 18 June 2007'),
      b.citation('resolution', '5/1', 'resolution 5/1 of 22 October 2010'),
    )
    const tree = b.resolution({preamble: [paragraph], meta: {body: 'Conference of the Parties'}})
    expect(messages('citation-consistent', tree, source)).toEqual([])
  })
})

describe('leftovers', () => {
  it('finds brackets, bis paragraphs, PDF debris, doubled spaces and words', () => {
    const source =
      'Recalling [its resolution 5/4] and [A/60/88](#) and “[t]he text”,\n\n1. Decides that record -keeping of CT OC/COP/2012/6 and , where ( A/60/88 ) the the  rest;\n\n1 bis. Decides again.\n'
    const b = new TreeBuilder(source)
    const tree = b.resolution({
      preamble: [b.preambular(1, source.split('\n\n')[0] ?? '', b.phrase('Recalling'))],
      operative: [
        b.operative(1, 1, source.split('\n\n')[1] ?? '', b.phrase('Decides')),
        b.operative(2, 1, '1 bis. Decides again.', b.phrase('Decides')),
      ],
    })
    const ids = ['no-brackets', 'no-alternatives', 'pdf-debris', 'doubled-space', 'doubled-word']
    expect(ids.flatMap((id) => messages(id, tree, source))).toEqual([
      '1:11 error Unexpected bracketed text `[its resolution 5/4]`, expected agreed text without square brackets [no-brackets]',
      '5:1 error Unexpected `1 bis`, expected paragraphs renumbered without "bis" [no-alternatives]',
      '3:17 warning Unexpected `record -keeping` (a space before a hyphen), expected `record-keeping` [pdf-debris]',
      '3:36 warning Unexpected `CT OC` (a document symbol split by a space), expected `CTOC` [pdf-debris]',
      '3:53 warning Unexpected `and ,` (a space before punctuation), expected `and,` [pdf-debris]',
      '3:65 warning Unexpected space after `(`, expected the bracket to touch the word [pdf-debris]',
      '3:74 warning Unexpected space before `)`, expected the bracket to touch the word [pdf-debris]',
      '3:84 warning Unexpected 2 spaces between words, expected 1 [doubled-space]',
      '3:77 warning Unexpected repeated word `the the`, expected `the` once [doubled-word]',
    ])
  })
})

describe('draft-metadata', () => {
  it('lists what a draft lacks, and leaves adopted texts alone', () => {
    const source = 'Distr.: General\n\nRecalling a,\n'
    const b = new TreeBuilder(source)
    const draft = b.resolution({
      preamble: [b.preambular(1, 'Recalling a,', b.phrase('Recalling'))],
      meta: {stage: 'draft', distribution: 'General', originalLanguage: 'English'},
    })
    draft.position = b.find('Distr.: General')
    expect(messages('draft-metadata', draft, source)).toEqual([
      '1:1 error Unexpected draft without a document symbol or a sponsor line (`Mexico: draft resolution`), expected it in the masthead [draft-metadata]',
      '1:1 error Unexpected draft without `Distr.: Limited` (found `Distr.: General`), expected it in the masthead [draft-metadata]',
      '1:1 error Unexpected draft without the date of the draft, expected it in the masthead [draft-metadata]',
    ])
    expect(messages('draft-metadata', {...draft, meta: {...draft.meta, stage: 'adopted'}}, source)).toEqual([])
  })
})

describe('the UN symbol grammar', () => {
  it('accepts real symbols and refuses malformed ones', async () => {
    const {isDocumentSymbol} = await import('../src/lint/symbols.js')
    const real = [
      'A/60/88',
      'A/CONF.192/15',
      'CTOC/COP/WG.6/2015/3',
      'A/RES/75/241',
      'S/RES/1540 (2004)',
      'S/RES/1540(2004)',
      'E/CN.15/2019/L.5/Rev.1',
      'A/C.1/74/L.20',
      'A/ES-10/L.22',
      'A/RES/S-26/2',
      'GC(67)/RES/13',
      'TD/B/C.I/MEM.2',
      'UNEP/EA.5/Res.14',
      'FCCC/CP/2015/10/Add.1',
      'A/60/88/Corr.2',
      'A/70/95-S/2015/446',
      'A/77/277-S/2022/606',
      // Other organizations' own series, as their texts cite them (fixtures/field): the ILO
      // Governing Body, WHO's Regional Committee for the Western Pacific, the IAEA.
      'GB.313/LILS/4',
      'WP/RC7/15',
      'GC(69)/RES/DEC(2025)',
      // The ITU Council's documents, its year glued to the series (itu-council-1110-1997.excerpt.zh.txt).
      'C97/68',
      'C97/138',
      // UNCTAD's Trade and Development Board in special session (unctad-tdb-521-2013.en.txt).
      'TD/B(S-XXVI)/L.1',
    ]
    const malformed = [
      'A//60/88',
      'a/60/88',
      'A/74/l.5',
      'A.74/60',
      'A/60/',
      'A/60/88)',
      'A/70/95-S/2015/',
      'A/70/95-s/2015/446',
      'GB.313//4',
      'WP/RC7/l5',
      'A/RES75/10',
      // A UN organ's series with the session glued to it is a slip (WHO's `A75/10` is its own form, accepted in its texts).
      'A78/L.5',
      'S2015/446',
    ]
    expect(real.filter((symbol) => !isDocumentSymbol(symbol))).toEqual([])
    expect(malformed.filter((symbol) => isDocumentSymbol(symbol))).toEqual([])
  })
})

describe('the form of opening phrases', () => {
  it("puts every phrase of the parser's English lexicon in its part", async () => {
    const {phrasePart} = await import('../src/lint/phrases.js')
    const {operativePhrasesEn, preambularPhrasesEn} = await import('../src/parse/lexicon-en.js')
    expect(preambularPhrasesEn.filter((phrase) => phrasePart(phrase, 'en') !== 'preambular')).toEqual([])
    expect(operativePhrasesEn.filter((phrase) => phrasePart(phrase, 'en') !== 'operative')).toEqual([])
  })

  it('reads unlisted but well-formed phrases by their form', async () => {
    const {phrasePart} = await import('../src/lint/phrases.js')
    const preambular = [
      'Re-emphasizing',
      'Remaining seriously concerned',
      'Deeply appreciative',
      'Reaffirming once more',
    ]
    const operative = [
      'Once again calls upon',
      'Re-emphasizes',
      'Strongly deplores',
      'Further reiterates',
      'Is convinced',
    ]
    expect(preambular.filter((phrase) => phrasePart(phrase, 'en') !== 'preambular')).toEqual([])
    expect(operative.filter((phrase) => phrasePart(phrase, 'en') !== 'operative')).toEqual([])
    expect(['Requests', 'Decided', 'The', 'Request'].map((phrase) => phrasePart(phrase, 'en'))).toEqual([
      'operative',
      'preambular',
      undefined,
      undefined,
    ])
  })
})

// Read from railcar's Markdown of A/RES/80/6 (2025), a converter's text of the PDF: the call `7`
// stands where its superscript stood, between two spaces (`…International Criminal Court, 7  and
// in this regard…`, line 84), as `9` does on line 100; A/RES/80/28 has a real double space
// (`…requests the Secretary-General  to ensure…`, line 84).
describe('doubled-space in a converter’s Markdown of a PDF', () => {
  const lintOf = async (file: string): Promise<string[]> => {
    const {readFileSync} = await import('node:fs')
    const {parseResolution} = await import('../src/parse/index.js')
    const source = readFileSync(file, 'utf8')
    return messages('doubled-space', parseResolution(source), source)
  }
  it('leaves the space a superscript call stood in, and reports a double space between words', async () => {
    expect(await lintOf('fixtures/field/ga-80-6-2025.en.md')).toEqual([])
    expect(await lintOf('fixtures/field/ga-80-28-2025.en.md')).toEqual([
      '84:39 warning Unexpected 2 spaces between words, expected 1 [doubled-space]',
    ])
  })
})
