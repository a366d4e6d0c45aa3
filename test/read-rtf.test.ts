import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {readDocument} from '../src/read/document.js'
import {footnotes} from '../src/tree/access.js'
import {facts, paragraphs, treeOf} from './office-helpers.js'

// Resolutions saved as RTF: the Word files of fixtures/office-un, fixtures/office and
// fixtures/office-legacy saved by LibreOffice's "Save as RTF", and the Chinese 52/7 with its
// Chinese in GBK bytes under `\ansicpg936`, as Word writes Chinese RTF
// (scripts/make-rtf-fixtures.sh). Each gives the tree of the Word file it was saved from: the
// Word file is the reference (its counts and facts are pinned, from the sources, in
// test/office-*.test.ts and test/read-*.test.ts).
const rtf = (name: string): string => path.join('fixtures/office-rtf', name)

describe('RTF', () => {
  for (const [name, word] of [
    ['ga-78-17.en', 'office-un/ga-78-17.en'],
    ['ga-52-7-1997.zh', 'office-un/ga-52-7-1997.zh'],
    ['ga-52-7-1997-gbk.zh', 'office-un/ga-52-7-1997.zh'],
    ['sc-2446-2018.zh', 'office-un/sc-2446-2018.zh'],
    ['cop-8-3.en', 'office/cop-8-3.en'],
    ['cop-6-2.zh', 'office/cop-6-2.zh'],
    ['ga-78-17-endnotes.en', 'office-legacy/ga-78-17-endnotes.en'],
    ['ga-78-17-starred-note.en', 'office-legacy/ga-78-17-starred-note.en'],
    ['ga-78-17-tracked.en', 'office-legacy/ga-78-17-tracked.en'],
  ] as const) {
    it(`reads ${name}.rtf as the Word file it was saved from`, async () => {
      const fromRtf = await treeOf(rtf(`${name}.rtf`))
      const fromWord = await treeOf(`fixtures/${word}.docx`)
      expect(facts(fromRtf)).toEqual(facts(fromWord))
      expect(fromRtf.meta).toEqual(fromWord.meta)
      expect(footnotes(fromRtf).map((note) => [note.marker, note.text])).toEqual(
        footnotes(fromWord).map((note) => [note.marker, note.text]),
      )
    })
  }

  it('reads Chinese in GBK bytes under \\ansicpg936 as in \\uN escapes', async () => {
    // `联合国` as Word writes it in a Chinese code page: `\'c1\'aa\'ba\'cf\'b9\'fa`.
    const bytes = readFileSync(rtf('ga-52-7-1997-gbk.zh.rtf'), 'latin1')
    expect(bytes).toContain('\\ansicpg936')
    expect(bytes).toContain("\\'c1\\'aa\\'ba\\'cf\\'b9\\'fa")
    const all = paragraphs(await treeOf(rtf('ga-52-7-1997-gbk.zh.rtf')))
    // Read from the source (fixtures/office-un/sources/ga-52-7-1997.zh.txt): 2 preambular, 4 operative.
    expect(all.map((paragraph) => paragraph.type)).toEqual([
      'preambularParagraph',
      'preambularParagraph',
      'paragraph',
      'paragraph',
      'paragraph',
      'paragraph',
    ])
    expect(all[0]?.text.startsWith('回顾1996年10月25日第51/7号决议')).toBe(true)
  })

  it('reads the numbers Word draws from {\\listtext …}, and a footnote from {\\*\\footnote \\chftn …}', async () => {
    const text = readFileSync(rtf('cop-8-3.en.rtf'), 'latin1')
    expect(text).toMatch(/\{\\listtext\\pard\\plain {2}1\.\\tab\}/u)
    expect(text).toMatch(/\{\\super \\loch \\chftn\{\\\*\\footnote \\chftn/u)
    const operative = paragraphs(await treeOf(rtf('cop-8-3.en.rtf'))).filter(
      (paragraph) => paragraph.type === 'paragraph',
    )
    // Read from the seed (seeds/cop-8-3.en.md): operative 1 to 33.
    expect(operative.map((paragraph) => paragraph.num)).toEqual(Array.from({length: 33}, (_, index) => index + 1))
  })

  it('reads tracked changes as accepted, and says so', async () => {
    const document = await readDocument(readFileSync(rtf('ga-78-17-tracked.en.rtf')))
    expect(document.format).toBe('rtf')
    expect(document.notices).toEqual([
      'the RTF document has tracked changes: read as if all were accepted (insertions in, deletions out)',
    ])
  })

  it('reads the shortest RTF a hand writes', async () => {
    const document = await readDocument(
      Buffer.from(
        '{\\rtf1\\ansi The General Assembly,\\par Recalling its resolution 74/60,\\par 1. Decides to act.\\par}',
      ),
    )
    const all = paragraphs(parseResolution(document.text))
    expect(all.map((paragraph) => paragraph.text)).toEqual(['Recalling its resolution 74/60,', 'Decides to act.'])
  })
})
