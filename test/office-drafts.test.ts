import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {footnotes, operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {notes, points, treeOf} from './office-helpers.js'

// Drafts and working copies (fixtures/office-drafts, made by scripts/make-drafts-fixtures.sh):
// line numbers, watermarks, margin comments, multi-level lists. The counts and words below are
// read from the sources in fixtures/office-drafts/sources/.

const dir = 'fixtures/office-drafts'
const file = (name: string): string => path.join(dir, name)
const numbers = (tree: Resolution): Array<number | undefined> =>
  operativeParagraphs(tree).map((paragraph) => paragraph.num)
const flat = (text: string): string => text.replace(/\s+/gu, ' ')

describe('Word files of drafts (read right blind)', () => {
  it('S/RES/242 (1967) as one multi-level list: items (i)-(ii) and (a)-(c) under their paragraphs', async () => {
    for (const name of ['sc-0242-1967-multilevel.en.docx', 'sc-0242-1967-multilevel.en.pdf']) {
      const tree = await treeOf(file(name))
      expect(preambularParagraphs(tree)).toHaveLength(3)
      expect(numbers(tree)).toEqual([1, 2, 3, 4])
      const [first, second] = operativeParagraphs(tree)
      expect(points(first!)).toEqual(['(i)', '(ii)'])
      expect(points(second!)).toEqual(['(a)', '(b)', '(c)'])
    }
  })
  it("the OAS's resolution of 2009 in LibreOffice's .docx of an .odt list: 4/2/0", async () => {
    const tree = await treeOf(file('oas-2009-cuba-from-odt.en.docx'))
    expect(preambularParagraphs(tree)).toHaveLength(4)
    expect(numbers(tree)).toEqual([1, 2])
    expect(operativeParagraphs(tree)[1]!.text).toMatch(/^That the participation of the Republic of Cuba/u)
  })
  it("A/RES/735 (VIII) with Word's watermark in the header: the watermark is no paragraph", async () => {
    const tree = await treeOf(file('ga-735-1953-watermark.en.docx'))
    expect(preambularParagraphs(tree)).toHaveLength(6)
    expect(numbers(tree)).toEqual([1, 2])
    expect(notes(tree).get('2')).toBe('See documents A/C.3/L.376, A/C.3/L.382, A/C.3/L.384 and A/C.3/L.386.')
    expect(JSON.stringify(tree)).not.toMatch(/UNEDITED/u)
  })
  it('S/RES/396 (1976) in Chinese with a Latin font of its own: 5/2/1', async () => {
    for (const name of ['sc-0396-1976-mixed-fonts.zh.docx', 'sc-0396-1976-mixed-fonts.zh.pdf']) {
      const tree = await treeOf(file(name))
      expect(preambularParagraphs(tree)).toHaveLength(5)
      expect(numbers(tree)).toEqual([1, 2])
      expect(footnotes(tree)).toHaveLength(1)
      expect(flat(operativeParagraphs(tree)[1]!.text)).toBe('确信定能以最高效率和最少费用维持紧急部队。')
    }
  })
  it('S/RES/138 (1960) as a draft with line numbers, the Word file: 6/3/2', async () => {
    const tree = await treeOf(file('sc-0138-1960-line-numbers.en.docx'))
    expect(preambularParagraphs(tree)).toHaveLength(6)
    expect(numbers(tree)).toEqual([1, 2, 3])
    expect(notes(tree).get('2')).toBe('One member (Argentina) did not participate in the voting.')
  })
})
