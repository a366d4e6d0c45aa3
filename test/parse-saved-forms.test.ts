import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {lintResolution} from '../src/lint/index.js'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// A file saved on Windows ends its lines with CR LF, one from an old Mac with CR alone: the same
// resolution. The counts are those read by hand (fixtures/field-manifest.json); A/RES/80/32 as
// railcar's converter wrote it has a page's rule and a bare note that the CR LF ends once hid.
const written = readFileSync(path.join(root, 'fixtures', 'field', 'ga-80-32-2025.en.md'), 'utf8')
const counts = (text: string): number[] => {
  const tree = parseResolution(text)
  return [preambularParagraphs(tree).length, operativeParagraphs(tree).length, footnotes(tree).length]
}

describe('line ends', () => {
  it('CR LF and CR alone read as LF: A/RES/80/32 has its 6 preambular and 5 operative paragraphs and its note', () => {
    expect(counts(written)).toEqual([6, 5, 1])
    expect(counts(written.replace(/\n/g, '\r\n'))).toEqual([6, 5, 1])
    expect(counts(written.replace(/\n/g, '\r'))).toEqual([6, 5, 1])
  })

  it('positions are the file’s: lines and columns as with LF, offsets counting the CRs', () => {
    const crlf = written.replace(/\n/g, '\r\n')
    const lf = operativeParagraphs(parseResolution(written))[4]!
    const windows = operativeParagraphs(parseResolution(crlf))[4]!
    expect(windows.position!.start.line).toBe(lf.position!.start.line)
    expect(windows.position!.start.column).toBe(lf.position!.start.column)
    const plain = lf.position!.start.offset!
    const at = windows.position!.start.offset!
    expect(at).toBe(plain + lf.position!.start.line - 1)
    expect(crlf.slice(at, at + 20)).toBe(written.slice(plain, plain + 20))
  })

  it('lint reports the same messages at the same places', () => {
    const messages = (text: string): string[] =>
      lintResolution(parseResolution(text), text).messages.map(
        (message) => `${message.line}:${message.column} ${message.ruleId} ${message.reason}`,
      )
    expect(messages(written.replace(/\n/g, '\r\n'))).toEqual(messages(written))
    // A/RES/80/11's items after a lead-in, some letters lost (`(ii) Inviting…`, `(e) Requesting…`):
    // point-numbering reads the blank lines between them in the source, CR LF ones too.
    const items = readFileSync(path.join(root, 'fixtures', 'field', 'ga-80-11-2025.en.txt'), 'utf8')
    expect(messages(items.replace(/\n/g, '\r\n'))).toEqual(messages(items))
  })
})

// The gap after an operative number as other tools save it: a Word file's tab (`8.<tab>Requests`,
// as the UN types its numbers) and a web page's no-break space (`1.&nbsp;`). The counts are those
// read by hand: A/RES/80/42 10/9/1, its operative 9 run into its note's line by the converter
// (`…sect. III.A. 9. Decides to include…`); the ILO Governing Body's record of 1998, three
// numbered decisions, the second with a list of nine subjects indented under it.
describe('the gap after a paragraph’s number', () => {
  const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')

  it('a tab after the number: A/RES/80/42 keeps its 9 operative paragraphs', () => {
    const tabbed = read('ga-80-42-2025.en.md').replace(/^(\d{1,2}\.) /gm, '$1\t')
    expect(tabbed).toContain('8.\tRequests')
    expect(counts(tabbed)).toEqual([10, 9, 1])
    expect(operativeParagraphs(parseResolution(tabbed))[8]!.text).toMatch(
      /^Decides to include in the provisional agenda/,
    )
  })

  it('a no-break space after the number: the ILO record keeps its 3 decisions, the list under the second its items', () => {
    const written = read('ilo-gb-273-1998-record.excerpt.en.txt')
    const spaced = written.replace(/^(\d{1,2}\.) /gm, '$1\u00a0')
    expect(spaced).toContain('2.\u00a0The Governing Body requested')
    expect(counts(spaced)).toEqual([0, 3, 0])
    expect(operativeParagraphs(parseResolution(spaced))[1]!.text).toMatch(
      /^The Governing Body requested law and practice reports/,
    )
  })
})

