import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {paragraphLines} from '../src/parse/paragraph-lines.js'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import {root} from './helpers.js'

// A text with no blank line at all, each paragraph on a line of its own: a web page pasted into a
// plain-text editor, a converter that writes a paragraph a line. The counts are those read by hand
// (fixtures/field-manifest.json; the seed's from the issue that created the project).
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8')
const withoutBlankLines = (text: string): string => text.replace(/\n[ \t]*\n+/g, '\n')
const counts = (text: string): string => {
  try {
    const tree = parseResolution(text, {lang: 'en'})
    return `${preambularParagraphs(tree).length}/${operativeParagraphs(tree).length}/${footnotes(tree).length}`
  } catch (error) {
    return (error as Error).message
  }
}

describe('paragraphs one a line, with no blank line', () => {
  it('the seed resolution 6/2 keeps its 12 preambular and 15 operative paragraphs and its 7 notes', () => {
    const text = withoutBlankLines(read('seeds/cop-6-2.en.txt'))
    const tree = parseResolution(text)
    expect(preambularParagraphs(tree)).toHaveLength(12)
    expect(operativeParagraphs(tree)).toHaveLength(15)
    const notes = footnotes(tree)
    expect(notes).toHaveLength(7)
    // Its layout is the blocks of a text whose paragraphs are apart, not a PDF's wrapped lines.
    expect(tree.data.layout).toBe('blocks')
    // The notes set between the paragraphs at each page's foot are notes, not paragraphs' words.
    const first = notes[0]!
    expect(text.slice(first.position!.start.offset, first.position!.end.offset)).toContain('vol. 2225, No. 39574')
    // The paragraph after the first page's notes is the sixth, and its position is in the file as written.
    const sixth = preambularParagraphs(tree)[5]!
    expect(text.slice(sixth.position!.start.offset).startsWith('Recalling that the Convention')).toBe(true)
    expect(sixth.position!.start.line).toBe(text.slice(0, sixth.position!.start.offset).split('\n').length)
  })

  it('the seed in Chinese, its notes set among its lines: 12 preambular, 15 operative, 7 notes', () => {
    const text = withoutBlankLines(read('seeds/cop-6-2.zh.txt'))
    const tree = parseResolution(text)
    expect(preambularParagraphs(tree)).toHaveLength(12)
    expect(operativeParagraphs(tree)).toHaveLength(15)
    const notes = footnotes(tree)
    expect(notes).toHaveLength(7)
    expect(text.slice(notes[1]!.position!.start.offset, notes[1]!.position!.end.offset)).toContain('同上，第2326卷')
  })

  it('A/RES/80/23: the page foot in mid-paragraph is set apart; 9 preambular, 4 operative, 1 note', () => {
    const text = withoutBlankLines(read('fixtures/field/ga-80-23-2025.en.txt'))
    const tree = parseResolution(text)
    expect(counts(text)).toBe('9/4/1')
    const note = footnotes(tree)[0]!
    expect(text.slice(note.position!.start.offset, note.position!.end.offset)).toContain('Resolution S-10/2.')
    const fourth = operativeParagraphs(tree)[3]!
    expect(text.slice(fourth.position!.start.offset).startsWith('4. Decides to include')).toBe(true)
    // With or without a line break at the file's end.
    expect(counts(`${text.trimEnd()}\n`)).toBe('9/4/1')
    expect(counts(text.trimEnd())).toBe('9/4/1')
  })

  it('a PDF’s text wrapped as printed, with no blank line, is not read as a paragraph a line', () => {
    expect(paragraphLines(read('fixtures/office-typeset/cop-6-2.en.txt'))).toEqual([])
    expect(parseResolution(read('fixtures/office-typeset/cop-6-2.en.txt')).data.layout).toBe('wrapped')
    expect(paragraphLines(withoutBlankLines(read('fixtures/field/sc-1325-2000.excerpt.en.txt')))).toEqual([])
  })
})

// The property: every English document of the field check whose paragraphs are each on a line
// (three or more lines longer than a printed line), read right as stored, reads the same with its
// blank lines taken out. Where it does not, the text without blank lines says less than the file:
interface Entry {
  file: string
  lang: 'en' | 'zh'
  P: number | null
  O: number | null
  F: number | null
}
const known: Record<string, string> = {
  // A paragraph the converter broke after a comma, its second line opening with a capital
  // (`…Development, Production,` / `Stockpiling and Use…`), as a paragraph a line would.
  'fixtures/field/ga-80-34-2025.en.md': 'a paragraph broken after a comma',
  'fixtures/field/ga-80-39-2025.en.md': 'a paragraph broken after a comma',
}
const manifest = JSON.parse(read('fixtures/field-manifest.json')) as {documents: Entry[]}
const documents = manifest.documents
  .filter((entry) => entry.lang === 'en' && /\.(?:txt|md)$/.test(entry.file) && !entry.file.includes('.bitext.'))
  .map((entry) => ({...entry, written: read(entry.file)}))
  .filter(({written}) => written.split('\n').filter((line) => line.trim().length > 200).length >= 3)
  .map((entry) => ({...entry, stored: counts(entry.written)}))
  .filter((entry) => entry.stored === `${entry.P}/${entry.O}/${entry.F}`)

describe('a document of the field check with its blank lines taken out reads the same', () => {
  it('holds enough documents, the known exceptions among them', () => {
    expect(documents.length).toBeGreaterThan(40)
    for (const file of Object.keys(known)) expect(documents.map((entry) => entry.file)).toContain(file)
  })

  for (const {file, written, stored} of documents) {
    it(file, () => {
      const flat = counts(withoutBlankLines(written))
      if (known[file] === undefined) expect(flat).toBe(stored)
      // A known exception that reads right now is taken off the list.
      else expect(flat, known[file]).not.toBe(stored)
    })
  }
})
