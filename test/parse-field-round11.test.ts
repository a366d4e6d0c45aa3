import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution, volumeLabels} from '../src/parse/volume.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 11 (fixtures/field/README.md, the session 11 table): English of bodies and decades the
// field check had few of — the Economic Commission for Latin America in a 1975 telegram, CITES,
// the UN Environment Assembly, the General Assembly of 1949–1950 in a government archive and a
// book, the Security Council on a search engine and a blog. Every fact below was read off the
// text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))

describe('ECLA resolution 357 (XVI) (1975) as a US embassy telegram quotes it', () => {
  const tree: Resolution = parseResolution(read('eclac-357-1975.excerpt.en.txt'))
  it('the formula without a comma, three paragraphs in capitals; the cable’s page head is not text', () => {
    expect(tree.meta.body).toBe('ECONOMIC COMMISSION FOR LATIN AMERICA')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 24)).toEqual([
      'BEARING IN MIND THE RELE',
      'ALSO BEARING IN MIND THE',
      'LIKEWISE TAKING INTO ACC',
    ])
    expect(preamble[0]!.text).toMatch(/\(RESOLUTION 3343 \(XXIX\)\),$/)
    // `…RESOLUTIONS OF THE` / `UNCLASSIFIED` / `UNCLASSIFIED` / `PAGE 02 PORT O 01170 01 OF 02 151935Z` / `ECONOMIC AND SOCIAL COUNCIL…`.
    expect(preamble[1]!.text).toMatch(/RESOLUTIONS OF THE ECONOMIC AND SOCIAL COUNCIL, ESPECIALLY/)
    expect(preamble[1]!.text).not.toMatch(/UNCLASSIFIED|PAGE 02/)
    expect(preamble[1]!.text).toMatch(/\(RESOLUTION 1911 \(LVII\)\),$/)
    expect(preamble[2]!.text).toMatch(/AND MEXICO \(3-7 MARCH 1975\),$/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('ECLA and international and regional co-operation (1975), the same telegram layout', () => {
  const tree: Resolution = parseResolution(read('eclac-1975-cooperation.excerpt.en.txt'))
  it('the page head between `THE IMPLEMENTATION` and `OF THE DECLARATION` leaves the paragraph whole', () => {
    expect(tree.meta.body).toBe('ECONOMIC COMMISSION FOR LATIN AMERICA')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 24)).toEqual([
      'BEARING IN MIND IN PARTI',
      'ALSO BEARING IN MIND THE',
      'LIKEWISE TAKING INTO ACC',
    ])
    expect(preamble[1]!.text).toMatch(/AND THE IMPLEMENTATION OF THE DECLARATION AND AND PROGRAMME/)
    expect(preamble[1]!.text).not.toMatch(/UNCLASSIFIED|PAGE 02/)
    expect(preamble[2]!.text).toMatch(/FIFTEENTH SESSION, 2\/ INCLUDIN$/)
  })
})

describe('S/RES/2223 (2015) on a search engine for the Council’s resolutions', () => {
  const tree: Resolution = parseResolution(read('sc-2223-2015.excerpt.en.txt'))
  it('the text on one line after the masthead: five preambular paragraphs parted by `, `', () => {
    expect(tree.meta.body).toBe('Security Council')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 20)).toEqual([
      'Recalling its previo',
      'Reaffirming its stro',
      'Recalling its resolu',
      'Underscoring its gra',
      'Strongly condemning ',
    ])
    expect(preamble[0]!.text).toMatch(/S\/PRST\/2014\/26 and S\/PRST\/2015\/9,$/)
    expect(preamble[3]!.text).toMatch(/by the country’s political and military leaders,$/)
    expect(preamble[4]!.text).toMatch(/United Nations and associated peacekeep$/)
  })
})

describe('A draft Security Council resolution on Western Sahara (2017), as a blog posted it', () => {
  const tree: Resolution = parseResolution(read('sc-draft-2017-western-sahara.excerpt.en.txt'))
  it('the placeholders `XXXX` in the heading; eight preambular paragraphs', () => {
    expect(tree.meta.body).toBe('Security Council')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 14)).toEqual([
      'Recalling and ',
      'Reaffirming it',
      'Reaffirming it',
      'Reiterating it',
      'Recognizing th',
      'Welcoming the ',
      'Emphasizing th',
      'Further emphas',
    ])
    expect(preamble[1]!.text).toMatch(/2218 \(2015\), and 2285 \(2016\),$/)
    expect(preamble[7]!.text).toBe('Further emphasizing that hiring, retention and assignme')
  })
})

describe('A resolution of the UN Environment Assembly on informea.org', () => {
  const tree: Resolution = parseResolution(read('unea-regional-forums.excerpt.en.txt'))
  it('`The United Nations Environment Assembly,` and four preambular paragraphs', () => {
    expect(tree.meta.body).toBe('United Nations Environment Assembly')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 22)).toEqual([
      'Recalling decision 27/',
      'Also recalling Governi',
      'Also recalling Governi',
      'Further recalling Gove',
    ])
    expect(preamble[0]!.text).toMatch(/national environmental programmes, policies and plans,$/)
    expect(preamble[2]!.text).toMatch(/regional programmes in the Arab region,$/)
  })
})

