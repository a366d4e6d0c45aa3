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
