import {spawnSync} from 'node:child_process'
import {cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {Ajv} from 'ajv'
import {beforeAll, describe, expect, it} from 'vitest'
import {documents, root} from './helpers.js'
import {runCli, type CliRun} from './helpers/cli.js'
import iconv from 'iconv-lite'

let dir: string
let cacheDir: string
let indexFile: string

function run(...args: string[]): Promise<CliRun> {
  return runCli(args, {env: {NO_COLOR: '1', RESDIFF_CACHE_DIR: cacheDir}})
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'resdiff-trace-cli-'))
  cacheDir = path.join(dir, 'cache')
  mkdirSync(path.join(dir, 'past'))
  cpSync(path.join(root, documents.cop62en), path.join(dir, 'past', 'cop-6-2.en.txt'))
  cpSync(path.join(root, documents.cop83), path.join(dir, 'past', 'cop-8-3.en.md'))
  indexFile = path.join(dir, 'past.rdx')
  const built = await run('index', path.join(dir, 'past'), '-o', indexFile)
  expect(built.stderr).toContain('indexed 2 resolutions')
  expect(built.status).toBe(0)
})

describe('resdiff trace', () => {
  it('writes JSON that the published schema accepts, and exits 1 when the draft holds new language', async () => {
    const result = await run('trace', documents.cop10draft, '--index', indexFile, '--format', 'json')
    expect(result.status).toBe(1)
    const report = JSON.parse(result.stdout)
    const schema = JSON.parse(readFileSync(path.join(root, 'docs/schema/trace.schema.json'), 'utf8'))
    const validate = new Ajv({allErrors: true}).compile(schema)
    expect(validate.errors ?? validate(report)).toBe(true)
    expect(report).toMatchObject({
      schema: 'resdiff/trace@2',
      draft: {file: documents.cop10draft, lang: 'en', date: '2020-10-09'},
      corpus: {index: indexFile, documents: 2},
      options: {top: 5, threshold: 0.35, before: '2020-10-09'},
    })
    expect(report.summary.paragraphs).toBe(45)
    expect(report.summary.new).toBeGreaterThan(0)
    const para3 = report.paragraphs.find((paragraph: {eId: string}) => paragraph.eId === 'para_3')
    expect(para3.matches[0]).toMatchObject({number: '8/3', eId: 'para_25', label: 'OP 25', relation: 'close'})
    expect(para3.map.map((segment: {text: string}) => segment.text).join('')).toBe(para3.text)
  })

  it('answers the same with --corpus (a temporary index) as with --index, with or without the cache', async () => {
    const withIndex = JSON.parse(
      (await run('trace', documents.cop10draft, '--index', indexFile, '--format', 'json')).stdout,
    )
    const withCorpus = JSON.parse(
      (await run('trace', documents.cop10draft, '--corpus', path.join(dir, 'past'), '--format', 'json')).stdout,
    )
    const uncached = JSON.parse(
      (await run('trace', documents.cop10draft, '--corpus', path.join(dir, 'past'), '--format', 'json', '--no-cache'))
        .stdout,
    )
    expect(withCorpus.paragraphs).toEqual(withIndex.paragraphs)
    expect(uncached).toEqual(withCorpus)
  })

  it('leaves the draft itself out when the corpus holds it', async () => {
    const withDraft = path.join(dir, 'with-draft.rdx')
    expect((await run('index', 'seeds', '-o', withDraft)).status).toBe(0)
    const report = JSON.parse(
      (await run('trace', documents.cop10draft, '--index', withDraft, '--format', 'json')).stdout,
    )
    const files = report.paragraphs.flatMap((paragraph: {matches: Array<{file: string}>}) =>
      paragraph.matches.map((match) => match.file),
    )
    expect(files.length).toBeGreaterThan(0)
    expect(files).not.toContain(documents.cop10draft)
  })

  it("leaves out the draft's copies in other formats (its Word, PDF and web page: the same paragraphs, date and symbol)", async () => {
    const folder = path.join(dir, 'with-copies')
    mkdirSync(folder)
    cpSync(path.join(root, documents.cop62en), path.join(folder, 'cop-6-2.en.txt'))
    cpSync(path.join(root, documents.cop83), path.join(folder, 'cop-8-3.en.md'))
    // The tenth-session draft as pandoc wrote it to Word and LibreOffice printed it (fixtures/office/README.md).
    for (const copy of ['cop-10-draft-mexico.en.docx', 'cop-10-draft-mexico.en.pdf'])
      cpSync(path.join(root, 'fixtures/office', copy), path.join(folder, copy))
    const withCopies = path.join(dir, 'with-copies.rdx')
    expect((await run('index', folder, '-o', withCopies)).stderr).toContain('indexed 4 resolutions')
    const report = JSON.parse(
      (await run('trace', documents.cop10draft, '--index', withCopies, '--format', 'json')).stdout,
    )
    const cited = report.paragraphs.flatMap(
      (paragraph: {matches: Array<{file: string; alsoIn: Array<{file: string}>}>}) =>
        paragraph.matches.flatMap((match) => [match.file, ...match.alsoIn.map((place) => place.file)]),
    )
    expect(cited.filter((file: string) => file.includes('cop-10-draft'))).toEqual([])
    // What is left is the past sessions' answer, as an index without the copies gives it.
    const without = JSON.parse(
      (await run('trace', documents.cop10draft, '--index', indexFile, '--format', 'json')).stdout,
    )
    expect(report.summary).toEqual(without.summary)
    const numbers = (traced: {paragraphs: Array<{matches: Array<{number: string; eId: string}>}>}) =>
      traced.paragraphs.map((paragraph) => paragraph.matches.map((match) => `${match.number} ${match.eId}`))
    expect(numbers(report)).toEqual(numbers(without))
    // A saved web page of Security Council resolution 612 (1988) beside its text: each is the other's copy.
    const web = path.join(dir, 'web-copy.rdx')
    const page = path.join(root, 'fixtures/web/sc-0612-1988.en.html')
    const text = path.join(root, 'fixtures/corpus/sc-0612-1988.en.txt')
    expect((await run('index', page, text, '-o', web)).stderr).toContain('indexed 2 resolutions')
    for (const [draft, copy] of [
      [text, page],
      [page, text],
    ] as const) {
      const traced = await run('trace', draft, '--index', web, '--format', 'json')
      expect(traced.status).toBe(1)
      expect(traced.stdout).not.toContain(copy)
      expect(JSON.parse(traced.stdout).summary).toMatchObject({paragraphs: 7, traced: 0, new: 7})
    }
  })

  it('traces one passage with --text', async () => {
    const result = await run(
      'trace',
      '--index',
      indexFile,
      '--text',
      'Also requests the Secretariat to support the Working Group in the performance of its functions;',
    )
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('[1] 1.000 close  8/3 OP 31')
    expect(result.stdout).toContain('1 paragraph: 1 found earlier, 0 new')
  })

  it("says in one line that the corpus holds no text in the draft's language, when it finds nothing for it", async () => {
    const note = (where: string): string =>
      `resdiff: ${where} holds no Chinese text: a trace finds earlier wording in the draft's own language only\n`
    const chinese = await run('trace', documents.cop62zh, '--index', indexFile)
    expect(chinese).toMatchObject({status: 1, stderr: note(indexFile)})
    expect(chinese.stdout).toContain('0 found earlier')
    expect(await run('trace', documents.cop62zh, '--corpus', path.join(dir, 'past'))).toMatchObject({
      status: 1,
      stderr: note('the corpus'),
    })
    const passage = await run('trace', '--index', indexFile, '--text', '促请各缔约国统一其国内立法')
    expect(passage).toMatchObject({status: 1, stderr: note(indexFile)})
    // A draft in a language the index holds says nothing of the kind, new language or not.
    const english = await run('trace', documents.cop10draft, '--index', indexFile)
    expect(english.status).toBe(1)
    expect(english.stderr).toBe('')
    const both = path.join(dir, 'both-languages')
    mkdirSync(both)
    cpSync(path.join(root, documents.cop83), path.join(both, 'cop-8-3.en.md'))
    cpSync(path.join(root, 'fixtures/corpus/sc-0368-1975.zh.txt'), path.join(both, 'sc-0368-1975.zh.txt'))
    const withChinese = await run('trace', documents.cop62zh, '--corpus', both)
    expect(withChinese.status).toBe(1)
    expect(withChinese.stderr).not.toContain('holds no')
  })

  it('renders markdown and the terminal report with the word diff', async () => {
    const markdown = (await run('trace', documents.cop10draft, '--index', indexFile, '--format', 'markdown')).stdout
    expect(markdown).toContain('## OP 3')
    expect(markdown).toContain('*New language*')
    const terminal = (await run('trace', documents.cop10draft, '--index', indexFile, '--top', '1')).stdout
    expect(terminal).toMatch(/^OP 3 {2}\w+/m)
    expect(terminal).toContain('{+')
    expect(terminal).toContain('new language')
  })

  it('writes a self-contained HTML page with -o, escaping every input character', async () => {
    const page = path.join(dir, 'trace.html')
    const result = await run('trace', documents.cop10draft, '--index', indexFile, '--format', 'html', '-o', page)
    expect(result).toMatchObject({status: 1, stdout: ''})
    const html = readFileSync(page, 'utf8')
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(html.match(/<tr id="row-/g)).toHaveLength(45)
    expect(html).toContain('<tr id="row-para_3" data-kind="reworded" data-tags="traced">')
    expect(html).toContain('+</span> new language')
    expect(html).not.toMatch(/<(script|link|img)[^>]+(src|href)=/)
    const hostile = await run(
      'trace',
      '--index',
      indexFile,
      '--format',
      'html',
      '--text',
      '<script>alert(1)</script> Also requests the Secretariat to support the Working Group in the performance of its functions',
    )
    expect(hostile.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(hostile.stdout).not.toContain('<script>alert(1)')
    expect(
      await run('trace', documents.cop10draft, '--index', indexFile, '--format', 'html', '-o', documents.cop10draft),
    ).toMatchObject({status: 2})
  })

  it('says in one sentence what is wrong with bad input, exit 2', async () => {
    const cases = [
      await run('trace', documents.cop10draft, '--index', path.join(dir, 'missing.rdx')),
      await run('trace', documents.cop10draft, '--index', documents.cop62en),
      await run('trace', documents.cop10draft, '--index', indexFile, '--format', 'pdf'),
      await run('trace', documents.cop10draft, '--index', indexFile, '--threshold', '2'),
      await run('trace', documents.cop10draft),
      await run('trace', '--index', indexFile),
      await run('trace', path.join(dir, 'nothing.txt'), '--index', indexFile),
    ]
    for (const result of cases) {
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr).not.toMatch(/at .*\.js:\d+/)
    }
    expect(cases[0]!.stderr).toBe(
      `resdiff: ${path.join(dir, 'missing.rdx')}: no such index (build one with resdiff index)\n`,
    )
    expect(cases[1]!.stderr).toBe(`resdiff: ${documents.cop62en}: not a resdiff index\n`)
  })
})

describe('resdiff index', () => {
  it('writes the same index with one thread or several, through the cache or not', async () => {
    const one = path.join(dir, 'one.rdx')
    const two = path.join(dir, 'two.rdx')
    const fresh = path.join(dir, 'fresh.rdx')
    // The seeds and the real texts of fixtures/corpus (38 resolutions, printed volumes among them): enough files to
    // spread over two threads. Any text that did not parse would be left out the same way each time.
    const status = (await run('index', 'seeds', 'fixtures/corpus', '-o', one, '--threads', '1')).status
    expect(status === 0 || status === 1).toBe(true)
    expect((await run('index', 'seeds', 'fixtures/corpus', '-o', two, '--threads', '2')).status).toBe(status)
    expect((await run('index', 'seeds', 'fixtures/corpus', '-o', fresh, '--threads', '2', '--no-cache')).status).toBe(
      status,
    )
    expect(readFileSync(two).equals(readFileSync(one))).toBe(true)
    expect(readFileSync(fresh).equals(readFileSync(one))).toBe(true)
  })

  it('reports files that fail, keeps the rest, and exits 1', async () => {
    const mixed = path.join(dir, 'mixed')
    mkdirSync(mixed)
    cpSync(path.join(root, documents.cop62en), path.join(mixed, 'cop-6-2.en.txt'))
    // Russian in Windows-1251: no encoding resdiff reads.
    writeFileSync(path.join(mixed, 'latin1.txt'), iconv.encode('Вновь подтверждая свою резолюцию 5/4,', 'windows-1251'))
    const result = await run('index', mixed, '-o', path.join(dir, 'mixed.rdx'))
    expect(result.status).toBe(1)
    expect(result.stderr).toContain(`resdiff: ${path.join(mixed, 'latin1.txt')}: unknown encoding`)
    expect(result.stderr).toContain('indexed 1 resolution (27 paragraphs')
  })

  it('refuses a folder with no resolutions and a missing folder, exit 2', async () => {
    const empty = path.join(dir, 'empty')
    mkdirSync(empty)
    expect(await run('index', empty, '-o', path.join(dir, 'x.rdx'))).toMatchObject({
      status: 2,
      stderr: `resdiff: no resolution files found in ${empty}\n`,
    })
    expect(await run('index', path.join(dir, 'nowhere'), '-o', path.join(dir, 'x.rdx'))).toMatchObject({status: 2})
    expect(await run('index', empty)).toMatchObject({status: 2})
  })
})

describe('resdiff parse on folders', () => {
  it('writes one tree per line in a stable order, skips hidden and binary files with a note, reports failures', async () => {
    const folder = path.join(dir, 'parse-me')
    mkdirSync(path.join(folder, 'sub'), {recursive: true})
    cpSync(path.join(root, documents.cop83), path.join(folder, 'sub', 'cop-8-3.en.md'))
    cpSync(path.join(root, documents.cop62zh), path.join(folder, 'cop-6-2.zh.txt'))
    writeFileSync(path.join(folder, '.notes.txt'), 'private')
    writeFileSync(path.join(folder, 'scan.bin.txt'), Buffer.from([1, 2, 0, 3, 4]))
    writeFileSync(path.join(folder, 'empty.txt'), '  \n')
    const result = await run('parse', folder)
    expect(result.status).toBe(1)
    const lines = result.stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((tree) => [tree.schema, tree.file, tree.meta.number, tree.lang])).toEqual([
      ['resdiff/tree@1', path.join(folder, 'cop-6-2.zh.txt'), '6/2', 'zh'],
      ['resdiff/tree@1', path.join(folder, 'sub', 'cop-8-3.en.md'), '8/3', 'en'],
    ])
    expect(result.stderr).toContain(`resdiff: skipped ${path.join(folder, '.notes.txt')} (hidden)`)
    expect(result.stderr).toContain(`resdiff: skipped ${path.join(folder, 'scan.bin.txt')} (binary)`)
    expect(result.stderr).toContain(`resdiff: ${path.join(folder, 'empty.txt')}: the file is empty`)
    expect((await run('parse', folder)).stdout).toBe(result.stdout)
    expect((await run('parse', folder, '--no-cache', '--threads', '1')).stdout).toBe(result.stdout)
  })

  it('stops quietly when the reader goes away (| head)', async () => {
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" bin/resdiff.js parse seeds fixtures | head -c 10`], {
      cwd: root,
      encoding: 'utf8',
      env: {...process.env, RESDIFF_CACHE_DIR: cacheDir},
    })
    expect(piped.stdout).toBe('{"schema":')
    expect(piped.stderr).not.toContain('EPIPE')
  })

  it('gives a slow reader the whole output before it ends (it ends once its output is out)', async () => {
    // The binary exits as soon as its writes call back; a reader that waits a second before
    // reading must still get every byte, the same as in-process. The seeds and the corpus texts
    // write some 550 KB, eight times a pipe's 64 KB (the field's 250 files, 3.4 MB, took 4 s more).
    const whole = (await run('parse', 'seeds', 'fixtures/corpus')).stdout
    const piped = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" bin/resdiff.js parse seeds fixtures/corpus | (sleep 1; cat) | wc -c`],
      {
        cwd: root,
        encoding: 'utf8',
        env: {...process.env, RESDIFF_CACHE_DIR: cacheDir},
      },
    )
    expect(whole.length).toBeGreaterThan(4 * 65536)
    expect(Number(piped.stdout.trim())).toBe(Buffer.byteLength(whole))
  })

  it('gives the same tree for a file in a folder as parse FILE gives', async () => {
    const single = JSON.parse((await run('parse', documents.cop62en)).stdout)
    const folder = path.join(dir, 'single')
    mkdirSync(folder)
    cpSync(path.join(root, documents.cop62en), path.join(folder, 'cop-6-2.en.txt'))
    const line = JSON.parse((await run('parse', folder)).stdout)
    expect({...line, file: documents.cop62en}).toEqual(single)
  })
})

