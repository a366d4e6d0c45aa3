import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {lintResolution} from '../src/lint/index.js'
import {parseResolution} from '../src/parse/index.js'
import {lintFile} from './helpers/lint-file.js'

// Real World Health Assembly texts (excerpts the stored pages give: fixtures/field/README.md)
// end their preambular paragraphs with semicolons, as a person reads in them; lint recognises
// the body from the formula and applies the WHO's conventions (docs/lint.md).
const terminal = (messages: string[]): string[] =>
  messages.filter((message) => message.includes('preamble-terminal-comma'))

describe('lint by the conventions of the body the formula names', () => {
  it('WHA28 (1975): four whole preambular paragraphs ending with `;` draw nothing; the fifth, cut by the excerpt, is reported', () => {
    expect(terminal(lintFile('fixtures/field/wha-28-1975.excerpt.en.txt'))).toEqual([
      '6:73 error preamble-terminal-comma Unexpected `t` at the end of preambular paragraph 5, expected `;`',
    ])
  })
  it('WHA72.1 (2019): `;1` and `;2` (note numbers glued to the semicolon) end their paragraphs', () => {
    expect(terminal(lintFile('fixtures/field/wha-72-1-2019.excerpt.en.txt'))).toEqual([
      '13:27 error preamble-terminal-comma Unexpected `T` at the end of preambular paragraph 3, expected `;`',
    ])
  })
  it('the same paragraphs under a United Nations formula are held to the comma', () => {
    const source = readFileSync('fixtures/field/wha-28-1975.excerpt.en.txt', 'utf8').replace(
      'The Twenty- eighth World Health Assembly,',
      'The General Assembly,',
    )
    const messages = lintResolution(parseResolution(source), source)
      .messages.filter((message) => message.ruleId === 'preamble-terminal-comma')
      .map((message) => message.reason)
    expect(messages.slice(0, 4)).toEqual(
      [1, 2, 3, 4].map((number) => `Unexpected \`;\` at the end of preambular paragraph ${number}, expected \`,\``),
    )
  })
})

// Other organizations' house styles, as a person reads them in their real texts (fixtures/field):
// the IWC writes its phrases in capitals, ends preambular paragraphs with `;` (2001-1) or `.`
// (2007-5) and sets its operative paragraphs unnumbered, each ending with `.` (2005-4); the OAS
// leads its operative part in with `RESOLVES:` and opens each paragraph `That…`.
const errors = (file: string, rule?: string): string[] =>
  lintFile(file).filter((message) => message.includes(' error ') && (rule === undefined || message.includes(rule)))

describe('lint by a body’s own house style, read from the text', () => {
  it('IWC 2001-1: four preambular paragraphs ending `;` draw nothing; the fifth’s `…law, and` and the sixth’s lost mark are reported', () => {
    expect(errors('fixtures/field/iwc-2001-1.excerpt.en.txt', 'preamble-terminal-comma')).toEqual([
      '25:79 error preamble-terminal-comma Unexpected `,` at the end of preambular paragraph 5, expected `;`',
      '27:77 error preamble-terminal-comma Unexpected `”` at the end of preambular paragraph 6, expected `;`',
    ])
  })
  it('IWC 2007-5: preambular paragraphs ending with a full stop draw nothing but the one the excerpt cuts', () => {
    expect(errors('fixtures/field/iwc-2007-5.excerpt.en.txt', 'preamble-terminal-comma')).toEqual([
      '30:46 error preamble-terminal-comma Unexpected `o` at the end of preambular paragraph 6, expected `.`',
    ])
  })
  it('IWC 2005-4: three unnumbered `AGREES…` paragraphs, each ending with a full stop, draw no error', () => {
    expect(errors('fixtures/field/iwc-2005-4.excerpt.en.txt')).toEqual([])
  })
  it('OAS 2009: `That…` clauses under `RESOLVES:`, each ending with a full stop, draw nothing; the blog’s comments after it are reported', () => {
    expect(errors('fixtures/field/oas-2009-cuba.en.txt')).toEqual([
      '23:1 error text-outside-parts Unexpected text `2 comments:` after the operative part, expected a numbered operative paragraph or a footnote',
    ])
  })
  it('the same IWC paragraphs under the General Assembly’s formula are held to the UN’s rules', () => {
    const source = readFileSync('fixtures/field/iwc-2005-4.excerpt.en.txt', 'utf8').replace(
      'THE COMMISSION:',
      'The General Assembly,',
    )
    const rules = lintResolution(parseResolution(source), source)
      .messages.filter((message) => message.fatal)
      .map((message) => message.ruleId)
    expect(rules.filter((rule) => rule === 'operative-numbering')).toHaveLength(3)
    expect(rules.filter((rule) => rule === 'operative-terminal-punctuation')).toHaveLength(2)
  })
})

