import {describe, expect, it} from 'vitest'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {parseFixture, phrases} from './helpers.js'

// Other bodies and other converters (fixtures/field/README.md, session 8): UNHCR Executive
// Committee conclusions with HTML left in, FAO, ECOSOC web pages of 1966 and 1974, converter
// Markdown of 2025. Facts read off the texts by a person.
const parse = (name: string): Resolution => parseFixture('fixtures/field', name)

describe('UNHCR Executive Committee conclusions: lettered operative paragraphs', () => {
  it('No. 87 (L): (a), (b), (c) are the operative part, the number and heading above them a heading', () => {
    const tree = parse('excom-87-1999.excerpt.en.txt')
    expect(tree.meta.body).toBe('Executive Committee')
    expect(preambularParagraphs(tree)).toEqual([])
    const operative = operativeParagraphs(tree)
    expect(phrases(operative)).toEqual(['Strongly deplores', 'Reaffirms', 'Reaffirms'])
    expect(operative[0]!.text).toMatch(/^\(a\) Strongly deplores the serious breaches/)
    expect(operative[1]!.text).toMatch(/^\(b\) Reaffirms relevant Conclusions, notably Conclusion No\. 81 \(XLVIII\)/)
    expect(operative[0]!.heading).toMatch(/No\. 87 \(L\) - GENERAL \(1999\).*The protection situation/)
  })
  it('No. 65 (XLII): the `<br />` and `<strong>` the site left are not words', () => {
    const operative = operativeParagraphs(parse('excom-65-1991.excerpt.en.txt'))
    expect(phrases(operative)).toEqual(['Notes, with concern', 'Welcomes', 'Emphasizes', 'Expresses concern'])
    expect(operative[0]!.text).toMatch(/problems and observed that, although significant progress/)
    expect(operative[0]!.heading).toMatch(
      /^1991 \(Executive Committee—42 nd Session\) CONCLUSIONS ADOPTED BY THE EXECUTIVE/,
    )
    for (const paragraph of operative) expect(paragraph.text).not.toMatch(/<|>/)
  })
})

describe('FAO Conference resolution 24/69: every paragraph ends with a semicolon', () => {
  it('reads Resolves, Requests and Asks as operative after six preambular paragraphs', () => {
    const tree = parse('fao-24-69-1969.excerpt.en.txt')
    expect(phrases(preambularParagraphs(tree))).toEqual([
      'Mindful of',
      'Bearing in mind',
      'Considering',
      'Noting',
      'Aware',
      'Recognizing',
    ])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.text.split(' ')[0])).toEqual(['Resolves', 'Requests', 'Asks'])
    expect(operative[1]!.text).toMatch(/Twenty-Fifth Anniversary of the United Nations;$/)
  })
})

describe('ECOSOC resolutions on the UNODC site', () => {
  it('1848 (LVI), flattened: the 1970s markers, the third paragraph after `1976;***/`, the notes after the closing', () => {
    const tree = parse('ecosoc-1974-1848.en.txt')
    expect(phrases(preambularParagraphs(tree))).toEqual(['Noting with concern', 'Recognizing'])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    expect(operative[2]!.text).toMatch(/^Suggests that, whenever it is decided to hold a special session/)
    // `consider,**/ at`: the note **/ called; `1976;***/`: a marker whose note the page lacks, kept as written.
    expect(operative[1]!.text).toBe(
      'Further decides that the Commission should consider, at its regular session scheduled for 1975, whether to meet in special session for two weeks in 1976;***/',
    )
    expect(
      operative[1]!.children
        .filter((child) => child.type === 'noteRef')
        .map((child) => child.type === 'noteRef' && child.marker),
    ).toEqual(['**'])
    expect(footnotes(tree).map((note) => note.text.slice(0, 30))).toEqual([
      'Adopted as recommended by the ',
      "The Commission's recommendatio",
    ])
  })
  it('1104 (XL): the notes 16/ and 17/ and the title’s */', () => {
    const tree = parse('ecosoc-1966-1104.en.txt')
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['16', '17', '*'])
  })
})

describe('converter Markdown of 2025 (front matter, `[^n]:` notes)', () => {
  it('A/RES/80/6: a note line that opens with a year is note 9’s, not a note 2013', () => {
    const tree = parse('ga-80-6-2025.en.md')
    expect(preambularParagraphs(tree)).toHaveLength(14)
    expect(operativeParagraphs(tree)).toHaveLength(32)
    const notes = footnotes(tree)
    expect(notes.map((note) => note.marker)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'])
    expect(notes[8]!.text).toMatch(/1 August 2012–31 July 2013 \(S\/INF\/68\)\.$/)
    // `…other international and` / blank / `regional organizations…`: one paragraph.
    expect(preambularParagraphs(tree)[7]!.text).toMatch(/international and regional organizations remain essential/)
  })
  it('A/RES/80/7: the page break inside operative 2 with note 1 and the running head', () => {
    const tree = parse('ga-80-7-2025.en.md')
    const second = operativeParagraphs(tree)[1]!
    expect(second.text).toMatch(
      /NPT safeguards agreement between the Agency and the Democratic People’s Republic of Korea”;/,
    )
    expect(footnotes(tree).map((note) => note.text)).toEqual([
      'See A/80/348.',
      expect.stringMatching(/^See International Atomic Energy Agency, Resolutions Adopted/),
      expect.stringMatching(/^See International Atomic Energy Agency General Conference resolution GC\(67\)\/RES\/15/),
    ])
  })
})

describe('ILO Governing Body record of decisions', () => {
  it('`The Governing Body:` then (a) invited…, (b) approved…: two operative paragraphs, the source line closing', () => {
    const tree = parse('ilo-gb-313-2012.en.txt')
    expect(tree.meta.body).toBe('Governing Body')
    expect(preambularParagraphs(tree)).toEqual([])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual(['invited', 'approved'])
    expect(operative[0]!.text).toMatch(/^\(a\) invited the International Labour Conference, at its 101st Session/)
    expect(operative[1]!.text).toMatch(/^\(b\) approved the amendment to paragraph 21 .*GB\.313\/LILS\/4\.$/)
    const closing = tree.children.find((child) => child.type === 'conclusions')
    expect(closing?.type === 'conclusions' ? closing.text : undefined).toBe(
      '(Document GB.313/LILS/4, paragraph 5, as amended.)',
    )
  })
})
