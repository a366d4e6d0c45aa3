import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintResolution} from '../src/lint/index.js'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, noteRefs, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// Session 17 (fixtures/field/README.md, the session 17 tables): blind I, the General Assembly of
// 2025's long resolutions as railcar's converter stores them. Every fact below was read off the
// text by a person; the classes each fix covers are in the test names and the commit messages.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const counts = (name: string): [number, number, number] => {
  const tree = parseResolution(read(name))
  return [preambularParagraphs(tree).length, operativeParagraphs(tree).length, footnotes(tree).length]
}
const ruleIds = (name: string): string[] => {
  const text = read(name)
  return lintResolution(parseResolution(text), text).messages.map((message) => message.ruleId ?? '')
}

describe('blind I: the General Assembly of 2025, the long resolutions', () => {
  it('the counts read by hand', () => {
    expect(counts('ga-80-24-2025.en.md')).toEqual([35, 23, 20])
    expect(counts('ga-80-38-2025.en.md')).toEqual([23, 37, 8])
    expect(counts('ga-80-48-2025.en.md')).toEqual([24, 13, 13])
  })

  it('paragraphs cut by a page’s notes or a blank line are one paragraph each', () => {
    const nuclear = parseResolution(read('ga-80-24-2025.en.md'))
    const preamble = preambularParagraphs(nuclear)
    // `Bearing in mind that the Convention…` across notes 1–2; `Reaffirming the proposals…` across
    // notes 8–10; `Recalling the successful convening…` across notes 11–14.
    expect(preamble[2]!.text).toMatch(
      /^Bearing in mind that the Convention.*on the prohibition of the development, testing/s,
    )
    expect(preamble[19]!.text).toMatch(/follow-up to the 2013 high-level meeting of the General Assembly/)
    expect(preamble[29]!.text).toMatch(/in Vienna on 8 and 9 December 2014 and on 20 June 2022/)
    expect(preamble[34]!.text).toMatch(/^Seized of the danger/)
    // Operative 7 across notes 15–18.
    expect(operativeParagraphs(nuclear)[6]!.text).toMatch(/systems, while stressing that reductions/)
    const arms = operativeParagraphs(parseResolution(read('ga-80-38-2025.en.md')))
    // 30 cut by a blank line before a capital: `…as well as the International` / blank / `Tracing Instrument…`.
    expect(arms[29]!.text).toMatch(/as well as the International\s+Tracing Instrument, including in preparation/)
    // 24 broken before `(INTERPOL)`.
    expect(arms[23]!.text).toMatch(/Criminal Police Organization\s+\(INTERPOL\) and the United Nations Office/)
    const roadmap = parseResolution(read('ga-80-48-2025.en.md'))
    expect(preambularParagraphs(roadmap)[3]!.text).toMatch(/especially the unequivocal\s+undertaking by the/)
    expect(operativeParagraphs(roadmap)[10]!.text).toMatch(/notes with serious concern the\s+announcement by/)
  })

  it('the paragraphs that end where the converter lost a page’s last words are still numbered paragraphs', () => {
    // 80/24's 2 (`…a systematic and progressive process`) and 10; 80/38's 22 and 34 (`…International Tracing`).
    const nuclear = operativeParagraphs(parseResolution(read('ga-80-24-2025.en.md')))
    expect(nuclear[1]!.text).toMatch(/systematic and progressive process$/)
    expect(nuclear[9]!.text).toMatch(/as an effective measure$/)
    expect(ruleIds('ga-80-24-2025.en.md')).toEqual(['operative-terminal-punctuation', 'operative-terminal-punctuation'])
  })

  it('a marked number that is no call, where the text marks some calls and leaves the others bare: the bare number in order is the first call', () => {
    // `…the 1999 guidelines of the Disarmament Commission,5 adopted by consensus,` calls note 5 (Official
    // Records…, A/54/42, annex I, sect. C); the converter also marked `P5` (the five permanent members)
    // in operative 12 as `P[^5]`, after the marked calls of notes 12 and 13.
    const roadmap = parseResolution(read('ga-80-48-2025.en.md'))
    const encouraging = preambularParagraphs(roadmap)[12]!
    expect(encouraging.text).toMatch(/^Encouraging the establishment of further nuclear-weapon-free zones/)
    expect(noteRefs(encouraging.children)).toEqual(['5'])
    expect(ruleIds('ga-80-48-2025.en.md')).not.toContain('footnote-order')
  })
})

