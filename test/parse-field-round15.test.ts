import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {
  annexes,
  conclusions,
  footnotes,
  noteRefs,
  operativeParagraphs,
  preambularParagraphs,
} from '../src/tree/access.js'
import {root} from './helpers.js'

// Session 15 (fixtures/field/README.md, the session 15 tables): blind A, ten General Assembly
// resolutions of 2025 as railcar's PDF converter wrote them (picked by a rule stated before any was
// read); blind B, ILO Governing Body records in shapes the check had not and an OAU resolution of
// 1988. Every fact below was read off the text by a person; the classes each fix covers are in the
// test names and the commit messages.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))
const counts = (name: string): [number, number, number] => {
  const tree = parseResolution(read(name))
  return [preambularParagraphs(tree).length, operativeParagraphs(tree).length, footnotes(tree).length]
}

describe('blind A: the General Assembly of 2025 as a PDF converter wrote it (railcar)', () => {
  it('the counts read by hand', () => {
    expect(counts('ga-80-14-2025.en.md')).toEqual([5, 8, 5])
    expect(counts('ga-80-21-2025.en.md')).toEqual([13, 11, 8])
    expect(counts('ga-80-28-2025.en.md')).toEqual([10, 12, 9])
    expect(counts('ga-80-35-2025.en.md')).toEqual([13, 11, 1])
    expect(counts('ga-80-42-2025.en.md')).toEqual([10, 9, 1])
    expect(counts('ga-80-49-2025.en.md')).toEqual([16, 15, 4])
    expect(counts('ga-80-56-2025.en.md')).toEqual([2, 4, 0])
    expect(counts('ga-80-1-2025.en.txt')).toEqual([5, 3, 1])
    expect(counts('ga-80-2-2025.en.txt')).toEqual([2, 6, 1])
  })

  it('80/14: notes 1–3 printed between operative 2 and 3 are neither, 4 and 5 after the closing', () => {
    const tree = parseResolution(read('ga-80-14-2025.en.md'))
    const operative = operativeParagraphs(tree)
    expect(operative[1]!.text).toMatch(/^Calls upon African States .* as soon as possible;$/)
    expect(operative[2]!.text).toMatch(/^Recalls the convening of the first Conference/)
    expect(footnotes(tree).map((note) => note.text)).toEqual([
      'A/50/426, annex.',
      'A/51/113-S/1996/276, annex.',
      'S/PRST/1996/17; see Resolutions and Decisions of the Security Council, 1996 (S/INF/52).',
      'See A/50/426, annex.',
      'United Nations, Treaty Series, vol. 729, No. 10485.',
    ])
  })

  it('80/21: a preambular paragraph cut by a blank line at the page break is one', () => {
    const tree = parseResolution(read('ga-80-21-2025.en.md'))
    const preamble = preambularParagraphs(tree)
    expect(preamble[4]!.text).toMatch(/^Bearing in mind that all States/)
    expect(preamble[4]!.text).toMatch(/exploration and use\s+of outer space for peaceful purposes, with the objective/)
    expect(preamble[5]!.text).toMatch(/^Recognizing that, while the existing international treaties/)
    expect(operativeParagraphs(tree)[2]!.text).toMatch(/^Calls upon all States, .* to this end: \(a\) To take urgent/)
  })

  it('80/28: a preambular paragraph and an operative one cut by the notes at the page foot', () => {
    const tree = parseResolution(read('ga-80-28-2025.en.md'))
    const preamble = preambularParagraphs(tree)
    expect(preamble[3]!.text).toMatch(/^Welcoming also the 2025 report/)
    expect(preamble[3]!.text).toMatch(/“Seven-Plus-One”\s+formula and the description provided by the 2022 Group/)
    expect(preamble[3]!.text).toMatch(/as appropriate,$/)
    const operative = operativeParagraphs(tree)
    expect(operative[4]!.text).toMatch(/military holdings to the\s+Register in addition to information/)
    expect(footnotes(tree).at(-1)!.text).toBe('See A/80/121.')
  })

  it('80/35 and 80/49: the first and last words of the parts', () => {
    const mines = parseResolution(read('ga-80-35-2025.en.md'))
    expect(starts(preambularParagraphs(mines), 12).slice(-3)).toEqual(['Noting with ', 'Noting with ', 'Emphasizing '])
    expect(operativeParagraphs(mines).at(-1)!.text).toMatch(/on Their Destruction”\.$/)
    const meeting = parseResolution(read('ga-80-49-2025.en.md'))
    const preamble = preambularParagraphs(meeting)
    // `…from their territories, and` / blank / `strongly supporting…`: one paragraph.
    expect(preamble[5]!.text).toMatch(/from their territories, and\s+strongly supporting the speedy establishment/)
    expect(preamble.at(-1)!.text).toBe(
      'Determined to work collectively towards the realization of nuclear disarmament,',
    )
  })

  it('80/1 and 80/2 as pdftotext-style text: the number alone on its line above its paragraph', () => {
    const palestine = parseResolution(read('ga-80-1-2025.en.txt'))
    const operative = operativeParagraphs(palestine)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    expect(operative[0]!.text).toMatch(/^Decides, without setting a precedent/)
    expect(operative[0]!.text).toMatch(/during the general debate of the\s+Assembly at its eightieth session/)
    expect(operative[2]!.text).toMatch(/only during the eightieth\s+session\.$/)
    const scale = parseResolution(read('ga-80-2-2025.en.txt'))
    expect(starts(operativeParagraphs(scale), 12)).toEqual([
      'Reaffirms it',
      'Also reaffir',
      'Requests the',
      'Urges all Me',
      'Agrees that ',
      'Decides that',
    ])
  })

  it('80/3: two operative paragraphs; the declaration in the annex is not the resolution’s', () => {
    const tree = parseResolution(read('ga-80-3-2025.en.txt'))
    expect(starts(preambularParagraphs(tree), 10)).toEqual(['Recalling '])
    expect(starts(operativeParagraphs(tree), 10)).toEqual(['Endorses t', 'Expresses '])
  })

  it('a paragraph and the closing a converter ran into the last note’s definition (80/42: `sect. III.A. 9. Decides…`)', () => {
    const tree = parseResolution(read('ga-80-42-2025.en.md'))
    const operative = operativeParagraphs(tree)
    expect(operative.at(-1)!.num).toBe(9)
    expect(operative.at(-1)!.text).toMatch(/^Decides to include in the provisional agenda of its eighty-first session/)
    expect(operative.at(-1)!.text).toMatch(/“Confidence-building measures in the regional and subregional context”\.$/)
    expect(conclusions(tree)?.text).toBe('52nd plenary meeting 1 December 2025')
    const notes = footnotes(tree)
    expect(notes).toHaveLength(1)
    expect(notes[0]!.text).toMatch(/^Official Records of the General Assembly, Forty-eighth Session/)
    expect(notes[0]!.text).toMatch(/annex II, sect\. III\.A\.$/)
  })
})