// Every line indented alike (an e-mail's quotation, a Markdown file set as one code block):
// A/RES/80/32 (6/5/1 read by hand) and the ILO record (0/3/0, its list indented under decision 2).
describe('a text whose every line is indented', () => {
  const indented = (text: string, by: string): string => text.replace(/^(?=.)/gm, by)

  it('reads as the text without the shared indentation, the deeper indentation of a list kept', () => {
    expect(counts(indented(written, '    '))).toEqual([6, 5, 1])
    const record = readFileSync(path.join(root, 'fixtures', 'field', 'ilo-gb-273-1998-record.excerpt.en.txt'), 'utf8')
    expect(counts(indented(record, '  '))).toEqual([0, 3, 0])
  })

  it('positions are the file’s: columns count the indentation', () => {
    const tree = parseResolution(indented(written, '    '))
    const plain = operativeParagraphs(parseResolution(written))[0]!
    const first = operativeParagraphs(tree)[0]!
    expect(first.position!.start.line).toBe(plain.position!.start.line)
    expect(first.position!.start.column).toBe(plain.position!.start.column + 4)
    expect(tree.position!.start).toEqual({line: 1, column: 1, offset: 0})
  })
})

// Blank lines doubled or tripled between paragraphs (a Word file saved as text does it): the
// formula's lookahead steps over them. A/RES/80/9 is one sentence under `The General Assembly`
// (no comma), its declaration in the annex (0/1 read by hand); the ILO Governing Body's decision
// of 2016 is two lettered paragraphs under `The Governing Body:` (0/2).
describe('blank lines tripled', () => {
  const tripled = (text: string): string => text.replace(/\n[ \t]*\n/g, '\n\n\n\n')
  const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')

  it('a one-sentence resolution keeps its one paragraph, and a record its decision', () => {
    expect(counts(tripled(read('ga-80-9-2025.en.md')))).toEqual([0, 1, 0])
    expect(counts(tripled(read('ilo-gb-326-2016.en.txt'))).slice(0, 2)).toEqual([0, 2])
  })
})

// Word sets a hyphen that does not break the line (U+2011) in compounds (`non‑proliferation` in
// A/RES/80/39 as the UN's PDF gives it). A/RES/80/34 opens its seventh preambular paragraph
// `Re-emphasizing` (11 preambular paragraphs, read by hand); A/RES/67 (I) closes with
// `Sixty-fourth plenary meeting` (1 operative paragraph).
describe('a hyphen that does not break the line', () => {
  const unbreaking = (text: string): string => text.replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2011')
  const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')

  it('is a hyphen to the phrase and the closing line; the text keeps it as written', () => {
    const tree = parseResolution(unbreaking(read('ga-80-34-2025.en.md')))
    expect(preambularParagraphs(tree)).toHaveLength(11)
    const seventh = preambularParagraphs(tree)[6]!
    expect(seventh.leadingPhrase).toMatchObject({text: 'Re\u2011emphasizing', base: 'Re-emphasizing', known: true})
    expect(counts(unbreaking(read('ga-67-1946.en.txt'))).slice(0, 2)).toEqual([2, 1])
  })
})

// Straight quotes where the UN's Chinese has curly ones (a web copy's): A/RES/54/142 on a Chinese
// site (3 preambular, 4 operative, read by hand); its second preambular paragraph ends on a quoted
// title, its comma and the call of note 2 (`…的报告",2`), the third opens `赞赏地注意到`.
describe('straight quotes in Chinese', () => {
  it('a call after a closing straight quote and its comma ends the paragraph', () => {
    const written = readFileSync(
      path.join(root, 'fixtures', 'field', 'ga-54-142-1999-unchinese.excerpt.zh.txt'),
      'utf8',
    )
    const straight = written.replace(/[“”]/g, '"')
    expect(straight).toContain('的报告",2')
    const tree = parseResolution(straight)
    expect(preambularParagraphs(tree)).toHaveLength(3)
    expect(operativeParagraphs(tree)).toHaveLength(4)
    expect(preambularParagraphs(tree)[2]!.text).toMatch(/^赞赏地注意到/)
  })
})

