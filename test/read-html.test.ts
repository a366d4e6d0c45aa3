import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {DecodeError} from '../src/read/decode.js'
import {readDocument} from '../src/read/document.js'
import type {Paragraph} from '../src/tree/types.js'
import {runCliProcess} from './helpers/cli.js'
import {facts, notes, paragraphs, refsOf, treeOf} from './office-helpers.js'

// Two real resolutions as the web serves them (fixtures/web/README.md): SC 612 (1988) as a
// Wikisource page, operative paragraphs an ordered list; GA 48/1 as a page with a linked note.
// The counts and words below are read from the documents; the Wikisource page's own text copy
// (fixtures/corpus/sc-0612-1988.en.txt) gives the same paragraphs.

const phrase = (paragraph: Paragraph): string | undefined =>
  paragraph.type === 'paragraph' || paragraph.type === 'preambularParagraph' ? paragraph.leadingPhrase?.text : undefined

describe('reading a resolution saved as a web page', () => {
  it('reads SC 612 (1988) from its Wikisource page: 2 preambular, 5 operative, numbers drawn by the list', async () => {
    const tree = await treeOf('fixtures/web/sc-0612-1988.en.html')
    const all = paragraphs(tree)
    expect(all.filter((paragraph) => paragraph.type === 'preambularParagraph')).toHaveLength(2)
    const operative = all.filter((paragraph) => paragraph.type === 'paragraph')
    expect(operative.map((paragraph) => (paragraph.type === 'paragraph' ? paragraph.num : ''))).toEqual([1, 2, 3, 4, 5])
    expect(operative.map(phrase)).toEqual(['Affirms', 'Condemns vigorously', 'Expects', 'Calls upon', 'Decides'])
    expect(tree.meta.adoptionDate).toBe('1988-05-09')
    // The same page's text, copied by hand, reads the same paragraphs word for word.
    const copied = parseResolution(readFileSync('fixtures/corpus/sc-0612-1988.en.txt', 'utf8'))
    expect(all.map((paragraph) => paragraph.text)).toEqual(paragraphs(copied).map((paragraph) => paragraph.text))
    // Navigation, the page title's site name and the footer are not the resolution.
    expect(JSON.stringify(tree)).not.toMatch(/Main Page|Privacy policy|last edited|public domain/)
  })

  it('reads GA 48/1 with its linked note: the mark where the page raises it, the note under the text', async () => {
    const tree = await treeOf('fixtures/web/ga-48-1-1993.en.html')
    const all = paragraphs(tree)
    expect(all.map((paragraph) => paragraph.type)).toEqual([
      'preambularParagraph',
      'preambularParagraph',
      'paragraph',
      'paragraph',
    ])
    expect(all.map(phrase)).toEqual(['Bearing in mind', 'Noting', 'Decides', 'Also decides'])
    expect(tree.meta.symbol).toBe('A/RES/48/1')
    expect(tree.meta.title).toBe('Lifting of sanctions against South Africa')
    const first = all[0]!
    expect(first.type === 'preambularParagraph' ? refsOf(first.children) : []).toEqual(['1'])
    // The back link (↑) is the page's, not the note's.
    expect([...notes(tree)]).toEqual([['1', 'Resolution S-16/1, annex.']])
    expect(JSON.stringify(tree)).not.toMatch(/Home|© United Nations|Back to the text/)
    // The page's list of notes is read as the notes, not again as lines of the text.
    expect(JSON.stringify(tree)).not.toMatch(/↑/u)
    // Positions point into the page's blocks, as a Word paragraph's do: PP 1 is the sixth block.
    expect(first.position?.start.line).toBe(6)
  })

  it('writes the numbers an ordered list draws in its style: start, type, value and list-style-type', async () => {
    const page = (list: string): string =>
      `<!DOCTYPE html><html><body><p>The General Assembly,</p><p><i>Recalling</i> its resolution 74/60,</p><p>1. <i>Requests</i> the Secretary-General:</p>${list}</body></html>`
    const read = async (list: string): Promise<string> =>
      (await readDocument(new TextEncoder().encode(page(list)))).text
    expect(await read('<ol type="a"><li>to report;</li><li>to act.</li></ol>')).toMatch(
      /\(a\) to report;\s+\(b\) to act\./,
    )
    expect(
      await read('<ol start="3" style="list-style-type: lower-roman"><li>x;</li><li value="7">y.</li></ol>'),
    ).toMatch(/\(iii\) x;\s+\(vii\) y\./)
    expect(await read('<ol start="2"><li>Decides;</li></ol>')).toMatch(/2\. Decides;/)
    // A number a style cannot write (a damaged or hostile page) is written in digits, at once.
    expect(await read('<ol start="99999999999" type="i"><li>x;</li></ol>')).toMatch(/99999999999\. x;/)
    expect(await read('<ol start="99999999999999999999999" type="a"><li>y;</li></ol>')).toMatch(/\(a\) y;/)
  })

  it('refuses a page with no text in one sentence', async () => {
    await expect(
      readDocument(new TextEncoder().encode('<!DOCTYPE html><html><body><nav>Home</nav></body></html>')),
    ).rejects.toThrow(DecodeError)
    const run = runCliProcess(['parse', 'fixtures/web/ga-48-1-1993.en.html', '--format', 'outline'])
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/2 preambular, 2 operative, 1 footnotes/)
  })
})

describe('a Word file pandoc wrote as a web page (fixtures/web, scripts/make-web-fixtures.sh)', () => {
  for (const [page, word] of [
    ['cop-6-2.en.pandoc.html', 'cop-6-2.en.docx'],
    ['cop-6-2.zh.pandoc.html', 'cop-6-2.zh.docx'],
  ] as const) {
    it(`reads ${page} as its Word file, notes and all`, async () => {
      const tree = await treeOf(`fixtures/web/${page}`)
      expect(facts(tree)).toEqual(facts(await treeOf(`fixtures/office/${word}`)))
      // The seed's counts: 12 preambular, 15 operative paragraphs and 7 notes, none with the link back.
      expect(paragraphs(tree)).toHaveLength(27)
      expect(notes(tree).size).toBe(7)
      expect([...notes(tree).values()].join(' ')).not.toMatch(/↩/u)
    })
  }

  it("reads LibreOffice's page of 78/17: each note's number, linked back and run into its words, is not its words", async () => {
    const tree = await treeOf('fixtures/web/ga-78-17.en.libreoffice.html')
    expect(facts(tree)).toEqual(facts(await treeOf('fixtures/office-un/ga-78-17.en.docx')))
    expect(readFileSync('fixtures/web/ga-78-17.en.libreoffice.html', 'utf8')).toMatch(
      /href="#sdfootnote1anc">1<\/a><font size="1" style="font-size: 8pt">Resolution/u,
    )
    expect(notes(tree).get('1')).toBe('Resolution S-10/2.')
    expect(notes(tree).size).toBe(4)
  })

  it('reads a page body with no <html> or doctype as a web page', async () => {
    const html = readFileSync('fixtures/web/cop-6-2.en.pandoc.html', 'utf8')
    expect(html.startsWith('<p>Resolution 6/2</p>')).toBe(true)
    expect((await readDocument(new TextEncoder().encode(html))).format).toBe('html')
    // Markdown with an inline tag or two is still Markdown.
    const markdown =
      '<p align="center">The General Assembly,</p>\n\n*Recalling* its resolution 74/60,\n\n1. *Decides* to act.\n'
    expect((await readDocument(new TextEncoder().encode(markdown))).format).toBe('text')
  })
})
