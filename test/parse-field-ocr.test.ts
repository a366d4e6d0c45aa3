import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution, volumeLabels} from '../src/parse/volume.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// Real resolutions added in session 5 (fixtures/field/README.md, third table). Facts read off
// the texts by a person, not copied from the parser's output.
const read = (folder: string, name: string): string => readFileSync(path.join(root, 'fixtures', folder, name), 'utf8')

const firstWords = (texts: string[], count: number): string[] =>
  texts.map((text) => text.split(/\s+/).slice(0, count).join(' '))

describe('A/RES/46/9–46/11 (1991): two pages of a printed volume as an OCR read them', () => {
  const text = read('field', 'ga-46-10-1991.en.txt')
  it('holds three resolutions', () => {
    expect(volumeLabels(text)).toEqual(['46/9', '46/10', '46/11'])
  })
  it('46/9: ten preambular paragraphs, the ninth ending in a note marker read as `"’`', () => {
    const tree = pickResolution(text, '46/9')
    const preamble = preambularParagraphs(tree).map((paragraph) => paragraph.text)
    expect(firstWords(preamble, 2)).toEqual([
      'Recalling its',
      'Recalling also',
      'Recalling, in',
      'Recalling further',
      'Convinced that',
      'Convinced also',
      'Bearing in',
      'Taking note',
      'Taking note',
      'Bearing in',
    ])
    expect(preamble[9]).toMatch(/^Bearing in mind also the decisions of the Organization of African Unity/)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(operativeParagraphs(tree)[6]!.text).toMatch(/“Question of the Comorian island of Mayotte”\.$/)
  })
  it('46/10: fourteen operative paragraphs, the eleventh numbered `Il.` by the OCR', () => {
    const tree = pickResolution(text, '46/10')
    expect(preambularParagraphs(tree)).toHaveLength(8)
    expect(preambularParagraphs(tree)[7]!.text).toMatch(/^Again supporting the solemn appeal made on 7 June 1978/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14])
    expect(operative[10]!.text).toBe('Welcomes the steady increase in the number of States parties to the Convention;')
    // The facing page's running head (`II. Resolutions adopted without reference to a Main
    // Committee 15`) falls inside paragraph 13 and is not its text.
    expect(operative[12]!.text).toMatch(/Scientific and Cultural Organization, to submit to the General Assembly/)
    // The markers 18 and 19 are there (`Property'®`, `Organization,!®`); their notes are not in the file.
    expect(footnotes(tree)).toHaveLength(0)
  })
  it('46/11: the marker `2°` after the second paragraph’s comma does not join the third to it', () => {
    const tree = pickResolution(text, '46/11')
    expect(
      firstWords(
        preambularParagraphs(tree).map((paragraph) => paragraph.text),
        2,
      ),
    ).toEqual([
      'Recalling that',
      'Recalling also',
      'Recalling further',
      'Recognizing that',
      'Recognizing also',
      'Noting that',
    ])
    expect(operativeParagraphs(tree)).toHaveLength(5)
  })
  it('joins words the page hyphenated at a line end, and keeps compounds', () => {
    const tree = pickResolution(text, '46/9')
    expect(preambularParagraphs(tree)[0]!.text).toContain('Declaration on the Granting of Independence to Colonial')
    expect(preambularParagraphs(tree)[2]!.text).toContain('to membership in the United Nations')
    expect(operativeParagraphs(tree)[1]!.text).toContain('self-determination of the Comoro Archipelago')
    expect(operativeParagraphs(tree)[5]!.text).toContain('at its forty-seventh session')
  })
})

describe('Chinese preambular paragraphs run together in a flattened web copy (the class of the 54/254 copy)', () => {
  const phrasesOf = (text: string): string[] =>
    preambularParagraphs(parseResolution(text)).map((paragraph) => paragraph.leadingPhrase?.text ?? '')
  const recalling =
    '回顾其关于促进和保护所有人权的第1号决议以及以往所有相关决议，包括大会和经济及社会理事会在这一领域通过的各项决议和决定'
  const operative = '1.决定在下届会议上继续审议这个问题。'
  it('splits before a phrase with a sequence word, a long one or one in the perfect', () => {
    const text = [
      '大会,',
      `${recalling},又回顾其关于发展权的第2号决议和人权理事会的有关决议,`,
      '重申所有人权都是普遍的、不可分割的、相互依存和相互关联的,审议了秘书长关于本决议执行情况的报告及其中所载各项建议,',
      '深表关切地注意到许多国家在落实上述各项承诺方面仍然面临严重困难，尤其是最不发达国家和小岛屿发展中国家,',
      operative,
    ].join(' ')
    expect(phrasesOf(text)).toEqual(['回顾', '又回顾', '重申', '审议了', '深表关切'])
  })
  it('keeps a clause joined by 并, a short phrase, and a phrase inside quotation marks', () => {
    const text = [
      '大会,',
      `${recalling},并决定召开一次高级别会议,`,
      '重申“欢迎各国,审议了报告,”的声明及其中所载各项原则和承诺仍然完全有效,强调合作,',
      '铭记着需要为这次高级别会议进行适当的筹备工作，并确保所有会员国、观察员、联合国系统各组织和非政府组织都能充分有效地参与,',
      operative,
    ].join(' ')
    expect(phrasesOf(text)).toEqual(['回顾', '重申', '铭记着'])
  })
  it('leaves two paragraphs merged on a line of their own to be reported: that is the drafter’s merge', () => {
    const text = '大会，\n回顾其第1号决议，又回顾其第2号决议，\n1. 决定继续审议这个问题。\n'
    expect(phrasesOf(text)).toEqual(['回顾'])
  })
})
