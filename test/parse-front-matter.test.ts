// Markdown files that open with YAML front matter (`---` / `key: value` lines / `---`): static-site
// editions and PDF-to-Markdown extractors write them. The facts below were read from the files by
// a person (fixtures/field/README.md, sessions 8 and 14).
import {readFileSync} from 'node:fs'
import {describe, expect, it} from 'vitest'
import {parseResolution} from '../src/parse/index.js'
import {frontMatterEnd} from '../src/parse/normalise.js'
import type {Resolution} from '../src/tree/types.js'

const parse = (file: string): Resolution => parseResolution(readFileSync(file, 'utf8'))
const texts = (tree: Resolution, type: string): string[] =>
  JSON.parse(JSON.stringify(tree.children.filter((child) => child.type === type)))
    .flatMap((child: {children?: Array<{text?: string; value?: string}>}) => child.children ?? [])
    .map((node: {text?: string; value?: string}) => node.text ?? node.value ?? '')

describe('a documents edition in Markdown: sc-draft-1947-dfat.en.md', () => {
  const tree = parse('fixtures/field/sc-draft-1947-dfat.en.md')
  it('the front matter (`title:`, `doc_id: 4571`) is in no part of the tree', () => {
    const all = JSON.stringify(tree.children)
    expect(all).not.toContain('doc_id')
    expect(all).not.toContain('vol_id: 11')
  })
  it('the cable’s line `Security 511. Your UNY644. [1]` is in the masthead as the file has it, its call as written', () => {
    expect(texts(tree, 'preface')).toContain('Security 511. Your UNY644. [1]')
    expect(JSON.stringify(tree.children)).not.toContain('<sup>')
  })
  it('`The Security Council- Having received…;`: the formula with a dash for its comma, its first paragraph run in', () => {
    expect(texts(tree, 'preamble')[0]).toBe('The Security Council-')
    expect(tree.meta.body).toBe('Security Council')
    expect(
      texts(tree, 'preamble')
        .slice(1)
        .map((text) => text.slice(0, 31)),
    ).toEqual(['Having received and taken note ', 'Having taken particular note of'])
  })
  it('Calls upon, Requests, Requests are the operative part; the archive’s `_ [AA:A1838/274, 854/10/4, iii]_` is no text of it', () => {
    const operative = texts(tree, 'mainBody')
    expect(operative.map((text) => text.split(' ').slice(0, 2).join(' '))).toEqual([
      'Calls upon',
      'Requests the',
      'Requests the',
    ])
    expect(operative[2]).toMatch(/to the Committee of Good Offices\.$/)
    expect(JSON.stringify(tree.children)).not.toContain('AA:A1838')
  })
  it('the calls `1947 [2],` and `Offices. [3]`, a space before each, call notes 2 and 3', () => {
    const calls = JSON.stringify(tree.children.filter((child) => child.type !== 'footnotes'))
    expect([...calls.matchAll(/"type":"noteRef","marker":"(\d)"/g)].map((match) => match[1])).toEqual(['2', '3'])
  })
  it('the editor’s notes 1–3 after a lone `_` are the notes', () => {
    expect(texts(tree, 'footnotes').map((text) => text.slice(0, 17))).toEqual([
      'Document 386.',
      'See Document 372.',
      'In an annotation ',
    ])
  })
})

describe('a PDF extractor’s Markdown with front matter: ga-80-6-2025.en.md', () => {
  const tree = parse('fixtures/field/ga-80-6-2025.en.md')
  it('the symbol the masthead lost is the one the front matter declares (`symbol: A/RES/80/6`)', () => {
    expect(tree.meta.symbol).toBe('A/RES/80/6')
  })
  it('the masthead is the document’s own lines, not the extractor’s fields', () => {
    const preface = texts(tree, 'preface')
    expect(preface[0]).toBe('United Nations')
    expect(preface.some((line) => line.startsWith('record_id:') || line.startsWith('extracted_at:'))).toBe(false)
  })
})

describe('what is not front matter', () => {
  it('a Markdown rule above a masthead, or above text, is not', () => {
    expect(frontMatterEnd('---\nDistr.: General\n---\n')).toBe(-1)
    expect(frontMatterEnd('---\n# Report\n---\n')).toBe(-1)
    expect(frontMatterEnd('---\nThe General Assembly,\n---\n')).toBe(-1)
    expect(frontMatterEnd('---\ntitle: "x"\n')).toBe(-1)
  })
  it('nested keys, lists and a `...` close are', () => {
    const block =
      "---\ndoc_num: 45\nnaa_refs:\n- naa_barcode: 554026\n  reference: '[AA : A1838, 852/10/3, i]'\n...\nText\n"
    expect(frontMatterEnd(block)).toBe(block.indexOf('\nText'))
  })
})

