// The real texts: every message lint gives on the seeds and the corpus fixtures is pinned
// here, with why it is a real defect of that text. A new message on these files is a
// false alarm until shown otherwise, so this test fails on any change.
import {readdirSync, readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {formatStylish, lintResolution} from '../src/lint/index.js'
import {parseResolution} from '../src/parse/index.js'
import {decodeResolution} from '../src/read/decode.js'
import {lintFile} from './helpers/lint-file.js'

describe('lint on the seeds', () => {
  it('6/2 English: operative 3 lacks the italics of its 14 siblings', () => {
    // "3. Urges States parties…" is the only operative paragraph whose phrase is not in
    // *…*; the preamble has no italics at all, so it is left alone.
    expect(lintFile('seeds/cop-6-2.en.txt')).toEqual([
      '49:4 warning leading-phrase-emphasis Unexpected roman `Urges` in operative paragraph 3, expected the leading phrase in italics as in the other 14 operative paragraphs',
    ])
  })

  it('6/2 Chinese and the tenth-session draft are clean', () => {
    expect(lintFile('seeds/cop-6-2.zh.txt')).toEqual([])
    // The draft has its symbol-less masthead with sponsor line, Distr.: Limited, date and
    // Original: English, so draft-metadata is satisfied.
    expect(lintFile('seeds/cop-10-draft-mexico.en.txt')).toEqual([])
  })

  it('8/3 English: PDF debris, and footnote 9 that lost its marker', () => {
    expect(lintFile('seeds/cop-8-3.en.md')).toEqual([
      // Footnote 6 reads "( [A/CONF.192/15](#) )": spaces inside the brackets.
      '71:154 warning pdf-debris Unexpected space after `(`, expected the bracket to touch the word',
      '71:174 warning pdf-debris Unexpected space before `)`, expected the bracket to touch the word',
      // Footnotes 8 and 9: "CT OC/COP/WG.6/2015/3" for CTOC.
      '75:14 warning pdf-debris Unexpected `CT OC` (a document symbol split by a space), expected `CTOC`',
      // Operative 1 calls footnote 8 only ("their reports,<sup>8</sup>"); footnote 9, the
      // second report, has no marker anywhere in the text.
      '77:1 error footnote-used Unexpected footnote `9` that no marker calls, expected a marker `9` in the text',
      '77:14 warning pdf-debris Unexpected `CT OC` (a document symbol split by a space), expected `CTOC`',
      // Operative 4 "up -to-date", operative 5 "*…Thereto* ;", operative 7 "record -keeping",
      // operative 15 "record -" cut by the page break before "keeping", operative 17
      // "and , where", operatives 19, 22, 26, 27, 30: hyphens cut from their words.
      '83:218 warning pdf-debris Unexpected `up -to-date` (a space before a hyphen), expected `up-to-date`',
      '85:522 warning pdf-debris Unexpected `Thereto ;` (a space before punctuation), expected `Thereto;`',
      '89:330 warning pdf-debris Unexpected `record -keeping` (a space before a hyphen), expected `record-keeping`',
      '111:231 warning pdf-debris Unexpected `record -` (a space before a hyphen), expected `record-`',
      '117:218 warning pdf-debris Unexpected `and ,` (a space before punctuation), expected `and,`',
      '121:151 warning pdf-debris Unexpected `record -keeping` (a space before a hyphen), expected `record-keeping`',
      '127:566 warning pdf-debris Unexpected `multi -year` (a space before a hyphen), expected `multi-year`',
      '135:412 warning pdf-debris Unexpected `capacity -building` (a space before a hyphen), expected `capacity-building`',
      '137:446 warning pdf-debris Unexpected `cross -regional` (a space before a hyphen), expected `cross-regional`',
      '143:370 warning pdf-debris Unexpected `capacity -building` (a space before a hyphen), expected `capacity-building`',
    ])
  })
})

describe('lint on the PDF corpus', () => {
  it('74/60: a cut hyphen and a space before a semicolon', () => {
    // Operative 7 "a one -week biennial meeting"; operative 13 "national reports ;".
    expect(lintFile('fixtures/ga-74-60.en.txt')).toEqual([
      '196:63 warning pdf-debris Unexpected `one -week` (a space before a hyphen), expected `one-week`',
      '233:78 warning pdf-debris Unexpected `reports ;` (a space before punctuation), expected `reports;`',
    ])
  })

  it('75/241: cut hyphens, split words, and "an an alysis"', () => {
    // "the follow -up", "the sub -item"; "Light Weapons i n All Its Aspects", "priorities of
    // State s and regions", "small arm s and light"; operative 26 reads "to present an an
    // alysis": the extraction split "analysis", so the text repeats "an".
    expect(lintFile('fixtures/ga-75-241.en.txt')).toEqual([
      '61:62 warning pdf-debris Unexpected `follow -up` (a space before a hyphen), expected `follow-up`',
      '65:72 warning pdf-debris Unexpected `i n` (a word split by a space), expected `in`',
      '131:64 warning pdf-debris Unexpected `State s` (a word split by a space), expected `States`',
      '195:66 warning pdf-debris Unexpected `arm s` (a word split by a space), expected `arms`',
      '312:69 warning doubled-word Unexpected repeated word `an an`, expected `an` once',
      '324:65 warning pdf-debris Unexpected `sub -item` (a space before a hyphen), expected `sub-item`',
    ])
  })

  it('78/17 and 79/16 are clean (footnote numbers glued to punctuation are calls, not text)', () => {
    expect(lintFile('fixtures/ga-78-17.en.txt')).toEqual([])
    expect(lintFile('fixtures/ga-79-16.en.txt')).toEqual([])
  })
})

describe('lint on the hand-made fixtures of the parser', () => {
  // Security Council, Human Rights Council and World Health Assembly texts (the last linted by
  // the WHO's own conventions: semicolons after preambular paragraphs, symbols `A75/10`), a Third Committee draft, a Chinese
  // General Assembly text, section headings, Markdown-escaped numbers ("2\\."), numbers
  // set apart by layout ("1.    Demands"): well formed, so not one message, but for the
  // one slip a fixture was written to show.
  const defects: Record<string, string[]> = {
    // "3Also requests": the number glued to the phrase, the very slip the issue names.
    'glued-number.en.txt': [
      '10:1 error operative-numbering Unexpected `3Also`, expected the number, a full stop and a space (`3. Also`)',
    ],
  }
  for (const name of readdirSync('fixtures/handmade').sort()) {
    it(`${name} draws ${defects[name] ? 'only the messages it was written to show' : 'no message'}`, () => {
      expect(lintFile(`fixtures/handmade/${name}`)).toEqual(defects[name] ?? [])
    })
  }
})

describe('stylish output on a seed', () => {
  it('is the whole vfile-reporter report', () => {
    const source = decodeResolution(readFileSync('seeds/cop-6-2.en.txt')).text
    const file = lintResolution(parseResolution(source), source, {path: 'seeds/cop-6-2.en.txt'})
    expect(formatStylish([file], {color: false})).toBe(
      'seeds/cop-6-2.en.txt\n49:4-49:9 warning Unexpected roman `Urges` in operative paragraph 3, expected the leading phrase in italics as in the other 14 operative paragraphs leading-phrase-emphasis resdiff\n\n⚠ 1 warning\n',
    )
  })
})

describe('what a resolution annexes', () => {
  it('is not linted as operative paragraphs, with or without closing lines before it', () => {
    const resolution =
      'The General Assembly,\n\nRecalling its resolution 74/60 of 12 December 2019,\n\n1. Adopts the Declaration annexed to the present resolution;\n\n2. Requests the Secretary-General to disseminate the Declaration.¹\n\n'
    const annex =
      'Annex\n\nDeclaration on the Right to Development\n\nThe States Members,\n\n1. The right to development is an inalienable human right;²\n\n2. States have the primary responsibility for the creation of national conditions.\n\n¹ A/41/128.\n\n² Resolution 41/128.\n'
    for (const source of [resolution + annex, `${resolution}82nd plenary meeting\n4 December 2023\n\n${annex}`]) {
      const file = lintResolution(parseResolution(source), source)
      expect(
        file.messages.map((message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`),
      ).toEqual([])
    }
    // The operative part itself is still checked.
    const broken = resolution.replace('2. Requests', '3. Requests') + annex
    expect(lintResolution(parseResolution(broken), broken).messages.map((message) => message.ruleId)).toEqual([
      'operative-numbering',
    ])
  })
})
