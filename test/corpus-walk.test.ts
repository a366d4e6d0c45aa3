import {mkdirSync, mkdtempSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import {createProgress, sniffContent, walkCorpus, WalkError} from '../src/corpus/index.js'

let dir: string

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'resdiff-walk-'))
  mkdirSync(path.join(dir, 'b-session'))
  mkdirSync(path.join(dir, 'a-session'))
  mkdirSync(path.join(dir, '.git'))
  writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n')
  writeFileSync(path.join(dir, 'b-session', 'res.txt'), 'Recalling its resolution 5/4,\n')
  writeFileSync(path.join(dir, 'a-session', 'z.md'), '*Noting* the report,\n')
  writeFileSync(path.join(dir, 'a-session', 'B.TXT'), 'Decides to remain seized of the matter.\n')
  writeFileSync(path.join(dir, 'a-session', 'res-77-1'), 'Requests the Secretary-General to report.\n')
  writeFileSync(path.join(dir, 'a-session', 'README.md'), '# Resolutions of the session\n')
  writeFileSync(path.join(dir, 'a-session', '.draft.txt'), 'Hidden draft\n')
  writeFileSync(path.join(dir, 'a-session', 'scan.pdf'), '%PDF-1.7\n')
  writeFileSync(
    path.join(dir, 'a-session', 'page.html'),
    '<!DOCTYPE html><html><body><p>The General Assembly,</p></body></html>\n',
  )
  writeFileSync(
    path.join(dir, 'a-session', 'old.doc'),
    Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
  )
  writeFileSync(
    path.join(dir, 'a-session', 'pictures.dat'),
    Buffer.from('PK\u0003\u0004\u0014\u0000photo.jpg', 'latin1'),
  )
  writeFileSync(
    path.join(dir, 'a-session', 'image.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
  )
  writeFileSync(
    path.join(dir, 'a-session', 'utf16.txt'),
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('大会，', 'utf16le')]),
  )
  symlinkSync(path.join(dir, 'a-session'), path.join(dir, 'b-session', 'loop'))
})

describe('walkCorpus', () => {
  it('finds text files in a stable, sorted order and notes what it skips', async () => {
    const found = await walkCorpus([dir])
    const relative = (file: string): string => path.relative(dir, file)
    expect(found.files.map(relative)).toEqual([
      'a-session/B.TXT',
      // An OLE container is taken as a .doc (issue 11); the reader says what is wrong with it.
      'a-session/old.doc',
      'a-session/res-77-1',
      // A PDF (or Word document) is a resolution too, recognised by content (issue 12).
      'a-session/scan.pdf',
      'a-session/utf16.txt',
      'a-session/z.md',
      'b-session/res.txt',
    ])
    expect(found.skipped.map(({file, reason}) => [relative(file), reason])).toEqual([
      ['.git', 'hidden'],
      ['a-session/.draft.txt', 'hidden'],
      ['a-session/README.md', 'documentation of the folder'],
      ['a-session/image.txt', 'binary'],
      // A folder's pages are seldom resolutions: a page is read when named (test/read-html.test.ts).
      ['a-session/page.html', 'a web page (name it on the command line to read it)'],
      ['a-session/pictures.dat', 'zip archive, not a Word document'],
      ['b-session/loop', 'symbolic link to a folder (not followed)'],
    ])
  })

  it('takes files named directly whatever their extension, once each, roots in the order given', async () => {
    const pdf = path.join(dir, 'a-session', 'scan.pdf')
    const found = await walkCorpus([path.join(dir, 'b-session'), pdf, path.join(dir, 'b-session', 'res.txt')])
    expect(found.files).toEqual([path.join(dir, 'b-session', 'res.txt'), pdf])
  })

  it('refuses a path that does not exist with a sentence naming it', async () => {
    const missing = path.join(dir, 'nowhere')
    await expect(walkCorpus([missing])).rejects.toThrow(WalkError)
    await expect(walkCorpus([missing])).rejects.toThrow(`${missing}: no such file or folder`)
  })
})

describe('sniffContent', () => {
  it('tells text from binary by the first bytes', () => {
    expect(sniffContent(Buffer.from('Recalling its resolution'))).toBe('text')
    expect(sniffContent(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('text')
    expect(sniffContent(Buffer.from([0xff, 0xfe, 0x41, 0x00]))).toBe('text')
    expect(sniffContent(Buffer.from([0x41, 0x00, 0x42]))).toBe('binary')
    expect(sniffContent(Buffer.from('\u0001\u0002\u0003\u0004 control', 'latin1'))).toBe('binary')
    // A multi-byte character cut by the end of the sniffed window is still text.
    expect(sniffContent(Buffer.from('大会，').subarray(0, 7))).toBe('text')
  })
})

describe('createProgress', () => {
  function fakeStream(isTTY: boolean): {stream: NodeJS.WriteStream; written: string[]} {
    const written: string[] = []
    const stream = {
      isTTY,
      columns: 80,
      write: (chunk: string) => written.push(chunk) > 0,
    } as unknown as NodeJS.WriteStream
    return {stream, written}
  }

  it('draws a bar on a terminal and erases it when done', () => {
    const {stream, written} = fakeStream(true)
    const progress = createProgress('indexing', 4, stream)
    progress.update(1)
    progress.update(4)
    progress.finish()
    expect(written[0]).toMatch(/^\rindexing \[#+-+\] 1\/4 25%/)
    expect(written[1]).toMatch(/^\rindexing \[#+\] 4\/4 100%/)
    expect(written.at(-1)).toBe('\r\u001b[K')
  })

  it('writes nothing when the stream is not a terminal', () => {
    const {stream, written} = fakeStream(false)
    const progress = createProgress('indexing', 4, stream)
    progress.update(4)
    progress.finish()
    expect(written).toEqual([])
  })
})