describe('a resolution quoted once in a cable: sc-0036-1947-dfat.en.md (S/RES/36 (1947))', () => {
  const tree = parse('fixtures/field/sc-0036-1947-dfat.en.md')
  it('`Security Council, having received…;`: a formula with no article, its first paragraph run in', () => {
    expect(texts(tree, 'preamble')[0]).toBe('Security Council,')
    expect(tree.meta.body).toBe('Security Council')
    expect(
      texts(tree, 'preamble')
        .slice(1)
        .map((text) => text.slice(0, 28)),
    ).toEqual(['having received and taken no', 'Having taken note that accor'])
  })
  it('four operative paragraphs, the last ending with the quotation, not with the cable’s comment after it', () => {
    const operative = texts(tree, 'mainBody')
    expect(operative.map((text) => text.slice(0, 9))).toEqual(['Calls upo', 'Requests ', 'Advises t', 'Should it'])
    expect(operative[3]).toMatch(/its resolution of August 25th, 1947\.$/)
    expect(JSON.stringify(tree.children)).not.toContain('We feel that')
  })
  it('the notes are the three the edition lists', () => {
    expect(texts(tree, 'footnotes')).toEqual([
      'Document 401.',
      'The resolution of 1 August (see Document 224).',
      'The text should presumably read ‘should’.'.replace(/[‘’]/g, "'"),
    ])
  })
})

describe('what is not a quotation holding a resolution', () => {
  it('a quoted line with no formula near it leaves the text as it is', async () => {
    const {quotedOnceEn} = await import('../src/parse/flattened.js')
    const text =
      "'Question of Cyprus' was discussed.\n\nThe General Assembly,\n\nRecalling a,\n\n1. Decides that b.' The end.\n"
    expect(quotedOnceEn(text)).toBe(text)
  })
})

// Drafts quoted in telegrams of the Foreign Relations of the United States online (history.state.gov),
// as the store of pages holds their beginning (fixtures/field/README.md, session 14, lead).
describe('the Foreign Relations of the United States online', () => {
  it('the printed volume’s page mark `[Page 308]` glued to `Desiring…` is no text: two preambular paragraphs', () => {
    const tree = parse('fixtures/field/sc-draft-1950-frus-observation.excerpt.en.txt')
    expect(texts(tree, 'preamble').map((text) => text.split(' ')[0])).toEqual(['The', 'Affirming', 'Desiring'])
    expect(texts(tree, 'mainBody').map((text) => text.split(' ')[0])).toEqual([
      'Establishes',
      'Directs',
      'Requests',
      'Calls',
    ])
    expect(JSON.stringify(tree.children)).not.toContain('[Page')
  })
  it('the notes listed at the end, indented (`  1. Not printed.`), are notes; `resolutions.2` calls the second', () => {
    const tree = parse('fixtures/field/ga-draft-1950-frus-membership.excerpt.en.txt')
    expect(texts(tree, 'preamble').map((text) => text.split(' ')[0])).toEqual(['The', 'Recalling', 'Noting'])
    const operative = texts(tree, 'mainBody')
    expect(operative).toHaveLength(1)
    expect(operative[0]).toMatch(/^Requests The Security Council .* above-mentioned resolutions\.$/)
    expect(texts(tree, 'footnotes').map((text) => text.slice(0, 26))).toEqual([
      'Not printed.',
      'The General Assembly adopt',
    ])
    expect(JSON.stringify(tree.children)).toContain('"type":"noteRef","marker":"2"')
  })
})

describe('unnumbered operative paragraphs and their unlettered items set with no blank lines', () => {
  // Read from the page: `Affirms that…or use of force:` (the colon's items folded into the
  // sentence), then `Affirms further the necessity` and four items `For guaranteeing…;`,
  // `For achieving…;`, `For guaranteeing…;`, `For achieving…` (cut), each on a line of its own.
  it('1967: `Affirms further the necessity` after `…force:` is the second paragraph, and every `For…` line is its item', () => {
    const tree = parse('fixtures/field/sc-draft-1967-frus-middle-east.excerpt.en.txt')
    expect(texts(tree, 'preamble')).toHaveLength(6)
    const operative = texts(tree, 'mainBody')
    expect(operative).toHaveLength(2)
    expect(operative[0]).toMatch(/^Affirms that the fulfillment .* threat or use of force:$/)
    expect(operative[1]).toMatch(/^Affirms further the necessity For guaranteeing freedom of navigation/)
    expect(operative[1]!.match(/\bFor (?:guaranteeing|achieving)\b/g)).toHaveLength(4)
  })
})

describe('resolutions quoted in telegrams, the quotation closed before the telegram goes on', () => {
  it('1957: paragraphs each opening the quotation, numbered ones as list items (`- “1. Condemns…`); the telegram after the closing mark is no paragraph', () => {
    const tree = parse('fixtures/field/ga-draft-1957-frus-middle-east.excerpt.en.txt')
    expect(texts(tree, 'preamble').map((text) => text.split(' ')[0])).toEqual(['The', 'Recalling', 'Noting', 'Viewing'])
    const operative = texts(tree, 'mainBody')
    expect(operative.map((text) => text.split(' ')[0])).toEqual(['Condemns', 'Calls', 'Requests', 'Requests'])
    expect(operative[3]).toMatch(/resolutions of the General Assembly\.$/)
    expect(JSON.stringify(tree.children)).not.toContain('GADel officer')
  })
  it('1955: `“The Security Council, mindful that…,` is the formula and the first paragraph; the comment after `…of the General Assembly.”` is not text', () => {
    const tree = parse('fixtures/field/sc-draft-1955-frus-charter-review.excerpt.en.txt')
    expect(texts(tree, 'preamble').map((text) => text.slice(0, 17))).toEqual([
      'The Security Coun',
      'mindful that Arti',
      'Having considered',
    ])
    expect(texts(tree, 'mainBody')).toEqual([
      'Expresses its concurrence in the Assembly’s decision, as set forth in resolution (blank) (x) of the General Assembly.',
    ])
    expect(JSON.stringify(tree.children)).not.toContain('It was agreed')
  })
})