describe('blind A, second batch: 80/66–70 (the five highest numbers)', () => {
  it('the counts read by hand', () => {
    expect(counts('ga-80-66-2025.en.md')).toEqual([6, 12, 4])
    expect(counts('ga-80-67-2025.en.md')).toEqual([16, 8, 8])
    expect(counts('ga-80-68-2025.en.md')).toEqual([9, 15, 16])
    expect(counts('ga-80-69-2025.en.md')).toEqual([13, 9, 3])
    expect(counts('ga-80-70-2025.en.md')).toEqual([16, 11, 4])
  })

  it('80/66 and 80/68: operative paragraphs cut by a blank line, or ending where a page’s last words were lost', () => {
    const commission = operativeParagraphs(parseResolution(read('ga-80-66-2025.en.md')))
    expect(commission[4]!.text).toMatch(/taking into account the$/)
    expect(commission[7]!.text).toMatch(/to elect\s+its Bureau and address other outstanding organizational matters/)
    expect(commission[7]!.text).toMatch(/as provided for in paragraph 3\.4 of the$/)
    const weapons = operativeParagraphs(parseResolution(read('ga-80-68-2025.en.md')))
    expect(weapons[6]!.text).toMatch(/High Contracting Parties to the\s+Convention and its annexed Protocols to ensure/)
    expect(weapons[7]!.text).toMatch(
      /\(vi\) The Meeting of the High Contracting Parties to the Convention, from 12 to 14 November 2025/,
    )
  })

  it('80/68: a call glued after a number and a comma (`its amended article 1,2 the Protocol`) is the call of note 2', () => {
    const recalling = preambularParagraphs(parseResolution(read('ga-80-68-2025.en.md')))[1]!
    expect(noteRefs(recalling.children)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'])
    expect(recalling.text).toMatch(/its amended article 1, the Protocol on Non-Detectable Fragments/)
  })

  it('the last note’s wrapped line that a converter made a definition of its own (80/70: `[^2321]: (2016) and 2375 (2017).`)', () => {
    const notes = footnotes(parseResolution(read('ga-80-70-2025.en.md')))
    expect(notes).toHaveLength(4)
    expect(notes[3]!.text).toMatch(/^Including Security Council resolutions 1718 \(2006\)/)
    expect(notes[3]!.text).toMatch(/2270 \(2016\),\s+2321 \(2016\) and 2375 \(2017\)\.$/)
  })
})

describe('blind A, third batch: 80/4 and 80/8 as pdftotext-style text', () => {
  it('the counts read by hand', () => {
    expect(counts('ga-80-4-2025.en.txt')).toEqual([8, 5, 1])
    expect(counts('ga-80-8-2025.en.txt')).toEqual([32, 9, 6])
  })

  it('80/4: a preambular paragraph cut inside its list of resolutions by the page break', () => {
    const preamble = preambularParagraphs(parseResolution(read('ga-80-4-2025.en.txt')))
    expect(preamble[5]!.text).toMatch(/^Recalling its resolutions 47\/19 of 24 November 1992/)
    expect(preamble[5]!.text).toMatch(/51\/17 of 12 November\s+1996, 52\/10 of 5 November 1997/)
    expect(preamble[5]!.text).toMatch(/decision 76\/563 of 11 May 2022,$/)
  })

  it('a name wrapped onto a line after a comma is no participle opening a paragraph (80/8: `Los Angeles,` / `United States of America, …`)', () => {
    const tree = parseResolution(read('ga-80-8-2025.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(preamble[19]!.text).toMatch(/^Noting the successful conclusion of the Games of the XXXIII Olympiad/)
    expect(preamble[19]!.text).toMatch(/to be held in Los Angeles,\s+United States of America, from 14 to 30 July/)
    expect(preamble[19]!.text).toMatch(/from 10 to 19 March 2034,\s+respectively,$/)
    expect(preamble.at(-1)!.text).toMatch(/^Noting with satisfaction that the United Nations flag/)
    expect(operativeParagraphs(tree).at(-1)!.text).toMatch(
      /and to consider\s+the sub-item before the Games of the XXXIV Olympiad/,
    )
  })
})

describe('blind B: records of the ILO Governing Body, an OAU resolution of 1988', () => {
  it('a record’s lettered decisions whose second verb is in none of the lexicon’s (`(b) provided guidance…`)', () => {
    const tree = parseResolution(read('ilo-gb-326-2016.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(0)
    expect(starts(operativeParagraphs(tree), 22)).toEqual(['(a) requested the Dire', '(b) provided guidance '])
    expect(conclusions(tree)?.text).toBe('(Document GB.326/INS/2, paragraph 13.)')
  })

  it('a record of decisions as narrative: one decision (`The Governing Body endorsed…`) under a heading', () => {
    const tree = parseResolution(read('ilo-gb-300-2007.en.txt'))
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^The Governing Body endorsed the programme of work/)
    expect(operative[0]!.text).toMatch(
      /during the next session\. \(Oral report and chart on the programme of work\.\)$/,
    )
    expect(operative[0]!.leadingPhrase?.known).toBe(true)
  })

  it('three narrative decisions, each with its source line, a title between the second and the third', () => {
    const tree = parseResolution(read('ilo-gb-306-2009.en.txt'))
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 26)).toEqual([
      'The Governing Body adopted',
      'The Governing Body invited',
      'The Governing Body request',
    ])
    expect(operative[0]!.text).toMatch(/publish it without delay\.\s+\(Document GB\.306\/10\/1, paragraph 8\.\)$/)
    expect(operative[2]!.heading).toMatch(/^Constitution of the International Labour Organization: Proposal/)
    expect(conclusions(tree)?.text).toBe('(Document GB.306/10/1, paragraph 29.)')
  })

  it('1998’s record: numbered decisions, a list of subjects inside the second', () => {
    const tree = parseResolution(read('ilo-gb-273-1998-record.excerpt.en.txt'))
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    expect(operative[1]!.text).toMatch(/Employment of women\./)
  })

  it('OAU CM/Res.1174 (XLVIII) (1988): the formula with its session, seven preambular paragraphs, cut', () => {
    const tree = parseResolution(read('oau-cm-1174-1988-ifad.excerpt.en.txt'))
    expect(starts(preambularParagraphs(tree), 10)).toEqual([
      'Recalling ',
      'Bearing in',
      'Emphasizin',
      'Recognizin',
      'Recording ',
      'Noting wit',
      'Underlinin',
    ])
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

// Blind C: eight more of railcar's GA-80 texts, picked by a rule stated before any was read
// (fixtures/field/README.md, "session 15, blind C").
describe('blind C: eight more General Assembly texts of 2025 (railcar)', () => {
  it('the counts read by hand', () => {
    expect(counts('ga-80-9-2025.en.md').slice(0, 2)).toEqual([0, 1])
    expect(counts('ga-80-13-2025.en.txt')).toEqual([8, 5, 3])
    expect(counts('ga-80-18-2025.en.md')).toEqual([18, 6, 7])
    expect(counts('ga-80-23-2025.en.txt')).toEqual([9, 4, 1])
    expect(counts('ga-80-27-2025.en.md')).toEqual([9, 6, 2])
    expect(counts('ga-80-32-2025.en.md')).toEqual([6, 5, 1])
    expect(counts('ga-80-37-2025.en.md')).toEqual([12, 6, 5])
    expect(counts('ga-80-41-2025.en.md')).toEqual([18, 6, 7])
  })

  it('80/9: the annex whose heading a converter ran into its title (`Annex 2025 Political Declaration…`) after the meeting line holds the declaration and its notes', () => {
    const tree = parseResolution(read('ga-80-9-2025.en.md'))
    expect(footnotes(tree)).toHaveLength(0)
    expect(annexes(tree)).toHaveLength(1)
    expect(annexes(tree)[0]!.title).toMatch(/^Annex 2025 Political Declaration on the Implementation/)
    expect(conclusions(tree)?.text).toBe('48th plenary meeting 24 November 2025')
  })

  it('80/37: the page head that repeats the title alone between two paragraphs is neither (`Reducing nuclear danger`)', () => {
    const tree = parseResolution(read('ga-80-37-2025.en.md'))
    expect(starts(preambularParagraphs(tree), 12).slice(7, 10)).toEqual([
      'Conscious th',
      'Mindful that',
      'Reiterating ',
    ])
    expect(preambularParagraphs(tree)[7]!.text).toMatch(/leading to the elimination of nuclear weapons,$/)
  })

  it('80/18: two preambular paragraphs, operative 1–6 and the closing that a converter ran into the last note’s definition', () => {
    const tree = parseResolution(read('ga-80-18-2025.en.md'))
    const preamble = preambularParagraphs(tree)
    expect(preamble[15]!.text).toMatch(/^Noting the support expressed in the Conference on Disarmament/)
    expect(preamble[16]!.text).toMatch(
      /^Taking note of Security Council resolution 984 \(1995\) of 11 April 1995 and the views expressed on it,$/,
    )
    expect(preamble[17]!.text).toMatch(
      /^Recalling its relevant resolutions adopted in previous years, .* 79\/17 of 2 December 2024,$/,
    )
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6])
    expect(operative[0]!.text).toMatch(/^Reaffirms the urgent need to reach an early agreement/)
    expect(operative[5]!.text).toMatch(/^Decides to include in the provisional agenda of its eighty-first session/)
    expect(conclusions(tree)?.text).toBe('52nd plenary meeting 1 December 2025')
    expect(footnotes(tree).at(-1)!.text).toBe('See A/57/759-S/2003/332, annex I.')
  })

  it('80/27: the page head after a note is no words of the paragraph above (`…General Assembly, 1` / note / `Regional disarmament`)', () => {
    const tree = parseResolution(read('ga-80-27-2025.en.md'))
    expect(preambularParagraphs(tree)[3]!.text).toMatch(
      /^Noting that essential guidelines .* of the General Assembly,$/,
    )
  })

  it('80/32: the page head, two preambular paragraphs, operative 1–5 and the closing run into a bare note after the rule', () => {
    const tree = parseResolution(read('ga-80-32-2025.en.md'))
    const preamble = preambularParagraphs(tree)
    expect(preamble[3]!.text).toBe(
      'Taking note of the report of the Secretary-General submitted pursuant to resolution 79/45,',
    )
    expect(preamble[4]!.text).toMatch(
      /^Noting that the Nineteenth Summit of Heads of State .* disarmament and arms control,$/,
    )
    expect(preamble[5]!.text).toBe('Mindful of the detrimental environmental effects of the use of nuclear weapons,')
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5])
    expect(operative[0]!.text).toMatch(/^Reaffirms that international disarmament forums/)
    expect(conclusions(tree)?.text).toBe('52nd plenary meeting 1 December 2025')
    expect(footnotes(tree).map((note) => note.text)).toEqual(['A/80/124.'])
  })
})

// Blind D (fixtures/field/README.md, "session 15, blind D"): eight more railcar texts, picked by a
// rule committed before any was read, counted by hand and committed before the parser ran on them.
describe('blind D: eight more railcar texts of the General Assembly of 2025', () => {
  it('the counts read by hand', () => {
    expect(counts('ga-80-11-2025.en.txt')).toEqual([16, 30, 4])
    expect(counts('ga-80-16-2025.en.md')).toEqual([3, 4, 0])
    expect(counts('ga-80-20-2025.en.txt')).toEqual([14, 7, 8])
    expect(counts('ga-80-25-2025.en.md')).toEqual([10, 8, 5])
    expect(counts('ga-80-30-2025.en.md')).toEqual([9, 5, 3])
    expect(counts('ga-80-34-2025.en.md')).toEqual([11, 36, 24])
    expect(counts('ga-80-39-2025.en.md')).toEqual([33, 32, 16])
    expect(counts('ga-80-44-2025.en.md')).toEqual([21, 11, 14])
  })

  it('80/39: a note whose text opens with a year (`7 2000 Review Conference…`) is a note, and the notes after it too', () => {
    const notes = footnotes(parseResolution(read('ga-80-39-2025.en.md')))
    expect(notes).toHaveLength(16)
    expect(notes[6]!.text).toMatch(/^2000 Review Conference of the Parties to the Treaty on the Non-Proliferation/)
    expect(notes[7]!.text).toMatch(/^2010 Review Conference of the Parties/)
    expect(notes[8]!.text).toMatch(/^Ibid\., vol\. I \(NPT\/CONF\.2010\/50/)
    expect(notes[15]!.text).toBe('See TPNW/MSP/2022/6 and TPNW/MSP/2023/14.')
  })

  it('80/39: a note the converter cut (`…to the Treaty on the Non-Proliferation`) ends before the paragraph its page cut goes on', () => {
    const tree = parseResolution(read('ga-80-39-2025.en.md'))
    expect(footnotes(tree)[5]!.text).toBe(
      'See 1995 Review and Extension Conference of the Parties to the Treaty on the Non-Proliferation',
    )
    const preamble = preambularParagraphs(tree)
    expect(preamble[10]!.text).toMatch(
      /^Recalling also the decisions .* and the Final Documents of the 2000.* under article VI of the Treaty,$/,
    )
    // `Ever mindful that…` opens a paragraph of its own.
    expect(preamble[11]!.text).toMatch(/^Ever mindful that, to preserve the credibility/)
    expect(preamble[1]!.text).toMatch(/disarmament agenda, Securing Our Common Future: An Agenda for Disarmament,$/)
  })

  it('80/34: a title wrapped after a comma (`…Development, Production,` / `Stockpiling and Use of…`) opens no paragraph', () => {
    const preamble = preambularParagraphs(parseResolution(read('ga-80-34-2025.en.md')))
    expect(preamble[3]!.text).toMatch(
      /^Recalling that 2025 marks .* Development, Production, Stockpiling and Use of Chemical Weapons and on Their Destruction reaffirms principles .* that Protocol,$/,
    )
  })

  it('80/34: `Re-emphasizing` opens a paragraph as Emphasizing does', () => {
    const preamble = preambularParagraphs(parseResolution(read('ga-80-34-2025.en.md')))
    expect(preamble[5]!.text).toMatch(/^Recalling decisions C-24\/DEC\.4 .* to the Convention,$/)
    expect(preamble[6]!.text).toMatch(/^Re-emphasizing its unequivocal support .* and the United Nations,$/)
    expect(preamble[6]!.leadingPhrase?.text).toBe('Re-emphasizing')
  })

  it('80/34: a preambular paragraph ending with a colon keeps its items, their letters lost', () => {
    const preamble = preambularParagraphs(parseResolution(read('ga-80-34-2025.en.md')))
    const convinced = preamble[10]!.text
    expect(convinced).toMatch(/^Convinced that the Convention, 28 years after its entry into force/)
    expect(convinced).toContain(
      'a major contribution to: International peace and security, Eliminating chemical weapons',
    )
    expect(convinced).toMatch(/Promoting international cooperation .* development of all States Parties,$/)
  })
})

// Blind E (fixtures/field/README.md, "session 15, blind E"): six more railcar texts, picked by a
// rule committed before any was read, counted by hand and committed before the parser ran on them.
describe('blind E: six more railcar texts of the General Assembly of 2025', () => {
  it('the counts read by hand', () => {
    expect(counts('ga-80-15-2025.en.md')).toEqual([15, 6, 10])
    expect(counts('ga-80-22-2025.en.txt')).toEqual([12, 7, 4])
    expect(counts('ga-80-29-2025.en.md')).toEqual([9, 4, 0])
    expect(counts('ga-80-36-2025.en.md')).toEqual([16, 10, 9])
    expect(counts('ga-80-43-2025.en.md')).toEqual([21, 17, 15])
    expect(counts('ga-80-47-2025.en.md')).toEqual([15, 5, 7])
  })

  it('80/22: `Cognizant of…` cut by a blank line (`…Production and` / `Stockpiling of…`) is one paragraph; operative 6 goes on past the notes', () => {
    const tree = parseResolution(read('ga-80-22-2025.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(preamble[5]!.text).toMatch(/Development, Production and Stockpiling of Bacteriological \(Biological\)/)
    expect(preamble[6]!.text).toBe('Cognizant also of the discussions in the Conference on Disarmament in 2025,')
    expect(operativeParagraphs(tree)[5]!.text).toMatch(/regional and international levels, on the role of science/)
    expect(footnotes(tree).map((note) => note.text)).toEqual([
      'United Nations, Treaty Series, vol. 1015, No. 14860.',
      'BWC/CONF.IX/9, sect. II.E.',
      'United Nations, Treaty Series, vol. 1342, No. 22495.',
      'A/80/237.',
    ])
  })

  it('80/29: the page head (the title on a line of its own) between two preambular paragraphs is neither', () => {
    const preamble = preambularParagraphs(parseResolution(read('ga-80-29-2025.en.md')))
    expect(preamble[4]!.text).toMatch(/^Aware that the preservation .* objective of conventional arms control,$/)
    expect(preamble[5]!.text).toMatch(/^Desirous of promoting agreements/)
  })

  it('80/36, 80/43, 80/47: paragraphs cut by the notes at a page foot go on after them', () => {
    expect(operativeParagraphs(parseResolution(read('ga-80-36-2025.en.md')))[1]!.text).toMatch(
      /resolution 49\/75 G of 15 December 1994 and the recommendations .* cooperation with the African Union;$/,
    )
    expect(operativeParagraphs(parseResolution(read('ga-80-43-2025.en.md')))[8]!.text).toMatch(
      /equitable geographical representation, and reiterates its request .* for follow-up;$/,
    )
    expect(preambularParagraphs(parseResolution(read('ga-80-47-2025.en.md')))[4]!.text).toMatch(
      /the Disarmament Commission guidelines of 1999, in strengthening the nuclear non‑proliferation regime/,
    )
  })

  // The calls as a person reads them in the text: note 9 of 80/15 stands glued to `Treaty of
  // Tlatelolco9` (`action 9 of the Final Document` cites a part of that document); note 1 of
  // 80/22 after a space, `the Convention 1 and` (the Biological Weapons Convention, Treaty Series).
  const callsAfter = (name: string): string[] => {
    const tree = parseResolution(read(name))
    const found: string[] = []
    for (const paragraph of [...preambularParagraphs(tree), ...operativeParagraphs(tree)]) {
      const children = paragraph.children ?? []
      children.forEach((child, index) => {
        const before = children[index - 1]
        if (child.type === 'noteRef')
          found.push(`${child.marker} ${before && 'value' in before ? before.value.slice(-60) : ''}`)
      })
    }
    return found
  }

  it('80/15: a number between a small-letter word and `of` (`action 9 of the Final Document`) cites a part of a text, no call', () => {
    const calls = callsAfter('ga-80-15-2025.en.md')
    const nine = calls.filter((call) => call.startsWith('9 '))
    expect(nine).toHaveLength(1)
    expect(nine[0]).toMatch(/Protocols I and II to the Treaty of Tlatelolco$/)
  })

  it('80/22: a name capitalised after `the` (`the Convention 1 and`) is no reference word: the number after it is the call', () => {
    const calls = callsAfter('ga-80-22-2025.en.txt')
    expect(calls.map((call) => call.split(' ')[0])).toEqual(['1', '2', '3', '4'])
    expect(calls[0]).toMatch(/developments relevant to the Convention $/)
  })
})
