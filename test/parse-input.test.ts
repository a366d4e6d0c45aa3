import {spawnSync} from 'node:child_process'
import {existsSync, mkdtempSync, readFileSync, statSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import iconv from 'iconv-lite'
import {beforeAll, describe, expect, it} from 'vitest'
import {runCli, type CliRun} from './helpers/cli.js'
import {decodeResolution} from '../src/read/decode.js'
import {parseResolution} from '../src/parse/index.js'
import {paragraphs} from '../src/tree/access.js'
import {readDocument, root} from './helpers.js'

let dir: string

function run(...args: string[]): Promise<CliRun> {
  return runCli(args, {env: {NO_COLOR: '1'}})
}

function texts(text: string): string[] {
  return paragraphs(parseResolution(text)).map((paragraph) => paragraph.text)
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'resdiff-input-'))
})

describe('encodings', () => {
  const zh = readDocument('cop62zh')
  const en = readDocument('cop62en')

  it('reads UTF-8 with a BOM, UTF-16 with a BOM (both byte orders) and GB18030', async () => {
    const expected = texts(zh)
    const utf8Bom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(zh, 'utf8')])
    const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(zh, 'utf16le')])
    const utf16be = Buffer.from(utf16le)
    utf16be.swap16()
    const gb18030 = iconv.encode(zh, 'gb18030')
    expect(decodeResolution(utf8Bom)).toMatchObject({encoding: 'utf-8-bom'})
    expect(decodeResolution(utf16le)).toMatchObject({encoding: 'utf-16le'})
    expect(decodeResolution(utf16be)).toMatchObject({encoding: 'utf-16be'})
    expect(decodeResolution(gb18030)).toMatchObject({encoding: 'gb18030'})
    for (const bytes of [utf8Bom, utf16le, utf16be, gb18030])
      expect(texts(decodeResolution(bytes).text)).toEqual(expected)
  })

  it('treats CRLF like LF', async () => {
    expect(texts(en.replace(/\n/g, '\r\n'))).toEqual(texts(en))
    expect(texts(readDocument('ga75241').replace(/\n/g, '\r\n'))).toEqual(texts(readDocument('ga75241')))
  })

  it('reads English saved by Word as plain text on Windows (Windows-1252, curly quotes and dashes)', async () => {
    const text = readFileSync(path.join(root, 'fixtures/ga-78-17.en.txt'), 'utf8')
    // The file has curly quotation marks and dashes, which Windows-1252 writes as single bytes.
    expect(text).toMatch(/[“”’–]/u)
    const bytes = iconv.encode(text, 'windows-1252')
    expect(decodeResolution(bytes)).toMatchObject({encoding: 'windows-1252'})
    expect(texts(decodeResolution(bytes).text)).toEqual(texts(text))
  })

  it('reads traditional Chinese in Big5, and tells it from GB18030', async () => {
    const text = readFileSync(path.join(root, 'fixtures/field/sc-0020-1947.zh-hant.txt'), 'utf8')
    const big5 = iconv.encode(text, 'big5')
    // The Big5 bytes also decode as GB18030, into other, rare characters.
    expect(() => new TextDecoder('gb18030', {fatal: true}).decode(big5)).not.toThrow()
    expect(decodeResolution(big5)).toMatchObject({encoding: 'big5', text})
    expect(decodeResolution(iconv.encode(zh, 'gb18030'))).toMatchObject({encoding: 'gb18030', text: zh})
  })

  it('refuses bytes of another script as an unknown encoding', async () => {
    // Russian in Windows-1251: it decodes as Windows-1252 too, but into accented Latin letters.
    const cyrillic = iconv.encode('Генеральная Ассамблея,\n\nссылаясь на свою резолюцию,\n', 'windows-1251')
    expect(() => decodeResolution(cyrillic)).toThrow(/unknown encoding/)
  })

  it('CLI reads a GB18030 file and can be told the language', async () => {
    const file = path.join(dir, 'zh-gb18030.txt')
    writeFileSync(file, iconv.encode(zh, 'gb18030'))
    const result = await run('parse', file, '--format', 'json')
    expect(result.status).toBe(0)
    const tree = JSON.parse(result.stdout)
    expect(tree.schema).toBe('resdiff/tree@1')
    expect(tree.lang).toBe('zh')
  })
})

