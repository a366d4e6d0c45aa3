import {readFileSync} from 'node:fs'
import path from 'node:path'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import type {Resolution} from '../src/tree/types.js'
import {footnotes} from '../src/tree/access.js'
import {noteRefNodes} from '../src/tree/inline.js'
import {facts, notes, numberedNotesOf7817, treeOf} from './office-helpers.js'

// Footnote marks as Markdown converters write them. The fixtures of fixtures/markdown are the
// Word fixtures converted by pandoc (scripts/make-markdown-fixtures.sh): the Markdown must give
// the tree the Word file gives — the same paragraphs, and each paragraph calling the same notes.
const markdown = (name: string): string => readFileSync(path.join('fixtures/markdown', name), 'utf8')

const documents = ['cop-8-3.en', 'cop-6-2.en', 'cop-6-2.zh', 'cop-10-draft-mexico.en', 'draft-a-c3-80-l19.en']

describe('footnote marks in Markdown', () => {
  for (const name of documents) {
    for (const dialect of ['gfm', 'pandoc', 'strict', 'mammoth']) {
      // The Word file of 8/3 has one note number typed as raised text, not as a Word footnote
      // (`Crime,⁴ and`); mammoth's Markdown writes it as plain text (`Crime,4 and`), which no
      // longer says it is a mark.
      if (name === 'cop-8-3.en' && dialect === 'mammoth') continue
      it(`reads ${name}.${dialect}.md into the tree its Word file gives`, async () => {
        const word = await treeOf(path.join('fixtures/office', `${name}.docx`))
        const tree = parseResolution(markdown(`${name}.${dialect}.md`))
        // pandoc's strict Markdown and mammoth's HTML lists break a numbered list where a paragraph goes on after a
        // blank line and numbers the rest from 1 again, as the file then reads: numbers aside.
        // pandoc's own Markdown writes curly quotation marks straight and dashes as -- ("smart" typography).
        const straight = (text: string | undefined): string | undefined =>
          dialect === 'pandoc'
            ? text?.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").replace(/—/gu, '---').replace(/–/gu, '--')
            : text
        const unnumbered = (tree: Resolution): unknown[] =>
          facts(tree).map((paragraph) => {
            const fact = paragraph as {text: string; num?: number; notes: Array<string | undefined>}
            return {
              ...fact,
              num: dialect === 'strict' || dialect === 'mammoth' ? undefined : fact.num,
              text: straight(fact.text),
              notes: fact.notes.map(straight),
            }
          })
        expect(unnumbered(tree)).toEqual(unnumbered(word))
        const noteTexts = (tree: Resolution): Array<[string, string | undefined]> =>
          [...notes(tree)].map(([marker, text]) => [marker, straight(text)])
        expect(noteTexts(tree)).toEqual(noteTexts(word))
      })
    }
  }

  // Word files laid out as the UN publishes them (fixtures/office-un) indent every paragraph
  // and note: pandoc writes each as a block quote (`> *Recalling* its resolutions…`, `[^1]:` /
  // `    > Resolution S-10/2.`, strict Markdown's `[1]` / `> Resolution S-10/2.`). The quote
  // marks are the converter's; the paragraphs and notes are the Word file's.
  const unLayout = ['ga-78-17.en', 'sc-2446-2018.en', 'sc-2446-2018.zh', 'ga-52-7-1997.zh']
  for (const name of unLayout) {
    for (const dialect of ['gfm', 'pandoc', 'strict']) {
      it(`reads ${name}.${dialect}.md, its body in block quotes, into the tree its Word file gives`, async () => {
        const text = markdown(`office-un/${name}.${dialect}.md`)
        expect(text).toMatch(/^> \S/mu)
        const word = await treeOf(path.join('fixtures/office-un', `${name}.docx`))
        const tree = parseResolution(text)
        const straight = (text: string | undefined): string | undefined =>
          dialect === 'pandoc'
            ? text?.replace(/[“”]/gu, '"').replace(/[‘’]/gu, "'").replace(/—/gu, '---').replace(/–/gu, '--')
            : text
        const comparable = (tree: Resolution): unknown[] =>
          facts(tree).map((paragraph) => {
            const fact = paragraph as {text: string; notes: Array<string | undefined>}
            return {...fact, text: straight(fact.text), notes: fact.notes.map(straight)}
          })
        expect(comparable(tree)).toEqual(comparable(word))
        expect([...notes(tree)].map(([marker, text]) => [marker, straight(text)])).toEqual(
          [...notes(word)].map(([marker, text]) => [marker, straight(text)]),
        )
      })
    }
  }

  it('reads A/RES/78/17 from pandoc with every paragraph and note the resolution has', () => {
    // Read from the resolution: 12 preambular and 12 operative paragraphs; four notes, the first
    // "Resolution S-10/2." called after "…General Assembly,", the last "A/45/435.".
    const tree = parseResolution(markdown('office-un/ga-78-17.en.gfm.md'))
    const paragraphs = facts(tree) as Array<{num?: number}>
    expect(paragraphs.filter((paragraph) => paragraph.num === undefined)).toHaveLength(12)
    expect(paragraphs.filter((paragraph) => paragraph.num !== undefined).map((paragraph) => paragraph.num)).toEqual(
      Array.from({length: 12}, (_, index) => index + 1),
    )
    expect([...notes(tree)]).toEqual(numberedNotesOf7817)
  })

  it('points each call and note at the mark as written', () => {
    const text = markdown('cop-8-3.en.gfm.md')
    const tree = parseResolution(text)
    const first = noteRefNodes(tree)[0]!
    expect(text.slice(first.position!.start.offset, first.position!.end.offset)).toBe('[^1]')
    // Read from the file: the call follows "Transnational Organized Crime," on line 12.
    expect(first.position!.start.line).toBe(12)
    expect(text.split('\n')[11]!.slice(0, first.position!.start.column - 1)).toMatch(/Organized Crime,$/)
    const note = footnotes(tree)[0]!
    expect(note.marker).toBe('1')
    expect(note.text).toBe('United Nations, Treaty Series, vol. 2225, No. 39574')
    expect(text.slice(note.position!.start.offset).startsWith('[^1]:')).toBe(true)
  })

  // Other converters' forms, written from the same real text: the tree must not change.
  const gfm = markdown('cop-8-3.en.gfm.md')
  const expected = facts(parseResolution(gfm))
  const forms: Array<[string, (label: string) => string, (label: string) => string]> = [
    ['LaTeX superscripts, as MinerU writes them ($^{1}$)', (n) => `$^{${n}}$`, (n) => `$^{${n}}$ `],
    ['LaTeX superscripts after an empty group (${}^{1}$)', (n) => `\${}^{${n}}$`, (n) => `\${}^{${n}}$ `],
    ["pandoc's superscripts (^1^)", (n) => `^${n}^`, (n) => `^${n}^ `],
    [
      'HTML superscripts around a bracketed number (<sup>[1]</sup>)',
      (n) => `<sup>[${n}]</sup>`,
      (n) => `<sup>[${n}]</sup> `,
    ],
    ["Wikisource's list of notes, each with its link back (1. ↑ …)", (n) => `[${n}]`, (n) => `${n}. ↑ `],
  ]
  for (const [form, call, opening] of forms) {
    it(`reads ${form}`, () => {
      const text = gfm
        .replace(/^\[\^(\d+)\]: /gmu, (_, n: string) => opening(n))
        .replace(/\[\^(\d+)\]/gu, (_, n: string) => call(n))
      expect(text).not.toContain('[^')
      const tree = parseResolution(text)
      expect(facts(tree)).toEqual(expected)
      expect(footnotes(tree)).toHaveLength(10)
    })
  }

  it('leaves a bracketed number as written when no list of notes answers it', () => {
    const text = markdown('cop-8-3.en.strict.md')
    const withoutNotes = text.slice(0, text.indexOf('\n[1] '))
    const tree = parseResolution(withoutNotes)
    expect(footnotes(tree)).toHaveLength(0)
    expect(tree.children.find((part) => part.type === 'preamble')).toBeDefined()
    const recalling = facts(tree)[0] as {text: string}
    expect(recalling.text).toContain('Transnational Organized Crime,[1] and reaffirming')
  })

  it('does not read a numbered list as notes unless it numbers afresh or a heading names it', () => {
    // Operative paragraphs 1-3 after a call [3] in the preamble: they are not notes 1-3.
    const text = [
      'The General Assembly,',
      '',
      'Recalling its resolutions 1 and 2 of the Assembly,[3]',
      '',
      '1. Decides to act;',
      '',
      '2. Requests a report;',
      '',
      '3. Decides to remain seized of the matter.',
    ].join('\n')
    const tree = parseResolution(text)
    expect(footnotes(tree)).toHaveLength(0)
    expect(facts(tree).map((paragraph) => (paragraph as {num?: number}).num)).toEqual([undefined, 1, 2, 3])
  })

  // Operative numbers in Markdown's other forms, written from a real text (cop-6-2 as pandoc
  // converts its Word file): the tree must not change.
  const numbered = markdown('cop-6-2.en.gfm.md')
  const numberedFacts = facts(parseResolution(numbered))
  const numberForms: Array<[string, (n: string) => string]> = [
    ['1)', (n) => `${n})`],
    ['**1**.', (n) => `**${n}**.`],
    ['*1.*', (n) => `*${n}.*`],
  ]
  for (const [form, write] of numberForms) {
    it(`reads operative numbers written ${form}`, () => {
      const text = numbered.replace(/^(\d{1,2})\.(?= )/gmu, (_, n: string) => write(n))
      expect(text).not.toMatch(/^\d{1,2}\. /mu)
      const tree = parseResolution(text)
      expect(facts(tree)).toEqual(numberedFacts)
      expect(numberedFacts.filter((fact) => (fact as {num?: number}).num !== undefined)).toHaveLength(15)
    })
  }

  it('reads a masthead set as a Markdown table with <br> in its cells, as marker writes it', () => {
    // A/RES/78/17 as pdftotext gives it, its masthead (lines 1-13) set as marker sets one.
    const pdfText = readFileSync('fixtures/ga-78-17.en.txt', 'utf8')
    const body = pdfText.split('\n').slice(13).join('\n')
    const table = [
      '| United Nations | A/RES/78/17 |',
      '|---|---|',
      '| General Assembly | Distr.: General<br>6 December 2023 |',
      '',
      '![](_page_0_Picture_2.jpeg)',
      '',
    ].join('\n')
    const tree = parseResolution(table + body)
    // Read from the first page: the symbol, the date of issue under "Distr.: General", adopted on 4 December.
    expect(tree.meta).toMatchObject({symbol: 'A/RES/78/17', date: '2023-12-06', adoptionDate: '2023-12-04'})
    expect(facts(tree)).toHaveLength(facts(parseResolution(pdfText)).length)
  })
})
