import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution} from '../src/parse/volume.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// Session 13 (fixtures/field/README.md, the session 13 table): bodies and sources the field check
// had none of — the UNFPA Executive Board and the UNDP Governing Council before it, the Commission
// on Population and Development, a Ramsar and a Stockholm Conference of the Parties, and the
// General Assembly as un-documents.net, POPIN's Gopher and issuu give it. Every fact below was
// read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))

describe('the UNFPA Executive Board and the UNDP Governing Council as unfpa.org gives their decisions', () => {
  it('2008/9: `The Executive Board` without comma, five paragraphs, the date line after them', () => {
    const tree = parseResolution(read('unfpa-eb-2008-9.en.txt'))
    expect(tree.meta.body).toBe('Executive Board')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 22)).toEqual([
      'Takes note of the docu',
      'Also takes note of the',
      'Recognizes the signifi',
      'Recognizes that timeli',
      'Takes note of progress',
    ])
    expect(operative[4]!.text).toMatch(/management indicators and baselines\.$/)
  })

  it('93/27 (1993): part `A`, every paragraph indented eight spaces', () => {
    const tree = parseResolution(read('undp-gc-93-27-1993.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Governing Council')
    expect(starts(preambularParagraphs(tree), 14)).toEqual(['Reaffirming th', 'Emphasizing th'])
    expect(starts(operativeParagraphs(tree), 16)).toEqual(['Takes note of th', 'Expresses concer', 'Recognizes that '])
  })

  it('84/21 and 83/17: part `I`, four preambular paragraphs and the numbered ones', () => {
    for (const [name, count] of [
      ['undp-gc-84-21-1984.excerpt.en.txt', 3],
      ['undp-gc-83-17-1983.excerpt.en.txt', 4],
    ] as const) {
      const tree = parseResolution(read(name))
      expect(starts(preambularParagraphs(tree), 13)).toEqual([
        'Recalling par',
        'Taking note o',
        'Continuing to',
        'Taking into a',
      ])
      expect(operativeParagraphs(tree)).toHaveLength(count)
      expect(operativeParagraphs(tree)[0]!.text).toMatch(/^Notes with satisfaction the trends/)
    }
  })
})

describe('negotiators’ labels: preambular paragraphs numbered `PP1.`–`PP5.`', () => {
  const text = read('cpd-47-2014-1-unfpa.excerpt.en.txt')
  const tree = parseResolution(text)

  it('CPD resolution 2014/1 on a UNFPA page: five preambular paragraphs, the labels not their text', () => {
    expect(tree.meta.body).toBe('Commission on Population and Development')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 17)).toEqual([
      'Recalling the Pro',
      'Recalling also th',
      'Recalling further',
      'Recalling the out',
      'Recognizing the n',
    ])
    expect(preamble[1]!.text).toMatch(/implementation of the Programme of Action,,$/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
    // The paragraph's place in the file is its words', after the label.
    const offset = preamble[0]!.position!.start.offset!
    expect(text.slice(offset - 5, offset + 9)).toBe('PP1. Recalling')
  })

  it('the same labels on operative paragraphs (`OP1.`, `OP2.`) are their numbers (a handmade variant of the page)', () => {
    const variant = `The Commission on Population and Development,\n\nPP1. ${preambularParagraphs(tree)[0]!.text}\n\nPP2. ${preambularParagraphs(tree)[2]!.text}\n\nOP1. Calls upon Governments to act;\n\nOP2. Decides to remain seized of the matter.\n`
    const labelled = parseResolution(variant)
    expect(preambularParagraphs(labelled)).toHaveLength(2)
    expect(operativeParagraphs(labelled).map((paragraph) => [paragraph.num, paragraph.text.slice(0, 9)])).toEqual([
      [1, 'Calls upo'],
      [2, 'Decides t'],
    ])
  })
})

