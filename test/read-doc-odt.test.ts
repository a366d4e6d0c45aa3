import {execFileSync} from 'node:child_process'
import {cpSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import fc from 'fast-check'
import {zipSync} from 'fflate'
import {describe, expect, it} from 'vitest'
import {DecodeError} from '../src/read/decode.js'
import {readDocBinary} from '../src/read/doc-binary.js'
import {docDocument} from '../src/read/doc.js'
import {readDocument} from '../src/read/document.js'
import {unzipOffice} from '../src/read/docx.js'
import {parseResolution} from '../src/parse/index.js'
import type {Resolution} from '../src/tree/types.js'
import {runCli} from './helpers/cli.js'
import {facts, notes, numberedNotesOf7817, paragraphs, refusal, treeOf} from './office-helpers.js'

// Binary Word (.doc) and OpenDocument (.odt) copies of the real Word fixtures, saved by
// LibreOffice (fixtures/office-legacy, scripts/make-doc-odt-fixtures.sh). The facts of each
// document (counts, words, notes, masthead) are checked in test/read-un-layout.test.ts, where
// the copies are listed with their .docx; here: that each copy gives its .docx's very tree,
// the numbers of automatic lists, and the bad files.
const legacy = (name: string): string => path.join('fixtures/office-legacy', name)
const un = (name: string): string => path.join('fixtures/office-un', name)

/** A tree without its positions (a .doc counts its text boxes first) and file name. */
function shape(tree: Resolution): unknown {
  return JSON.parse(JSON.stringify(tree, (key, value: unknown) => (key === 'position' ? undefined : value)))
}

describe('a .doc and an .odt read as their .docx', () => {
  const names = ['ga-78-17.en', 'ga-78-17-two-columns.en', 'ga-54-254-2000.zh', 'ga-52-7-1997.zh', 'sc-2446-2018.en']
  for (const name of names) {
    it(`${name}: the same tree from the .docx, the .doc and the .odt`, async () => {
      const docx = shape(await treeOf(un(`${name}.docx`)))
      expect(shape(await treeOf(legacy(`${name}.doc`)))).toEqual(docx)
      expect(shape(await treeOf(legacy(`${name}.odt`)))).toEqual(docx)
    })
  }

  it('reads italics set by a character style, and numbers drawn by a paragraph style, as the typed originals', async () => {
    // A/RES/78/17 with every italic run set in the "Emphasis" character style, and with the
    // typed operative numbers replaced by a numbered paragraph style (fixtures/office-legacy/README.md).
    const typed = shape(await treeOf(un('ga-78-17.en.docx')))
    for (const name of ['ga-78-17-styled-italics.en', 'ga-78-17-style-numbers.en'])
      for (const extension of ['docx', 'doc', 'odt'])
        expect(shape(await treeOf(legacy(`${name}.${extension}`))), `${name}.${extension}`).toEqual(typed)
  })

  it("reads a text box's line before the paragraph that holds it, in the three formats", async () => {
    // The box is anchored to operative 5 (fixtures/office-legacy/README.md).
    const docx = shape(await treeOf(legacy('ga-78-17-text-box.en.docx')))
    for (const extension of ['doc', 'odt']) {
      const file = legacy(`ga-78-17-text-box.en.${extension}`)
      const text = (await readDocument(readFileSync(file))).text
      expect(text).toMatch(/A note set in a text box beside operative paragraph 5\.\n\n5\.\t\*Invites\* all countries/)
      expect(shape(await treeOf(file)), file).toEqual(docx)
    }
  })

  it("reads a masthead line set in a text box of the first page's header, in the three formats", async () => {
    // "Original: English" in a frame in the masthead table's first cell (fixtures/office-legacy/README.md).
    const trees = await Promise.all(
      ['docx', 'doc', 'odt'].map((extension) => treeOf(legacy(`ga-78-17-header-box.en.${extension}`))),
    )
    for (const tree of trees) {
      expect(tree.meta).toMatchObject({originalLanguage: 'English', symbol: 'A/RES/78/17', date: '2023-12-06'})
      expect(shape(tree)).toEqual(shape(trees[0]!))
    }
  })

  it('reads the Chinese Council masthead from frames, text boxes and drawn shapes alike', async () => {
    // The .docx sets it in Word frames; LibreOffice saves the frames as text boxes in a .doc and
    // as frames in an .odt, and the text-box .docx as text boxes (.doc) and shapes (.odt).
    const frames = shape(await treeOf(un('sc-2446-2018.zh.docx')))
    for (const file of [
      legacy('sc-2446-2018.zh.doc'),
      legacy('sc-2446-2018.zh.odt'),
      un('sc-2446-2018-text-boxes.zh.docx'),
      legacy('sc-2446-2018-text-boxes.zh.doc'),
      legacy('sc-2446-2018-text-boxes.zh.odt'),
    ])
      expect(shape(await treeOf(file)), file).toEqual(frames)
  })

  it('ties each footnote of A/RES/78/17 to its mark in the .doc', async () => {
    const tree = await treeOf(legacy('ga-78-17.en.doc'))
    // The source: note 1 after "Final Document of the Tenth Special Session of the General
    // Assembly," (the second preambular paragraph), note 4 after "Secretary-General of 10
    // October 1990" in operative 10.
    const all = facts(tree) as Array<{kind: string; num?: number; notes: string[]}>
    const preambular = all.filter((paragraph) => paragraph.kind === 'preambularParagraph')
    const operative = all.filter((paragraph) => paragraph.kind === 'paragraph')
    expect(preambular[1]?.notes).toEqual(['Resolution S-10/2.'])
    expect(preambular[11]?.notes).toEqual(['A/78/205 (Part I).'])
    expect(operative[0]?.notes).toEqual(['United Nations, Treaty Series, vol. 729, No. 10485.'])
    expect(operative[9]?.notes).toEqual(['A/45/435.'])
    expect(notes(tree).size).toBe(4)
  })

  it('ties a note with the custom mark * to its text, without the mark the note repeats', async () => {
    // The note was added after "Agenda item 95", marked "*", its text "A/78/50."; the four
    // numbered notes keep their numbers (fixtures/office-legacy/README.md).
    const trees = await Promise.all(
      ['docx', 'doc', 'odt'].map((extension) => treeOf(legacy(`ga-78-17-starred-note.en.${extension}`))),
    )
    for (const tree of trees) {
      expect([...notes(tree).entries()]).toEqual([['*', 'A/78/50.'], ...numberedNotesOf7817])
      expect(shape(tree)).toEqual(shape(trees[0]!))
    }
  })

  it('keeps the .odt italics: the leading phrases the source sets in italics', async () => {
    const operative = paragraphs(await treeOf(legacy('ga-78-17.en.odt'))).filter((node) => node.type === 'paragraph')
    expect(operative[5]?.leadingPhrase).toMatchObject({text: 'Also invites', emphasized: true})
  })
})

describe('tracked changes', () => {
  // A/RES/78/17 edited in LibreOffice with change tracking on (fixtures/office-legacy/README.md):
  // operative 1 "Urges all parties directly concerned seriously to consider" became "Calls upon
  // all parties directly concerned to consider", operative 11 ("Also requests the
  // Secretary-General to submit …") was deleted, "13. Decides to remain seized of the matter." added.
  const tracked = (extension: string): string => legacy(`ga-78-17-tracked.en.${extension}`)
  const treeIn = async (file: string, view: 'current' | 'original'): Promise<Resolution> => {
    const document = await readDocument(readFileSync(file), {view})
    expect(document.notices).toEqual([
      `${extension(file) === 'odt' ? 'the OpenDocument file' : 'the Word document'} has tracked changes: read as if all were ${
        view === 'current'
          ? 'accepted (insertions in, deletions out)'
          : 'rejected (deletions kept, insertions left out)'
      }`,
    ])
    return parseResolution(document.text)
  }
  const extension = (file: string): string => path.extname(file).slice(1)

  it('reads the .docx, .doc and .odt with the changes accepted: the edited text', async () => {
    for (const file of [tracked('docx'), tracked('doc'), tracked('odt')]) {
      const operative = paragraphs(await treeIn(file, 'current')).filter((node) => node.type === 'paragraph')
      expect(operative, file).toHaveLength(12)
      expect(operative[0]?.text.replace(/\s+/g, ' ')).toMatch(
        /^Calls upon all parties directly concerned to consider taking/,
      )
      expect(operative.some((paragraph) => paragraph.text.includes('Also requests the Secretary-General'))).toBe(false)
      expect(operative.at(-1)?.text).toBe('Decides to remain seized of the matter.')
    }
  })

  it('reads the .docx, .doc and .odt with the changes rejected: the text before the edits', async () => {
    const before = shape(await treeOf(un('ga-78-17.en.docx')))
    for (const file of [tracked('docx'), tracked('doc'), tracked('odt')]) {
      const tree = await treeIn(file, 'original')
      expect(shape(tree), file).toEqual(before)
    }
  })
})

describe('comments', () => {
  for (const extension of ['docx', 'doc', 'odt'])
    it(`leaves a reviser's comments out of the text (.${extension}): the tree of the file without them, no notice`, async () => {
      // The comments ("Check the symbol against the IAEA list." on operative 3, "Agenda item to be
      // confirmed by the Secretariat." on operative 12) are the reviser's, not the resolution's.
      const file = legacy(`ga-78-17-commented.en.${extension}`)
      const tree = await treeOf(file)
      expect(facts(tree)).toEqual(facts(await treeOf(un('ga-78-17.en.docx'))))
      for (const paragraph of paragraphs(tree)) expect(paragraph.text).not.toMatch(/IAEA list|Secretariat\./)
      expect((await readDocument(readFileSync(file))).notices).toEqual([])
    })
})

describe('tracked changes across paragraph marks', () => {
  // Preambular 3's end "for consideration, as appropriate," through preambular 4's "Reaffirming
  // the " deleted (the two joined); " to be taken", a paragraph break and "Stressing the need for
  // measures" inserted inside preambular 5 (fixtures/office-legacy/README.md).
  const across = (extension: string): string => legacy(`ga-78-17-tracked-across.en.${extension}`)
  const read = async (file: string, view: 'current' | 'original'): Promise<Resolution> =>
    parseResolution((await readDocument(readFileSync(file), {view})).text)

  it('joins and splits the paragraphs as the changes accepted do, in the three formats', async () => {
    const trees = await Promise.all(['docx', 'doc', 'odt'].map((extension) => read(across(extension), 'current')))
    for (const tree of trees) {
      const preambular = paragraphs(tree).filter((node) => node.type === 'preambularParagraph')
      expect(preambular).toHaveLength(12)
      expect(preambular[2]?.text).toMatch(
        /to declare their support for the establishment of the zone and to deposit such declarations with the Security Council inalienable right of all States to acquire and develop nuclear energy for peaceful purposes,$/,
      )
      expect(preambular[3]?.text).toBe('Emphasizing the need for appropriate measures to be taken')
      expect(preambular[4]?.text.startsWith('Stressing the need for measures on the question of the prohibition')).toBe(
        true,
      )
      expect(shape(tree)).toEqual(shape(trees[0]!))
    }
  })

  it('reads each format with the changes rejected as the text before them', async () => {
    const before = shape(await treeOf(un('ga-78-17.en.docx')))
    for (const extension of ['docx', 'doc', 'odt'])
      expect(shape(await read(across(extension), 'original')), extension).toEqual(before)
  })
})

describe("Word's automatic numbering", () => {
  it('an .odt numbers the operative paragraphs and their (a) and (i) levels as the .docx does', async () => {
    for (const name of ['cop-8-3.en', 'draft-a-c3-80-l19.en']) {
      const docx = facts(await treeOf(path.join('fixtures/office', `${name}.docx`)))
      expect(facts(await treeOf(legacy(`${name}.odt`)))).toEqual(docx)
    }
  })

  it('a .doc gives the numbers the file holds, the ones LibreOffice itself draws for it', async () => {
    // LibreOffice's .doc export keeps the lists of these pandoc files only in part (the first
    // operative paragraph in a list of its own): its text rendering of the .doc shows which.
    for (const name of ['cop-8-3.en', 'draft-a-c3-80-l19.en']) {
      const shown = readFileSync(legacy(`${name}.doc.libreoffice.txt`), 'utf8')
        .split('\n')
        .map((line) => /^\s+(\d+\.|\([a-z]+\))\s/.exec(line)?.[1])
        .filter((label): label is string => label !== undefined)
      const document = docDocument(await readDocBinary(readFileSync(legacy(`${name}.doc`))))
      const labels = document.paragraphs.map((paragraph) => paragraph.label).filter((label) => label !== '')
      expect(labels).toEqual(shown)
      expect(labels.length).toBeGreaterThan(5)
    }
  })

  it('draft-a-c3-80-l19.en.doc: its lettered and roman sub-levels', async () => {
    const document = docDocument(await readDocBinary(readFileSync(legacy('draft-a-c3-80-l19.en.doc'))))
    const labelled = document.paragraphs.filter((paragraph) => paragraph.label !== '')
    // The sub-items of "Urges States:" and of its (b), "including:" (the fixture's source).
    const at = (words: string): string | undefined =>
      labelled.find((paragraph) => paragraph.text.startsWith(words))?.label
    expect(at('To ensure that any legislation')).toMatch(/^\([a-z]\)$/)
    expect(at('Arbitrary detention')).toMatch(/^\([ivx]+\)$/)
    expect(labelled.map((paragraph) => paragraph.level)).toContain(2)
  })
})

describe('.doc and .odt files resdiff cannot read', () => {
  const refuse = (file: string): Promise<string> => refusal(readFileSync(file))

  it('refuses a cut-short .doc and .odt, and a .doc and an .odt with a password, in one sentence each', async () => {
    expect(await refuse(legacy('cut-short.doc'))).toBe(
      'the Word document (.doc) is damaged or cut short: its binary structure cannot be read',
    )
    expect(await refuse(legacy('cut-short.odt'))).toBe('the file is a damaged zip archive (it cannot be unpacked)')
    expect(await refuse(legacy('password.doc'))).toMatch(/^the Word document is protected by a password/)
    expect(await refuse(legacy('password.odt'))).toMatch(/^the OpenDocument file is protected by a password/)
  })

  it('refuses an .odt and a .docx nested 200,000 deep before parsing them, in one sentence, not as an internal error', async () => {
    const deep = 200_000
    const odt = unzipOffice(readFileSync(legacy('ga-78-17.en.odt')))
    const content = new TextDecoder()
      .decode(odt['content.xml'])
      .replace(
        /<office:text[^>]*>/,
        (open) => `${open}<text:p>${'<text:span>'.repeat(deep)}x${'</text:span>'.repeat(deep)}</text:p>`,
      )
    const docx = unzipOffice(readFileSync(un('ga-78-17.en.docx')))
    const body = new TextDecoder()
      .decode(docx['word/document.xml'])
      .replace(
        '<w:body>',
        `<w:body>${'<w:sdt><w:sdtContent>'.repeat(deep)}<w:p/>${'</w:sdtContent></w:sdt>'.repeat(deep)}`,
      )
    expect(await refusal(zipSync({...odt, 'content.xml': new TextEncoder().encode(content)}))).toMatch(
      /^the OpenDocument file nests its elements deeper than resdiff reads/,
    )
    expect(await refusal(zipSync({...docx, 'word/document.xml': new TextEncoder().encode(body)}))).toMatch(
      /^the Word document nests its elements deeper than resdiff reads/,
    )
  })

  it('refuses a .doc whose sector chain loops, at once, instead of growing until Node aborts', async () => {
    const started = performance.now()
    expect(await refuse(legacy('looping-sectors.doc'))).toBe(
      'the Word document (.doc) is damaged or cut short: its binary structure cannot be read',
    )
    expect(performance.now() - started).toBeLessThan(5000)
  })

  it('reads or refuses in one sentence a .doc and an .odt with damaged bytes, never failing otherwise', async () => {
    for (const name of ['ga-78-17.en.doc', 'sc-2446-2018.zh.odt']) {
      const bytes = readFileSync(legacy(name))
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.nat({max: bytes.length - 1}), fc.integer({min: 0, max: 255})), {
            minLength: 1,
            maxLength: 40,
          }),
          async (damage) => {
            const copy = Uint8Array.from(bytes)
            for (const [at, value] of damage) copy[at] = value
            try {
              await readDocument(copy)
            } catch (error) {
              expect(error).toBeInstanceOf(DecodeError)
            }
          },
        ),
        {numRuns: 60, seed: 11},
      )
    }
  })

  it('exits 2 with one sentence naming the file, for each command', async () => {
    for (const args of [
      ['parse', legacy('password.doc')],
      ['lint', legacy('cut-short.doc')],
      ['diff', legacy('cut-short.odt'), legacy('ga-78-17.en.odt')],
      ['align', legacy('ga-78-17.en.doc'), legacy('cut-short.doc')],
    ]) {
      const result = await runCli(args)
      expect(result.status, args.join(' ')).toBe(2)
      expect(result.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1)
      expect(result.stderr).toContain('fixtures/office-legacy/')
    }
  })
})

