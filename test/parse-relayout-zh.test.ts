import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {root} from './helpers.js'

/**
 * Chinese as a PDF's text gives it: hard-wrapped at the full width of the page, no spaces, no
 * blank line and no indent between paragraphs (pdftotext's default mode on a UN Chinese PDF; see
 * fixtures/office-pdftotext/cop-6-2.zh.txt). Every Chinese text of the field check, wrapped so,
 * must give the paragraph counts it gives as stored.
 */

interface FieldDocument {
  file: string
  lang: string
  P?: number
  O?: number
}

/** Marks a line may not open with, and brackets it may not end with (as Chinese typesetting keeps them). */
const noLineStart = /[，。；：、）」』》,.;:)]/u
const noLineEnd = /[（「『《(]/u

const latin = /^[A-Za-z0-9]$/u

/** A note call as the texts write it in line (`,(3)`, `,[15]`): set as a superscript, it never opens a line. */
const noteCall = /^(?:\(\d{1,3}\)|\[\d{1,3}\]|（\d{1,3}）)/u

/** One line of text broken every `width` characters, a closing mark and a note call kept on the line before. */
function wrapLine(line: string, width: number): string[] {
  const lines: string[] = []
  let rest = [...line]
  while (rest.length > width) {
    let cut = width
    // A cut inside a note call, or right before one, moves past its end.
    for (let back = 0; back <= 4 && back <= cut; back++) {
      const call = noteCall.exec(rest.slice(cut - back, cut - back + 6).join(''))
      if (call && (back === 0 || call[0].length > back)) {
        cut += call[0].length - back
        break
      }
    }
    // A number or a Latin word is never cut (`2018`, `S/2006/997` go whole to the next line).
    let back = cut
    while (back > 1 && latin.test(rest[back - 1] as string) && latin.test(rest[back] ?? '')) back--
    if (back > 1) cut = back
    while (cut < rest.length && noLineStart.test(rest[cut] as string)) cut++
    while (cut > 1 && noLineEnd.test(rest[cut - 1] as string)) cut--
    if (cut >= rest.length) break
    lines.push(rest.slice(0, cut).join(''))
    rest = rest.slice(cut)
  }
  lines.push(rest.join(''))
  return lines
}

interface Layout {
  width: number
  /** A page's foot and the next page's head every this many lines, with no blank line about them. */
  pageLines?: number
  /** The document's own symbol, which heads each page after the first (none where it has none). */
  symbol?: string | undefined
}

/** The text wrapped at `width`: every blank line and indent gone, each paragraph's lines run on. */
function wrapChinese(text: string, layout: Layout): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .flatMap((line) => wrapLine(line, layout.width))
  const {pageLines} = layout
  if (pageLines === undefined) return lines.join('\n')
  const pages = Math.ceil(lines.length / pageLines)
  const out: string[] = []
  for (let page = 0; page < pages; page++) {
    if (page > 0 && layout.symbol !== undefined) out.push(layout.symbol)
    out.push(...lines.slice(page * pageLines, (page + 1) * pageLines))
    if (page < pages - 1) out.push('25-01234 (C)', `${page + 1}/${pages}`)
  }
  return out.join('\n')
}

function counts(text: string): string {
  try {
    const tree = parseResolution(text)
    return `${preambularParagraphs(tree).length},${operativeParagraphs(tree).length}`
  } catch (error) {
    return `error: ${(error as Error).message.slice(0, 40)}`
  }
}

const manifest = JSON.parse(readFileSync(path.join(root, 'fixtures/field-manifest.json'), 'utf8')) as {
  documents: FieldDocument[]
}

/**
 * The documents, chosen as the file is read: every Chinese text of the field check (not the
 * bilingual ones, not Word, ODF or PDF files) that is laid out over more lines than it has
 * paragraphs and that parses as stored to the counts a person read from it.
 */
const chosen = manifest.documents
  .filter(
    (document) => document.lang === 'zh' && /\.(?:txt|md)$/.test(document.file) && !document.file.includes('bitext'),
  )
  .map((document) => {
    const text = readFileSync(path.join(root, document.file), 'utf8')
    let symbol: string | undefined
    try {
      symbol = parseResolution(text).meta.symbol
    } catch {
      symbol = undefined
    }
    return {...document, text, symbol}
  })
  .filter(
    (document) =>
      document.text.split('\n').filter((line) => line.trim() !== '').length >=
        (document.P ?? 0) + (document.O ?? 0) + 1 && counts(document.text) === `${document.P ?? 0},${document.O ?? 0}`,
  )

const layouts: Layout[] = [{width: 30}, {width: 38}, {width: 45}, {width: 38, pageLines: 20}]
const layoutName = (layout: Layout): string => `w${layout.width}${layout.pageLines ? ` p${layout.pageLines}` : ''}`