describe('CITES resolution Conf. 8.1 (1992): the preamble before the formula', () => {
  const tree: Resolution = parseResolution(read('cites-conf-8-1-1992.excerpt.en.txt'))
  it('the heading is not a paragraph; eleven phrases in capitals, each paragraph ending `;`', () => {
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.text.split(/ (?=[a-z0-9(])/)[0])).toEqual([
      'RECALLING Resolution Conf.',
      'HAVING REVIEWED',
      'HAVING NOTED',
      'HAVING REVIEWED',
      'HAVING REVIEWED',
      'RECOGNIZING',
      'ACKNOWLEDGING',
      'ACKNOWLEDGING',
      'ACKNOWLEDGING',
      'RECOGNIZING',
      'NOTING',
    ])
    expect(preamble[0]!.text).toBe(
      'RECALLING Resolution Conf. 7.2 adopted at the seventh meeting of the Conference of the Parties (, 1989);',
    )
    expect(preamble[4]!.text).toBe('HAVING REVIEWED also the 1993-1998 medium-term budget estimates;')
    expect(preamble[10]!.text).toMatch(/^NOTING the considerable increase in the number of Parties/)
    expect(preamble[10]!.text).toMatch(/additional expenditure incurred by the Secretariat;/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('A/RES/395 (V) (1950) in a book’s appendix of selected resolutions', () => {
  const tree: Resolution = parseResolution(read('ga-395-1950.excerpt.en.txt'))
  it('four phrases in capitals, `HAVING IN MIND` among them; 1. and 2. Recommends', () => {
    expect(tree.meta.body).toBe('General Assembly')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 14)).toEqual(['RECALLING its ', 'HAVING CONSIDE', 'HAVING IN MIND', 'CONSIDERING th'])
    expect(preamble[1]!.text).toMatch(/to the Secretary-General dated 10 July 1950,$/)
    expect(preamble[2]!.text).toMatch(/relating to the Universal Declaration of Human Rights,$/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operative[0]!.text).toMatch(/^Recommends that the Governments of India, Pakistan/)
    expect(operative[0]!.text).toMatch(/Universal Declaration of Human Rights;$/)
    expect(operative[1]!.text).toMatch(/^Recommends that, in the event of failure/)
  })
})

describe('A draft General Assembly resolution of 1949 in a US telegram (FRUS)', () => {
  const tree: Resolution = parseResolution(read('ga-draft-1949-frus.excerpt.en.txt'))
  it('one `Considering…;`, then four unnumbered operative paragraphs, one ending with a bare `and`', () => {
    expect(tree.meta.body).toBe('General Assembly')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(1)
    expect(preamble[0]!.text).toBe(
      'Considering that statements of intention should be translated not only into words but into deeds;',
    )
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 22)).toEqual([
      'Recalls that the Chart',
      'Recalls that members o',
      'Condemns the frequent ',
      'Condemns in particular',
    ])
    expect(operative.every((paragraph) => paragraph.num === undefined)).toBe(true)
    expect(operative[2]!.text).toMatch(/compromised the success of its work and$/)
    expect(operative[3]!.text).toMatch(/including Germany, the Ba$/)
  })
})

describe('IWC Resolution 2001-1: the formula after the preamble', () => {
  const tree: Resolution = parseResolution(read('iwc-2001-1.excerpt.en.txt'))
  it('six phrases in capitals, `NOW THEREFORE THE COMMISSION:`, then two unnumbered operative paragraphs', () => {
    expect(tree.meta.body).toBe('COMMISSION')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 12)).toEqual([
      'NOTING that ',
      'ALSO NOTING ',
      'CONSCIOUS th',
      'NOTING that ',
      'AWARE of the',
      'NOTING that ',
    ])
    expect(preamble[0]!.text).toMatch(/^NOTING that Article 2\(2\) of the United Nations Charter/)
    expect(preamble[4]!.text).toBe('AWARE of the importance of transparency in international environmental law, and')
    expect(preamble[5]!.text).toMatch(/by making information widely available\.\.\.”$/)
    const formula = tree.children.find((child) => child.type === 'preamble')
    expect(JSON.stringify(formula)).toContain('"type":"formula","text":"NOW THEREFORE THE COMMISSION:"')
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 20)).toEqual(['ENDORSES AND AFFIRMS', 'STRESSES in particul'])
    expect(operative[0]!.text).toMatch(/Regulation of Whaling \(ICRW\);$/)
    expect(operative[1]!.text).toMatch(/in all activities by Cont$/)
  })
})

