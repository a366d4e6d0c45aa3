import {existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {beforeEach, describe, expect, it} from 'vitest'
import {CacheError, clearCache, digestKey, runParseJob, TreeCache, treeKey} from '../src/corpus/index.js'
import {documents, root} from './helpers.js'
import iconv from 'iconv-lite'

let dir: string

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'resdiff-cache-'))
})

const draft = path.join(root, documents.cop10draft)

function entries(cacheDir: string): string[] {
  const trees = path.join(cacheDir, 'trees')
  if (!existsSync(trees)) return []
  return readdirSync(trees).flatMap((folder) => readdirSync(path.join(trees, folder)))
}

describe('treeKey', () => {
  it('depends on the bytes, the language asked for and the parser code', () => {
    const bytes = Buffer.from('Recalling its resolution 5/4,')
    const key = treeKey(bytes, undefined, 'parser-a')
    expect(treeKey(Buffer.from('Recalling its resolution 5/4,'), undefined, 'parser-a')).toBe(key)
    expect(treeKey(Buffer.from('Recalling its resolution 5/5,'), undefined, 'parser-a')).not.toBe(key)
    expect(treeKey(bytes, 'en', 'parser-a')).not.toBe(key)
    expect(treeKey(bytes, undefined, 'parser-b')).not.toBe(key)
  })
})

describe('digestKey', () => {
  it('depends on the tree key and the code that digests trees', () => {
    const key = treeKey(Buffer.from('Recalling its resolution 5/4,'), undefined, 'parser-a')
    expect(digestKey(key, 'digest-a')).toBe(digestKey(key, 'digest-a'))
    expect(digestKey(key, 'digest-b')).not.toBe(digestKey(key, 'digest-a'))
    expect(
      digestKey(treeKey(Buffer.from('Recalling its resolution 5/5,'), undefined, 'parser-a'), 'digest-a'),
    ).not.toBe(digestKey(key, 'digest-a'))
  })

  it('serves an index digest equal to a fresh one, under another file name too', async () => {
    const fresh = await runParseJob({file: draft, want: 'digest'})
    const filling = await runParseJob({file: draft, want: 'digest', cacheDir: dir})
    const copy = path.join(dir, 'copy.txt')
    writeFileSync(copy, readFileSync(draft))
    const hit = await runParseJob({file: copy, want: 'digest', cacheDir: dir})
    expect(filling).toMatchObject({cached: false})
    expect(hit).toMatchObject({cached: true})
    if (!fresh.ok || !hit.ok) throw new Error('expected digests')
    expect(hit.digest).toEqual({...fresh.digest, document: {...fresh.digest!.document, file: copy}})
    expect(existsSync(path.join(dir, 'digests'))).toBe(true)
  })
})

describe('TreeCache', () => {
  it('gives back what was stored, and nothing for a torn or foreign entry', () => {
    const cache = new TreeCache(dir)
    const key = 'ab'.repeat(32)
    expect(cache.get(key)).toBeUndefined()
    cache.set(key, '{"type":"resolution"}')
    expect(cache.get(key)).toBe('{"type":"resolution"}')
    const file = path.join(dir, 'trees', 'ab', `${key}.json`)
    writeFileSync(file, `${key}\n{"type":"resolu`)
    expect(cache.get(key)).toBeUndefined()
    writeFileSync(file, `${'cd'.repeat(32)}\n{"type":"resolution"}`)
    expect(cache.get(key)).toBeUndefined()
  })

  it('is cleared whole, and a folder that is not a cache is refused', () => {
    const cache = new TreeCache(dir)
    cache.set('ab'.repeat(32), '{}')
    expect(clearCache(dir)).toBe(true)
    expect(existsSync(dir)).toBe(false)
    expect(clearCache(dir)).toBe(false)
    const foreign = mkdtempSync(path.join(tmpdir(), 'resdiff-foreign-'))
    writeFileSync(path.join(foreign, 'thesis.txt'), 'precious')
    expect(() => clearCache(foreign)).toThrow(CacheError)
    expect(readFileSync(path.join(foreign, 'thesis.txt'), 'utf8')).toBe('precious')
  })
})

describe('runParseJob with a cache', () => {
  it('parses once, then serves the identical tree from the cache', async () => {
    const first = await runParseJob({file: draft, want: 'tree', cacheDir: dir})
    const second = await runParseJob({file: draft, want: 'tree', cacheDir: dir})
    const uncached = await runParseJob({file: draft, want: 'tree'})
    expect(first).toMatchObject({ok: true, cached: false})
    expect(second).toMatchObject({ok: true, cached: true})
    expect(entries(dir)).toHaveLength(1)
    if (!first.ok || !second.ok || !uncached.ok) throw new Error('expected parsed trees')
    expect(second.tree).toBe(first.tree)
    expect(uncached.tree).toBe(first.tree)
    expect(JSON.parse(first.tree!)).toMatchObject({type: 'resolution', meta: {session: 10, stage: 'draft'}})
  })

  it('never serves a stale tree: an edited file is a new key', async () => {
    const copy = path.join(dir, 'draft.txt')
    const text = readFileSync(draft, 'utf8')
    writeFileSync(copy, text)
    const before = await runParseJob({file: copy, want: 'digest', cacheDir: dir})
    writeFileSync(copy, text.replace('harmonize their', 'align their'))
    const after = await runParseJob({file: copy, want: 'digest', cacheDir: dir})
    expect(after).toMatchObject({ok: true, cached: false})
    if (!before.ok || !after.ok) throw new Error('expected digests')
    const harmonize = (digest: typeof before.digest): number =>
      digest!.paragraphs.filter((paragraph) => paragraph.text.includes('harmonize their')).length
    expect(harmonize(before.digest)).toBe(1)
    expect(harmonize(after.digest)).toBe(0)
    expect(entries(dir)).toHaveLength(2)
  })

  it('reports a file it cannot read as a failure with a reason, and caches nothing', async () => {
    const empty = path.join(dir, 'empty.txt')
    writeFileSync(empty, '')
    // Russian in Windows-1251: no encoding resdiff reads.
    const latin1 = path.join(dir, 'cyrillic.txt')
    writeFileSync(latin1, iconv.encode('Вновь подтверждая свою резолюцию', 'windows-1251'))
    mkdirSync(path.join(dir, 'folder.txt'))
    expect(await runParseJob({file: empty, want: 'tree', cacheDir: dir})).toEqual({
      file: empty,
      ok: false,
      reason: 'the file is empty',
    })
    expect(await runParseJob({file: latin1, want: 'tree', cacheDir: dir})).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unknown encoding'),
    })
    expect(await runParseJob({file: path.join(dir, 'folder.txt'), want: 'tree'})).toMatchObject({
      ok: false,
      reason: 'is not a regular file',
    })
    expect(await runParseJob({file: path.join(dir, 'none.txt'), want: 'tree'})).toMatchObject({
      ok: false,
      reason: 'no such file',
    })
    expect(entries(dir)).toHaveLength(0)
  })
})
