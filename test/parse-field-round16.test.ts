import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintResolution} from '../src/lint/index.js'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, formula, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// Session 16 (fixtures/field/README.md, the session 16 tables): blind F, real negotiation drafts
// with square brackets (the Paris outcome's draft decision of 6 November 2015 in three forms, a
// WHA77 draft resolution as a blog quotes it, a UNEP training handbook's sample decision); blind G,
// bodies with no stored text before (a WIPO General Assembly decision, a CND draft) and the 1970s.
// Every fact below was read off the text by a person; the classes each fix covers are in the test
// names and the commit messages.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const counts = (name: string): [number, number] => {
  const tree = parseResolution(read(name))
  return [preambularParagraphs(tree).length, operativeParagraphs(tree).length]
}
const bracketReports = (name: string): string[] => {
  const text = read(name)
  return lintResolution(parseResolution(text), text)
    .messages.filter((message) => message.ruleId === 'no-brackets')
    .map((message) => `${message.line}:${message.column}`)
}

describe('blind F: real negotiation drafts with square brackets', () => {
  it('the counts read by hand', () => {
    expect(counts('unfccc-adp-draft-decision-2015-okfn.excerpt.en.md')).toEqual([5, 40])
    expect(counts('unfccc-adp-draft-decision-2015-section-iii.excerpt.en.txt')).toEqual([0, 6])
    expect(counts('unfccc-adp-draft-decision-2015-preamble.excerpt.en.txt')).toEqual([5, 1])
    expect(counts('wha-77-ihr-draft-resolution-2024-substack.excerpt.en.txt')).toEqual([1, 3])
    expect(counts('mea-sample-decision-unep-training.excerpt.en.txt')).toEqual([1, 6])
  })

  it('a paragraph a draft inserts, numbered with a Latin suffix glued to the number (`9bis.`, `19quinquies.`)', () => {
    const operative = operativeParagraphs(parseResolution(read('unfccc-adp-draft-decision-2015-okfn.excerpt.en.md')))
    const inserted = operative.filter((paragraph) => /bis|ter|quater|quinquies/u.test(paragraph.eId))
    expect(inserted.map((paragraph) => paragraph.text.slice(0, 12))).toEqual([
      'Decides that',
      'Notes that a',
      'Decides that',
      'Invites deve',
      'Notes that t',
    ])
    // The three options for 6–9bis each number their paragraphs from 6 again.
    expect(operative.filter((paragraph) => paragraph.num === 6)).toHaveLength(3)
  })

  it('kramdown’s `* TOC` / `{:toc}` is markup, no note', () => {
    const tree = parseResolution(read('unfccc-adp-draft-decision-2015-okfn.excerpt.en.md'))
    expect(footnotes(tree)).toEqual([])
  })

  it('the phrase after an option’s label and among bracketed alternatives', () => {
    const operative = operativeParagraphs(parseResolution(read('unfccc-adp-draft-decision-2015-okfn.excerpt.en.md')))
    const phraseOf = (num: number): string | undefined =>
      operative.find((paragraph) => paragraph.num === num && !/bis|ter|quater|quinquies/u.test(paragraph.eId))
        ?.leadingPhrase?.text
    // `16. **Option 1** : *[Requests* the SBI…`, `19. *[Invites] [Strongly urges]* all Parties…`,
    // `20. **Option 1:** *[Decides][Invites* the President of the COP]…`, `5. *[Recognizes* that…`.
    expect([phraseOf(16), phraseOf(19), phraseOf(20), phraseOf(5), phraseOf(26)]).toEqual([
      'Requests',
      'Invites',
      'Decides',
      'Recognizes',
      'Decides',
    ])
  })

  it('no-brackets reports a bracketed paragraph or option wrapped over lines, once, from its opening bracket', () => {
    // Section III as a PDF's text: 25's second option (`Option 2: [Develop…` / `…population;]`,
    // lines 14–15) and 26 (`26. [Decides…` over lines 16–18 to `systems;]`).
    const reports = bracketReports('unfccc-adp-draft-decision-2015-section-iii.excerpt.en.txt')
    expect(reports).toContain('14:11')
    expect(reports).toContain('16:5')
    expect(reports.filter((at) => at.startsWith('15:') || at.startsWith('17:') || at.startsWith('18:'))).toEqual([])
    // 25's first option: its opening bracket on line 12 (`Option 1: [Decides…`).
    expect(reports).toContain('12:11')
  })

  it('no-brackets reports each bracketed paragraph of the Markdown draft (one line each)', () => {
    const reports = bracketReports('unfccc-adp-draft-decision-2015-okfn.excerpt.en.md')
    // Operative 5 (line 37), 16 (87), 25's two options (129, 131), 26 (133).
    for (const line of [37, 87, 129, 131, 133]) expect(reports.some((at) => at.startsWith(`${line}:`))).toBe(true)
  })

  it('a section heading in capitals above a numbered paragraph, with no formula and no blank line', () => {
    const tree = parseResolution(read('unfccc-adp-draft-decision-2015-section-iii.excerpt.en.txt'))
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([22, 23, 24, 25, 26, 27])
    expect(operative[0]!.text).toMatch(/^Welcomes the efforts of all actors/)
    expect(operative[4]!.text).toMatch(/^\[Decides that Parties shall, when pursuing all mitigation actions/)
    expect(operative[4]!.text).toMatch(/sustainable landuse\s+systems;\]$/)
  })

  it('labels inside a line that ran the draft together (`Pp1`, `(PP6)`, `(OP)1.`), and a formula in brackets', () => {
    const paris = parseResolution(read('unfccc-adp-draft-decision-2015-preamble.excerpt.en.txt'))
    expect(formula(paris)?.text).toBe('[The Conference of the Parties,')
    expect(paris.meta.body).toBe('Conference of the Parties')
    expect(preambularParagraphs(paris).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Recalling',
      'Also recalling',
      'Welcoming',
      'Recognizing',
      'Also emphasizing',
    ])
    expect(operativeParagraphs(paris)[0]!.text).toMatch(/^Decides to adopt the \[Paris Implementing\] Agreement/)
    const ihr = parseResolution(read('wha-77-ihr-draft-resolution-2024-substack.excerpt.en.txt'))
    expect(preambularParagraphs(ihr)[0]!.text).toMatch(/^\[Recalling that, in fulfilment of the requirement/)
    const operative = operativeParagraphs(ihr)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    expect(operative[0]!.text).toMatch(/^\[ADOPTS, in accordance with Article 55/)
    expect(operative[1]!.text).toMatch(/^\[CALLS UPON States Parties and the Director-General/)
    expect(operative[2]!.text).toMatch(/^DECIDES: \(a\) in accordance with paragraph 1 of Article 54/)
  })
})

describe('blind G: bodies with no stored text before, and the 1970s', () => {
  it('the counts read by hand', () => {
    expect(counts('ecosoc-1972-1663-unodc.en.txt')).toEqual([3, 1])
    expect(counts('ga-33-111-1978-refworld.excerpt.en.txt')).toEqual([6, 1])
    expect(counts('wipo-ga-31-2004-development-agenda-cptech.excerpt.en.txt')).toEqual([3, 4])
  })

  it('WIPO: paragraphs numbered in brackets that name their actor; two preambular paragraphs on one line', () => {
    const tree = parseResolution(read('wipo-ga-31-2004-development-agenda-cptech.excerpt.en.txt'))
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Recalling',
      'Taking into account',
      'Bearing in mind',
    ])
    expect(preambularParagraphs(tree)[0]!.text).toMatch(/raised in several multilateral fora;$/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operative[0]!.text).toMatch(/^The General Assembly welcomes the initiative for a development agenda/)
    expect(operative[0]!.leadingPhrase?.base).toBe('Welcomes')
    expect(operative[2]!.text).toMatch(/^The International Bureau shall undertake immediate arrangements/)
    expect(operative[3]!.text).toMatch(
      /^The General Assembly decides to include this issue in its September 2005 session\./,
    )
  })
})

