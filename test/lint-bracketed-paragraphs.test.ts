// A draft under negotiation sets the words not yet agreed in square brackets, whole paragraphs
// too (`[Reaffirming…,]`, `2. [Requests…;]`, `[3. Invites…;]`), and an alternative after them
// (`[Alt: …]`). The text below is written for these tests in that practice; a real collection's
// bracketed paragraphs (A/RES/1602 (XV)) are pinned in parse-field-round12.test.ts.
import {describe, expect, it} from 'vitest'
import {lintResolution} from '../src/lint/index.js'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'

const draft = [
  'The General Assembly,',
  '',
  'Recalling its resolution 78/10 of 1 December 2023,',
  '',
  '[Reaffirming the right to development,]',
  '',
  'Noting the report of the Secretary-General,[1]',
  '',
  '1. Decides to convene a high-level meeting;',
  '',
  '2. [Requests the Secretary-General to report on the meeting;]',
  '',
  '[3. Invites Member States to contribute to the fund;]',
  '',
  '4. [Decides to remain seized of the matter.] [Alt: Decides to consider the matter at its eightieth session.]',
  '',
].join('\n')

describe('paragraphs a draft sets in square brackets', () => {
  const tree = parseResolution(draft)
  it('keep their brackets in their text, their phrase read inside them', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual(['Recalling', 'Reaffirming', 'Noting'])
    expect(preamble[1]!.text).toBe('[Reaffirming the right to development,]')
    expect(preamble[1]!.leadingPhrase?.offset).toBe(1)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operative.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Decides',
      'Requests',
      'Invites',
      'Decides',
    ])
    expect(operative[1]!.text).toBe('[Requests the Secretary-General to report on the meeting;]')
    expect(operative[2]!.text).toBe('[Invites Member States to contribute to the fund;]')
  })
  it('are bracketed text to lint, and end with the mark inside their brackets', () => {
    const messages = lintResolution(tree, draft).messages.map(
      (message) => `${message.line}:${message.column} ${message.ruleId}`,
    )
    expect(messages.filter((message) => message.endsWith('no-brackets'))).toEqual([
      '5:1 no-brackets',
      '11:4 no-brackets',
      '13:1 no-brackets',
      '15:4 no-brackets',
      '15:46 no-brackets',
    ])
    // `,]`, `;]`, `.]` and `,[1]` end as their paragraphs should.
    expect(messages.filter((message) => /terminal/.test(message))).toEqual([])
  })
})
