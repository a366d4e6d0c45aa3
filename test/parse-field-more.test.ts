import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {pickResolution} from '../src/parse/volume.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// Real resolutions found for the field check in session 4 (fixtures/field/README.md, second
// table): other decades, a bilingual printed volume, Chinese web copies. Facts read off the
// texts by a person.
const read = (folder: string, name: string): string => readFileSync(path.join(root, 'fixtures', folder, name), 'utf8')

const firstWords = (texts: string[], count: number): string[] =>
  texts.map((text) => text.split(/\s+/).slice(0, count).join(' '))

describe('bilingual printed volumes: the French beside the English is not part of it', () => {
  it('S/RES/242 (1967): French paragraphs as blocks after the English ones', () => {
    const tree = pickResolution(read('field', 'sc-0242-1967.en.txt'), '242 (1967)')
    expect(
      firstWords(
        preambularParagraphs(tree).map((paragraph) => paragraph.text),
        2,
      ),
    ).toEqual(['Expressing its', 'Emphasizing the', 'Emphasizing further'])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operative.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Affirms',
      'Affirms further',
      'Requests',
      'Requests',
    ])
    // Operative 4 ends "…of the Special Representative as sooa as possible." (OCR), with no French after it.
    expect(operative[3]!.text).toMatch(/Special Representative as sooa as possible\.$/)
    expect(operative.some((paragraph) => /Prie le Secretaire|A ffirme/.test(paragraph.text))).toBe(false)
    expect(footnotes(tree)).toEqual([])
  })

  it('S/RES/87 (1950): the columns read across, French and English inside one line', () => {
    const tree = pickResolution(read('corpus', 'sc-0087-1950.en.txt'), '87 (1950)')
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Considering',
      'Considering',
      'Considering',
      'Having noted',
    ])
    // "Prenant acte de la declaration de la Republique popuHaving noted the declaration…": the
    // fourth paragraph starts at "Having", inside the line.
    expect(preamble[3]!.text).toMatch(/^Having noted the declaration of the People's Republic of China/)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^Decides: \(a\) To defer consideration of this question/)
    expect(operative[0]!.text).not.toMatch(/Decide:/)
  })
})
