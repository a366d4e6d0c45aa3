// Every rule's ok / not-ok fixtures (test/fixtures/lint/<rule-id>/), parsed by the real
// parser and linted with every rule: an ok fixture must draw no message at all, a not-ok
// fixture exactly the messages pinned below, each of them the defect the fixture was
// written to show.
import {existsSync, readdirSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintRules} from '../src/lint/index.js'
import {lintFile} from './helpers/lint-file.js'

const root = 'test/fixtures/lint'

const expected: Record<string, string[]> = {
  'citation-consistent/not-ok.en.txt': [
    '7:70 error citation-consistent Unexpected date `13 December 2019` for resolution 74/60, expected `12 December 2019` as cited on line 3',
  ],
  'citation-consistent/not-ok.zh.txt': [
    '7:10 error citation-consistent Unexpected date `2010年10月23日` for resolution 5/4, expected `2010年10月22日` as cited on line 3',
  ],
  'citation-date/not-ok.en.txt': [
    '3:26 error citation-date Unexpected date `31 November 2019` in `74/60 of 31 November 2019`: no such day, expected a real calendar date',
    '3:84 error citation-date Unexpected date `25 September 2014` for resolution 70/1, expected a date between September 2015 and September 2016, when the General Assembly held its 70th session',
  ],
  'citation-date/not-ok.zh.txt': [
    '3:4 error citation-date Unexpected date `2010年2月30日` in `2010年2月30日第5/4号决议`: no such day, expected a real calendar date',
  ],
  'document-symbol/not-ok.en.txt': [
    '7:80 error document-symbol Unexpected document symbol `A/CONF.192/l5`, expected a series and slash-separated parts such as `A/CONF.192/15`',
  ],
  'document-symbol/not-ok.zh.txt': [
    '7:34 error document-symbol Unexpected document symbol `A/CONF.192/l5`, expected a series and slash-separated parts such as `A/CONF.192/15`',
  ],
  'doubled-space/not-ok.en.txt': ['7:23 warning doubled-space Unexpected 2 spaces between words, expected 1'],
  'doubled-word/not-ok.en.txt': [
    '7:45 warning doubled-word Unexpected repeated word `the the`, expected `the` once',
    '9:63 warning doubled-word Unexpected repeated word `its its`, expected `its` once',
  ],
  'draft-metadata/not-ok.en.txt': [
    '1:1 error draft-metadata Unexpected draft without `Distr.: Limited` (found `Distr.: General`), expected it in the masthead',
    '1:1 error draft-metadata Unexpected draft without the date of the draft, expected it in the masthead',
    '1:1 error draft-metadata Unexpected draft without the original language (`Original: English`), expected it in the masthead',
  ],
  'footnote-defined/not-ok.en.txt': [
    '5:48 error footnote-defined Unexpected footnote marker `2` with no footnote, expected a footnote `2`',
  ],
  'footnote-defined/not-ok.zh.txt': [
    '5:14 error footnote-defined Unexpected footnote marker `2` with no footnote, expected a footnote `2`',
  ],
  'footnote-order/not-ok.en.txt': [
    '5:48 error footnote-order Unexpected first use of footnote 1 after footnote 2, expected footnotes numbered in order of first use',
  ],
  'footnote-order/not-ok.zh.txt': [
    '5:14 error footnote-order Unexpected first use of footnote 1 after footnote 2, expected footnotes numbered in order of first use',
  ],
  'footnote-unique/not-ok.en.txt': [
    '13:1 error footnote-unique Unexpected second footnote `1` (the first is on line 11), expected each footnote marker once',
  ],
  'footnote-used/not-ok.en.txt': [
    '13:1 error footnote-used Unexpected footnote `2` that no marker calls, expected a marker `2` in the text',
  ],
  'footnote-used/not-ok.zh.txt': [
    '13:1 error footnote-used Unexpected footnote `2` that no marker calls, expected a marker `2` in the text',
  ],
  'formula-present/not-ok.en.txt': [
    '1:1 error formula-present Unexpected paragraphs without an enacting formula, expected the adopting body first (such as `The General Assembly,`)',
  ],
  'formula-present/not-ok.zh.txt': [
    '1:1 error formula-present Unexpected paragraphs without an enacting formula, expected the adopting body first (such as `大会，`)',
  ],
  'leading-phrase-emphasis/not-ok.en.txt': [
    '9:4 warning leading-phrase-emphasis Unexpected roman `Welcomes` in operative paragraph 2, expected the leading phrase in italics as in the other 4 operative paragraphs',
    '13:5 warning leading-phrase-emphasis Unexpected italics on `Also` alone in operative paragraph 4, expected the whole leading phrase `Also requests` in italics',
    '15:5 warning leading-phrase-emphasis Unexpected italics on `Member States` after the leading phrase in operative paragraph 5, expected only `Invites` in italics',
  ],
  'leading-phrase/not-ok.en.txt': [
    '5:1 error leading-phrase Unexpected opening `Requests` in preambular paragraph 2, expected a participle or adjective phrase (such as `Recalling`, `Noting with appreciation`, `Deeply concerned`)',
    '9:4 error leading-phrase Unexpected opening `Requesting` in operative paragraph 2, expected a verb in the present tense (such as `Decides`, `Also requests`, `Calls upon`)',
  ],
  'leading-phrase/not-ok.zh.txt': [
    '9:4 error leading-phrase Unexpected opening `回顾` in operative paragraph 2, expected a verb in the present tense (such as `Decides`, `Also requests`, `Calls upon`)',
  ],
  'list-lead-in-colon/not-ok.en.txt': [
    '9:29 error list-lead-in-colon Unexpected `on` at the end of the lead-in of operative paragraph 2, expected `:` before its sub-items',
  ],
  'list-lead-in-colon/not-ok.zh.txt': [
    '9:7 error list-lead-in-colon Unexpected `报告` at the end of the lead-in of operative paragraph 2, expected `：` before its sub-items',
  ],
  'no-alternatives/not-ok.en.txt': [
    '9:1 error no-alternatives Unexpected `1 bis`, expected paragraphs renumbered without "bis"',
  ],
  'no-brackets/not-ok.en.txt': [
    '7:58 error no-brackets Unexpected bracketed text `[at its seventy-sixth session]`, expected agreed text without square brackets',
  ],
  'no-brackets/not-ok.zh.txt': [
    '7:6 error no-brackets Unexpected bracketed text `[在第七届会议上]`, expected agreed text without square brackets',
  ],
  'operative-numbering/not-ok.en.txt': [
    '11:1 error operative-numbering Unexpected operative paragraph number 4 (a gap after 2), expected 3',
    '13:1 error operative-numbering Unexpected `5Also`, expected the number, a full stop and a space (`5. Also`)',
  ],
  'operative-numbering/not-ok.zh.txt': [
    '11:1 error operative-numbering Unexpected operative paragraph number 2 (a repeated or out-of-order number), expected 3',
  ],
  'operative-terminal-punctuation/not-ok.en.txt': [
    '7:57 error operative-terminal-punctuation Unexpected `.` at the end of operative paragraph 1, expected `;`',
    '9:88 error operative-terminal-punctuation Unexpected `;` at the end of the last operative paragraph, expected `.`',
  ],
  'operative-terminal-punctuation/not-ok.zh.txt': [
    '7:14 error operative-terminal-punctuation Unexpected `，` at the end of operative paragraph 1, expected `；`',
    '9:23 error operative-terminal-punctuation Unexpected `；` at the end of the last operative paragraph, expected `。`',
  ],
  'part-order/not-ok.en.txt': [
    '7:1 error part-order Unexpected preambular paragraph `Noting with appreciation the work of th…` after the operative part, expected the preamble before the operative part',
  ],
  'part-order/not-ok.zh.txt': [
    '7:1 error part-order Unexpected preambular paragraph `赞赏地注意到工作组的工作，` after the operative part, expected the preamble before the operative part',
  ],
  'pdf-debris/not-ok.en.txt': [
    '7:45 warning pdf-debris Unexpected `record -keeping` (a space before a hyphen), expected `record-keeping`',
    '7:77 warning pdf-debris Unexpected `CT OC` (a document symbol split by a space), expected `CTOC`',
    '7:80 warning pdf-debris Unexpected `OC/COP/2012/6 ,` (a space before punctuation), expected `OC/COP/2012/6,`',
    '9:48 warning pdf-debris Unexpected `State s` (a word split by a space), expected `States`',
    '9:65 warning pdf-debris Unexpected `o n` (a word split by a space), expected `on`',
    '9:87 warning pdf-debris Unexpected `i n` (a word split by a space), expected `in`',
    '9:123 warning pdf-debris Unexpected `exper t` (a word split by a space), expected `expert`',
    '9:179 warning pdf-debris Unexpected lone letter `y` in `territor y for` (a word split by a space), expected the letter joined to its word',
  ],
  'pdf-debris/not-ok.zh.txt': [
    '7:9 warning pdf-debris Unexpected `议 这` (a space between Chinese characters), expected `议这`',
  ],
  'phrase-sequence/not-ok.en.txt': [
    '5:1 warning phrase-sequence Unexpected `Recalling further` in preambular paragraph 2 with no earlier `Recalling`, expected `Recalling` to come first',
    '9:4 warning phrase-sequence Unexpected `Also requests` in operative paragraph 2 with no earlier `Requests`, expected `Requests` to come first',
    '13:4 warning phrase-sequence Unexpected `Invites further` in operative paragraph 4 with no earlier `Invites`, expected `Invites` to come first',
  ],
  'phrase-sequence/not-ok.zh.txt': [
    '9:4 warning phrase-sequence Unexpected `又鼓励` in operative paragraph 2 with no earlier `鼓励`, expected `鼓励` to come first',
  ],
  'point-numbering/not-ok.en.txt': [
    '11:1 error point-numbering Unexpected sub-item `(c)` in operative paragraph 2, expected `(b)`',
  ],
  'point-numbering/not-ok.zh.txt': [
    '11:1 error point-numbering Unexpected sub-item `(c)` in operative paragraph 2, expected `(b)`',
  ],
  'preamble-terminal-comma/not-ok.en.txt': [
    '3:51 error preamble-terminal-comma Unexpected `;` at the end of preambular paragraph 1, expected `,`',
  ],
  'preamble-terminal-comma/not-ok.pdf.en.txt': [
    '38:55 error preamble-terminal-comma Unexpected `;` at the end of preambular paragraph 4, expected `,`',
  ],
  'preamble-terminal-comma/not-ok.zh.txt': [
    '3:22 error preamble-terminal-comma Unexpected `,` at the end of preambular paragraph 1, expected `，`',
  ],
  'text-outside-parts/not-ok.en.txt': [
    '9:1 error text-outside-parts Unexpected text `This paragraph was moved here from the …` after the operative part, expected a numbered operative paragraph or a footnote',
  ],
  'text-outside-parts/not-ok.zh.txt': [
    '9:1 error text-outside-parts Unexpected text `本段移自附件，没有编号。` after the operative part, expected a numbered operative paragraph or a footnote',
  ],
}

describe('rule fixtures', () => {
  const rules = readdirSync(root).sort()

  it('exist for every rule, with a page in docs/rules', () => {
    expect(rules).toEqual(lintRules.map((rule) => rule.id).sort())
    for (const rule of lintRules) {
      expect(existsSync(path.join(root, rule.id, 'ok.en.txt')), rule.id).toBe(true)
      expect(existsSync(path.join(root, rule.id, 'not-ok.en.txt')), rule.id).toBe(true)
      expect(existsSync(`docs/rules/${rule.id}.md`), rule.id).toBe(true)
    }
  })

  for (const rule of rules) {
    for (const name of readdirSync(path.join(root, rule)).sort()) {
      const key = `${rule}/${name}`
      if (name.startsWith('ok.')) {
        it(`${key} draws no message`, () => {
          expect(lintFile(path.join(root, key))).toEqual([])
        })
      } else {
        it(`${key} draws exactly its ${rule} messages`, () => {
          const messages = lintFile(path.join(root, key))
          expect(messages).toEqual(expected[key])
          expect(messages.length).toBeGreaterThan(0)
          expect(messages.every((message) => message.split(' ')[2] === rule)).toBe(true)
        })
      }
    }
  }
})
