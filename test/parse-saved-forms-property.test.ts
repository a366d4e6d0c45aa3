import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// A property, as the relayout property is for PDF text: every real document of the field check,
// saved again the ways other tools and people save a text, reads the same — the same numbers of
// preambular and operative paragraphs and notes as the file as stored. The ways are those met in
// real copies: Windows and old Mac line ends, a Word file's tab or a web page's no-break space
// after a paragraph's number, lines all indented alike, blank lines tripled, spaces left at line
// ends, Word's non-breaking hyphen in compounds, straight quotes for curly ones; in Chinese, a
// first line set in by two ideographic spaces. Every fifth document of the manifest
// (fixtures/field-manifest.json), so the check stays quick, and of those only the ones read right
// as stored (their paragraphs as counted by hand): a document the parser misreads is the field
// check's failure (`npm run bench -- field`), not this property's.
interface Entry {
  file: string
  lang: 'en' | 'zh'
  P: number | null
  O: number | null
}
const manifest = JSON.parse(readFileSync(path.join(root, 'fixtures', 'field-manifest.json'), 'utf8')) as {
  documents: Entry[]
}
const sample = manifest.documents
  .filter((entry) => /\.(?:txt|md)$/.test(entry.file) && !entry.file.includes('.bitext.'))
  .filter((_, index) => index % 5 === 0)
  .map((entry) => ({...entry, written: readFileSync(path.join(root, entry.file), 'utf8')}))

const ways: Record<string, (text: string) => string> = {
  'CR LF line ends': (text) => text.replace(/\n/g, '\r\n'),
  'CR line ends': (text) => text.replace(/\n/g, '\r'),
  'a tab after the number': (text) => text.replace(/^(\d{1,2}\.) /gm, '$1\t'),
  'a no-break space after the number': (text) => text.replace(/^(\d{1,2}\.) /gm, '$1\u00a0'),
  'every line indented': (text) => text.replace(/^(?=.)/gm, '    '),
  'blank lines tripled': (text) => text.replace(/\n[ \t]*\n/g, '\n\n\n\n'),
  'spaces left at line ends': (text) => text.replace(/(?<=\S)$/gm, '  '),
  'non-breaking hyphens': (text) => text.replace(/(?<=\p{L})-(?=\p{L})/gu, '\u2011'),
  'straight quotes': (text) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'"),
}
const zhWays: Record<string, (text: string) => string> = {
  'first lines set in by ideographic spaces': (text) => text.replace(/^(?=\S)/gm, '\u3000\u3000'),
}

const counts = (text: string): string => {
  try {
    const tree = parseResolution(text)
    return `${preambularParagraphs(tree).length}/${operativeParagraphs(tree).length}/${footnotes(tree).length}`
  } catch (error) {
    return (error as Error).message
  }
}

/** The sample's documents read right as stored: their paragraphs as the manifest counts them. */
const readRight = (entry: Entry, stored: string): boolean =>
  entry.P === null || entry.O === null || stored.startsWith(`${entry.P}/${entry.O}/`)
const documents = sample
  .map((entry) => ({...entry, stored: counts(entry.written)}))
  .filter((entry) => readRight(entry, entry.stored))

describe('a real document saved another way reads the same', () => {
  it('samples enough of the field, nearly all of it read right as stored', () => {
    expect(documents.length).toBeGreaterThan(50)
    expect(sample.length - documents.length).toBeLessThanOrEqual(3)
    expect(documents.some((entry) => entry.lang === 'zh')).toBe(true)
  })

  for (const {file, lang, written, stored} of documents) {
    it(file, () => {
      const all = lang === 'zh' ? {...ways, ...zhWays} : ways
      const differing = Object.entries(all)
        .map(([way, save]) => [way, counts(save(written))] as const)
        .filter(([, saved]) => saved !== stored)
        .map(([way, saved]) => `${way}: ${saved}`)
      expect(differing, `stored ${stored}`).toEqual([])
    })
  }
})