describe('.doc and .odt through the commands', () => {
  it('parse walks a folder of them, the bad files failing one by one', async () => {
    const result = await runCli(['parse', 'fixtures/office-legacy', '--no-cache'])
    // Five bad files: the folder run reports them and exits 1. The folder's two texts (what
    // LibreOffice shows for two .doc files) are resolutions too, and the .docx of the edited copies
    // (with the notes numbered 1, 2 in both kinds and by page: seven files), the copies
    // numbered by chapter (.odt) and by section (.docx, .doc), and the commented one (three): 60.
    expect(result.status).toBe(1)
    const trees = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as {file: string})
    expect(trees).toHaveLength(60)
    expect(trees.map((tree) => path.basename(tree.file))).toContain('ga-78-17.en.doc')
    expect(trees.map((tree) => path.basename(tree.file))).toContain('ga-78-17.en.odt')
  })

  it('diff finds a .doc and its .docx the same; align pairs a .doc English with an .odt Chinese', async () => {
    const diff = await runCli(['diff', un('ga-78-17.en.docx'), legacy('ga-78-17.en.doc')])
    expect(diff.status).toBe(0)
    expect(diff.stdout).toContain('24 unchanged, 0 reworded, 0 added, 0 dropped')
    const fromWord = await runCli(['align', un('sc-2446-2018.en.docx'), un('sc-2446-2018.zh.docx')])
    const fromOld = await runCli(['align', legacy('sc-2446-2018.en.doc'), legacy('sc-2446-2018.zh.odt')])
    expect(fromOld.status).toBe(fromWord.status)
    expect(fromOld.stdout.trim().split('\n').at(-1)).toBe(fromWord.stdout.trim().split('\n').at(-1))
  })

  it('lint points its messages into the .doc as into the .docx', async () => {
    const lint = async (file: string): Promise<unknown> => {
      const result = await runCli(['lint', file, '--format', 'json'])
      return (JSON.parse(result.stdout) as {files: Array<{messages: Array<{ruleId: string}>}>}).files[0]?.messages.map(
        (message) => message.ruleId,
      )
    }
    expect(await lint(legacy('ga-78-17.en.doc'))).toEqual(await lint(un('ga-78-17.en.docx')))
  })

  it('index takes them from a folder, and trace finds the earlier text in them', async () => {
    for (const copy of ['cop-8-3.en.doc', 'cop-8-3.en.odt']) {
      const folder = mkdtempSync(path.join(tmpdir(), 'resdiff-legacy-index-'))
      cpSync(legacy(copy), path.join(folder, 'corpus', copy), {recursive: true})
      const index = path.join(folder, 'corpus.rdx')
      const indexed = await runCli(['index', path.join(folder, 'corpus'), '-o', index])
      expect(indexed.stderr).toContain('indexed 1 resolution (54 paragraphs')
      // The tenth-session draft's "Recalling the functions assigned to it in article 32 …" was
      // agreed in resolution 8/3 (test/office-cli.test.ts, from the .docx and the PDF).
      const traced = await runCli(['trace', 'fixtures/office/cop-10-draft-mexico.en.docx', '--index', index])
      expect(traced.stdout, copy).toMatch(/PP 2 {2}Recalling the functions assigned to it in article 32/u)
      expect(traced.stdout, copy).toContain('8/3 PP 1')
    }
  })

  it('loads word-extractor only for a .doc: a text file never pays for it', () => {
    const loaded = (file: string): boolean =>
      execFileSync(
        process.execPath,
        [
          '--input-type=module',
          '-e',
          `import {readDocument} from './dist/read/document.js'; import {cpSync, mkdtempSync, readFileSync} from 'node:fs'
import {tmpdir} from 'node:os'; import {createRequire} from 'node:module';
           await readDocument(readFileSync(${JSON.stringify(file)}));
           const cache = createRequire(import.meta.url).cache;
           console.log(Object.keys(cache).some((key) => key.includes('word-extractor')))`,
        ],
        {encoding: 'utf8'},
      ).trim() === 'true'
    expect(loaded('fixtures/ga-78-17.en.txt')).toBe(false)
    expect(loaded(legacy('ga-78-17.en.odt'))).toBe(false)
    expect(loaded(legacy('ga-78-17.en.doc'))).toBe(true)
  })
})