describe('resdiff history on a folder', () => {
  it("orders the series by the texts' session and date, not by file name", async () => {
    const series = path.join(dir, 'series')
    mkdirSync(series)
    cpSync(path.join(root, documents.cop10draft), path.join(series, 'a.txt'))
    cpSync(path.join(root, documents.cop62en), path.join(series, 'b.txt'))
    cpSync(path.join(root, documents.cop83), path.join(series, 'c.md'))
    const fromFolder = await run('history', series, '--format', 'json')
    const fromFiles = await run(
      'history',
      path.join(series, 'b.txt'),
      path.join(series, 'c.md'),
      path.join(series, 'a.txt'),
      '--format',
      'json',
    )
    expect(fromFolder.status).toBe(1)
    const result = JSON.parse(fromFolder.stdout)
    expect(result.versions.map((version: {file: string}) => path.basename(version.file))).toEqual([
      'b.txt',
      'c.md',
      'a.txt',
    ])
    expect(fromFolder.stdout).toBe(fromFiles.stdout)
  })

  it('refuses a folder that mixes English and Chinese texts', async () => {
    const mixed = path.join(dir, 'bilingual')
    mkdirSync(mixed)
    for (const name of ['cop62en', 'cop62zh', 'cop83'] as const)
      cpSync(path.join(root, documents[name]), path.join(mixed, path.basename(documents[name])))
    expect(await run('history', mixed)).toMatchObject({
      status: 2,
      stderr: 'resdiff: the series mixes languages (2 English, 1 Chinese texts); put each language in its own folder\n',
    })
  })
})

describe('resdiff cache', () => {
  it('prints and clears the cache folder', async () => {
    expect((await run('cache', 'dir')).stdout).toBe(`${cacheDir}\n`)
    expect(existsSync(cacheDir)).toBe(true)
    expect(await run('cache', 'clear')).toMatchObject({
      status: 0,
      stderr: `resdiff: cleared the cache in ${cacheDir}\n`,
    })
    expect(existsSync(cacheDir)).toBe(false)
    expect(await run('cache', 'clear', '--cache-dir', root)).toMatchObject({status: 2})
    expect(existsSync(path.join(root, 'package.json'))).toBe(true)
  })
})
