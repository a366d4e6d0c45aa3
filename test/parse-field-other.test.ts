import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution} from '../src/parse/volume.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// Real resolutions added in session 6 (fixtures/field/README.md, fourth table): the English of
// the Security Council's first years, and other bodies. Facts read off the texts by a person,
// not copied from the parser's output.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')

const firstWords = (texts: string[], count: number): string[] =>
  texts.map((text) => text.split(/\s+/).slice(0, count).join(' '))

describe('S/RES/48 (1948): four unnumbered operative paragraphs in a bilingual volume', () => {
  const tree = pickResolution(read('sc-0048-1948.en.txt'), '48 (1948)')
  it('opens the operative part at the verb after the preambular comma', () => {
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      'Referring to its resolution 46 (1948) of 17 April 1948 calling upon all parties concemed to comply with specific terms for a truce in Palestine,',
    ])
  })
  it('parts the two paragraphs that open with `The` after a short last line', () => {
    const operative = operativeParagraphs(tree).map((paragraph) => paragraph.text)
    expect(firstWords(operative, 3)).toEqual([
      'Establishes a Truce',
      'Requests the Commission',
      'The Commission, its',
      'The Secretary-General shall',
    ])
    expect(operative[1]).toMatch(/keep the Security Council currently informed with respect thereto\.$/)
    expect(operative[2]).toMatch(/wherever the Commission deems necessary ta carry out its tasks\.$/)
    expect(operative[3]).toMatch(/special urgency of the situation with respect ta Palestine\.$/)
    expect(operativeParagraphs(tree).every((paragraph) => paragraph.num === undefined)).toBe(true)
    expect(footnotes(tree)).toHaveLength(0)
  })
})

describe('S/RES/19 (1947): the vote line ends the resolution; a note after it is not its own', () => {
  const tree = pickResolution(read('sc-0019-1947.en.txt'), '19 (1947)')
  it('reads `Resolves…` after the formula without comma', () => {
    expect(operativeParagraphs(tree)[0]!.text).toMatch(/^Resolves to appoint a sub-committee of three members/)
  })
  it('takes the clause at the foot of the page before the formula for the first preambular paragraph', () => {
    // `As a preliminary step…,` ends page 2, above its notes and page number; `The Security
    // Council` opens page 3.
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      'As a preliminary step in the consideration of the incidents in the Corfu Channel which are the subject of a dispute between the United Kingdom and Albania,',
    ])
  })
  it('leaves note 3, cited by the vote of the decision printed after the resolution, out', () => {
    // `Adopted by 7 votes to none, with 3 abstentions (Australia, Colombia, Poland).3` is the
    // decision of the 114th meeting; 19's own vote line (8 votes to none) cites no note.
    expect(footnotes(tree)).toHaveLength(0)
  })
})

describe('Other bodies: the World Health Assembly, the Commission on Human Rights, the Human Rights Council', () => {
  it('WHA60.1 (2007), flattened onto one line: preambular paragraphs end with `;`', () => {
    const tree = parseResolution(read('wha-60-1-2007.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Sixtieth World Health Assembly')
    const preamble = preambularParagraphs(tree).map((paragraph) => paragraph.text)
    expect(firstWords(preamble, 3)).toEqual([
      'Recalling resolution WHA49.10,',
      'Noting that the',
      'Noting that authorization',
      'Noting that resolution',
      'Recalling the decisions',
      'Recognizing that the',
      'Recalling resolution WHA55.16,',
      'Further recognizing',
    ])
    expect(preamble[4]).toBe(
      'Recalling the decisions of previous Health Assemblies that the remaining stocks of the variola virus should be destroyed;',
    )
  })
  it('Commission on Human Rights resolution 1998/81: five preambular, three operative', () => {
    const tree = parseResolution(read('chr-1998-81.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Commission on Human Rights')
    expect(preambularParagraphs(tree)).toHaveLength(5)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Calls upon',
      'Invites',
      'Decides',
    ])
  })
  it('Human Rights Council decision 31/115 (2016), a blank line at every line break', () => {
    const tree = parseResolution(read('hrc-31-115-2016.excerpt.en.txt'))
    expect(tree.meta.number).toBe('31/115')
    expect(tree.meta.title).toBe(
      'High-level panel discussion on the occasion of the tenth anniversary of the Human Rights Council',
    )
    const preamble = preambularParagraphs(tree).map((paragraph) => paragraph.text)
    expect(firstWords(preamble, 2)).toEqual([
      'Guided by',
      'Reaffirming the',
      'Reaffirming also',
      'Noting that',
      'Emphasizing that',
      'Emphasizing also',
      'Recalling the',
    ])
    expect(preamble[1]).toMatch(/International Covenant on Economic, Social and Cultural Rights,$/)
    expect(operativeParagraphs(tree)[0]!.text).toMatch(
      /^Decides to convene, on the first day of its thirty-second session/,
    )
  })
})

