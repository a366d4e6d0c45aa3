import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {readDocument} from '../src/read/document.js'
import {facts, treeOf} from './office-helpers.js'

// pandoc's GitHub and strict Markdown of a Word file laid out as the UN publishes it
// (fixtures/markdown/office-un, scripts/make-markdown-fixtures.sh) sets the masthead as an HTML
// table and the body below it as Markdown block quotes (`> *Recalling* its previous
// resolutions…`). A file read from disk, as the CLI reads it, is Markdown, not a web page.
const files = [
  ['sc-2446-2018.en.gfm.md', 'sc-2446-2018.en.docx'],
  ['sc-2446-2018.en.strict.md', 'sc-2446-2018.en.docx'],
  ['ga-52-7-1997.zh.strict.md', 'ga-52-7-1997.zh.docx'],
] as const

describe('Markdown that opens with an HTML table', () => {
  for (const [markdown, word] of files) {
    it(`${markdown}: read as Markdown, into the paragraphs of its Word file`, async () => {
      const file = path.join('fixtures/markdown/office-un', markdown)
      expect(readFileSync(file, 'utf8')).toMatch(/^<table>/)
      const document = await readDocument(readFileSync(file))
      expect(document.format).toBe('text')
      const tree = await treeOf(file)
      const original = await treeOf(path.join('fixtures/office-un', word))
      expect(facts(tree).map((fact) => (fact as {text: string}).text)).toEqual(
        facts(original).map((fact) => (fact as {text: string}).text),
      )
    })
  }
  it('gives the Security Council resolution no title from its adoption line, wrapped in bold over two lines', async () => {
    const tree = await treeOf('fixtures/markdown/office-un/sc-2446-2018.en.gfm.md')
    expect(tree.meta.title).toBeUndefined()
    expect(tree.meta.adoptionDate).toBe('2018-11-15')
  })
})