describe('Ramsar: a preamble numbered in capitals, flattened after the page’s title', () => {
  it('COP10 resolution X.8: `1. RECALLING…;` to `5. EX` (cut) are five preambular paragraphs', () => {
    const tree = parseResolution(read('ramsar-cop-10-x-8-2008.excerpt.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 22)).toEqual([
      'RECALLING that Resolut',
      'EXPRESSING APPRECIATIO',
      'RECOGNIZING that, as r',
      'CONGRATULATING the 29 ',
      'EX',
    ])
    expect(preamble[0]!.text).toMatch(/continued the CEPA programme for the next two triennia;$/)
    expect(preamble[3]!.text).toMatch(/so few Parties have thus far done likewise;$/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('the General Assembly as other sites give it', () => {
  it('A/RES/35/66 (1980): the paragraph the page closed with a full stop ends before `Emphasizing`', () => {
    const tree = parseResolution(read('ga-35-66-1980-undocnet.excerpt.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 14)).toEqual([
      'Recalling its ',
      'Recalling also',
      'Taking note of',
      'Emphasizing th',
      'Conscious of t',
    ])
    expect(preamble[2]!.text).toMatch(/the establishment of the new international economic order\.$/)
  })

  it('A/C.2/49/L.67 (1994) on POPIN’s Gopher text: a blank line after every line', () => {
    const tree = parseResolution(read('ga-c2-49-L67-1994-popin.excerpt.en.txt'))
    expect(tree.meta.body).toBe('General Assembly')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 20)).toEqual(['Recalling its resolu', 'Recalling also Econo'])
    expect(preamble[0]!.text).toMatch(/economic, social and related fields,$/)
  })

  it('A/RES/65/234 (2010) on issuu: seven paragraphs on one line, then the eighth after the notes', () => {
    const tree = parseResolution(read('ga-65-234-2010-issuu.excerpt.en.txt'))
    expect(starts(preambularParagraphs(tree), 12)).toEqual([
      'Recalling it',
      'Recalling al',
      'Recalling fu',
      'Noting that ',
      'Acknowledgin',
      'Recognizing ',
      'Noting that,',
      'Recalling th',
    ])
  })

  it('a Stockholm COP decision on InforMEA: one unnumbered paragraph under `The Conference of the Parties`', () => {
    const tree = parseResolution(read('pops-cop-information-exchange.en.txt'))
    expect(tree.meta.body).toBe('Conference of the Parties')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^Takes note of the progress made.*available on the Convention website;$/)
  })
})

describe('second batch: the League of Nations, the Security Council of 1960', () => {
  it('a League Assembly draft of 1932: the formula run into its first paragraph (`The Assembly recognizing that…;`)', () => {
    const tree = parseResolution(read('league-assembly-draft-1932-frus.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Assembly')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 22)).toEqual(['recognizing that accor', 'Considering that by it'])
    expect(preamble[0]!.text).toMatch(/its recommendations in regard thereto;$/)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 12)).toEqual([
      'Affirms that',
      'Decides to s',
      'Appoints, to',
      'Considering ',
      'Authorizes i',
      'Requests the',
      'The committe',
    ])
    expect(operative[3]!.text).toMatch(/, entrusts to the above-mentioned committee the duty/)
  })

  it('S/RES/145 (1960) on Wikisource: six preambular paragraphs, calls `[1]` and `[2]`, four numbered', () => {
    const tree = parseResolution(read('sc-0145-1960-wikisource.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Security Council')
    expect(starts(preambularParagraphs(tree), 12)).toEqual([
      'Having consi',
      'Appreciating',
      'Noting that,',
      'Recognizing ',
      'Considering ',
      'Recognizing ',
    ])
    expect(starts(operativeParagraphs(tree), 9)).toEqual(['Calls upo', 'Requests ', 'Commends ', 'Invites t'])
  })

  it('S/RES/134 (1960) picked from the bilingual volume flattened with its French', () => {
    const tree = pickResolution(read('sc-0134-1960-bilingual-flat.excerpt.en.txt'), '134 (1960)', {lang: 'en'})
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 22)).toEqual(['Having considered the ', 'Recognizing that such '])
    expect(preamble[0]!.text).toMatch(/segregation in the Union of South Africa",$/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('the preambular vocabulary', () => {
  it('ECOSOC 1993 (ESCWA): `Persuaded of the desirability…` opens with a known phrase', () => {
    const tree = parseResolution(read('ecosoc-1993-escwa.en.txt'))
    const persuaded = preambularParagraphs(tree).find((paragraph) => paragraph.text.startsWith('Persuaded'))
    expect(persuaded?.leadingPhrase?.known).toBe(true)
    expect(persuaded?.text).toMatch(/^Persuaded of the desirability of annual consultations/)
  })
})

describe('a preamble set above a formula in ordinary case (handmade, in the ICAO Assembly’s layout)', () => {
  // The ICAO Assembly sets its `Whereas…;` paragraphs above `The Assembly:` and numbers the
  // operative ones under it; no stored copy of one was found this session, so the text is made by hand.
  const text = [
    'Resolution A00-1: Example',
    '',
    'Whereas the Convention provides that aircraft shall be operated safely;',
    '',
    'Whereas Contracting States have undertaken to collaborate in securing uniformity;',
    '',
    'Recognizing that conflicts of interest may arise;',
    '',
    'The Assembly:',
    '',
    '1. Urges Member States to avoid conflicts of interest;',
    '',
    '2. Requests the Council to report.',
    '',
  ].join('\n')

  it('the paragraphs above the formula are its preamble, those under it operative', () => {
    const tree = parseResolution(text)
    expect(tree.meta.body).toBe('Assembly')
    expect(starts(preambularParagraphs(tree), 11)).toEqual(['Whereas the', 'Whereas Con', 'Recognizing'])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2])
  })

  it('a title and masthead above a formula stay the preface (a paragraph under the formula opens the preamble)', () => {
    const tree = parseResolution(
      'Resolution 1 (2000)\n\nThe Assembly,\n\nRecalling its earlier work,\n\n1. Urges Member States to act.\n',
    )
    expect(starts(preambularParagraphs(tree), 9)).toEqual(['Recalling'])
    expect(operativeParagraphs(tree)).toHaveLength(1)
  })
})

