import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution} from '../src/parse/volume.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 12 (fixtures/field/README.md, the session 12 table): bodies the field check had none
// of — the UNFCCC's Conference of the Parties, the Basel Convention's as InforMEA gives its
// decisions, the Human Rights Committee (a treaty body), and the General Assembly and the
// Security Council of 1990–1996 as un.org, a law library's mirror and a university's text file
// print them. Every fact below was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const starts = (paragraphs: Array<{text: string}>, length: number): string[] =>
  paragraphs.map((paragraph) => paragraph.text.slice(0, length))

describe('UNFCCC decision 1/CP.15 (2009), its numbers lost', () => {
  const tree: Resolution = parseResolution(read('unfccc-1-cp-15-2009.excerpt.en.txt'))
  it('three preambular and three unnumbered operative paragraphs; `Committed to` opens one', () => {
    expect(tree.meta.body).toBe('Conference of the Parties')
    expect(starts(preambularParagraphs(tree), 20)).toEqual([
      'Recalling its decisi',
      'Committed to enable ',
      'Having considered th',
    ])
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 20)).toEqual(['Decides to extend th', 'Requests the Ad Hoc ', 'Mandates the host co'])
    expect(operative[0]!.text).toMatch(/at its sixteenth session;$/)
    expect(operative[2]!.text).toMatch(/towards the success of that session\.$/)
  })

  it('the call `session,1 as well` and its note under the closing, its number lost: note 1', () => {
    expect(operativeParagraphs(tree)[1]!.text).toMatch(/at its fifteenth session, as well as work undertaken/)
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([['1', 'FCCC/AWGLCA/2009/17, annex I.']])
  })
})

