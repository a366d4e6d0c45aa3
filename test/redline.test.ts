import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {strFromU8} from 'fflate'
import {describe, expect, it} from 'vitest'
import {runCli, type CliRun} from './helpers/cli.js'
import {diffResolutions} from '../src/diff/index.js'
import {parseResolution} from '../src/parse/index.js'
import {readDocx} from '../src/read/word.js'
import {unzipOffice} from '../src/read/docx.js'
import {children, descendants, parseXml, type Element} from '../src/read/xml.js'
import {renderRedline} from '../src/report/docx/redline.js'
import {operativeParagraphs, preambularParagraphs} from '../src/tree/access.js'
import type {Resolution} from '../src/tree/types.js'
import {treeOf} from './office-helpers.js'

// The redline is read back with resdiff's own Word reader, which reads tracked changes either
// way: accepted (insertions in, deletions out) or rejected. Accepting all must give the new
// text and rejecting all the old one, paragraph by paragraph, words and punctuation.

function paragraphTexts(tree: Resolution): string[] {
  return [...preambularParagraphs(tree), ...operativeParagraphs(tree)].map((paragraph) => {
    const num = paragraph.type === 'paragraph' && paragraph.num !== undefined ? `${paragraph.num}. ` : ''
    return num + paragraph.text.replace(/\s+/g, ' ')
  })
}

async function redlineOf(
  oldFile: string,
  newFile: string,
): Promise<{bytes: Buffer; oldTree: Resolution; newTree: Resolution}> {
  const oldTree = await treeOf(oldFile)
  const newTree = await treeOf(newFile)
  const bytes = await renderRedline(diffResolutions(oldTree, newTree), oldTree, newTree, {date: '2026-12-06T10:00:00Z'})
  return {bytes, oldTree, newTree}
}

const attribute = (element: Element, name: string): string | null => element.getAttribute(name)

const pairs: Array<[string, string]> = [
  ['seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt'],
  ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md'],
  ['fixtures/ga-78-17.en.txt', 'fixtures/ga-79-16.en.txt'],
  ['fixtures/office/cop-8-3.en.docx', 'fixtures/office/cop-10-draft-mexico.en.pdf'],
  ['seeds/cop-6-2.zh.txt', 'fixtures/handmade/ga-80-12.zh.txt'],
]

describe('the Word redline', () => {
  for (const [oldFile, newFile] of pairs) {
    it(`round-trips ${path.basename(oldFile)} → ${path.basename(newFile)}: accept all gives the new text, reject all the old`, async () => {
      const {bytes, oldTree, newTree} = await redlineOf(oldFile, newFile)
      const accepted = readDocx(bytes, {view: 'current'})
      const rejected = readDocx(bytes, {view: 'original'})
      expect(paragraphTexts(parseResolution(accepted.text))).toEqual(paragraphTexts(newTree))
      expect(paragraphTexts(parseResolution(rejected.text))).toEqual(paragraphTexts(oldTree))
      expect(accepted.notices).toEqual([
        'the Word document has tracked changes: read as if all were accepted (insertions in, deletions out)',
      ])
    })
  }

  it('marks changes word by word inside a reworded paragraph, by resdiff with a date', async () => {
    const {bytes} = await redlineOf('seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt')
    const files = unzipOffice(bytes)
    const document = parseXml(strFromU8(files['word/document.xml']!), 'word/document.xml')
    const revisions = [...descendants(document, 'ins'), ...descendants(document, 'del')]
    expect(revisions.length).toBeGreaterThan(50)
    for (const revision of revisions) {
      expect(attribute(revision, 'w:author')).toBe('resdiff')
      expect(attribute(revision, 'w:date')).toBe('2026-12-06T10:00:00Z')
    }
    // Revision ids are unique.
    const ids = revisions.map((revision) => attribute(revision, 'w:id'))
    expect(new Set(ids).size).toBe(ids.length)
    // A reworded paragraph keeps text of its own and has both insertions and deletions.
    const mixed = descendants(document, 'p').filter((paragraph) => {
      const direct = children(paragraph)
      return (
        direct.some((node) => node.localName === 'r' && descendants(node, 't').length > 0) &&
        direct.some((node) => node.localName === 'ins') &&
        direct.some((node) => node.localName === 'del')
      )
    })
    expect(mixed.length).toBeGreaterThan(5)
    // Operative paragraphs are numbered by Word, not by text.
    expect(strFromU8(files['word/numbering.xml']!)).toContain('w:val="%1."')
    expect(strFromU8(files['word/document.xml']!)).not.toMatch(/<w:t[^>]*>\d+\.\s/)
  })

  it('comments on what a redline hides: merges, splits, moves and changed leading phrases', async () => {
    const commentsOf = async (oldFile: string, newFile: string): Promise<string[]> => {
      const files = unzipOffice((await redlineOf(oldFile, newFile)).bytes)
      const root = parseXml(strFromU8(files['word/comments.xml']!), 'word/comments.xml')
      return descendants(root, 'comment').map((comment) =>
        descendants(comment, 't')
          .map((text) => text.textContent)
          .join(''),
      )
    }
    // The merge the README shows for these two texts; Encourages → Urges is para 6 → para 12.
    const firearms = await commentsOf('seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt')
    expect(firearms).toContain('merges OP 10, 12 and 13')
    expect(firearms.some((comment) => comment.startsWith('moved from '))).toBe(true)
    expect(firearms.filter((comment) => comment.startsWith('leading phrase: ')).length).toBeGreaterThan(5)
    // Resolution 6/2's first preambular paragraph became two in 8/3 (docs/history.md).
    const sessions = await commentsOf('seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md')
    expect(sessions.filter((comment) => comment === 'split from PP 1')).toHaveLength(2)
  })

  it('has the parts Word is strict about: content types, relationships, matched comment ranges', async () => {
    const files = unzipOffice((await redlineOf('seeds/cop-8-3.en.md', 'seeds/cop-10-draft-mexico.en.txt')).bytes)
    const types = strFromU8(files['[Content_Types].xml']!)
    for (const part of ['/word/document.xml', '/word/comments.xml', '/word/footnotes.xml', '/word/numbering.xml'])
      expect(types).toContain(`PartName="${part}"`)
    const relations = parseXml(strFromU8(files['word/_rels/document.xml.rels']!), 'rels')
    for (const relation of children(relations, 'Relationship')) {
      if (attribute(relation, 'TargetMode') === 'External') continue
      expect(files[`word/${attribute(relation, 'Target')}`], attribute(relation, 'Target') ?? '').toBeDefined()
    }
    const document = parseXml(strFromU8(files['word/document.xml']!), 'document')
    const comments = parseXml(strFromU8(files['word/comments.xml']!), 'comments')
    const commentIds = new Set(descendants(comments, 'comment').map((comment) => attribute(comment, 'w:id')))
    const starts = descendants(document, 'commentRangeStart').map((element) => attribute(element, 'w:id'))
    const ends = descendants(document, 'commentRangeEnd').map((element) => attribute(element, 'w:id'))
    const references = descendants(document, 'commentReference').map((element) => attribute(element, 'w:id'))
    expect(starts.length).toBeGreaterThan(0)
    expect(new Set(starts)).toEqual(commentIds)
    expect(ends).toEqual(starts)
    expect(references).toEqual(starts)
    // Footnote references point at footnotes that exist.
    const notes = parseXml(strFromU8(files['word/footnotes.xml']!), 'footnotes')
    const noteIds = new Set(descendants(notes, 'footnote').map((note) => attribute(note, 'w:id')))
    const refs = descendants(document, 'footnoteReference').map((element) => attribute(element, 'w:id'))
    expect(refs.length).toBeGreaterThan(0)
    for (const ref of refs) expect(noteIds.has(ref)).toBe(true)
  })
})