describe('blind J: English bodies never found before (the CCPCJ)', () => {
  it('the counts read by hand (excerpts: paragraphs only)', () => {
    expect(counts('ccpcj-2021-report-draft-resolution-readkong.excerpt.en.txt').slice(0, 2)).toEqual([4, 0])
    expect(counts('ccpcj-draft-resolution-victims-studylib.excerpt.en.txt').slice(0, 2)).toEqual([6, 1])
  })

  it('a report’s own numbered paragraph before the draft’s formula is not an operative paragraph', () => {
    const tree = parseResolution(read('ccpcj-2021-report-draft-resolution-readkong.excerpt.en.txt'))
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Emphasizing',
      'Acknowledging',
      'Recalling',
      'Recalling also',
    ])
  })

  it('hard-wrapped, a preambular paragraph whose end was lost stops before a line that opens with a participle', () => {
    // `Recalling further the adoption of the Guidelines for child Victims and Witnesses by ECOSOC in`
    // (its year and comma lost) / `Reaffirming the adoption and full implementation of the Guide…`.
    const tree = parseResolution(read('ccpcj-draft-resolution-victims-studylib.excerpt.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Cognizant',
      'Keeping in mind',
      'Recalling',
      'Also recalling',
      'Recalling further',
      'Reaffirming',
    ])
    expect(preamble[4]!.text).toMatch(/Witnesses by ECOSOC in$/)
    // `…in Bangkok in` / `2005 have underlined…`: a wrapped line that opens with a year goes on.
    expect(preamble[2]!.text).toMatch(/in Bangkok in\s+2005 have underlined/)
    expect(operativeParagraphs(tree)[0]!.text).toBe('Recommends that States')
    // The CND's draft of 2016 (blind G): `…a special session on the world drug` (`problem,` lost) /
    // `Recalling also` / `General Assembly resolution 70/181…` is two paragraphs.
    const cnd = preambularParagraphs(parseResolution(read('cnd-59-2016-ungass-draft-ftdk.en.txt')))
    expect(cnd).toHaveLength(2)
    expect(cnd[1]!.text).toMatch(/^Recalling also\s+General Assembly resolution 70\/181/)
  })
})

describe('drafts: what the last note left open', () => {
  it('a page’s title that ends with the symbol after a dash (`联合国关于乌克兰的决议--A/ES-11/L.7`), both sides of a bitext', () => {
    const file = read('ga-es11-l7-2023-sanwenwang.excerpt.bitext.txt')
    for (const lang of ['en', 'zh'] as const) {
      const meta = parseResolution(file, {lang}).meta
      expect(meta.symbol).toBe('A/ES-11/L.7')
      expect(meta.stage).toBe('draft')
    }
  })

  it('a numbered decision whose subject is another actor (`(3) The International Bureau shall…`, WIPO) is no leading-phrase error', () => {
    // The decision's operative 3 names the International Bureau and ends with a full stop.
    expect(ruleIds('wipo-ga-31-2004-development-agenda-cptech.excerpt.en.txt')).toEqual([
      'formula-present',
      'text-outside-parts',
    ])
  })
})

describe('drafts: brackets with no partner', () => {
  const lone = (name: string): string[] => {
    const text = read(name)
    return lintResolution(parseResolution(text), text)
      .messages.filter((message) => message.ruleId === 'no-brackets' && /unpaired/u.test(message.reason))
      .map((message) => `${message.line}:${message.column}`)
  }
  it('the Paris draft decision’s closing brackets with no opening (`…on the provision of support;]`, `…Agreement;][^14]`)', () => {
    expect(lone('unfccc-adp-draft-decision-2015-okfn.excerpt.en.md')).toEqual(['81:488', '109:426'])
  })
  it('an opening bracket left open where a copy was cut (`DRAFT DECISION [The Conference of the Parties,`, `[(a) Quantifiable…`)', () => {
    expect(lone('unfccc-adp-draft-decision-2015-preamble.excerpt.en.txt')).toEqual(['1:16'])
    expect(lone('unfccc-adp-draft-decision-2015-section-iii.excerpt.en.txt')).toEqual(['21:1'])
  })
  it('a text with no bracket pair is not looked at (the OCR’s `[bid.` in S/RES/242’s volume)', () => {
    expect(lone('sc-0242-1967.en.txt')).toEqual([])
  })
})

describe('drafts: options', () => {
  const file = 'unfccc-adp-draft-decision-2015-okfn.excerpt.en.md'
  it('an option’s label on its own line heads the alternative paragraphs under it', () => {
    const operative = operativeParagraphs(parseResolution(read(file)))
    const headed = operative.filter((paragraph) => paragraph.heading?.includes('Option'))
    expect(headed.map((paragraph) => [paragraph.num, paragraph.heading?.replace(/[*_]/gu, '')])).toEqual([
      [6, 'Option I (paras 6-9bis):'],
      [6, 'Option 2 (paras 6-9bis):'],
      [6, 'Option 3 (paras 6-9bis):'],
      [19, 'Option 1 (paras 19—19quinqiues):'],
      [20, 'Option 2: No text;'],
    ])
    // Operative 5 ends with its own bracket, not with option I's label.
    expect(operative[4]!.text).toMatch(/Depositary;\]$/)
    // Options set under a paragraph that holds option 1 are its text (16's `Option 2: No text.`, 20's options 2 and 3).
    expect(operative.find((paragraph) => paragraph.num === 16)!.text).toMatch(/Option 2: No text\.$/)
    expect(operative.find((paragraph) => paragraph.num === 20)!.text).toMatch(/Option 3: \[Placeholder on provision/)
  })

  it('no text-outside-parts for the labels, and the numbers may start again under each', () => {
    const ids = ruleIds(file)
    expect(ids).not.toContain('text-outside-parts')
    expect(ids).not.toContain('operative-numbering')
  })

  it('an emphasis mark whose partner the brackets displaced (`25. **Option 1:** [Decides* that…`) is no part of the phrase', () => {
    const operative = operativeParagraphs(parseResolution(read(file)))
    const phrase = operative.find((paragraph) => paragraph.num === 25)!.leadingPhrase
    expect([phrase?.text, phrase?.known]).toEqual(['Decides', true])
    expect(ruleIds(file)).not.toContain('leading-phrase')
  })
})
