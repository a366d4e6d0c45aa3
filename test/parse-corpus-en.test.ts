import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {
  footnotes,
  formula,
  noteRefs,
  operativeParagraphs,
  paragraphs,
  preambularParagraphs,
} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {conclusions, parseFixture} from './helpers.js'

// English resolutions in older and other layouts (fixtures/corpus/README.md): 1990s
// mimeographs with `1/` markers, pdftotext that moves numbers, Wikisource copies. Facts read
// from the texts.
const parse = (name: string): Resolution => parseFixture('fixtures/corpus', name)

const markerMap = (tree: Resolution): string[] =>
  paragraphs(tree).flatMap((paragraph) => noteRefs(paragraph.children).map((marker) => `${paragraph.eId}:${marker}`))

describe('A/RES/48/7 (1993): `1/` markers, notes under a rule on each page, numbers on their own line', () => {
  const tree = parse('ga-48-7-1993.en.txt')
  it('counts 14 preambular and 7 operative paragraphs and 5 notes', () => {
    expect([preambularParagraphs(tree).length, operativeParagraphs(tree).length]).toEqual([14, 7])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Deplores',
      'Stresses',
      'Invites',
      'Requests',
      'Also requests',
      'Urges',
      'Decides',
    ])
  })
  it('pairs every `N/` marker with its note, and keeps the markers out of the text', () => {
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['1', '2', '3', '4', '5'])
    expect(
      footnotes(tree)
        .slice(1, 4)
        .map((note) => note.text),
    ).toEqual(['A/47/277-S/24111.', 'A/47/965-S/25944.', 'S/25344.'])
    expect(markerMap(tree)).toEqual([
      'preamble_2:1',
      'preamble_7:2',
      'preamble_7:3',
      'preamble_9:4',
      'preamble_10:5',
      'preamble_10:5',
    ])
    // "…his report of 15 June 1993, 3/" then "Recalling its resolution 47/120 B…": two paragraphs.
    expect(preambularParagraphs(tree)[6]!.text).toMatch(/in his report of 15 June 1993,$/)
    expect(preambularParagraphs(tree)[7]!.text).toMatch(/^Recalling its resolution 47\/120 B of 20 September 1993/)
    for (const paragraph of paragraphs(tree))
      expect(paragraph.text).not.toMatch(/\d\/(?:\s|$)|A\/RES\/48\/7|Page \d|\/\.\.\./)
    expect(conclusions(tree)).toBe('32nd plenary meeting 19 October 1993')
  })
})

describe('A/RES/48/1 (1993): one `1/` marker, its note after a rule at the end', () => {
  it('reads the note and both operative paragraphs', () => {
    const tree = parse('ga-48-1-1993.en.txt')
    expect([preambularParagraphs(tree).length, operativeParagraphs(tree).length]).toEqual([2, 2])
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([['1', 'Resolution S-16/1, annex.']])
    expect(markerMap(tree)).toEqual(['preamble_1:1'])
    expect(preambularParagraphs(tree)[0]!.text).toMatch(/Southern Africa, adopted by consensus on 14 December 1989,$/)
    expect(operativeParagraphs(tree)[1]!.text).toMatch(/^Also decides that all provisions .* in this respect\.$/)
  })
})

describe('S/RES/1476 (2003): formula without comma; a number after its first line, another cut off by the page foot', () => {
  const tree = parse('sc-1476-2003.en.txt')
  it('reads two preambular and two operative paragraphs', () => {
    expect(formula(tree)?.text).toBe('The Security Council')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Recalling',
      'Acting under',
    ])
    expect(operativeParagraphs(tree).map((paragraph) => [paragraph.num, paragraph.text])).toEqual([
      [
        1,
        'Decides that the provisions contained in paragraph 4 of resolution 1472 (2003) shall remain in force until 3 June 2003 and may be subject to further renewal by the Council;',
      ],
      [2, 'Decides to remain seized of the matter.'],
    ])
  })
})

describe('S/RES/821 (1993): mimeograph with OCR debris at the page foot', () => {
  it('keeps the debris out of the last preambular paragraph', () => {
    const tree = parse('sc-0821-1993.en.txt')
    expect([preambularParagraphs(tree).length, operativeParagraphs(tree).length]).toEqual([6, 2])
    expect(preambularParagraphs(tree)[5]!.text).toMatch(/to consider it again at a later date \(S\/24924\),$/)
  })
})

describe('S/RES/612 (1988) from Wikisource: an indented list, and the symbol in brackets at the end', () => {
  it('ends the last paragraph at its full stop', () => {
    const tree = parse('sc-0612-1988.en.txt')
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5])
    expect(operativeParagraphs(tree)[4]!.text).toBe(
      'Decides to remain seized of the matter and expresses its determination to review the implementation of this resolution.',
    )
  })
})

describe('paragraphs set as Markdown list items, as the web mirrors set them (S/RES/2326 (2016), its real words)', () => {
  it('drops the bullets from the paragraphs, not the words', () => {
    const text = [
      'The Security Council,',
      '',
      '- Determining that the situation in South Sudan continues to constitute a threat to international peace and security,',
      '- Acting under Chapter VII of the Charter of the United Nations,',
      '- 1. Decides to extend the mandate of the United Nations Mission in the Republic of South Sudan (UNMISS) until 16 December 2016;',
      '- 2. Authorizes UNMISS, including the RPF, to use all necessary means to carry out its tasks;',
      '- 3. Decides to remain actively seized of the matter.',
      '',
    ].join('\n')
    const tree = parseResolution(text)
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Determining',
      'Acting under',
    ])
    expect(operativeParagraphs(tree).map((paragraph) => [paragraph.num, paragraph.text.slice(0, 22)])).toEqual([
      [1, 'Decides to extend the '],
      [2, 'Authorizes UNMISS, inc'],
      [3, 'Decides to remain acti'],
    ])
  })
})