describe('resdiff diff --format docx', () => {
  const run = (...args: string[]): Promise<CliRun> => runCli(args)

  it('writes the redline to --output, leaving no temporary file, and exits 1 for differences', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-redline-'))
    const output = path.join(dir, 'redline.docx')
    const result = await run(
      'diff',
      'fixtures/office/cop-8-3.en.docx',
      'fixtures/office/cop-10-draft-mexico.en.pdf',
      '--format',
      'docx',
      '--output',
      output,
    )
    expect(result.status).toBe(1)
    expect(result.stdout).toBe('')
    expect(readFileSync(output).subarray(0, 2).toString()).toBe('PK')
    expect(readdirSync(dir)).toEqual(['redline.docx'])
  })

  it('refuses to write Word to the terminal or over an input, in one sentence, exit 2', async () => {
    const missing = await run('diff', 'seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md', '--format', 'docx')
    expect(missing.status).toBe(2)
    expect(missing.stderr).toBe(
      'resdiff: a Word redline is a binary file: name it with --output FILE (it is not written to the terminal)\n',
    )
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-redline-'))
    const input = path.join(dir, 'old.txt')
    writeFileSync(input, readFileSync('seeds/cop-6-2.en.txt'))
    const over = await run('diff', input, 'seeds/cop-8-3.en.md', '--format', 'docx', '-o', input)
    expect(over.status).toBe(2)
    expect(readFileSync(input).equals(readFileSync('seeds/cop-6-2.en.txt'))).toBe(true)
    expect(existsSync(path.join(dir, 'old.txt'))).toBe(true)
  })
})

describe('resdiff history --format docx', () => {
  const series = ['seeds/cop-6-2.en.txt', 'seeds/cop-8-3.en.md', 'fixtures/office/cop-10-draft-mexico.en.docx']

  it('redlines the newest version against the oldest, or the pair chosen', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'resdiff-history-redline-'))
    for (const [pair, from, to] of [
      [[], 0, 2],
      [['--pair', '2,3'], 1, 2],
    ] as Array<[string[], number, number]>) {
      const output = path.join(dir, `redline-${from}-${to}.docx`)
      const result = await runCli(['history', ...series, '--format', 'docx', ...pair, '-o', output])
      expect(result.status).toBe(1)
      const bytes = readFileSync(output)
      expect(paragraphTexts(parseResolution(readDocx(bytes, {view: 'current'}).text))).toEqual(
        paragraphTexts(await treeOf(series[to]!)),
      )
      expect(paragraphTexts(parseResolution(readDocx(bytes, {view: 'original'}).text))).toEqual(
        paragraphTexts(await treeOf(series[from]!)),
      )
    }
  })

  it('refuses a pair past the last version in one sentence, exit 2', async () => {
    const never = path.join(tmpdir(), 'never.docx')
    const result = await runCli(['history', ...series, '--format', 'docx', '--pair', '1,4', '-o', never])
    expect(result.status).toBe(2)
    expect(result.stderr).toBe('resdiff: --pair 1,4: there are only 3 versions\n')
  })
})
