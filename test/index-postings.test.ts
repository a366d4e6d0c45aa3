// Index@7's posting rows (docs/index.md, "The index file"): each row is a count and the ids'
// ascending differences in LEB128 varints, and a fresh build merges its segments into one row per
// seed. The encoding must give back exactly the ids written, refuse bytes that are not a row even
// when their checksum was made to match (another tool writing the table), and a build written in
// many small segments must answer exactly as one written in one.
import {mkdtempSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {checkIndexFile, CorpusIndex, fillIndex, traceResolution, traceText} from '../src/corpus/index.js'
import {buildIndexFile, postingCap, updateIndexFile} from '../src/corpus/store.js'
import {seedCrc} from '../src/corpus/store/checksum.js'
import {decodePostings, decodeRow, encodePostings, postingCount} from '../src/corpus/store/posting-codec.js'
import {idsPerRow} from '../src/corpus/store/merge.js'
import {parseResolution} from '../src/parse/index.js'
import {documents, readDocument, root} from './helpers.js'

let folder = ''
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'resdiff-postings-'))
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

/** A strictly ascending list of `length` ids from 1, with gaps drawn by a fixed generator (some of them past 2^21, two past 2^28; all below 2^32). */
function ascending(length: number, seed: number): Uint32Array {
  const ids = new Uint32Array(length)
  let state = seed
  let id = 0
  for (let at = 0; at < length; at++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    const kind = state % 100
    const gap =
      kind < 70
        ? 1 + (state % 120)
        : kind < 95
          ? 128 + (state % 16_000)
          : kind < 99 || id > 2 ** 29
            ? 2 ** 21 + (state % 1000)
            : 2 ** 28 + (state % 7)
    id += gap
    ids[at] = id
  }
  return ids
}

describe('posting rows: a count, then ascending differences in varints', () => {
  it('gives back every id written, one byte for a difference under 128, and only as many as asked', () => {
    for (const [length, seed] of [
      [1, 1],
      [2, 7],
      [500, 3],
      [20_000, 11],
    ] as const) {
      const ids = ascending(length, seed)
      const blob = encodePostings(ids)
      expect(postingCount(blob)).toBe(length)
      expect([...decodeRow(blob)!]).toEqual([...ids])
      const half = Math.ceil(length / 2)
      const out = new Uint32Array(half + 3)
      expect(decodePostings(blob, out, 3, half, 0)).toBe(ids[half - 1])
      expect([...out.subarray(3)]).toEqual([...ids.subarray(0, half)])
    }
    // Ids 1..127 apart take a byte each, after the count's byte.
    expect(encodePostings([5, 6, 133, 134])).toEqual(Buffer.from([4, 5, 1, 127, 1]))
    // The largest id a text can have (32 bits): five bytes.
    expect([...decodeRow(encodePostings([1, 0xffffffff]))!]).toEqual([1, 0xffffffff])
    expect(() => encodePostings([3, 3])).toThrow()
  })

  it('refuses bytes that are not a row: a difference of 0, a count the bytes do not hold, bytes left over, a varint past 32 bits, an id not above the row before', () => {
    expect(decodeRow(Buffer.from([2, 5, 0]))).toBeUndefined()
    expect(decodeRow(Buffer.from([3, 5, 1]))).toBeUndefined()
    expect(decodeRow(Buffer.from([1, 5, 1]))).toBeUndefined()
    expect(decodeRow(Buffer.from([1, 0x80, 0x80, 0x80, 0x80, 0x10]))).toBeUndefined()
    expect(decodeRow(Buffer.from([1, 0x80, 0x00]))).toBeUndefined()
    expect(decodeRow(Buffer.from([2, 0xff, 0xff, 0xff, 0xff, 0x0f, 1]))).toBeUndefined()
    expect(decodeRow(Buffer.from([0x80]))).toBeUndefined()
    // The first id of a later row must lie above the last of the row before.
    expect(decodePostings(encodePostings([4, 9]), new Uint32Array(2), 0, 2, 4)).toBe(-1)
    expect(decodePostings(encodePostings([4, 9]), new Uint32Array(2), 0, 2, 3)).toBe(9)
  })
})

