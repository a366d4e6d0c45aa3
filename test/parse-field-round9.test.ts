import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {pickResolution, volumeLabels} from '../src/parse/volume.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Session 9 (fixtures/field/README.md): other bodies (the WHO's Executive Board in Chinese and its
// regional committees, UNESCO's convention organs, the Commission on the Status of Women), a
// resolution quoted in a Main Committee's report, PDF texts flattened by web databases, a 1953
// bilingual volume and a 1995 mimeograph. Every fact below was read off the text by a person.
const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')
const parse = (name: string): Resolution => parseResolution(read(name))
const phrases = (paragraphs: Array<{leadingPhrase?: {text: string}}>): Array<string | undefined> =>
  paragraphs.map((paragraph) => paragraph.leadingPhrase?.text)

describe('UNESCO convention organs number every paragraph, the preamble too', () => {
  it('2.GA 9B: 1.–3. are preambular (Having examined, Recalling, Further recalling), 4. Decides the one operative', () => {
    const tree = parse('unesco-ich-ga-2-9b-2008.en.txt')
    const preamble = preambularParagraphs(tree)
    expect(phrases(preamble)).toEqual(['Having examined', 'Recalling', 'Further recalling'])
    expect(preamble[0]!.text).toBe('Having examined document ITH/08/2.GA/CONF.202/9 Annex;')
    expect(preamble[2]!.text).toMatch(/Rule 13 of its Rules of Procedure;$/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([4])
    expect(operative[0]!.text).toMatch(/^Decides to examine the issue of the upper limit/)
    expect(operative[0]!.text).toMatch(/examined before the elections of the Committee\.$/)
  })
  it('19.COM 3: after a bulleted name with no stop, the page numbers afresh (`1. Authorizes`): two operative paragraphs', () => {
    const tree = parse('unesco-ich-com-19-3-2024.en.txt')
    expect(phrases(preambularParagraphs(tree))).toEqual(['Having examined', 'Recalling', 'Further recalling'])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.text.split(' ')[0])).toEqual(['Takes', 'Authorizes'])
    expect(operative[0]!.text).toMatch(/Preservation and Restoration of Cultural Property \(ICCROM\)$/)
    expect(operative[1]!.text).toMatch(/twenty-second sessions of the Committee\.$/)
  })
})

describe('the WHO: resolutions under their symbols, verbs in capitals', () => {
  it('EB126 in Chinese, from its PDF: two resolutions under `EB126.R1` and `EB126.R2`, each picked alone', () => {
    const text = read('who-eb126-2010.zh.txt')
    expect(volumeLabels(text)).toEqual(['EB126.R1', 'EB126.R2'])
    const first = pickResolution(text, 'EB126.R1')
    expect(first.meta.body).toBe('执行委员会')
    const preamble = preambularParagraphs(first)
    expect(preamble).toHaveLength(2)
    expect(preamble[0]!.text).toMatch(/^考虑到世卫组织《组织法》第五十二条的规定;$/)
    expect(preamble[1]!.text).toMatch(/^考虑到非洲区域委员会在其第五十九届会议上的提名,$/)
    const operative = operativeParagraphs(first)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2])
    expect(operative[0]!.text).toMatch(/^再次任命 Luis Gomes Sambo 博士为非洲区域主任/)
    // `(第三次会议,2010 年 1 月 19 日)` closes it: not a part of paragraph 2.
    expect(operative[1]!.text).toMatch(/任期\s*5\s*年的合同。$/)
    expect(first.meta.adoptionDate).toBe('2010-01-19')
    const second = operativeParagraphs(pickResolution(text, 'EB126.R2'))
    expect(second[0]!.text).toMatch(/^任命 Zsuzsanna Jakab 女士为欧洲区域主任/)
  })
  it('AFR/RC28/R1: preambular paragraphs ending with `;`, ENDORSES / INVITES (i)–(iv) / REQUESTS / REQUESTS, note 1', () => {
    const tree = parse('who-afro-rc28-r1-1978.en.txt')
    expect(tree.meta.body).toBe('Regional Committee')
    expect(phrases(preambularParagraphs(tree))).toEqual(['Having examined', 'Referring', 'Subscribing'])
    const operative = operativeParagraphs(tree)
    expect(phrases(operative)).toEqual(['ENDORSES', 'INVITES', 'REQUESTS', 'REQUESTS'])
    expect(operative[1]!.text).toMatch(/\(iv\) facilitating participation by nationals/)
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([['1', 'Document AFR/RC28/15.']])
  })
  it('WPR/RC26.R14, an OCR of the 1975 record: `L NOTES` is paragraph 1, `Tokyo,l` ends the preambular paragraph', () => {
    const text = read('who-wpr-rc26-1975.excerpt.en.txt')
    expect(volumeLabels(text)).toEqual(['WPR/RC26.R14', 'WPR/RC26.R15'])
    const tree = pickResolution(text, 'WPR/RC26.R14')
    const preamble = preambularParagraphs(tree)
    expect(preamble).toHaveLength(1)
    expect(preamble[0]!.text).toMatch(/^Noting that the Government of Japan is unable to confirm/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(phrases(operative)).toEqual(['NOTES', 'DECIDES', 'ACCEPTS', 'REQUESTS'])
    expect(operative[3]!.text).toMatch(/at the earliest possible date\.$/)
    expect(tree.meta.adoptionDate).toBe('1975-09-04')
  })
})