// Chinese sets a paragraph's first line in by two ideographic spaces (U+3000), as web pages and
// Word files in Chinese do. The counts are those read by hand: S/RES/1476 (2003) on a Chinese site
// 2/2/0, A/RES/26 (I) on Wikisource 0/2/1.
describe('Chinese paragraphs set in by ideographic spaces', () => {
  const setIn = (text: string): string => text.replace(/^(?=\S)/gm, '\u3000\u3000')
  const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')

  it('read as the text without them', () => {
    expect(counts(setIn(read('sc-1476-2003-zhonghuashu.zh.txt')))).toEqual([2, 2, 0])
    expect(counts(setIn(read('ga-26-1946.zh.txt')))).toEqual([0, 2, 1])
  })

  it('the paragraph’s position is the file’s: its column counts the two spaces', () => {
    const written = read('sc-1476-2003-zhonghuashu.zh.txt')
    const plain = operativeParagraphs(parseResolution(written))[0]!
    const set = operativeParagraphs(parseResolution(setIn(written)))[0]!
    expect(set.text).toBe(plain.text)
    expect(set.position!.start.column).toBe(plain.position!.start.column + 2)
  })
})

// Numbers in full-width digits and stop (`１．`, as Chinese typists and Word's full-width list
// numbers write them) under a lead-in with no formula: the Montreal Protocol's decision V/6 (1993)
// on a Chinese site, 0 preambular and 4 operative paragraphs read by hand.
describe('full-width operative numbers under a lead-in', () => {
  it('open the operative part as `1.` does', () => {
    const written = readFileSync(path.join(root, 'fixtures', 'field', 'mop-5-6-1993.zh.txt'), 'utf8')
    const fullWidth = written.replace(
      /^(\d)\. /gm,
      (_, digit: string) => `${String.fromCharCode(digit.charCodeAt(0) + 0xfee0)}．`,
    )
    expect(fullWidth).toContain('１．满意地注意到')
    expect(counts(fullWidth).slice(0, 2)).toEqual([0, 4])
  })
})

// A converter's Markdown sets the phrases in emphasis (`*Recommends* all Members…`, `**Adopts**
// the…`). An unnumbered operative paragraph (A/RES/67 (I): 2 preambular, 1 operative, read by
// hand) and the one sentence of A/RES/80/9 under `The General Assembly` with no comma (0/1) are
// read as without it.
describe('phrases in Markdown emphasis', () => {
  const read = (name: string): string => readFileSync(path.join(root, 'fixtures', 'field', name), 'utf8')

  it('an unnumbered operative paragraph whose verb is in emphasis is operative', () => {
    for (const mark of ['*', '_', '**']) {
      const text = read('ga-67-1946.en.txt').replace(/^Recommends /m, `${mark}Recommends${mark} `)
      expect(text).toContain(`${mark}Recommends${mark} all Members`)
      expect(counts(text).slice(0, 2)).toEqual([2, 1])
    }
  })

  it('a one-sentence resolution whose verb is in bold keeps its one paragraph', () => {
    const text = read('ga-80-9-2025.en.md').replace(/^Adopts /m, '**Adopts** ')
    expect(counts(text)).toEqual([0, 1, 0])
  })
})

// Chinese wrapped to a full line's width, as a PDF's text gives it: S/RES/48 (1948) sets its
// operative paragraphs unnumbered, each one sentence; `…监督理事会决议案四十六(一九四八)之实施。`
// ends one, `请该委员会于四日内…` opens the next (read by hand).
describe('Chinese wrapped to the full width', () => {
  it('a line after a full stop that opens with an operative phrase opens a paragraph', () => {
    const written = readFileSync(path.join(root, 'fixtures', 'field', 'sc-0048-1948.zh.txt'), 'utf8')
    const wrapped = written
      .split('\n')
      .flatMap((line) => {
        const lines: string[] = []
        let rest = [...line]
        while (rest.length > 38) {
          let cut = 38
          while (cut < rest.length && /[，。；：、）,.;:)]/u.test(rest[cut]!)) cut++
          lines.push(rest.slice(0, cut).join(''))
          rest = rest.slice(cut)
        }
        return [...lines, rest.join('')]
      })
      .join('\n')
    expect(wrapped).toMatch(/之实施。\n请该委员会/)
    const operative = operativeParagraphs(parseResolution(wrapped))
    expect(operative.some((paragraph) => paragraph.text.endsWith('之实施。'))).toBe(true)
    expect(operative.some((paragraph) => paragraph.text.startsWith('请该委员会于四日内'))).toBe(true)
  })
})