/**
 * Cases that give other counts today, each `file layout`: 47 of 320 (14 at 30 characters, 12 at
 * 38, 8 at 45, 13 with page feet; 112 before units.ts read a Chinese line's width). A fix removes
 * its case here, and a case that newly fails fails the test.
 */
const knownFailures: string[] = [
  // w30: 14 of the 80 documents
  'cop-6-2.zh.txt w30',
  'sc-0004-1946.zh.txt w30',
  'sc-0019-1947.zh.txt w30',
  'sc-0612-1988.zh.txt w30',
  'sc-1325-2000.excerpt.zh.txt w30',
  'ga-50-11-1995.excerpt.zh.txt w30',
  'ga-262-1948.zh.txt w30',
  'ga-26-1946.zh.txt w30',
  'sc-2094-2013.excerpt.zh.txt w30',
  'sc-1718-2006-encyclopedia.excerpt.zh-hant.txt w30',
  'ga-66-54-2011-hfviewer.excerpt.zh.txt w30',
  'ga-50-203-1995.excerpt.zh.txt w30',
  'ga-0009-1946-wikisource.excerpt.zh.txt w30',
  'sc-1718-2006-czkjst.excerpt.zh.txt w30',
  // w38: 12 of the 80 documents
  'cop-6-2.zh.txt w38',
  'ga-1514-1960.zh-hant.txt w38',
  'sc-2424-2018.excerpt.zh-hant.txt w38',
  'sc-2094-2013.excerpt.zh.txt w38',
  'sc-1718-2006.excerpt.zh-hant.txt w38',
  'sc-1718-2006-encyclopedia.excerpt.zh-hant.txt w38',
  'unfccc-sbi-22-draft-cp-2005.excerpt.zh.txt w38',
  'sc-1540-2004-zjhx.excerpt.zh.txt w38',
  'ga-32-155-1977-fanyjok.excerpt.zh.txt w38',
  'ga-66-54-2011-hfviewer.excerpt.zh.txt w38',
  'ga-0009-1946-wikisource.excerpt.zh.txt w38',
  'sc-1718-2006-czkjst.excerpt.zh.txt w38',
  // w45: 8 of the 80 documents
  'cop-6-2.zh.txt w45',
  'sc-2399-2018.excerpt.zh-hant.txt w45',
  'sc-2094-2013.excerpt.zh.txt w45',
  'sc-1718-2006-encyclopedia.excerpt.zh-hant.txt w45',
  'unfccc-sbi-22-draft-cp-2005.excerpt.zh.txt w45',
  'ga-66-54-2011-hfviewer.excerpt.zh.txt w45',
  'ga-0009-1946-wikisource.excerpt.zh.txt w45',
  'sc-1718-2006-czkjst.excerpt.zh.txt w45',
  // w38 p20: 13 of the 80 documents
  'cop-6-2.zh.txt w38 p20',
  'ga-1514-1960.zh-hant.txt w38 p20',
  'sc-2446-2018.zh.txt w38 p20',
  'sc-2424-2018.excerpt.zh-hant.txt w38 p20',
  'sc-2094-2013.excerpt.zh.txt w38 p20',
  'sc-1718-2006.excerpt.zh-hant.txt w38 p20',
  'sc-1718-2006-encyclopedia.excerpt.zh-hant.txt w38 p20',
  'unfccc-sbi-22-draft-cp-2005.excerpt.zh.txt w38 p20',
  'sc-1540-2004-zjhx.excerpt.zh.txt w38 p20',
  'ga-32-155-1977-fanyjok.excerpt.zh.txt w38 p20',
  'ga-66-54-2011-hfviewer.excerpt.zh.txt w38 p20',
  'ga-0009-1946-wikisource.excerpt.zh.txt w38 p20',
  'sc-1718-2006-czkjst.excerpt.zh.txt w38 p20',
]

describe('Chinese wrapped at the full width of a page, as a PDF gives it, parses to the same paragraph counts', () => {
  it('holds the field check’s Chinese texts', () => {
    expect(chosen.length).toBeGreaterThanOrEqual(80)
  })
  for (const layout of layouts) {
    const name = layoutName(layout)
    it(`at ${layout.width} characters a line${layout.pageLines ? `, a page foot every ${layout.pageLines} lines` : ''}`, () => {
      const failures = chosen
        .filter(
          (document) =>
            counts(wrapChinese(document.text, {...layout, symbol: document.symbol})) !==
            `${document.P ?? 0},${document.O ?? 0}`,
        )
        .map((document) => `${path.basename(document.file)} ${name}`)
      expect(failures).toEqual(knownFailures.filter((failure) => failure.endsWith(` ${name}`)))
    })
  }
})
