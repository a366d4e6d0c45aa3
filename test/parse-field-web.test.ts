import {describe, expect, it} from 'vitest'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {parseFixture, phrases} from './helpers.js'

// English resolutions of the Economic and Social Council and the General Assembly as web
// archives give them (the Radicali Italiani archive, refworld), fixtures/field/README.md,
// session 7. Facts read off the texts by a person.
const parse = (name: string): Resolution => parseFixture('fixtures/field', name)

describe('ECOSOC 1991/12 and 1992/27 from a web archive', () => {
  it('reads one paragraph a line with no blank line between (1991/12)', () => {
    const tree = parse('ecosoc-1991-12.excerpt.en.txt')
    expect(tree.meta.body).toBe('Economic and Social Council')
    expect(phrases(preambularParagraphs(tree))).toEqual(['Reaffirming', 'Mindful of', 'Recalling', 'Deeply concerned'])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5])
    expect(operativeParagraphs(tree)[4]!.text).toMatch(/^Further calls upon all Member States/)
  })
  it('leaves the site header in Italian out of the paragraphs (1992/27)', () => {
    const tree = parse('ecosoc-1992-27.excerpt.en.txt')
    expect(tree.meta.symbol ?? tree.meta.number).toMatch(/1992\/27/)
    expect(phrases(preambularParagraphs(tree))).toEqual([
      'Recalling',
      'Welcoming',
      'Bearing in mind',
      'Noting',
      'Having considered',
    ])
    expect(preambularParagraphs(tree)[0]!.text).toMatch(/^Recalling General Assembly resolution 46\/139/)
    expect(operativeParagraphs(tree)).toHaveLength(4)
  })
})

describe('A/RES/33/86 and 31/111 as refworld gives them', () => {
  it('parts a flattened preamble where a note marker in brackets follows the comma (`…the report,[2] Having also considered`)', () => {
    const tree = parse('ga-33-86-1978.excerpt.en.txt')
    const preamble = preambularParagraphs(tree)
    expect(phrases(preamble)).toEqual([
      'Having considered',
      'Having also considered',
      'Noting with satisfaction',
      'Having further considered',
    ])
    expect(preamble[0]!.text).toMatch(/introducing the report,\[2\]$/)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2])
  })
  it('reads six numbered paragraphs with no formula, and the meeting line run into its date as the closing', () => {
    const tree = parse('ga-31-111-1976.excerpt.en.txt')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(phrases(operative)).toEqual([
      'Takes note with satisfaction',
      'Endorses',
      'Reaffirms',
      'Notes with satisfaction',
      'Notes',
      'Notes',
    ])
    expect(operative[5]!.text).toMatch(/the wide acceptance and application they deserve\.$/)
    expect(tree.meta.adoptionDate).toBe('1976-12-16')
  })
})

describe('other bodies as their sites give them', () => {
  it('reads `1.Decides`, the number glued to the verb (CBD decision XI/12), and leaves the annex list to operative 4', () => {
    const tree = parse('cbd-cop-11-12-2012.excerpt.en.txt')
    expect(tree.meta.body).toBe('Conference of the Parties')
    expect(preambularParagraphs(tree)[0]!.text).toMatch(/^Recognizing that the exercise of retiring its decisions/)
    const operative = operativeParagraphs(tree)
    expect(phrases(operative)).toEqual(['Decides', 'Also decides', 'Requests', 'Requests'])
    expect(operative[3]!.text).toMatch(/^Requests the Working Group, at its fifth meeting/)
  })
  it('reads a whole ECOSOC resolution of 1993 with one unnumbered operative paragraph', () => {
    const tree = parse('ecosoc-1993-escwa.en.txt')
    expect(preambularParagraphs(tree)).toHaveLength(5)
    expect(preambularParagraphs(tree)[2]!.text).toMatch(/^Persuaded of the desirability of annual consultations/)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      'Decides that sessions of the Technical Committee shall be held in years in which no Commission session is held, starting with a three-day meeting in 1993, on the understanding that such meetings will be financed within existing budgetary resources.',
    ])
  })
  it('reads a short flattened preamble from refworld (A/RES/1823 (XVII))', () => {
    const tree = parse('ga-1823-1962.excerpt.en.txt')
    expect(phrases(preambularParagraphs(tree))).toEqual(['Recalling', 'Noting with appreciation', 'Recalling'])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
  })
  it('takes `Invites the United Nations`, where the stored page stops, as the operative paragraph (UNEP Governing Council)', () => {
    const tree = parse('unep-gc-2008-climate-decade.excerpt.en.txt')
    expect(preambularParagraphs(tree)[0]!.text).toMatch(/^Remaining deeply concerned that all countries/)
    expect(preambularParagraphs(tree)).toHaveLength(5)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.text)).toEqual(['Invites the United Nations'])
  })
  it('reads the Montreal Protocol decision V/6 in Chinese: a lead-in sentence, then 1.–4.', () => {
    const tree = parse('mop-5-6-1993.zh.txt')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    expect(phrases(operativeParagraphs(tree))).toEqual(['满意地注意到', '促请', '鼓励', '注意到'])
    expect(operativeParagraphs(tree)[3]!.text).toMatch(/尽快向秘书处提供资料。$/)
  })
})

describe('the first years and other bodies of the World Health Organization', () => {
  it('reads A/RES/67 (I) (1946) from Wikisource: paragraphs ending with `;`, the meeting in words as the closing', () => {
    const tree = parse('ga-67-1946.en.txt')
    expect(phrases(preambularParagraphs(tree))).toEqual(['Considering', 'Recognizing'])
    expect(operativeParagraphs(tree)).toHaveLength(1)
    expect(operativeParagraphs(tree)[0]!.text).toMatch(/^Recommends all Members .* my be expressed\.$/)
    expect(tree.children.find((child) => child.type === 'conclusions')).toMatchObject({
      text: 'Sixty-fourth plenary meeting, 14 December 1946.',
    })
  })
  it('reads WPR/RC7.R18 (1956): operative verbs in capitals', () => {
    const tree = parse('who-wpr-rc7-r18-1956.en.txt')
    expect(tree.meta.body).toBe('Regional Committee')
    expect(phrases(preambularParagraphs(tree))).toEqual(['Endorsing', 'Recognizing', 'Noting with approval'])
    expect(phrases(operativeParagraphs(tree))).toEqual(['URGES', 'RECOMMENDS', 'REQUESTS'])
    expect(operativeParagraphs(tree)[2]!.text).toMatch(/in the preparation of these reports\.$/)
  })
})

describe('the Human Rights Library’s plain text (A/RES/50/9, 1995)', () => {
  it('reads the paragraphs parted by lines that hold one space, the citation line left out', () => {
    const tree = parse('ga-50-9-1995.excerpt.en.txt')
    expect(phrases(preambularParagraphs(tree))).toEqual(['Having received', 'Noting', 'Reaffirming', 'Recognizing'])
    expect(preambularParagraphs(tree)[0]!.text).toBe(
      'Having received the report of the International Atomic Energy Agency to the General Assembly for the year 1994,',
    )
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})