describe('a draft resolution inside a report', () => {
  it('A/62 (Third Committee): the draft as the report quotes it, each paragraph opening with `“`, its numbered report paragraphs not the draft', () => {
    const tree = parse('ga-62-third-committee-report.excerpt.en.txt')
    expect(tree.meta.body).toBe('General Assembly')
    const preamble = preambularParagraphs(tree)
    expect(phrases(preamble)).toEqual(['Recalling', 'Reaffirming', 'Noting with appreciation'])
    expect(preamble[0]!.text).toMatch(
      /^Recalling all of its previous resolutions on violence against women migrant workers/,
    )
    expect(preamble[1]!.text).toMatch(/World Summit for Social Development and their five-year reviews,$/)
    expect(operativeParagraphs(tree)).toEqual([])
  })
  it('the Commission on the Status of Women (1996): DRAFT RESOLUTION I for the Council, its notes `*`, `1/`, `2/`', () => {
    const tree = parse('ecosoc-csw-1996-palestinian-women.excerpt.en.txt')
    expect(tree.meta.body).toBe('Economic and Social Council')
    expect(phrases(preambularParagraphs(tree))).toEqual([
      'Having considered',
      'Recalling',
      'Recalling also',
      'Recalling',
      'Welcoming',
      'Concerned about',
    ])
    // `1. The Commission on the Status of Women recommends…` is the report's paragraph, before the draft.
    expect(operativeParagraphs(tree)).toEqual([])
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['*', '1', '2'])
    expect(footnotes(tree)[1]!.text).toBe('E/CN.6/1996/8.')
  })
})

describe('PDF texts flattened by web databases', () => {
  it('A/RES/76/208: markers after a space (`2010, 3 Reaffirming also`) part the paragraphs', () => {
    const preamble = preambularParagraphs(parse('ga-76-208-2021.excerpt.en.txt'))
    expect(preamble.map((paragraph) => paragraph.text.split(' ')[0])).toEqual([
      'Reaffirming',
      'Reaffirming',
      'Recalling',
    ])
    expect(preamble[1]!.text).toMatch(/^Reaffirming also its commitment to strengthening the role/)
    expect(preamble[2]!.text).toMatch(
      /^Recalling the outcome document of the United Nations Conference on Sustainable Development/,
    )
    // The third ends before the page's rule (`…resolution 67/213 of 21 December 2012,
    // __________________ 1 2 3 4 21-19262 (E) Official Records…`): the notes are not its words.
    expect(preamble[2]!.text).toMatch(/General Assembly resolution 67\/213 of 21 December 2012,$/)
  })
  it('A/RES/53/187: markers glued to the comma (`Agenda 21,2 Further recalling`) part them too; the site’s last line is no paragraph', () => {
    const tree = parse('ga-53-187-1999.excerpt.en.txt')
    const preamble = preambularParagraphs(tree)
    expect(phrases(preamble)).toEqual(['Recalling', 'Also recalling', 'Further recalling'])
    expect(tree.data.warnings.map((warning) => warning.ruleId)).toContain('text-outside-parts')
    expect(preamble[1]!.text).toMatch(/paragraphs 119 and 122 to 124 of the Programme for the Further Implementation/)
  })
})

describe('the Security Council in 1953 and 1995', () => {
  it('100 (1953), bilingual line by line: the French formula above the English one is no clause of it', () => {
    const tree = pickResolution(read('sc-0100-1953.en.txt'), '100 (1953)')
    const preamble = preambularParagraphs(tree)
    expect(phrases(preamble)).toEqual(['Having taken note', 'Desirous'])
    for (const paragraph of preamble) expect(paragraph.text).not.toMatch(/Conseil|Ayant|Desireux/)
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3])
    expect(operative.map((paragraph) => paragraph.text.split(' ')[0])).toEqual(['Deems', 'Notes', 'Relies'])
  })
  it('1009 (1995), a mimeograph: thirteen preambular paragraphs across the page break, 1.–9. with the number alone', () => {
    const tree = parse('sc-1009-1995.en.txt')
    expect(tree.meta.symbol).toBe('S/RES/1009 (1995)')
    const preamble = preambularParagraphs(tree)
    expect(phrases(preamble)).toEqual([
      'Recalling',
      'Reaffirming',
      'Having considered',
      'Noting with concern',
      'Deeply regretting',
      'Affirming',
      'Strongly deploring',
      'Condemning',
      'Deeply concerned',
      'Stressing',
      'Condemning',
      'Noting',
      'Reaffirming',
    ])
    expect(preamble[7]!.text).toBe('Condemning the shelling of civilian targets,')
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    expect(operative[5]!.text).toMatch(/refrain from any attacks against them, bring to justice those responsible/)
    expect(operative[10]!.text).toMatch(/^Decides to remain actively seized of the matter/)
    expect(footnotes(tree)).toEqual([])
  })
})

describe('the WHO Western Pacific, 1965', () => {
  it('WPR/RC16.R1: two names under `NOMINATES…:` are its own, and the date after the note closes it', () => {
    const tree = parse('who-wpr-rc16-r1-1965.en.txt')
    expect(phrases(preambularParagraphs(tree))).toEqual(['Considering', 'In accordance with'])
    const operative = operativeParagraphs(tree)
    expect(phrases(operative)).toEqual(['NOMINATES', 'DECIDES', 'REQUESTS'])
    expect(operative[0]!.text).toMatch(/Western Pacific: Dr Francisco J\. Dy Dr R\. W\. Greville$/)
    expect(operative[0]!.heading).toBeUndefined()
    expect(operative[1]!.heading).toBeUndefined()
    expect(operative[2]!.text).toMatch(/for a period of five years from 1 July 1966\.$/)
    expect(tree.meta.adoptionDate).toBe('1965-09-16')
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['*'])
    expect(footnotes(tree)[0]!.text).toMatch(/appointed Dr\. Francisco J\. Dy as Regional Director$/)
  })
})