describe('an operative paragraph ending with a colon, its items set apart with their letters lost (80/11, 80/34)', () => {
  it('the items stay in their paragraph and are no text outside the parts', () => {
    for (const name of ['ga-80-11-2025.en.txt', 'ga-80-34-2025.en.md']) {
      const text = read(name)
      const tree = parseResolution(text)
      expect(tree.data.warnings?.filter((warning) => warning.ruleId === 'text-outside-parts') ?? []).toEqual([])
      const messages = lintResolution(tree, text).messages
      expect(messages.filter((message) => message.ruleId === 'text-outside-parts')).toEqual([])
      // The letters that remain cannot be counted where some were lost (80/11's `(ii)`, `(e)`).
      expect(messages.filter((message) => message.ruleId === 'point-numbering')).toEqual([])
    }
    // 80/11's operative 1 (`…also reaffirms the need to strengthen its fulfilment by:`) holds its
    // first item (`Requesting the Peacebuilding Commission to establish…`) and its last (`Requesting
    // the Department of Global Communications…`); 80/34's 12 (`Also recalls the adoption of:`) its two decisions.
    const peacebuilding = operativeParagraphs(parseResolution(read('ga-80-11-2025.en.txt')))
    expect(peacebuilding[0]!.text).toMatch(
      /fulfilment by:\s+Requesting the Peacebuilding Commission to establish a detailed/,
    )
    expect(peacebuilding[0]!.text).toMatch(/Requesting the Department of Global Communications of the Secretariat/)
    const chemical = operativeParagraphs(parseResolution(read('ga-80-34-2025.en.md')))
    expect(chemical[11]!.text).toMatch(/^Also recalls the adoption of:\s+Decision C-SS-4\/DEC\.3/)
    expect(chemical[11]!.text).toMatch(/Decision EC-94\/DEC\.2 of the Executive Council/)
  })
})