describe('a copy’s typing of the operative numbers', () => {
  const basel = 'fixtures/field/basel-bc-14-ban-amendment-2019.en.txt'
  const numbering = (messages: string[]): string[] =>
    messages.filter((message) => message.includes('operative-numbering'))

  it('Basel BC-14/12 on InforMEA: `1.Welcomes` … `4.Requests`, every number without its space, is the page’s typing', () => {
    expect(numbering(lintFile(basel))).toEqual([])
  })
  it('the same with one number spaced is held to the space in the others', () => {
    const source = readFileSync(basel, 'utf8').replace('1.Welcomes', '1. Welcomes')
    const messages = lintResolution(parseResolution(source), source)
      .messages.filter((message) => message.ruleId === 'operative-numbering')
      .map((message) => message.reason)
    expect(messages).toEqual([
      'Unexpected `2.Calls`, expected the number, a full stop and a space (`2. Calls`)',
      'Unexpected `3.Invites`, expected the number, a full stop and a space (`3. Invites`)',
      'Unexpected `4.Requests`, expected the number, a full stop and a space (`4. Requests`)',
    ])
  })
})

describe('note markers in brackets after the mark', () => {
  it('A/RES/53/187 on the UN’s Chinese page: `…第122至124段,(2)` and `…的报告,(4)` end with their comma; only the paragraph the excerpt cuts is reported', () => {
    const punctuation = lintFile('fixtures/field/ga-53-187-1999.excerpt.zh.txt').filter((message) =>
      /terminal/u.test(message),
    )
    expect(punctuation).toEqual([
      '36:10 error operative-terminal-punctuation Unexpected `境` at the end of the last operative paragraph, expected `。`',
    ])
  })
})

// A League of Nations Assembly draft of 1932 in a US telegram (fixtures/field/README.md, session 13):
// `“Draft Resolution No. 1.` and no masthead; the formula run into its first paragraph, which ends
// `…in regard thereto;`, and `Considering that… the dispute;` — two preambular paragraphs, each
// ending with a semicolon, as a person reads in the file.
describe('a draft of another body with a two-paragraph preamble and no masthead', () => {
  const league = 'fixtures/field/league-assembly-draft-1932-frus.excerpt.en.txt'
  it('its two preambular paragraphs ending `;` are its house, not two slips', () => {
    expect(errors(league, 'preamble-terminal-comma')).toEqual([])
  })
  it('calling itself a draft with no masthead at all, it is not asked for the UN’s masthead', () => {
    expect(errors(league, 'draft-metadata')).toEqual([])
  })
  it('the same text with a masthead begun (`Distr.: Limited`) is asked for the rest of it', () => {
    const source = `Distr.: Limited\n\n${readFileSync(league, 'utf8')}`
    const missing = lintResolution(parseResolution(source), source)
      .messages.filter((message) => message.ruleId === 'draft-metadata')
      .map((message) => message.reason)
    expect(missing).toEqual([
      'Unexpected draft without a document symbol or a sponsor line (`Mexico: draft resolution`), expected it in the masthead',
      'Unexpected draft without the date of the draft, expected it in the masthead',
      'Unexpected draft without the original language (`Original: English`), expected it in the masthead',
    ])
  })
  it('the same two paragraphs under the General Assembly’s formula are held to the comma', () => {
    const source = readFileSync(league, 'utf8').replace('The Assembly recognizing', 'The General Assembly recognizing')
    const ends = lintResolution(parseResolution(source), source)
      .messages.filter((message) => message.ruleId === 'preamble-terminal-comma')
      .map((message) => message.reason)
    expect(ends).toEqual(
      [1, 2].map((number) => `Unexpected \`;\` at the end of preambular paragraph ${number}, expected \`,\``),
    )
  })
})
