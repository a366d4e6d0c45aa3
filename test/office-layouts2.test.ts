import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'

// PDFs of field texts in layouts made in session 14, and what each extractor gives of them
// (fixtures/office-layouts-2, made by scripts/make-layout2-fixtures.sh). The counts and words
// below are read from the sources in fixtures/office-layouts-2/sources/.

const text = (name: string): string => readFileSync(path.join('fixtures/office-layouts-2/text', name), 'utf8')
const noteMap = (name: string): Map<string, string> =>
  new Map(footnotes(parseResolution(text(name))).map((note) => [note.marker, note.text.replace(/\s+/gu, ' ')]))

describe('notes typed after the closing lines, markers with a slash (ECOSOC 1104 (XL), 1966)', () => {
  // `1416th plenary meeting,` / `4 March 1966.` / `16/ Official Records…` (two lines) / `17/ Ibid.…` /
  // `*/ Adopted as…` (two lines), no blank line between: every extractor but MuPDF sets it so.
  const extractors = ['pdftotext', 'layout', 'raw', 'gs', 'pdfjs', 'pdfjs1']
  it.each(extractors)('reads the three notes under the date of the closing (%s)', (extractor) => {
    const name = `ecosoc-1966-1104-tagged.${extractor}.en.txt`
    const tree = parseResolution(text(name))
    expect(preambularParagraphs(tree)).toHaveLength(0)
    expect(operativeParagraphs(tree)).toHaveLength(4)
    const notes = noteMap(name)
    expect([...notes.keys()].sort()).toEqual(['*', '16', '17'])
    expect(notes.get('17')).toBe('Ibid., paras. 373-376.')
    expect(notes.get('*')).toMatch(
      /^Adopted as recommended by the Commission on Narcotic Drugs in its draft resolution A/u,
    )
    expect(operativeParagraphs(tree)[3]!.text).toMatch(
      /with the minimum financial obligation to the United Nations\.$/u,
    )
  })
})

describe("a note's text set above its number at a page's end (pdftotext)", () => {
  it('reads notes 9 and 10 of A/RES/80/6 printed from Word with no rule typed', () => {
    // Page 5 ends `…within the jurisdiction of the International` / `S/PRST/2013/2; see Resolutions
    // and Decisions of the Security Council, 1` / `August 2012–31 July 2013 (S/INF/68).` / `9`, and
    // page 6 goes on `Criminal Court and the families…`. Notes of one line come number first.
    const name = 'ga-80-6-2025-headings.pdftotext.en.txt'
    const tree = parseResolution(text(name))
    expect(preambularParagraphs(tree)).toHaveLength(14)
    expect(operativeParagraphs(tree)).toHaveLength(32)
    const notes = noteMap(name)
    expect(notes.size).toBe(10)
    expect(notes.get('9')).toBe(
      'S/PRST/2013/2; see Resolutions and Decisions of the Security Council, 1 August 2012–31 July 2013 (S/INF/68).',
    )
    expect(notes.get('10')).toBe(
      'Official Records of the General Assembly, Eightieth Session, Supplement No. 1 (A/80/1).',
    )
    expect(operativeParagraphs(tree)[23]!.text.replace(/\s+/gu, ' ')).toBe(
      'Encourages States to contribute to the trust fund established for the benefit of victims of crimes within the jurisdiction of the International Criminal Court and the families of such victims, and acknowledges with appreciation contributions made to that trust fund thus far;',
    )
  })
})