describe('blind H: railcar’s 80/10, 80/17, 80/31 and 80/45', () => {
  it('the counts read by hand, notes too', () => {
    const all = (name: string): [number, number, number] => {
      const tree = parseResolution(read(name))
      return [preambularParagraphs(tree).length, operativeParagraphs(tree).length, footnotes(tree).length]
    }
    expect(all('ga-80-10-2025.en.txt')).toEqual([11, 3, 13])
    expect(all('ga-80-17-2025.en.md')).toEqual([12, 12, 4])
    expect(all('ga-80-31-2025.en.md')).toEqual([16, 10, 12])
    expect(all('ga-80-45-2025.en.md')).toEqual([9, 6, 5])
  })

  it('80/45: a preambular paragraph cut by note 1, and item (b) cut by notes 2–5', () => {
    const tree = parseResolution(read('ga-80-45-2025.en.md'))
    expect(preambularParagraphs(tree)[4]!.text).toMatch(/review process for the\s+Treaty, principles and objectives/)
    expect(operativeParagraphs(tree)[2]!.text).toMatch(/pursuant to article VI of\s+the Treaty and as a voluntary/)
    expect(footnotes(tree).at(-1)!.text).toMatch(/^Ibid\., section entitled “Article VI and eighth to twelfth/)
  })
})

describe('blind H, second batch: railcar’s 80/51, 80/53, 80/55 and 80/58', () => {
  it('the counts read by hand, notes too', () => {
    const all = (name: string): [number, number, number] => {
      const tree = parseResolution(read(name))
      return [preambularParagraphs(tree).length, operativeParagraphs(tree).length, footnotes(tree).length]
    }
    expect(all('ga-80-51-2025.en.md')).toEqual([12, 6, 10])
    expect(all('ga-80-53-2025.en.md')).toEqual([25, 12, 12])
    expect(all('ga-80-55-2025.en.md')).toEqual([17, 7, 4])
    expect(all('ga-80-58-2025.en.md')).toEqual([18, 11, 4])
  })

  it('80/51: calls the converter glued to the next word (`Weapons 6and`, `weapons, 7in which`)', () => {
    const text = read('ga-80-51-2025.en.md')
    const tree = parseResolution(text)
    const acknowledging = preambularParagraphs(tree)[5]!
    expect(acknowledging.text).toMatch(/Non- Proliferation of Nuclear Weapons and the advisory opinion/)
    expect(acknowledging.text).toMatch(/threat or use of nuclear weapons, in which the Court unanimously/)
    const calls = acknowledging.children.filter((child) => child.type === 'noteRef')
    expect(calls.map((call) => (call as {marker: string}).marker)).toEqual(['6', '7'])
    expect(lintResolution(tree, text).messages.filter((message) => message.ruleId === 'footnote-used')).toEqual([])
  })
})