describe('an index of many segments', () => {
  const files = [documents.cop62en, documents.cop83, documents.ga7460, documents.ga75241].map((file) =>
    path.join(root, file),
  )
  async function build(name: string, flushPairs?: number): Promise<string> {
    const file = path.join(folder, name)
    await buildIndexFile(
      file,
      async (writer) => {
        await fillIndex(writer, files, {threads: 1, cacheDir: path.join(folder, 'cache')})
      },
      flushPairs === undefined ? {} : {flushPairs},
    )
    return file
  }

  it('is merged by the build into one row per seed, and answers exactly as an index written in one segment', async () => {
    const one = await build('one.rdx')
    // About 60 (seed, text) pairs a paragraph: a segment every few paragraphs.
    const many = await build('many.rdx', 300)
    const rows = (file: string): {rows: number; seeds: number; top: number} => {
      const db = new Database(file, {readonly: true})
      const [rowCount, seeds, top] = db
        .prepare('SELECT count(*), count(DISTINCT seed), max(segment) FROM seeds')
        .raw()
        .get() as number[]
      db.close()
      return {rows: rowCount!, seeds: seeds!, top: top!}
    }
    expect(rows(many)).toEqual(rows(one))
    expect(rows(many).rows).toBe(rows(many).seeds)
    expect(rows(many).seeds).toBeGreaterThan(3000)
    for (const file of [one, many]) expect(checkIndexFile(file).postingRows).toBe(rows(one).rows)
    const answers = (file: string): string => {
      const opened = CorpusIndex.open(file)
      try {
        const draft = parseResolution(readDocument('cop10draft'))
        return JSON.stringify([
          traceResolution(opened, draft, {prefetch: false}),
          traceText(opened, 'Urges States parties to the Firearms Protocol to harmonize their legislation', 'en'),
        ])
      } finally {
        opened.close()
      }
    }
    expect(answers(many)).toBe(answers(one))
    // An --add writes its own rows after the merged ones (later segments, later texts), and both still answer alike.
    for (const file of [one, many])
      await updateIndexFile(file, async (writer) => {
        await fillIndex(writer, [path.join(root, documents.ga7916), path.join(root, documents.ga7817)], {
          threads: 1,
          cacheDir: path.join(folder, 'cache'),
        })
      })
    expect(rows(many)).toEqual(rows(one))
    expect(rows(many).rows).toBeGreaterThan(rows(many).seeds)
    for (const file of [one, many]) expect(checkIndexFile(file).postingRows).toBe(rows(one).rows)
    expect(answers(many)).toBe(answers(one))
    // A merged seed's first row holds every id a trace reads of it.
    expect(idsPerRow).toBeGreaterThanOrEqual(postingCap)
  })

  it('refuses a posting row rewritten with a valid checksum but bytes that are not a row, in the trace and in index --check', async () => {
    const file = await build('rewritten.rdx', 300)
    const db = new Database(file)
    // The seed with the longest row: two ids, the second a difference of 0 from the first.
    const [seed, segment, blob] = db
      .prepare('SELECT seed, segment, texts FROM seeds ORDER BY length(texts) DESC LIMIT 1')
      .raw()
      .get() as [number, number, Buffer]
    const ids = decodeRow(blob)!
    expect(ids.length).toBeGreaterThan(3)
    const bad = Buffer.concat([Buffer.from([2]), encodePostings([ids[0]!]).subarray(1), Buffer.from([0])])
    db.prepare('UPDATE seeds SET texts = ?, crc = ? WHERE seed = ? AND segment = ?').run(
      bad,
      seedCrc(seed, segment, bad),
      seed,
      segment,
    )
    db.close()
    const sentence = `${file} is damaged (or stale); rebuild it with resdiff index`
    expect(() => checkIndexFile(file)).toThrow(sentence)
    const opened = CorpusIndex.open(file)
    try {
      expect(() => opened.postings(seed)).toThrow(sentence)
    } finally {
      opened.close()
    }
  })
})
