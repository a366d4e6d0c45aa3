// Issue 15: short hostile lines that used to hang resdiff through exponential or quadratic
// regular expressions. Each shape runs through every command; the budget is generous for a
// loaded two-core machine (they took a minute or more before) yet far below the old times.
import {describe, expect, it} from 'vitest'
import {stripTrailingMarkers} from '../src/parse/units.js'
import {toSimplified} from '../src/parse/normalise.js'
import {budget} from '../bench/hostile-shapes.js'
import {fuzzContext, mutationCase, realTexts, runMutation} from '../bench/hostile-mutations.js'
import {root} from './helpers.js'
import {commands, timeCommand, type Command, benchLib as lib} from './hostile-commands.js'

const run = (unit: string, count: number): string => unit.repeat(count)

const shapes: Record<string, string> = {
  // 30 superscript twos before a word: 28 took 27 s, 30 over a minute.
  'superscripts inside an operative paragraph': `The General Assembly,\n\n1. Decides the${run('²', 30)} fund;\n2. Requests more;\n`,
  '32 asterisks before "Recalling,"': `The General Assembly,\n\n${run('*', 32)}Recalling,\n\n1. Decides;\n`,
  '40 underscores before a word at the start of a line': `The General Assembly,\n\n${run('_', 40)}Recalling its resolution,\n\n1. Decides;\n`,
  '"*_" twenty times before a comma': `The General Assembly,\n\n1. Decides the fund${run('*_', 20)},\n2. Requests;\n`,
  'a 20k line of asterisks': `The General Assembly,\n\n1. Decides ${run('*', 20_000)}x\n`,
  'a 20k line of opening brackets': `The General Assembly,\n\n1. Decides ${run('[', 20_000)}x;\n`,
  'a 20k line of underscores': `The General Assembly,\n\n1. Decides ${run('_', 20_000)}x;\n`,
  'a 12k-character word without hyphens': `The General Assembly,\n\n1. Decides ${run('abcdefghij', 1_200)} now;\n`,
  'a 16k run of underscores in Chinese': `大会，\n\n1. 决定${run('_', 16_000)}；\n`,
}

describe('short hostile lines finish quickly in every command', () => {
  for (const [name, text] of Object.entries(shapes)) {
    it(name, () => {
      for (const command of commands) {
        const seconds = timeCommand(command, text)
        expect(seconds, `${command} took ${seconds.toFixed(2)} s`).toBeLessThan(3)
      }
    })
  }
})

describe('the quadratic findings, at the sizes that took seconds to minutes before the fix', () => {
  // At 20k characters a quadratic pattern still finishes under the limit above (lint took
  // 1.1 s on 16k `*`); at these sizes it cannot: each took 15–60 s or more.
  const cases: Array<[string, Command, string]> = [
    ['lint, a line of 128k "*" (29 s)', 'lint', `The General Assembly,\n\n1. Decides ${run('*', 128_000)}x\n`],
    ['lint, a line of 128k "[" (no-brackets)', 'lint', `The General Assembly,\n\n1. Decides ${run('[', 128_000)}x;\n`],
    [
      'diff, one 48k-character word (23 s)',
      'diff',
      `The General Assembly,\n\n1. Decides ${run('abcdefghij', 4_800)} now;\n`,
    ],
    ['parse --lang zh, a run of 64k "_" (15 s)', 'parse-zh', `大会，\n\n1. 决定${run('_', 64_000)}；\n`],
  ]
  for (const [name, command, text] of cases) {
    it(name, () => {
      const seconds = timeCommand(command, text)
      expect(seconds, `${command} took ${seconds.toFixed(2)} s`).toBeLessThan(3)
    })
  }
})

describe('a run of ideographic description characters (found by the 100,000-mutation fuzz)', () => {
  // OpenCC reads ⿰⿱⿻… as nested character descriptions, exponentially in the run: a
  // 920-character mutated Security Council text took 6.6 s to align; 54 in a row take seconds
  // to convert without the fix, 60 over a minute.
  it('converts traditional characters around them, in linear time', () => {
    const started = performance.now()
    expect(toSimplified(`第二一〇七次會議以十四票${run('⿻', 54)}對〇票通過。`)).toBe(
      `第二一〇七次会议以十四票${run('⿻', 54)}对〇票通过。`,
    )
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it('aligns the mutated text the fuzz found (case 53619 of seed 15) within its budget', () => {
    const texts = realTexts(root)
    // The case mutated this text (the fuzz picked it by its place among the real texts, which
    // moves as fixtures are added; the mutations depend only on the seed and the case number).
    const base = texts.find((candidate) => candidate.name === 'fixtures/corpus/sc-0443-1978.zh-hant.txt')!
    const {text} = mutationCase([base], 15, 53_619)
    expect(text).toContain(run('⿻', 40))
    const taken = runMutation(fuzzContext(lib, texts), base, text)
    expect(taken.align).toBeLessThan(budget(Buffer.byteLength(text)))
  })
})

describe('stripTrailingMarkers', () => {
  it('drops footnote markers and emphasis closers after the last real character', () => {
    expect(stripTrailingMarkers('Decides to remain seized of the matter.*')).toBe(
      'Decides to remain seized of the matter.',
    )
    expect(stripTrailingMarkers('Recalling its resolution 70/1,²³')).toBe('Recalling its resolution 70/1,')
    expect(stripTrailingMarkers('Noting the report,<sup>12</sup> ')).toBe('Noting the report,')
    expect(stripTrailingMarkers('Welcoming the work of the Council, 4')).toBe('Welcoming the work of the Council,')
    expect(stripTrailingMarkers('_Recalling_ also,__')).toBe('_Recalling_ also,')
    // Bracketed markers, glued to the punctuation or a space after it (refworld's copy of 1823 (XVII)).
    expect(stripTrailingMarkers('Noting the reports on the subject,[1]')).toBe('Noting the reports on the subject,')
    expect(stripTrailingMarkers("the Secretary-General's report at its sixteenth session; [3]")).toBe(
      "the Secretary-General's report at its sixteenth session;",
    )
  })

  it('keeps a number that is part of the text', () => {
    // Four digits are a year, not a footnote marker; digits glued to a word are not a marker.
    expect(stripTrailingMarkers('adopted on 25 September 2015')).toBe('adopted on 25 September 2015')
    expect(stripTrailingMarkers('resolution 70/1')).toBe('resolution 70/1')
    expect(stripTrailingMarkers('a <sup> open tag</sup')).toBe('a <sup> open tag</sup')
  })
})
