import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// Session 14 (fixtures/field/README.md, the session 14 table): bodies, decades and sources the
// field check had none of — the UNEP Governing Council of 1977–1983 on unep.org and a document
// site, the OAU's Council of Ministers in 1969, the IPU's Assembly, the ICC's Assembly of States
// Parties, a conference resolution on cms.int, and the General Assembly and Security Council of
// 1948–1963 on refworld, Wikisource and un-documents.net. Every fact below was read off the text
// by a person; the classes each fix covers are in the test names and the commit messages.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))

describe('the UNEP Governing Council on unep.org (1977, 1983)', () => {
  it('92 (V): a preambular paragraph without its comma, two operative paragraphs cut by a blank line mid-sentence', () => {
    const tree = parseResolution(read('unep-gc-92-v-1977.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Governing Council')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 14)).toEqual(['Recalling Gene', 'Bearing in min', 'Taking note of', 'Convinced that'])
    expect(preamble[1]!.text).toMatch(/resolution 31\/116 of 16 December 1976$/)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 10)).toEqual(['Reaffirms ', 'peals to a', 'Requests t', 'Invites th', 'Further in'])
    expect(operative[2]!.text).toMatch(
      /to obtain funds\s+for the Foundation from private and other non-governmental sources;$/,
    )
  })

  it('11/2: two preambular paragraphs on one line; `Decides:` with (a)–(d) is one paragraph, then a second `2.`', () => {
    const tree = parseResolution(read('unep-gc-11-2-1983.excerpt.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 12)).toEqual(['Recalling it', 'Having consi', 'Conscious of', 'Bearing in m'])
    expect(preamble[2]!.text).toMatch(/streamlining of its activities,$/)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 14)).toEqual(['Considers that', 'Decides: (a) T', 'Decides also t'])
    expect(operative[1]!.text).toMatch(/\(d\) That in 1987 the Council shall decide finally/)
  })

  it('a 1981 decision as a document site’s OCR text: heading, formula and one long paragraph on one line, cut', () => {
    const tree = parseResolution(read('unep-gc-1981-programme-policy-coek.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Governing Council')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(1)
    expect(preamble[0]!.text).toMatch(/^Taking into account General Assembly resolution 35\/74 of 5 December 1980/)
    expect(preamble[0]!.text).toMatch(/and of the Economic and Social Council$/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('other bodies', () => {
  it('OAU Council of Ministers (1969): the formula with its session, capital verbs all numbered `1.`', () => {
    const tree = parseResolution(read('oau-cm-191-1969.excerpt.en.txt'))
    expect(starts(preambularParagraphs(tree), 12)).toEqual([
      'Having studi',
      'Convinced th',
      'Recalling re',
      'Considering ',
    ])
    expect(starts(operativeParagraphs(tree), 12)).toEqual(['INVITES Memb', 'ENDORSES all', 'URGES ALSO m'])
  })

  it('IPU, 109th Assembly (2003): the logo lines, the title in capitals, eight preambular paragraphs', () => {
    const tree = parseResolution(read('ipu-109-2003-peace.excerpt.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(8)
    expect(starts(preamble, 12)).toEqual([
      'Noting the i',
      'Considering ',
      'Noting that ',
      'Recognising ',
      'Concerned mo',
      'Recognising ',
      'Observing th',
      'Aware that t',
    ])
  })

  it('ICC-ASP/15/Res.5 (2016) on one line: `The Assembly of States Parties,` breaks out as the formula', () => {
    const tree = parseResolution(read('icc-asp-15-res5-2016.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Assembly of States Parties')
    expect(starts(preambularParagraphs(tree), 16)).toEqual([
      'Mindful that eac',
      'Convinced that t',
      'Convinced also t',
      'Convinced furthe',
      'Welcoming the Co',
    ])
  })

  it('ICC-ASP/11/Res.8 (2012) on yumpu: every line break lost with no space, the formula glued on both sides', () => {
    const tree = parseResolution(read('icc-asp-11-res8-2012-yumpu.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Assembly of States Parties')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 16)).toEqual([
      'Mindful that eac',
      'Convinced that t',
      'Convinced also t',
      'Convinced furthe',
    ])
    expect(preamble[0]!.text).toMatch(/is now widelyacknowledged,$/)
    expect(preamble[3]!.text).toMatch(/universal adherence to the Rome Statute of theIn$/)
  })

  it('a raptor conference’s resolution on cms.int: no formula, phrases in capitals ending with `;`', () => {
    const tree = parseResolution(read('cms-raptors-budapest-2003.excerpt.en.txt'))
    expect(starts(preambularParagraphs(tree), 10)).toEqual([
      'RECALLING ',
      'CONSIDERIN',
      'AWARE of t',
      'CONSCIOUS ',
      'RECOGNISIN',
      'CONVINCED ',
    ])
    expect(starts(operativeParagraphs(tree), 10)).toEqual(['URGES the ', 'ACKNOWLEDG'])
  })
})

describe('the Parliamentary Assembly of the Council of Europe (second batch, right before any fix)', () => {
  it('Resolution 1158 (1998): no formula, four numbered paragraphs, `4.1` and `4.2` inside the fourth', () => {
    const tree = parseResolution(read('pace-1158-1998.excerpt.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 14)).toEqual(['For over fifty', 'After years of', 'The Assembly, ', 'The Assembly i'])
    expect(operative[3]!.text).toMatch(/^The Assembly invites the member states of the UN-ECE: 4\.1 to provide/)
  })

  it('Resolution 1052 (1995): the site’s lines as a list, four numbered paragraphs', () => {
    const tree = parseResolution(read('pace-1052-1995.excerpt.en.txt'))
    expect(starts(operativeParagraphs(tree), 14)).toEqual([
      'From its incep',
      'The Assembly n',
      'It also welcom',
      'The Assembly e',
    ])
  })
})

describe('a WTO Ministerial decision (Marrakesh, 1994) on the WTO’s site', () => {
  it('`Ministers` / `decide as follows:`: the plural formula without article, one sentence after it', () => {
    const tree = parseResolution(read('wto-ministerial-1994-ad-review.en.txt'))
    expect(tree.meta.body).toBe('Ministers')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^decide as follows: The standard of review in paragraph 6 of Article 17/)
    // The table's bar under the sentence (`|`) ends it: the page's links after it are not in it.
    expect(operative[0]!.text).toMatch(/whether it is capable of general application\.$/)
  })
})

describe('the General Assembly and the Security Council, 1948–1963, as other sites give them', () => {
  it('A/RES/735 (VIII) on refworld: `1. Invites` is operative, not a note; `[1] … [2] …` on one line are two notes', () => {
    const tree = parseResolution(read('ga-735-1953-refworld.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(6)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 12)).toEqual(['Invites the ', 'Requests the'])
    expect(operative[1]!.text).toMatch(/during the eighth session of the General Assembly\.$/)
    expect(footnotes(tree).map((note) => note.text)).toEqual([
      'See resolution 732(VIII).',
      'See documents A/C.3/L.376, A/C.3/L.382, A/C.3/L.384 and A/C.3/L.386.',
    ])
  })

  it('a numbered list under bracketed calls whose first item opens with an operative verb is never the notes', () => {
    // A web copy cut before its notes: the calls are there, the list of notes is not.
    const text = `735. The Social Commission\n\nThe General Assembly,\n\nConsidering that the General Assembly has adopted [1] a programme,\n\nHaving considered the draft proposals[2] made,\n\n1. Invites the Economic and Social Council to consider them;\n\n2. Requests the Secretary-General to communicate the records.\n`
    const tree = parseResolution(text)
    expect(operativeParagraphs(tree)).toHaveLength(2)
    expect(footnotes(tree)).toHaveLength(0)
  })

  it('S/RES/56 (1948) on Wikisource: the call `([1])` in the adoption line, note [1], the licence left out', () => {
    const tree = parseResolution(read('sc-0056-1948-wikisource.excerpt.en.txt'))
    expect(starts(preambularParagraphs(tree), 19)).toEqual(['Taking into account'])
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 12)).toEqual(['Directs the ', 'Decides purs'])
    expect(operative[1]!.text).toMatch(
      /\(e\) No party is entitled to gain military or political advantage through violation of the truce\.$/,
    )
    expect(footnotes(tree).map((note) => note.text)).toEqual([
      'The draft resolution was voted on in parts. No resolution was taken on the text as a whole.',
    ])
  })

  it('A/RES/1966 (XVIII) on un-documents.net: the preamble on one line runs on into `1.Decides`', () => {
    const tree = parseResolution(read('ga-1966-xviii-1963-undocnet.excerpt.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 14)).toEqual(['Bearing in min', 'Recalling its ', 'Having decided'])
    expect(preamble[2]!.text).toMatch(/the four principles enumerated in paragraph 3 thereof,$/)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 12)).toEqual(['Decides to e', 'Recommends t'])
    expect(operative[0]!.text).toMatch(/taking into account in particular:$/)
  })
})

// Session 14, round 2 (fixtures/field/README.md, "session 14, round 2"): resolutions and drafts
// quoted in telegrams. Counted by hand before the parser ran; blind, main read 1 of 6 right.
// The 1967 draft (`Affirms further the necessity` / `For…;` set with no blank lines) is still wrong: no test.
describe('resolutions and drafts quoted in telegrams (round 2)', () => {
  it('S/RES/82 (1950) in a telegram: the part numerals `I` and `II` alone on their lines are no words of a paragraph', () => {
    const tree = parseResolution(read('sc-0082-1950-wilson-telegram.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Security Council')
    expect(starts(preambularParagraphs(tree), 12)).toEqual(['Recalling th', 'Mindful of t', 'Noting with '])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.text.split(' ').slice(0, 2).join(' '))).toEqual([
      'Determines that',
      'Calls for',
      'Calls upon',
      'Requests the',
    ])
    expect(operative[0]!.text).toMatch(/constitutes a breach of the peace; and$/)
    expect(operative[1]!.text).toBe('Calls for the immediate cessation of hostilities;')
  })

  it('a 1949 draft: `“The GA convinced that…:` is the formula, abbreviated, and one preambular paragraph run in', () => {
    const tree = parseResolution(read('ga-draft-1949-frus-peace.excerpt.en.txt'))
    expect(tree.meta.body).toBe('General Assembly')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(1)
    expect(preamble[0]!.text).toMatch(/^convinced that peace depends on deeds.*international obligations:$/)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 14)).toEqual(['Declares that ', 'Notes with reg', 'Calls upon all', 'Calls upon all'])
    // The seven `To…;` items under `Calls upon all nations:` are that paragraph's.
    expect(operative[2]!.text).toMatch(/^Calls upon all nations: To refrain from the threat/)
    expect(operative[2]!.text).toMatch(/essential to international understanding and peace;$/)
  })

  it('a 1975 cable in capitals: the routing lines are no paragraphs, the page head inside a paragraph is no text', () => {
    const tree = parseResolution(read('ga-draft-1975-usun-specialized-agencies.excerpt.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 14)).toEqual(['HAVING CONSIDE', 'RECALLING THE ', 'HAVING EXAMINE', 'TAKING INTO AC'])
    expect(preamble[2]!.text).toMatch(/^HAVING EXAMINED THE REPORTS SUBMITTED ON THE ITEM BY THE SECRETARY-GENERAL,/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })

  it('a 1951 draft: `The GA`, then `  • “1. Takes note…;`: bullets opening a quotation the excerpt never closes', () => {
    const tree = parseResolution(read('ga-draft-1951-frus-refugees.excerpt.en.txt'))
    expect(tree.meta.body).toBe('General Assembly')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 12)).toEqual(['Takes note o', 'Expresses it', 'Invites memb', 'Reiterates i'])
    expect(operative[3]!.text).toMatch(/as recommended in its resolution 428 \(V\)$/)
  })

  it('a 1975 cable in capitals: `QUOTE SECURITY COUNCIL` is the formula; `(BEGIN BRACKETS) DEEPLY CONCERNED…` opens a paragraph', () => {
    const tree = parseResolution(read('sc-draft-1975-usun-cyprus.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Security Council')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 16)).toEqual([
      'TAKING NOTE OF T',
      'HAVING HEARD THE',
      'HAVING HEARD THE',
      'DEEPLY CONCERNED',
      '(BEGIN BRACKETS)',
      'RECALLING ITS PR',
      'NOTING THE ABSEN',
      'NOTING FURTHER T',
    ])
    // The cable's page head (`CONFIDENTIAL` twice, `PAGE 02 USUN N 00612 280235Z`) is no text of the second.
    expect(preamble[1]!.text).toMatch(/\(BEGIN BRACKETS\) OF THE REPRESENTATIVE OF CYPRUS/)
    expect(starts(operativeParagraphs(tree), 12)).toEqual(['CALLS ONCE M', 'REGRETS ALL ', 'CALLS FOR TH'])
  })

  it('quoted numbered lines that do not run 1., 2., 3. keep their marks', () => {
    const text = `Report of the meeting\n\n- “2. The delegates met.\n- “7. They agreed.\n\nThe Council,\n\nRecalling its work,\n\n1. Decides to meet again.\n`
    const tree = parseResolution(text)
    expect(operativeParagraphs(tree)).toHaveLength(1)
  })

  it('a Roman numeral alone on a line inside a paragraph that has not ended stays in its text', () => {
    const text = `The Security Council,\n\nRecalling its resolution 1 of 1946,\n\nDecides that the parties shall meet under part\nI\nof the agreement;\n\nRequests the Secretary-General to report.\n`
    const operative = operativeParagraphs(parseResolution(text))
    expect(operative).toHaveLength(2)
    expect(operative[0]!.text).toBe('Decides that the parties shall meet under part I of the agreement;')
  })
})
