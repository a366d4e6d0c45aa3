import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {pickResolution, volumeLabels} from '../src/parse/volume.js'
import {parseResolution} from '../src/parse/index.js'
import {
  conclusions,
  footnotes,
  formula,
  noteRefs,
  operativeParagraphs,
  preambularParagraphs,
} from '../src/tree/access.js'
import {root} from './helpers.js'

// Real resolutions found for the field check in session 4 (fixtures/field/README.md, second
// table): other decades, a bilingual printed volume, Chinese web copies. Facts read off the
// texts by a person.
const read = (folder: string, name: string): string => readFileSync(path.join(root, 'fixtures', folder, name), 'utf8')

const firstWords = (texts: string[], count: number): string[] =>
  texts.map((text) => text.split(/\s+/).slice(0, count).join(' '))

describe('bilingual printed volumes: the French beside the English is not part of it', () => {
  it('S/RES/242 (1967): French paragraphs as blocks after the English ones', () => {
    const tree = pickResolution(read('field', 'sc-0242-1967.en.txt'), '242 (1967)')
    expect(
      firstWords(
        preambularParagraphs(tree).map((paragraph) => paragraph.text),
        2,
      ),
    ).toEqual(['Expressing its', 'Emphasizing the', 'Emphasizing further'])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operative.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Affirms',
      'Affirms further',
      'Requests',
      'Requests',
    ])
    // Operative 4 ends "…of the Special Representative as sooa as possible." (OCR), with no French after it.
    expect(operative[3]!.text).toMatch(/Special Representative as sooa as possible\.$/)
    expect(operative.some((paragraph) => /Prie le Secretaire|A ffirme/.test(paragraph.text))).toBe(false)
    expect(footnotes(tree)).toEqual([])
  })

  it('S/RES/87 (1950): the columns read across, French and English inside one line', () => {
    const tree = pickResolution(read('corpus', 'sc-0087-1950.en.txt'), '87 (1950)')
    const preamble = preambularParagraphs(tree)
    expect(preamble.map((paragraph) => paragraph.leadingPhrase?.text)).toEqual([
      'Considering',
      'Considering',
      'Considering',
      'Having noted',
    ])
    // "Prenant acte de la declaration de la Republique popuHaving noted the declaration…": the
    // fourth paragraph starts at "Having", inside the line.
    expect(preamble[3]!.text).toMatch(/^Having noted the declaration of the People's Republic of China/)
    const operative = operativeParagraphs(tree)
    expect(operative).toHaveLength(1)
    expect(operative[0]!.text).toMatch(/^Decides: \(a\) To defer consideration of this question/)
    expect(operative[0]!.text).not.toMatch(/Decide:/)
  })
})

const phrases = (list: Array<{leadingPhrase?: {text: string}}>): Array<string | undefined> =>
  list.map((paragraph) => paragraph.leadingPhrase?.text)

describe('A/RES/54/254 (2000): a mimeograph with a note marker glued after a quote and a comma', () => {
  const tree = parseResolution(read('field', 'ga-54-254-2000.en.txt'))
  it('ends the fifth paragraph at `Summit”,1`: six preambular paragraphs, four operative', () => {
    expect(phrases(preambularParagraphs(tree))).toEqual([
      'Recalling',
      'Recalling also',
      'Reiterating',
      'Reiterating also',
      'Having considered',
      'Mindful of',
    ])
    expect(preambularParagraphs(tree)[5]!.text).toBe(
      'Mindful of the need for appropriate organizational preparations for the holding of the Millennium Summit,',
    )
    expect(phrases(operativeParagraphs(tree))).toEqual(['Decides', 'Also decides', 'Further decides', 'Requests'])
  })
  it('reads the note set as `1`, a blank line and its text, and pairs it with its marker', () => {
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([['1', 'A/53/948 and Add.1.']])
    expect(noteRefs(preambularParagraphs(tree)[4]!.children)).toEqual(['1'])
    // The job number of 2000 (`00 35654`) is page furniture, in no paragraph.
    expect(preambularParagraphs(tree).some((paragraph) => paragraph.text.includes('35654'))).toBe(false)
  })
})

describe('A/RES/54/254, Chinese web copy: the whole resolution on one line', () => {
  const tree = parseResolution(read('field', 'ga-54-254-2000.zh.txt'))
  it('finds the formula and the paragraphs the spaces part', () => {
    expect(formula(tree)?.text).toBe('大会,')
    // The page runs 审议了秘书长…的报告 into the paragraph before it with no space between:
    // still two paragraphs, as in the English (`Reiterating also…`, `Having considered…`).
    expect(phrases(preambularParagraphs(tree))).toEqual(['回顾', '又回顾', '重申', '又重申', '审议了', '铭记着'])
    expect(preambularParagraphs(tree)[3]!.text).toMatch(/^又重申千年大会将提供一个机会.*方面的作用,$/)
    expect(preambularParagraphs(tree)[4]!.text).toBe('审议了秘书长题为“联合国千年大会:千年首脑会议的主框架”的报告,')
    expect(phrases(operativeParagraphs(tree))).toEqual(['决定', '又决定', '还决定', '请'])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operativeParagraphs(tree)[3]!.text).toMatch(/^请大会主席与所有会员国.*作出决定。$/)
  })
})