describe('a formula run into an operative verb (handmade, as one-sentence texts of the 1940s read)', () => {
  it('`The Security Council calls upon…` on one line: the formula, then one operative paragraph', () => {
    const tree = parseResolution(
      'Resolution 27 (1947)\n\nThe Security Council calls upon the parties to cease hostilities forthwith and to settle their disputes by arbitration.\n',
    )
    expect(tree.meta.body).toBe('Security Council')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    expect(starts(operativeParagraphs(tree), 15)).toEqual(['calls upon the '])
  })
})

describe('notes marked with letters and a slash (`i/`, `j/`), as the UNDP Governing Council marked them', () => {
  it('84/21’s paragraph with its calls, and notes `i/` and `j/` under a rule (the notes made by hand: the stored page stops before them)', () => {
    const real = read('undp-gc-84-21-1984.excerpt.en.txt')
    const paragraph = /Continuing to emphasize[^\n]*/.exec(real)![0]
    const text = `The Governing Council\n\n${paragraph}\n\n1.  Notes with satisfaction the trends;\n\n2.  Also notes the increase.\n\n-----\n\ni/ Report of the United Nations World Population Conference, 1974.\n\nj/ General Assembly resolution 217 A (III).\n`
    const tree = parseResolution(text)
    expect(preambularParagraphs(tree)[0]!.text).toMatch(
      /^Continuing to emphasize .* World Population Plan of Action, the Universal Declaration of Human Rights, and other/,
    )
    expect(operativeParagraphs(tree)[1]!.text).toBe('Also notes the increase.')
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['i', 'j'])
  })
})

describe('`Continuing to…` opens a preambular paragraph (the UNDP Governing Council, 1983 and 1984)', () => {
  it('83/17 and 84/21: the third paragraph’s phrase is a known one', () => {
    for (const name of ['undp-gc-83-17-1983.excerpt.en.txt', 'undp-gc-84-21-1984.excerpt.en.txt']) {
      const third = preambularParagraphs(parseResolution(read(name)))[2]!
      expect(third.text).toMatch(/^Continuing to (?:underscore|emphasize) the importance of the human rights/)
      expect(third.leadingPhrase?.known).toBe(true)
    }
  })
})

describe('known gaps of session 13, second round', () => {
  it('S/RES/1 (1946) on Wikisource: picked below an earlier resolution; `By Article 47…;` then `Therefore` alone', () => {
    const tree = pickResolution(read('sc-0001-1946-wikisource.excerpt.en.txt'), '1 (1946)', {lang: 'en'})
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(1)
    expect(preamble[0]!.text).toMatch(/^By Article 47 of the Charter, the United Nations have agreed/)
    expect(preamble[0]!.text).toMatch(/permanent members of the Security Council or their representatives;$/)
    expect(starts(operativeParagraphs(tree), 40)).toEqual([
      'The Security Council requests the perman',
      'The Security Council directs that the Ch',
      'The Security Council directs the Militar',
    ])
  })

  it('the same clause and connective with no earlier text above (handmade from its words, `Accordingly,`)', () => {
    const tree = parseResolution(
      '1 (1946). Resolution of 25 January 1946\n\nBy Article 47 of the Charter, the United Nations have agreed that there shall be established a Military Staff Committee;\n\nAccordingly,\n\n1. The Security Council requests the permanent members to meet at London on 1 February 1946;\n\n2. The Security Council directs the Military Staff Committee to report.\n',
    )
    expect(starts(preambularParagraphs(tree), 13)).toEqual(['By Article 47'])
    expect(operativeParagraphs(tree)).toHaveLength(2)
  })

  it('A/RES/65/234 on issuu: the two notes whose numbers the copy lost are notes 1 and 2, not the seventh paragraph', () => {
    const tree = parseResolution(read('ga-65-234-2010-issuu.excerpt.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(8)
    expect(preamble[6]!.text).toMatch(
      /considerable gaps still exist in the implementation of different areas of the Programme of Action,$/,
    )
    expect(preamble[1]!.text).toMatch(/held in New York from 30 June to 2 July 1999,$/)
    const notes = footnotes(tree)
    expect(notes.map((note) => note.marker)).toEqual(['1', '2'])
    expect(notes[0]!.text).toMatch(
      /^Report of the International Conference on Population and Development, Cairo, 5–13 September 1994/,
    )
    expect(notes[1]!.text).toBe('Resolution S-21/2, annex.')
  })
})
