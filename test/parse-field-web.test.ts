import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// English resolutions of the Economic and Social Council and the General Assembly as web
// archives give them (the Radicali Italiani archive, refworld), fixtures/field/README.md,
// session 7. Facts read off the texts by a person.
const parse = (name: string): Resolution =>
  parseResolution(readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8'))
const phrases = (paragraphs: Array<{leadingPhrase?: {text: string}}>): Array<string | undefined> =>
  paragraphs.map((paragraph) => paragraph.leadingPhrase?.text)

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