describe('S/RES/1518 (2003): numbers after the first line, a barcode one character a line', () => {
  const tree = parseResolution(read('field', 'sc-1518-2003.en.txt'))
  it('reads five preambular and four operative paragraphs, the last without the barcode', () => {
    expect(phrases(preambularParagraphs(tree))).toEqual([
      'Recalling',
      'Recalling further',
      'Stressing',
      'Determining',
      'Acting under',
    ])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operative[0]!.text).toMatch(
      /^Decides to establish, with immediate effect, in accordance with rule 28 of its provisional rules of procedure, a Committee/,
    )
    expect(operative[3]!.text).toBe('Decides to remain seized of the matter.')
  })
})

describe('Chinese Wikisource copies of Security Council resolutions', () => {
  it('S/RES/1518 (2003): a formula with no comma, and 《 and the comma lost in `根据联合国宪章》…`', () => {
    const tree = parseResolution(read('field', 'sc-1518-2003.zh.txt'))
    expect(formula(tree)?.text).toBe('安全理事会')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      '回顾其以前所有有关决议,',
      '又回顾其早先在2003年5月22日第1483(2003)号决议中决定终止安全理事会第661(1990)号决议所设委员会,',
      '强调所有会员国履行第1483(2003)号决议第10段规定的义务的重要性,',
      '确认尽管伊拉克局势已有改善,但仍对国际和平与安全构成威胁,',
      '根据联合国宪章》第七章采取行动',
    ])
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operativeParagraphs(tree)[3]!.text).toBe('决定继续处理此案。')
    expect(conclusions(tree)?.text).toBe('第4872次会议一致通过。')
  })

  it('S/RES/542 (1983): a preambular paragraph with neither its opening word nor its comma', () => {
    const tree = parseResolution(read('field', 'sc-0542-1983.zh.txt'))
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text)).toEqual([
      '审议了黎巴嫩北部目前的局势,',
      '回顾安全理事会主席于1983年11月11日就此问题所作的声明,',
      '继续造成巨大痛苦和生命损失的战斗的加剧深表关切',
    ])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7])
    expect(operative[0]!.text).toBe('痛惜黎巴嫩北部目前事态所造成的生命损失;')
    expect(operative[6]!.text).toMatch(/^秘书长注意黎巴嫩北部的局势/)
    // No heading: the line before 1. is the third preambular paragraph.
    expect(operative[0]!.heading).toBeUndefined()
    expect(conclusions(tree)?.text).toBe('第2501次会议一致通过。')
  })
})

describe('A/RES/66/290 (2012): numbers below a first line that goes on with a capital', () => {
  const tree = parseResolution(read('field', 'ga-66-290-2012.en.txt'))
  it('reads three preambular and eight operative paragraphs, with their openings', () => {
    expect(phrases(preambularParagraphs(tree))).toEqual(['Reaffirming its commitment', 'Recalling', 'Recognizing'])
    const operative = operativeParagraphs(tree)
    expect(operative.map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4, 5, 6, 7, 8])
    expect(operative[1]!.text).toBe(
      'Takes note of the formal debate on human security organized by the President of the General Assembly, held on 4 June 2012;',
    )
    expect(operative[4]!.text).toMatch(
      /^Acknowledges the contributions made so far by the United Nations Trust Fund for Human Security,/,
    )
    // Operative 3 holds the eight lettered items (a)-(h), across the page break.
    expect(operative[2]!.text).toMatch(/\(h\) Human security must be implemented with full respect/)
  })
  it('pairs the two stacked markers with their notes, and keeps the page foot out', () => {
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([
      ['1', 'See resolution 60/1.'],
      ['2', 'A/66/763.'],
    ])
    expect(noteRefs(preambularParagraphs(tree)[1]!.children)).toEqual(['1'])
    expect(noteRefs(operativeParagraphs(tree)[0]!.children)).toEqual(['2'])
    expect(operativeParagraphs(tree).some((paragraph) => /rec cle|♲/.test(paragraph.text))).toBe(false)
  })
})

