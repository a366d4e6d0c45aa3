import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {formula, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {root} from './helpers.js'

// Real resolutions set again as a typesetter sets a book or a printed volume: justified lines,
// and a long word that does not fit hyphenated before its ending (`implementa-` / `tion`,
// `review-` / `ing`, `peace-` / `ful`), as hyphenation patterns break English. The paragraphs
// read back must be the ones the document holds, the hyphens the line ends added gone.

const endings = /^(\p{Ll}{4,})(ing|tion|sion|ment|ful|ness|able|ity)([,;.]?)$/u

function wrap(text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      const broken = endings.exec(word)
      if (broken && line.length + 2 + broken[1]!.length <= width) {
        lines.push(`${line} ${broken[1]}-`)
        line = `${broken[2]}${broken[3]}`
        continue
      }
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

function typeset(tree: Resolution, width: number): {text: string; breaks: number} {
  const body = [formula(tree)?.text ?? 'The General Assembly,']
  for (const paragraph of preambularParagraphs(tree)) body.push('', ...wrap(paragraph.text, width))
  for (const paragraph of operativeParagraphs(tree))
    body.push('', ...wrap(`${paragraph.num}. ${paragraph.text}`, width))
  return {text: body.join('\n'), breaks: body.filter((line) => /\p{Ll}-$/u.test(line)).length}
}

const texts = (tree: Resolution): string[] =>
  [...preambularParagraphs(tree), ...operativeParagraphs(tree)].map((paragraph) => paragraph.text)

describe('words a typesetter hyphenated before their ending', () => {
  for (const file of [
    'seeds/cop-6-2.en.txt',
    'seeds/cop-8-3.en.md',
    'seeds/cop-10-draft-mexico.en.txt',
    'fixtures/ga-74-60.en.txt',
    'fixtures/ga-78-17.en.txt',
    'fixtures/corpus/sc-0821-1993.en.txt',
    'fixtures/field/ga-66-290-2012.en.txt',
    'fixtures/field/hrc-31-115-2016.excerpt.en.txt',
    'fixtures/field/cbd-cop-11-12-2012.excerpt.en.txt',
    'fixtures/field/sc-1009-1995.en.txt',
  ]) {
    it(`are whole again in ${path.basename(file)}`, () => {
      const tree = parseResolution(readFileSync(path.join(root, file), 'utf8'))
      let breaks = 0
      for (const width of [60, 75, 90]) {
        const set = typeset(tree, width)
        breaks += set.breaks
        expect(texts(parseResolution(set.text)), `width ${width}`).toEqual(texts(tree))
      }
      expect(breaks).toBeGreaterThan(0)
    })
  }
})

// The same texts as a PDF's text layer may hold them when its fonts map ligature glyphs to the
// Unicode ligatures (`Reaﬃrming`, `eﬀorts`, `ﬁrearms`), as pdftotext or a viewer's copy gives them.
describe('ligatures written as single characters, and characters that stand for nothing', () => {
  const ligatures = (text: string): string =>
    text
      .replace(/ffi/gu, '\uFB03')
      .replace(/ffl/gu, '\uFB04')
      .replace(/ff/gu, '\uFB00')
      .replace(/fi/gu, '\uFB01')
      .replace(/fl/gu, '\uFB02')
  // And as a web page or a Word file holds them: soft hyphens inside long words (a page's
  // hyphenation points) and a zero-width space after each comma.
  const invisible = (text: string): string =>
    text.replace(/(\p{Ll}{4})(\p{Ll}{4,})/gu, '$1\u00AD$2').replace(/,/gu, ',\u200B')
  for (const [file, transform] of [
    ['seeds/cop-6-2.en.txt', ligatures],
    ['seeds/cop-8-3.en.md', ligatures],
    ['fixtures/ga-78-17.en.txt', ligatures],
    ['seeds/cop-6-2.en.txt', invisible],
    ['fixtures/ga-78-17.en.txt', invisible],
  ] as const) {
    it(`read as their letters in ${path.basename(file)} (${transform === ligatures ? 'ligatures' : 'soft hyphens, zero-width spaces'})`, () => {
      const text = readFileSync(path.join(root, file), 'utf8')
      const written = transform(text)
      expect(written).not.toBe(text)
      const tree = parseResolution(text)
      const read = parseResolution(written)
      expect(texts(read)).toEqual(texts(tree))
      const phrases = (resolution: Resolution): Array<string | undefined> =>
        [...preambularParagraphs(resolution), ...operativeParagraphs(resolution)].map(
          (paragraph) => paragraph.leadingPhrase?.text,
        )
      expect(phrases(read)).toEqual(phrases(tree))
      // Positions still point into the text as written: each paragraph spans its own words there.
      const spans = (resolution: Resolution, source: string): string[] =>
        [...preambularParagraphs(resolution), ...operativeParagraphs(resolution)].map((paragraph) =>
          source.slice(paragraph.position!.start.offset, paragraph.position!.end.offset),
        )
      expect(spans(read, written)).toEqual(spans(tree, text).map(transform))
    })
  }
})

describe('a byte order mark left in the text (a library caller that read a file as UTF-8)', () => {
  it('is read as nothing, at the start or inside', () => {
    const text = readFileSync(path.join(root, 'seeds/cop-6-2.en.txt'), 'utf8')
    const tree = parseResolution(text)
    expect(texts(parseResolution(`\uFEFF${text}`))).toEqual(texts(tree))
    expect(texts(parseResolution(text.replace('\n\n', '\n\uFEFF\n')))).toEqual(texts(tree))
  })
})
