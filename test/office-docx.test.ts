import {execFileSync, spawnSync} from 'node:child_process'
import {readFileSync} from 'node:fs'
import path from 'node:path'
import {zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {diffResolutions} from '../src/diff/index.js'
import {parseResolution} from '../src/parse/index.js'
import {readDocument} from '../src/read/document.js'
import {readWordDocument, unzipOffice} from '../src/read/docx.js'
import type {OperativeParagraph, Resolution} from '../src/tree/types.js'
import {facts, notes, paragraphs, refsOf, refusal, treeOf} from './office-helpers.js'

// The Word files were made by pandoc from the seeds (scripts/make-office-fixtures.sh), with
// operative paragraphs as Word's automatic numbering, so no number is in their text.
const office = (name: string): string => path.join('fixtures/office', name)

const pairs: Array<[string, string]> = [
  ['seeds/cop-8-3.en.md', 'cop-8-3.en.docx'],
  ['seeds/cop-10-draft-mexico.en.txt', 'cop-10-draft-mexico.en.docx'],
  ['seeds/cop-6-2.en.txt', 'cop-6-2.en.docx'],
  ['seeds/cop-6-2.zh.txt', 'cop-6-2.zh.docx'],
  ['fixtures/handmade/draft-a-c3-80-l19.en.txt', 'draft-a-c3-80-l19.en.docx'],
]

describe('reading Word documents', () => {
  for (const [text, docx] of pairs) {
    it(`reads ${docx} into the tree its text gives`, async () => {
      const fromText = parseResolution(readFileSync(text, 'utf8'))
      const fromWord = await treeOf(office(docx))
      expect(fromWord.lang).toBe(fromText.lang)
      expect(facts(fromWord)).toEqual(facts(fromText))
      expect(fromWord.meta.symbol).toBe(fromText.meta.symbol)
    })
  }

  it('takes operative numbers and sub-item letters from Word numbering, not from the text', async () => {
    const files = unzipOffice(readFileSync(office('draft-a-c3-80-l19.en.docx')))
    const xml = new TextDecoder().decode(files['word/document.xml'])
    // A person reading the file: no paragraph text starts with its number.
    expect(xml).not.toMatch(/<w:t[^>]*>\s*(?:1\.|\(a\))/)
    const word = readWordDocument(files)
    const labelled = word.paragraphs
      .filter((paragraph) => paragraph.label)
      .map((paragraph) => [paragraph.label, paragraph.text.slice(0, 12)])
    expect(labelled).toEqual([
      ['1.', 'Calls upon S'],
      ['2.', 'Urges States'],
      ['(a)', 'To ensure th'],
      ['(b)', 'To refrain f'],
      ['(i)', 'Arbitrary de'],
      ['(ii)', 'Surveillance'],
      ['3.', 'Decides to c'],
    ])
    const tree = await treeOf(office('draft-a-c3-80-l19.en.docx'))
    expect(
      paragraphs(tree)
        .filter((p) => p.type === 'paragraph')
        .map((p) => (p as OperativeParagraph).num),
    ).toEqual([1, 2, 3])
  })

  it('reads italic leading phrases as emphasis and Word footnotes as notes', async () => {
    const tree = await treeOf(office('cop-8-3.en.docx'))
    const all = paragraphs(tree)
    expect(all.filter((p) => p.leadingPhrase?.emphasized).length).toBe(all.length)
    expect(all[0]?.leadingPhrase?.text).toBe('Recalling')
    expect(notes(tree).get('1')).toBe('United Nations, Treaty Series, vol. 2225, No. 39574')
    expect(refsOf(all[0]!.children)).toEqual(['1'])
  })

  it('gives positions as Word paragraph and character', async () => {
    const file = office('draft-a-c3-80-l19.en.docx')
    const word = readWordDocument(unzipOffice(readFileSync(file)))
    const tree = await treeOf(file)
    for (const paragraph of paragraphs(tree)) {
      const start = paragraph.position!.start
      const source = word.paragraphs[start.line - 1]!
      // The position is the paragraph's first character in Word (the number Word draws is not text).
      expect(source.text.slice(start.column - 1)).toMatch(
        new RegExp(`^${paragraph.text.slice(0, 10).replace(/[()]/g, '\\$&')}`),
      )
    }
  })

  it('finds the same links between two Word files as between their texts', async () => {
    const linksOf = (oldTree: Resolution, newTree: Resolution): string[] =>
      diffResolutions(oldTree, newTree).changes.map(
        (change) => `${change.kind} ${change.old.join('+')} → ${change.new.join('+')}`,
      )
    const fromText = linksOf(
      parseResolution(readFileSync('seeds/cop-8-3.en.md', 'utf8')),
      parseResolution(readFileSync('seeds/cop-10-draft-mexico.en.txt', 'utf8')),
    )
    const fromWord = linksOf(
      await treeOf(office('cop-8-3.en.docx')),
      await treeOf(office('cop-10-draft-mexico.en.docx')),
    )
    expect(fromWord).toEqual(fromText)
  })
})

describe('Word files resdiff cannot read', () => {
  const refuse = refusal

  it('refuses a damaged zip and a zip that is not Word in one sentence each', async () => {
    const docx = readFileSync(office('cop-6-2.en.docx'))
    expect(await refuse(docx.subarray(0, docx.length - 400))).toMatch(/^the file is a damaged zip archive/)
    expect(await refuse(readFileSync(path.join('fixtures/office-bad', 'not-word.zip')))).toMatch(/not a Word document/)
  })

  it('reads the .doc and the .odt it once refused (issue 11): resolution 6/2, as from its .docx', async () => {
    // Both are cop-6-2.en.docx saved again by LibreOffice; see test/read-doc-odt.test.ts.
    for (const name of ['binary-word.doc', 'opendocument.odt']) {
      const document = await readDocument(readFileSync(path.join('fixtures/office-bad', name)))
      expect(document.text).toContain('Resolution 6/2')
      expect(document.text).toContain('States and other donors to provide extrabudgetary resources')
    }
  })

  it('names the damaged part when a Word file holds XML whose tags do not close in order', async () => {
    // A zip whose entries unpack but whose document part is broken, as a disk error or a
    // program stopped mid-write leaves it: xmldom throws on such a fatal error.
    const files = unzipOffice(readFileSync(office('cop-6-2.en.docx')))
    const xml = new TextDecoder().decode(files['word/document.xml']).replace('</w:pPr>', '</w:rPr>')
    const bytes = zipSync({...files, 'word/document.xml': new TextEncoder().encode(xml)})
    expect(await refuse(bytes)).toBe('the Word document is damaged (its part word/document.xml is not well-formed XML)')
  })

  it('tells a password-protected Word file (an OLE container holding an EncryptedPackage stream) from a .doc', async () => {
    // No tool on Debian 12 writes an encrypted .docx, so the container's signature is built
    // here: the OLE magic, then the UTF-16 stream names Word writes for an encrypted package.
    const ole = Buffer.alloc(4096)
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(ole)
    Buffer.from('EncryptionInfo', 'utf16le').copy(ole, 1024)
    Buffer.from('EncryptedPackage', 'utf16le').copy(ole, 1152)
    expect(await refuse(ole)).toMatch(/^the Word document is protected by a password/)
  })

  it('exits 2 with one sentence naming the file', () => {
    const file = path.join('fixtures/office-bad', 'not-word.zip')
    let status = 0
    let stderr = ''
    try {
      execFileSync('node', ['bin/resdiff.js', 'parse', file], {encoding: 'utf8', stdio: 'pipe'})
    } catch (error) {
      status = (error as {status: number}).status
      stderr = (error as {stderr: string}).stderr
    }
    expect(status).toBe(2)
    expect(stderr.trim().split('\n')).toHaveLength(1)
    expect(stderr).toContain(file)
  })
})

describe('lint on a Word document', () => {
  it('points its messages at the Word paragraph and character', () => {
    const file = office('cop-8-3.en.docx')
    const result = spawnSync(process.execPath, ['bin/resdiff.js', 'lint', file, '--format', 'json'], {encoding: 'utf8'})
    const messages = (
      JSON.parse(result.stdout) as {files: Array<{messages: Array<{line: number; column: number; message: string}>}>}
    ).files[0]!.messages
    const word = readWordDocument(unzipOffice(readFileSync(file)))
    // Lines are the body's paragraphs, then the footnotes' (docs/tree.md).
    const lines = [...word.paragraphs, ...word.footnotes.flatMap((note) => note.paragraphs)].map(
      (paragraph) => paragraph.text,
    )
    const quoted = messages.filter((message) => /^Unexpected `[^`]+`/.test(message.message))
    expect(quoted.length).toBeGreaterThan(3)
    expect(quoted.some((message) => message.line > word.paragraphs.length)).toBe(true)
    // The space Word sets after a note's mark is not a doubled space.
    expect(messages.filter((message) => /2 spaces/.test(message.message))).toEqual([])
    for (const message of quoted) {
      const words = /^Unexpected `([^`]+)`/.exec(message.message)![1]!
      expect(lines[message.line - 1]!.slice(message.column - 1)).toMatch(
        new RegExp(`^${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`),
      )
    }
  })
})