describe('IWC Resolution 2007-5: phrases in capitals, paragraphs ending with a full stop', () => {
  const tree: Resolution = parseResolution(read('iwc-2007-5.excerpt.en.txt'))
  it('the heading is not a paragraph; six preambular paragraphs, some of two sentences', () => {
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 16)).toEqual([
      'CONCERNED with t',
      'RECALLING that s',
      'FURTHER RECALLIN',
      'NOTING that CIRV',
      'FURTHER NOTING t',
      'FURTHER NOTING t',
    ])
    expect(preamble[0]!.text).toMatch(/functionally extinct\. It is the first cetacean species/)
    expect(preamble[0]!.text).toMatch(/habitat degradation and incidental catch\.$/)
    expect(preamble[5]!.text).toMatch(/Upper Gulf of Califo$/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('The International Whaling Conference’s Final Act (1946): five texts numbered I–V on one page', () => {
  const text = read('iwc-1946-conference.excerpt.en.txt')
  it('is read as five resolutions, each under its numeral, never as one', () => {
    expect(volumeLabels(text)).toEqual(['I', 'II', 'III', 'IV', 'V'])
  })
  it('I: the formula in capitals without a comma, `Resolves:`, then 1.–3.', () => {
    const tree = pickResolution(text, 'I')
    expect(tree.meta.body).toBe('INTERNATIONAL WHALING CONFERENCE')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    expect(operative[0]!.heading).toBe('Resolves:')
    expect(operative[0]!.text).toMatch(/^To express its gratitude to the President of the United States of America/)
    expect(operative[1]!.text).toMatch(/he has guided the Conference,$/)
    expect(operative[2]!.text).toMatch(/the attainment of the objective of the Conference\.$/)
  })
  it('II–IV: `The International Whaling Conference.`, then the lead-in and its one clause', () => {
    const second = pickResolution(text, 'II')
    expect(second.meta.body).toBe('International Whaling Conference')
    expect(operativeParagraphs(second).map((paragraph) => paragraph.text.slice(0, 30))).toEqual([
      'Resolves: That the Government ',
    ])
    expect(operativeParagraphs(second)[0]!.text).toMatch(/considered in the public interest\.$/)
    const third = operativeParagraphs(pickResolution(text, 'III'))
    expect(third).toHaveLength(1)
    expect(third[0]!.text).toMatch(/^Resolves: That all signatory Governments/)
    expect(third[0]!.text).toMatch(/without the use of carcasses of baleen whales\.$/)
    const fourth = operativeParagraphs(pickResolution(text, 'IV'))
    expect(fourth).toHaveLength(1)
    expect(fourth[0]!.text).toMatch(/^Recommends: That the chart of Nomenclature of Whales/)
    expect(fourth[0]!.text).toMatch(/represented at the Conference,$/)
  })
})

describe('IWC Resolution 2005-4: `THE COMMISSION:` right above its paragraphs, `Agreed` closing it', () => {
  const tree: Resolution = parseResolution(read('iwc-2005-4.excerpt.en.txt'))
  it('three unnumbered AGREES; the proposal after `Agreed` is another text, left out', () => {
    expect(tree.meta.body).toBe('COMMISSION')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 24)).toEqual([
      'AGREES to hold an inters',
      'AGREES to hold a meeting',
      'AGREES to consider, if a',
    ])
    expect(operative[0]!.text).toMatch(/report to this Commission \(IWC\/57\/RMS 3\)\.$/)
    expect(operative[2]!.text).toMatch(/among the Contracting Governments to the Convention\.$/)
    expect(tree.children.find((child) => child.type === 'conclusions')).toMatchObject({text: 'Agreed'})
    expect(tree.children.map((child) => child.type)).toEqual(['preface', 'preamble', 'mainBody', 'conclusions'])
    expect(tree.data.warnings.some((warning) => warning.ruleId === 'text-after-closing')).toBe(true)
  })
})

describe('The International Labour Conference (2000): the formula names the Organization', () => {
  const tree: Resolution = parseResolution(read('ilo-ilc-88-2000-standards.excerpt.en.txt'))
  it('the record’s contents and the delegates are no paragraphs; two Considering', () => {
    expect(tree.meta.body).toBe('General Conference of the International Labour Organization')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 17)).toEqual(['Considering that,', 'Considering that '])
    expect(preamble[0]!.text).toMatch(/and thus damages its credibility,$/)
    expect(preamble[1]!.text).toBe('Considering that internation')
  })
})

describe('The International Labour Conference (2005), flattened: the formula with its session', () => {
  const tree: Resolution = parseResolution(read('ilo-ilc-93-2005-youth.excerpt.en.txt'))
  it('`…Organization, meeting in its 93rd Session, 2005,`; Having undertaken…; 1. Adopts; 2. Invites', () => {
    expect(tree.meta.body).toBe('General Conference of the International Labour Organization')
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.text)).toEqual([
      'Having undertaken a general discussion on the basis of Report VI, Youth: Pathways to decent work,',
    ])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operative[0]!.text).toBe('Adopts the following conclusions;')
    expect(operative[1]!.text).toMatch(/^Invites the Governing Body to give due consideration to them/)
    expect(operative[1]!.text).toMatch(/as may be available during the 2006-07 biennium\.$/)
    // The Conclusions it adopts, under their title and numbered afresh, are the adopted text, not paragraphs.
    const annex = tree.children.find((child) => child.type === 'annex')
    expect(annex).toMatchObject({title: 'Conclusions on promoting pathways to decent work for youth'})
    expect(JSON.stringify(annex)).toContain('"1. In addressing the employment challenges')
  })
})