describe('printed volumes: the notes of a page go to the resolution that cites them', () => {
  const corpus = (name: string): string => readFileSync(path.join(root, 'fixtures', 'corpus', name), 'utf8')
  it('87 (1950): note 14 of an earlier decision, printed between the halves of PP 1, is not its text', () => {
    const tree = pickResolution(corpus('sc-0087-1950.en.txt'), '87 (1950)')
    const first = preambularParagraphs(tree)[0]!.text
    expect(first).toMatch(/^Considering that it is its duty to investigate any situation/)
    expect(first).not.toMatch(/Official Records|S\/1884/)
    expect(preambularParagraphs(tree)).toHaveLength(4)
  })
  it('2159 (XXI): the notes printed under its closing line (15 read `1 5`, 16) are not its closing', () => {
    const tree = pickResolution(corpus('ga-2159-1966.en.txt'), '2159 (XXI)')
    const closing = tree.children.find((child) => child.type === 'conclusions')
    expect(closing?.type === 'conclusions' && closing.text).toBe('1481st plenary meeting, 29 November 1966.')
    expect(footnotes(tree)).toHaveLength(0)
  })
  it('2146 (XXI) keeps the notes it cites (`Commission, 13`, `18 July 196614`)', () => {
    const tree = pickResolution(corpus('ga-2159-1966.en.txt'), '2146 (XXI)')
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['13', '14'])
    expect(footnotes(tree)[0]!.text).toMatch(/^Commission of Enquiry into South West Africa Affairs/)
  })
  it('368 (1975): the first item, read `( u)` by the OCR before (b) and (c), is (a)', () => {
    const tree = pickResolution(corpus('sc-0368-1975.en.txt'), '368 (1975)')
    const list = operativeParagraphs(tree)[0]!.children.find((child) => child.type === 'list')
    expect(list?.type === 'list' && list.children.map((point) => point.num)).toEqual(['(a)', '(b)', '(c)'])
    expect(list?.type === 'list' && list.children[0]!.text).toMatch(/^To call upon the parties concerned/)
  })
})

