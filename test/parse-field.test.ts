import {describe, expect, it} from 'vitest'
import {
  annexes,
  footnotes,
  noteRefs,
  operativeParagraphs,
  paragraphs,
  pointList,
  preambularParagraphs,
} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {conclusions, parseFixture} from './helpers.js'

// Real resolutions from a public mirror of UN documents (fixtures/field/README.md), in
// forms the first documents lacked. Facts read off the texts.
const parse = (name: string): Resolution => parseFixture('fixtures/field', name)

describe('A/RES/76/130: footnotes scattered at the page foot, no form feeds', () => {
  const tree = parse('ga-76-130.en.txt')
  it('pairs every marker with its text and keeps notes out of paragraphs', () => {
    expect([preambularParagraphs(tree).length, operativeParagraphs(tree).length]).toEqual([18, 12])
    expect(footnotes(tree).map((note) => note.marker)).toEqual(
      Array.from({length: 16}, (_, index) => String(index + 1)),
    )
    expect(
      footnotes(tree)
        .slice(0, 3)
        .map((note) => note.text),
    ).toEqual(['Resolution 217 A (III).', 'See resolution 2200 A (XXI), annex.', 'Ibid.'])
    expect(footnotes(tree)[15]!.text).toBe('Resolution 70/1.')
    expect(noteRefs(preambularParagraphs(tree)[0]!.children)).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(preambularParagraphs(tree)[0]!.text).toMatch(
      /^Reaffirming the Universal Declaration of Human Rights, and recalling relevant international human rights treaties, including the International Covenant on Civil and Political Rights, the International Covenant/,
    )
    for (const paragraph of paragraphs(tree))
      expect(paragraph.text).not.toMatch(/Treaty Series|Ibid\.|21-19151|A\/RES\/76\/130/)
    // Words split by justification in the PDF are mended against the document's own words.
    expect(
      paragraphs(tree)
        .map((paragraph) => paragraph.text)
        .join(' '),
    ).not.toMatch(/resoluti ons| o f | a nd /)
  })
})

describe('A/RES/77/10: section headings in hard-wrapped text', () => {
  const tree = parse('ga-77-10.en.txt')
  it('keeps all 48 operative paragraphs and hangs the 7 headings on them', () => {
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual(
      Array.from({length: 48}, (_, index) => index + 1),
    )
    expect(
      operativeParagraphs(tree)
        .filter((paragraph) => paragraph.heading)
        .map((paragraph) => `${paragraph.num} ${paragraph.heading}`),
    ).toEqual([
      '9 Human rights, governance and the rule of law',
      '17 Security, counter-terrorism and counter-narcotics',
      '25 Humanitarian assistance',
      '29 Social and economic development',
      '33 Refugees',
      '39 Regional cooperation',
      '45 United Nations Assistance Mission in Afghanistan',
    ])
    expect(operativeParagraphs(tree)[7]!.text).toMatch(/international community;$/)
  })
  it('reads adverbs before the verb, and the closing date that repeats the masthead', () => {
    expect(operativeParagraphs(tree)[12]!.leadingPhrase).toMatchObject({text: 'Strongly emphasizes', known: true})
    expect(conclusions(tree)).toBe('33rd plenary meeting 10 November 2022')
    expect(tree.data.warnings).toEqual([])
  })
})

describe('A/RES/74/270: adopted by silence procedure', () => {
  it('takes the bare date after the last paragraph as the closing', () => {
    const tree = parse('ga-74-270.en.txt')
    expect(operativeParagraphs(tree).at(-1)!.text).toMatch(/on all societies\.$/)
    expect(conclusions(tree)).toBe('2 April 2020')
  })
})

describe('A/RES/77/100: a convention in the annex', () => {
  const tree = parse('ga-77-100.en.txt')
  it('stops the resolution at "Annex" and keeps the annexes apart', () => {
    expect([preambularParagraphs(tree).length, operativeParagraphs(tree).length]).toEqual([9, 4])
    expect(conclusions(tree)).toBe('47th plenary meeting 7 December 2022')
    expect(annexes(tree).map((annex) => annex.title)).toEqual(['Annex', 'Annex I', 'Annex II'])
    expect(annexes(tree)[0]!.children[0]!.value).toBe(
      'United Nations Convention on the International Effects of Judicial Sales',
    )
  })
  it('keeps the resolution’s own notes from the page where the annex begins', () => {
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['1', '2'])
    expect(paragraphs(tree).flatMap((paragraph) => noteRefs(paragraph.children))).toEqual(['1', '2'])
  })
})

describe('S/RES/2250 (2015): Security Council, reissued, with section headings', () => {
  const tree = parse('sc-2250-2015.en.txt')
  it('reads the reissue mark, the * note and the body', () => {
    expect(tree.meta).toMatchObject({
      symbol: 'S/RES/2250 (2015)',
      number: '2250 (2015)',
      body: 'Security Council',
      adoptionDate: '2015-12-09',
    })
    expect(footnotes(tree).map((note) => `${note.marker} ${note.text}`)).toEqual([
      '* Reissued for technical reasons on 5 January 2016.',
    ])
    expect([preambularParagraphs(tree).length, operativeParagraphs(tree).length]).toEqual([18, 22])
    expect(preambularParagraphs(tree)[7]!.text).toMatch(/peacebuilding efforts,$/)
    expect(preambularParagraphs(tree)[8]!.leadingPhrase?.text).toBe('Recognizing')
    expect(
      operativeParagraphs(tree)
        .filter((paragraph) => paragraph.heading)
        .map((paragraph) => paragraph.heading),
    ).toEqual([
      'Participation',
      'Protection',
      'Prevention',
      'Partnerships',
      'Disengagement & reintegration',
      'Next steps',
    ])
    expect(pointList(operativeParagraphs(tree)[16]!)?.children).toHaveLength(3)
  })
})

describe('A/78/L.1: one unnumbered sentence after a formula without comma, then an annex', () => {
  const tree = parse('a-78-L1.excerpt.en.txt')
  it('reads the draft', () => {
    expect(tree.meta).toMatchObject({
      symbol: 'A/78/L.1',
      stage: 'draft',
      sponsors: ['President of the General Assembly'],
      agendaItem: '13 and 117',
      body: 'General Assembly',
      title:
        'Political declaration of the high-level political forum on sustainable development convened under the auspices of the General Assembly',
    })
    expect(preambularParagraphs(tree)).toHaveLength(0)
    expect(operativeParagraphs(tree).map((paragraph) => [paragraph.num, paragraph.leadingPhrase?.text])).toEqual([
      [undefined, 'Endorses'],
    ])
    expect(annexes(tree)).toHaveLength(1)
  })
})

describe('A/RES/72/1: one sentence, and the declaration it adopts set out after it', () => {
  it('keeps the declaration out of the resolution’s paragraphs', () => {
    const tree = parse('ga-72-1.en.txt')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    expect(operativeParagraphs(tree).map((paragraph) => [paragraph.num, paragraph.leadingPhrase?.text])).toEqual([
      [undefined, 'Adopts'],
    ])
    expect(operativeParagraphs(tree)[0]!.text).toMatch(
      /^Adopts the following political declaration .*Trafficking in Persons:$/,
    )
    expect(annexes(tree).map((annex) => annex.title)).toEqual([
      'Political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking in Persons',
    ])
    expect(annexes(tree)[0]!.children[1]!.value).toMatch(/^We, the States Members of the United Nations, reaffirm/)
    expect(tree.data.warnings).toEqual([])
  })
})