describe('bad input: one sentence on stderr, exit 2, nothing on stdout', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['a missing file', () => path.join(dir, 'missing.txt'), /missing\.txt: no such file$/],
    // A folder is walked (resdiff parse DIR); one holding no resolution is bad input.
    [
      'a folder with no resolution files',
      () => mkdtempSync(path.join(tmpdir(), 'resdiff-empty-')),
      /no resolution files found in .*resdiff-empty-\w+$/,
    ],
    ['an empty file', () => write('empty.txt', ''), /empty\.txt: the file is empty$/],
    ['a file of white space', () => write('blank.txt', '\n\n  \n'), /the file is empty \(it holds only white space\)$/],
    [
      'a binary file',
      () => write('binary.bin', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3])),
      /is binary/,
    ],
    [
      'an unknown encoding',
      // Russian in Windows-1251: bytes that decode as Windows-1252 too, but into accented Latin letters.
      () => write('cyrillic.txt', iconv.encode('Ссылаясь на свою резолюцию,\n', 'windows-1251')),
      /unknown encoding/,
    ],
    [
      'prose with no resolution structure',
      () => write('prose.txt', 'Dear colleagues,\n\nplease find the report attached.\n'),
      /does not read as a resolution$/,
    ],
    ['a 5 MB single line', () => write('huge.txt', 'word '.repeat(1_000_000)), /does not read as a resolution$/],
    // A web page is read as a page (test/read-html.test.ts); one that holds no resolution is bad input.
    [
      'a web page that is no resolution',
      () =>
        write(
          'page.html',
          '<!DOCTYPE html>\n<html lang="en"><body><p>Dear colleagues,</p><p>please find the report attached.</p></body></html>\n',
        ),
      /page\.html: .*does not read as a resolution$/,
    ],
    // An RTF document with no resolution in it.
    [
      'an RTF document that is no resolution',
      () => write('letter.rtf', '{\\rtf1\\ansi Dear colleagues,\\par please find the report attached.\\par}'),
      /letter\.rtf: .*does not read as a resolution$/,
    ],
    // WordPerfect 5.1 and later open with `\xffWPC` and a binary header.
    [
      'a WordPerfect document',
      () => write('a-48-1.wpd', Buffer.from([0xff, 0x57, 0x50, 0x43, 0x10, 0, 0, 0, 1, 10, 0, 0, 0x54, 0x68, 0x65])),
      /a-48-1\.wpd: this is a WordPerfect document, which resdiff does not read: open it in LibreOffice or Word and save it as \.docx$/,
    ],
  ]
  for (const [name, make, message] of cases) {
    it(name, async () => {
      const file = make()
      const before = existsSync(file) ? statSync(file).mtimeMs : undefined
      const result = await run('parse', file)
      expect(result.status).toBe(2)
      expect(result.stdout).toBe('')
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr.trim()).toMatch(/^resdiff: /)
      expect(result.stderr.trim()).toMatch(message)
      if (before !== undefined) expect(statSync(file).mtimeMs).toBe(before)
    })
  }

  it('a usage error exits 2, not 1', async () => {
    expect((await run('parse')).status).toBe(2)
    expect((await run('parse', 'seeds/cop-6-2.en.txt', '--format', 'yaml')).status).toBe(2)
    expect((await run('frobnicate')).status).toBe(2)
  })

  function write(name: string, content: string | Buffer): string {
    const file = path.join(dir, name)
    writeFileSync(file, content)
    return file
  }
})

describe('resdiff parse', () => {
  it('prints an outline', async () => {
    const result = await run('parse', path.join(root, 'seeds/cop-6-2.en.txt'), '--format', 'outline')
    expect(result.status).toBe(0)
    const lines = result.stdout.split('\n')
    expect(lines[0]).toBe('resolution 6/2 · adopted · en')
    expect(lines).toContain('12 preambular, 15 operative, 7 footnotes')
    expect(lines).toContain(
      'OP 5           Also requests | the United Nations Office on Drugs and Crime to continue dev…',
    )
  })

  it('writes one JSON document for one file and JSON Lines for several', async () => {
    const one = await run('parse', path.join(root, 'seeds/cop-8-3.en.md'))
    expect(JSON.parse(one.stdout)).toMatchObject({
      schema: 'resdiff/tree@1',
      file: path.join(root, 'seeds/cop-8-3.en.md'),
      type: 'resolution',
    })
    const many = await run('parse', path.join(root, 'seeds/cop-8-3.en.md'), path.join(root, 'fixtures/ga-78-17.en.txt'))
    const lines = many.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line))
    expect(lines.map((tree) => tree.meta.number)).toEqual(['8/3', '78/17'])
  })

  it('output is byte-identical across runs', async () => {
    const file = path.join(root, 'fixtures/ga-74-60.en.txt')
    expect((await run('parse', file)).stdout).toBe((await run('parse', file)).stdout)
  })

  it('stops quietly when the reader closes the pipe (resdiff … | head)', async () => {
    const result = spawnSync(
      'bash',
      [
        '-c',
        `node ${path.join(root, 'bin/resdiff.js')} parse ${path.join(root, 'fixtures/ga-78-17.en.txt')} | head -c 10 > /dev/null`,
      ],
      {encoding: 'utf8'},
    )
    expect(result.stderr).toBe('')
    const help = spawnSync(
      'bash',
      ['-c', `node ${path.join(root, 'bin/resdiff.js')} diff --help | head -1 > /dev/null`],
      {encoding: 'utf8'},
    )
    expect(help.stderr).toBe('')
  })

  it('--lang forces the language', async () => {
    const result = await run('parse', path.join(root, 'seeds/cop-6-2.en.txt'), '--lang', 'en', '--format', 'json')
    expect(JSON.parse(result.stdout).lang).toBe('en')
  })

  it('does not touch its input', async () => {
    const file = path.join(dir, 'copy.txt')
    const original = readFileSync(path.join(root, 'seeds/cop-6-2.zh.txt'))
    writeFileSync(file, original)
    await run('parse', file)
    expect(readFileSync(file).equals(original)).toBe(true)
  })
})