describe('A/RES/1000 (ES-I) (1956): an emergency session in a printed volume, its note below the next resolution', () => {
  const text = read('field', 'ga-1000-1956.en.txt')
  it('reads the headings of an emergency special session', () => {
    expect(volumeLabels(text)).toEqual([
      '997 (ES-I)',
      '999 (ES-I)',
      '998 (ES-I)',
      '1000 (ES-I)',
      '1001 (ES-I)',
      '1002 (ES-I)',
    ])
  })
  it('picks 1000 (ES-I): two preambular paragraphs, four operative, and note 5 from the page foot', () => {
    const tree = pickResolution(text, '1000 (ES-I)')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text.split(' ').slice(0, 3).join(' '))).toEqual([
      'Having requested the',
      "Noting 'lvith satisfaction",
    ])
    // The running head between them (`General As~emhly-First Emergency Special Session`) is not text.
    expect(preambularParagraphs(tree).some((paragraph) => paragraph.text.includes('emhly'))).toBe(false)
    expect(operativeParagraphs(tree).map((paragraph) => paragraph.num)).toEqual([1, 2, 3, 4])
    expect(operativeParagraphs(tree)[3]!.text).toMatch(/^Invites the Secretary-General to take such administrative/)
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['5'])
    expect(footnotes(tree)[0]!.text).toMatch(/^Q_fficial R_ecrwds of the General Assembly, First Emerq,mrv/)
    expect(noteRefs(preambularParagraphs(tree)[1]!.children)).toEqual(['5'])
  })
})

describe('printed volumes: the notes at the foot of the page where a resolution ends', () => {
  it('S/RES/368 (1975): note 11, cited at the end of the vote line as `none_ll`, printed below 369 (1975)', () => {
    const tree = pickResolution(read('corpus', 'sc-0368-1975.en.txt'), '368 (1975)')
    expect(footnotes(tree).map((note) => [note.marker, note.text])).toEqual([
      ['11', 'Two members (China and Iraq) did not participate in the voting.'],
    ])
  })
  it('A/RES/2146 (XXI) (1966): notes 13 and 14 (`Commission, 13`, `196614`) at the foot of the page', () => {
    const tree = pickResolution(read('corpus', 'ga-2159-1966.en.txt'), '2146 (XXI)')
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['13', '14'])
    expect(footnotes(tree)[0]!.text).toMatch(/^Commission of Enquiry into South West Africa Affairs/)
  })
  it('A/RES/3381 (XXX) (1975): note 8 (`Discrimination;8`), printed below the start of 3382 (XXX)', () => {
    const tree = pickResolution(read('corpus', 'ga-3379-1975.en.txt'), '3381 (XXX)')
    expect(footnotes(tree).map((note) => note.marker)).toEqual(['8'])
    // The OCR sets the note's last words, `(XX), annex.`, apart after a blank line.
    expect(footnotes(tree)[0]!.text).toMatch(/^Resolution 2106 A/)
  })
})

describe('other bodies, flattened by a web page (excerpts: the stored pages give their first 2,000 characters)', () => {
  it('ECOSOC 1768 (LIV) (1973): the formula and the preambular paragraphs on one line', () => {
    const tree = parseResolution(read('field', 'ecosoc-1768-1973.excerpt.en.txt'))
    expect(formula(tree)?.text).toBe('The Economic and Social Council,')
    expect(phrases(preambularParagraphs(tree))).toEqual(['Conscious of', 'Reaffirming', 'Considering', 'Convinced'])
    expect(preambularParagraphs(tree)[0]!.text).toMatch(
      /^Conscious of its responsibilities under the Charter .* for the promotion of human rights,$/,
    )
  })
  it('IAEA GC(61)/RES/11 (2017): lettered preambular paragraphs after a formula run into its heading', () => {
    const tree = parseResolution(read('field', 'iaea-gc61-11-2017.excerpt.en.txt'))
    expect(formula(tree)?.text).toBe('The General Conference,')
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.text.split(' ').slice(0, 3).join(' '))).toEqual([
      '(a) Noting that',
      '(b) Noting also',
      '(c) Noting the',
      '(d) Taking note',
      '(e) Stressing that',
    ])
    expect(preambularParagraphs(tree)[4]!.text).toMatch(/through the Joint FAO\/IAEA Programme,$/)
    // Each letter's phrase, read after `(a) `: Noting, Noting also, Noting, Taking note of, Stressing.
    expect(preambularParagraphs(tree).map((paragraph) => paragraph.leadingPhrase?.base)).toEqual([
      'Noting',
      'Noting',
      'Noting',
      'Taking note of',
      'Stressing',
    ])
    expect(preambularParagraphs(tree)[1]!.leadingPhrase).toMatchObject({modifier: 'Also', offset: 4})
    expect(operativeParagraphs(tree)).toEqual([])
  })
})