describe('Basel Convention decisions as InforMEA sets them', () => {
  it('BC-14: the note run in after its call, `“Ban Amendment”,11UNEP/CHW.14/4.`, is note 1', () => {
    const tree = parseResolution(read('basel-bc-14-ban-amendment-2019.en.txt'))
    expect(tree.meta.body).toBe('Conference of the Parties')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(1)
    expect(preamble[0]!.text).toMatch(/^Noting the information regarding the status of ratification/)
    expect(preamble[0]!.text).toMatch(/known as the “Ban Amendment”,$/)
    expect(starts(operativeParagraphs(tree), 12)).toEqual([
      'Welcomes the',
      'Calls upon P',
      'Invites Part',
      'Requests the',
    ])
    const notes = footnotes(tree)
    expect(notes.map((note) => [note.marker, note.text])).toEqual([['1', 'UNEP/CHW.14/4.']])
  })

  it('BC-13: the formula without its comma above `1.Takes note…`; the note after the paragraph’s semicolon', () => {
    const tree = parseResolution(read('basel-bc-13-customs-2017.en.txt'))
    expect(tree.meta.body).toBe('Conference of the Parties')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 24)).toEqual(['Takes note of the report', 'Requests the Secretariat'])
    expect(operative[0]!.text).toMatch(/Coding System related to the Basel Convention;$/)
    expect(operative[1]!.text).toMatch(/\(b\)To report on progress/)
    expect(operative[1]!.text).toMatch(/at its fourteenth meeting\.$/)
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([['1', 'UNEP/CHW.13/INF/19.']])
  })

  it('BC-10: `Recalling its decision IX/13,` and six paragraphs, the sixth cut', () => {
    const tree = parseResolution(read('basel-bc-10-national-reporting-2011.excerpt.en.txt'))
    expect(starts(preambularParagraphs(tree), 29)).toEqual(['Recalling its decision IX/13,'])
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 16)).toEqual([
      'Urges parties th',
      'Requests that su',
      'Invites parties ',
      'Requests the Sec',
      'Also requests th',
      'Further requests',
    ])
    expect(operative[4]!.text).toMatch(/\(c\)For the triennium 2010–2012/)
  })

  it('`Full text` / `1. Decides…; 2. Decides also…` on one line, no formula: two paragraphs', () => {
    const tree = parseResolution(read('cop-non-compliance-article-17.en.txt'))
    expect(tree.meta.body).toBeUndefined()
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 15)).toEqual(['Decides to nego', 'Decides also th'])
    expect(operative[0]!.text).toMatch(/required under article 17 of the Convention;$/)
    expect(operative[1]!.text).toMatch(/institutional mechanisms at its fourth meeting\.$/)
  })

  it('a preamble with no formula above it: `Taking note of decisions…`, `Recalling decision…`', () => {
    const tree = parseResolution(read('new-pops-work-programmes.excerpt.en.txt'))
    expect(starts(preambularParagraphs(tree), 24)).toEqual(['Taking note of decisions', 'Recalling decision SC-4/'])
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('Human Rights Committee decisions', () => {
  it('CCPR/C/111/D/2042/2011: the formula names the article that set the Committee up', () => {
    const tree = parseResolution(read('ccpr-2042-2011.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Human Rights Committee')
    expect(tree.meta.symbol).toBe('CCPR/C/111/D/2042/2011')
    expect(starts(preambularParagraphs(tree), 22)).toEqual([
      'Meeting on21July 2014,',
      'Having concluded its c',
      'Having taken into acco',
    ])
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })

  it('`The Committee therefore decides:` with `(a)`, `(b)` under it: one operative paragraph', () => {
    const tree = parseResolution(read('ccpr-inadmissible-ccprcentre.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Committee')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^therefore decides: \(a\) That the communication is inadmissible/)
    expect(operative[0]!.text).toMatch(/\(b\) That the decision be transmitted to the author/)
    // The site's links after it (`Rules of Procedure…`, `Arabic | Chinese | …`) are not the decision's.
    expect(operative[0]!.text).toMatch(/for information, to the State party\.$/)
  })
})

describe('The General Assembly and the Security Council of the 1990s as others print them', () => {
  it('A/RES/51/63 (1996) from a law library’s mirror, flattened onto one line', () => {
    const tree = parseResolution(read('ga-51-63-1996-hrlib.excerpt.en.txt'))
    expect(tree.meta.body).toBe('General Assembly')
    expect(starts(preambularParagraphs(tree), 14)).toEqual([
      'Recalling its ',
      'Bearing in min',
      'Convinced of t',
      'Recognizing th',
      'Recalling its ',
    ])
    expect(starts(operativeParagraphs(tree), 24)).toEqual(['Takes note with apprecia', 'Reaffirms the importance'])
  })

  it('A/RES/50/146 (1995) as un.org served it in 1996: indented lines, the title under its number', () => {
    const tree = parseResolution(read('ga-50-146-1995.excerpt.en.txt'))
    expect(tree.meta.symbol).toBe('A/RES/50/146')
    const preamble = preambularParagraphs(tree)
    expect(starts(preamble, 14)).toEqual([
      'Recognizing th',
      'Convinced of t',
      'Bearing in min',
      'Recognizing th',
      'Noting the con',
      'Convinced that',
    ])
    expect(preamble[1]!.text).toMatch(/regional organizations in this respect,$/)
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })

  it('S/RES/677 (1990) after the end of 674 (1990) and the Council’s decisions, all on one line', () => {
    const tree = pickResolution(read('sc-0677-1990.excerpt.en.txt'), '677 (1990)')
    expect(tree.meta.body).toBe('Security Council')
    expect(starts(preambularParagraphs(tree), 40)).toEqual(['Recalling its resolutions 660 (1990) of '])
    // 674's last paragraphs (`11. Decides to remain…`, `12. Reposes…`, `13. Requests…`) are not 677's.
    expect(operativeParagraphs(tree)).toHaveLength(0)
  })
})

describe('UNCTAD Trade and Development Board texts on its site’s “board action” pages', () => {
  it('501 (LVI): the formula without comma, paragraphs indented two spaces between blank lines, the closing', () => {
    const tree = parseResolution(read('unctad-tdb-501-2009.en.txt'))
    expect(tree.meta.body).toBe('Trade and Development Board')
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 20)).toEqual([
      'Notes the proposal t',
      'Requests the Preside',
      'Requests the Bureau ',
      'Requests the UNCTAD ',
      'Requests that the ne',
    ])
    expect(operative[4]!.text).toMatch(/on submissions to New York\.$/)
  })

  it('503 (LVII): items numbered afresh and indented deeper under `…the need to:` are paragraph 3’s', () => {
    const tree = parseResolution(read('unctad-tdb-503-2010.excerpt.en.txt'))
    expect(starts(preambularParagraphs(tree), 22)).toEqual(['Reaffirming the Accra ', 'Expressing full suppor'])
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 22)).toEqual([
      'Takes note of the Secr',
      'Also takes note of the',
      'Expresses general sati',
    ])
    expect(operative[2]!.text).toMatch(/In the research and analysis pillar/)
    expect(operative[2]!.text).toMatch(/In the technical cooperation pillar, ensure that its work/)
  })

  it('521 (LX): `(a) To express…;` `(b) To request…;` under the preamble’s comma, their `Decides:` lost, then `Expects…`', () => {
    const tree = parseResolution(read('unctad-tdb-521-2013.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(1)
    expect(preamble[0]!.text).toMatch(/^Recalling the decision taken at UNCTAD XIII/)
    expect(preamble[0]!.text).toMatch(/with a view to strengthening UNCTAD,$/)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(2)
    expect(operative[0]!.text).toMatch(/^\(a\) To express its appreciation/)
    expect(operative[0]!.text).toMatch(/\(b\) To request the secretariat/)
    expect(operative[1]!.text).toMatch(/^Expects at its sixty-first session/)
  })
})

describe('An OAU Council of Ministers resolution (CM/Res.1174 (XLVIII), 1988) on AfricanLII', () => {
  it('the formula names the Organization and its session and dates: the body is the Council of Ministers', () => {
    const tree = parseResolution(read('oau-cm-res-1174-1988.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Council of Ministers of the Organization of African Unity')
    expect(starts(preambularParagraphs(tree), 16)).toEqual([
      'Recalling Resolu',
      'Bearing in mind ',
      'Emphasizing the ',
      'Recognizing the ',
      'Recording their ',
      'Noting with inte',
      'Underlining the ',
    ])
  })
})

// Session 12, fourth batch (fixtures/field/README.md): S/RES/242 (1967) as four other sites give
// it, A/RES/1602 (XV) in a government's printed collection, S/RES/1967 (2011) on a law site, and
// an Arab League Council resolution as a news agency prints it. Read off the text by a person.
describe('S/RES/242 (1967) as other sites give it', () => {
  const affirms = ['Affirms that the ful', 'Affirms further the ']

  it('a GeoCities page: its prose above, the principles as `o ` bullets; three and two', () => {
    const tree = parseResolution(read('sc-0242-1967-oocities.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Security Council')
    expect(starts(preambularParagraphs(tree), 14)).toEqual(['Expressing its', 'Emphasizing th', 'Emphasizing fu'])
    expect(starts(operativeParagraphs(tree), 20)).toEqual(affirms)
  })

  it('a Spanish blog, the numbers lost: each `Affirms` leads in the paragraphs after it that open with no verb', () => {
    const tree = parseResolution(read('sc-0242-1967-recortes.excerpt.en.txt'))
    expect(starts(preambularParagraphs(tree), 14)).toEqual(['Expressing its', 'Emphasizing th', 'Emphasizing fu'])
    const operative = operativeParagraphs(tree)
    expect(starts(operative, 20)).toEqual(affirms)
    expect(operative[0]!.text).toMatch(/the following principles: Withdrawal of Israeli armed forces/)
    expect(operative[0]!.text).toMatch(/Termination of all claims or states of belligerency/)
    expect(operative[1]!.text).toMatch(/For achieving a just settlement of the refugee problem;/)
  })

  it('a votes site: its table above `Full text of resolution`; three and three, `(1)` for (i)', () => {
    const tree = parseResolution(read('sc-0242-1967-unproject.excerpt.en.txt'))
    expect(starts(preambularParagraphs(tree), 14)).toEqual(['Expressing its', 'Emphasizing th', 'Emphasizing fu'])
    expect(starts(operativeParagraphs(tree), 20)).toEqual([...affirms, 'Requests the Secreta'])
  })

  it('an OCR of the volume on one line: `1, Affirms` opens 1, not the preamble’s end', () => {
    const tree = parseResolution(read('sc-0242-1967-scribd.excerpt.en.txt'))
    const preamble = preambularParagraphs(tree)
    expect(preamble.at(-1)!.text).toMatch(/^Emphasizing further that all Member States/)
    expect(preamble.at(-1)!.text).toMatch(/in accordance with Article 2 of the Charter,$/)
    expect(starts(operativeParagraphs(tree), 20)).toEqual(affirms)
  })
})

describe('A/RES/1602 (XV) (1961) in a government’s collection on Google Books', () => {
  it('the bracketed paragraphs count, their brackets kept as the page prints them; `Noting…, Considering…,` on one line are two', () => {
    const tree = parseResolution(read('ga-1602-1961-gbooks.excerpt.en.txt'))
    expect(tree.meta.body).toBe('General Assembly')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(3)
    // `"[Noting that the Mongolian People's Republic…since 1946,]`: the words of the draft not adopted.
    expect(preamble[0]!.text).toMatch(/^"\[Noting that the Mongolian People's Republic/)
    expect(preamble[0]!.text).toMatch(/since 1946,\]$/)
    expect(preamble[0]!.leadingPhrase?.text).toBe('Noting')
    expect(preamble[1]!.text).toMatch(/^Noting that eight members of the Security Council voted on 4 December 1960/)
    expect(preamble[1]!.text).toMatch(/because of the opposition of a permanent member,$/)
    expect(preamble[2]!.text).toMatch(/^Considering that it is important for the future of the United Nations/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    // `[1. Declares…in the United Nations;]`: the number is its place, the brackets stay around the words.
    expect(operative[0]!.text).toMatch(/^\[Declares that in its view the Mongolian People's Republic/)
    expect(operative[0]!.text).toMatch(/membership in the United Nations;\]$/)
    expect(operative[0]!.leadingPhrase?.text).toBe('Declares')
    expect(operative[1]!.text).toMatch(/^Declares that in its view the 'Islamic Republic of Mauritania/)
    expect(operative[2]!.text).toMatch(/^Requests the Security Council to take note/)
  })
})

describe('S/RES/1967 (2011) on a law site', () => {
  it('the breadcrumb and titles above; six preambular, `  1. Decides…` indented (cut)', () => {
    const tree = parseResolution(read('sc-1967-2011-lawglobalhub.excerpt.en.txt'))
    expect(tree.meta.body).toBe('Security Council')
    expect(starts(preambularParagraphs(tree), 12)).toEqual([
      'Recalling it',
      'Recalling th',
      'Recalling th',
      'Commending t',
      'Expressing d',
      'Acting under',
    ])
    expect(starts(operativeParagraphs(tree), 20)).toEqual(['Decides to authorize'])
  })
})

describe('An Arab League Council resolution as a news agency prints it', () => {
  it('`1-`, `2-`, `3-` number its paragraphs, each opening with a participle; the report above is none', () => {
    const tree = parseResolution(read('arab-league-council-syriatimes.excerpt.en.txt'))
    expect(preambularParagraphs(tree)).toHaveLength(0)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    expect(operative[0]!.text).toBe(
      'Condemning the attempt of “Israel” (the occupying power) to expand its aggressive practices in the region, including Iraq.',
    )
    expect(starts(operative, 20)).toEqual(['Condemning the attem', 'Condemning the crime', 'Warning of the dange'])
  })
})