describe('A/RES/1514 (XV) (1960): two pages of a printed volume, formulas the OCR damaged', () => {
  const text = read('ga-1514-1960.en.txt')
  it('reads `The General, Assembly,` and `The GeneraJ, Assembly,` as formulas', () => {
    const nigeria = pickResolution(text, '1492 (XV)')
    expect(nigeria.meta.body).toBe('General Assembly')
    expect(preambularParagraphs(nigeria).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Having received',
      'Having considered',
    ])
    const cooperation = pickResolution(text, '1495 (XV)')
    expect(
      firstWords(
        preambularParagraphs(cooperation).map((paragraph) => paragraph.text),
        2,
      ),
    ).toEqual(['Deeply concerned', 'Considering that', 'Conscious that'])
    expect(operativeParagraphs(cooperation).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
  })
  it('1514 (XV): eleven preambular paragraphs across the page break and its running head', () => {
    const tree = pickResolution(text, '1514 (XV)')
    const preamble = preambularParagraphs(tree).map((paragraph) => paragraph.text)
    expect(firstWords(preamble, 1)).toEqual([
      'Mindful',
      'Conscious',
      'Recognizing',
      'Aware',
      'Considering',
      'Recognizing',
      'Convinced',
      'Affirming',
      'Believing',
      'Welcoming',
      'Convinced',
    ])
    expect(preamble[10]).toBe(
      'Convinced that all peoples have an inalienable right to complete freedom, the exercise of their sovereignty and the integrity of their national territory,',
    )
  })
  it('1514 (XV): `Solemnly proclaims…;`, then the lead-in `And to this end Declares that:` of 1.-7.', () => {
    const operative = operativeParagraphs(pickResolution(text, '1514 (XV)'))
    expect(operative).toHaveLength(8)
    expect(operative[0]!.num).toBeUndefined()
    expect(operative[0]!.text).toMatch(
      /^Solemnly proclaims the necessity of bringing to a speedy and unconditional end/,
    )
    expect(operative[1]!.heading).toBe('And to this end Declares that:')
    expect(operative.slice(1).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(
      firstWords(
        operative.slice(1).map((paragraph) => paragraph.text),
        2,
      ),
    ).toEqual([
      'The subjection',
      'All peoples',
      'Inadequacy of',
      'All armed',
      'Immediate steps',
      'Any attempt',
      'All States',
    ])
    // Paragraph 5 runs over the page break: the `*` and the page number 67 between are not its words.
    expect(operative[5]!.text).toMatch(
      /in accordance,?\s?with their freely expressed will and desire, without any distinction as to race/,
    )
  })
})

describe('S/RES/138 (1960): the bilingual volume, its French notes beside the English', () => {
  const tree = parseResolution(read('sc-0138-1960.en.txt'))
  it('takes the English notes, not the French printed beside them', () => {
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([
      ['2', 'Ibid., Supplement for April, May and June 1960, document S/4336.'],
      ['3', 'One member (Argentina) did not participate in the voting.'],
    ])
  })
  it('parts `’Having regard…`, whose capital an OCR speck precedes, from the paragraph before', () => {
    const preamble = preambularParagraphs(tree).map((paragraph) => paragraph.text)
    expect(preamble).toHaveLength(6)
    expect(preamble[1]).toBe(
      'Considering that the violation of the sovereignty of a Member State is incompatible with the Charter of the United Nations,',
    )
    expect(preamble[2]).toMatch(/Having regard to the fact that reciprocal respect for and the mutual protection/)
  })
  it('leaves the French column out of operative 1', () => {
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    expect(operative[0]!.text).toBe(
      'Declares that acts such as that under consideration, which affect the sovereignty of a Member State and therefore cause international friction, may, if repeated, endanger international peace and security;',
    )
  })
})

describe('A/RES/2625 (XXV) (1970): a table of contents read one cell to a line, a note parted by blank lines', () => {
  const tree = parseResolution(read('ga-2625-1970.excerpt.en.txt'))
  it('reads five preambular paragraphs, no column of numbers and dates among them', () => {
    const preamble = preambularParagraphs(tree).map((paragraph) => paragraph.text)
    expect(firstWords(preamble, 2)).toEqual([
      'RecalUng its',
      'Having considered',
      'Emphasizing the',
      'Deeply convinced',
      'Considering the',
    ])
    expect(preamble[2]).toMatch(/development of friendly relations and co-operation among States,$/)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
  })
  it('joins note 1 across the blank lines the OCR set between its lines', () => {
    expect(footnotes(tree).map((note) => note.text)).toEqual([
      'Official Records of the General Assembly, Twenty-fifth Seaion, Supplement No. 18 (A/8018).',
    ])
  })
})

describe('S/RES/1985 (2011) in Chinese: a Wikisource masthead set as a table', () => {
  const tree = parseResolution(read('sc-1985-2011.excerpt.zh.txt'))
  it('reads the symbol and the distribution from the cells of the table rows', () => {
    expect(tree.meta.symbol).toBe('S/RES/1985 (2011)')
    expect(tree.meta.distribution).toBe('General')
    expect(tree.meta.number).toBe('1985 (2011)')
  })
  it('keeps the vote in the table before the formula out of the paragraphs', () => {
    const preamble = preambularParagraphs(tree).map((paragraph) => paragraph.text)
    expect(preamble).toHaveLength(7)
    expect(preamble[4]).toMatch(/^就此指出,/)
    expect(preamble[6]).toBe('根据《联合国宪章》第七章采取行动,')
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
  })
})
