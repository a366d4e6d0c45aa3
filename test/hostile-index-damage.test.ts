// Issue 15: a damaged index. Copies of a real index are damaged at random (a run of bytes
// overwritten, bits flipped, a page zeroed, a block copied over another), then opened and
// traced. Each must give an answer or throw IndexError with one sentence, never another error
// (a TypeError from a missing column, SQLite's own words): the CLI prints those as "internal
// error". What this does not promise: that every damage is caught. SQLite checks the structure
// of the pages it reads and resdiff the CRC of every text and posting list, but a changed
// document row can still give a different answer (docs/index.md).
import {spawnSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CorpusIndex, IndexError, traceText} from '../src/corpus/index.js'
import {documents, root} from './helpers.js'

let folder = ''
let index = ''
beforeAll(() => {
  folder = mkdtempSync(path.join(tmpdir(), 'resdiff-damage-'))
  index = path.join(folder, 'corpus.rdx')
  const built = spawnSync(
    process.execPath,
    [
      path.join(root, 'bin/resdiff.js'),
      'index',
      path.join(root, documents.cop62en),
      path.join(root, documents.cop83),
      '-o',
      index,
    ],
    {encoding: 'utf8', env: {...process.env, RESDIFF_CACHE_DIR: path.join(folder, 'cache')}},
  )
  expect(built.status, built.stderr).toBe(0)
})
afterAll(() => rmSync(folder, {recursive: true, force: true}))

const passages = [
  'Also requests the Secretariat to support the Working Group in the performance of its functions;',
  'Urges States parties to the Firearms Protocol to harmonize their legislation',
]

function traceAll(file: string): string {
  const opened = CorpusIndex.open(file)
  try {
    return JSON.stringify(passages.map((passage) => traceText(opened, passage, 'en')))
  } finally {
    opened.close()
  }
}

describe('a damaged index', () => {
  const sentence = (file: string): string => `${file} is damaged (or stale); rebuild it with resdiff index`

  it("a lost table is damage, not SQLite's own words", () => {
    const file = path.join(folder, 'no-table.rdx')
    writeFileSync(file, readFileSync(index))
    const db = new Database(file)
    db.exec('DROP TABLE phrases')
    db.close()
    expect(() => traceAll(file)).toThrow(sentence(file))
  })

  it('a text that lost its value is damage, not a TypeError', () => {
    const file = path.join(folder, 'null-text.rdx')
    writeFileSync(file, readFileSync(index))
    let db = new Database(file)
    db.unsafeMode(true)
    db.pragma('writable_schema = ON')
    db.prepare(
      "UPDATE sqlite_master SET sql = replace(sql, 'text TEXT NOT NULL', 'text TEXT') WHERE name = 'texts'",
    ).run()
    db.close()
    db = new Database(file)
    expect(db.prepare('UPDATE texts SET text = NULL').run().changes).toBeGreaterThan(10)
    db.close()
    expect(() => traceAll(file)).toThrow(sentence(file))
  })

  it('gives an answer or one sentence, never another error', () => {
    let seed = 15
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed % n
    }
    const bytes = readFileSync(index)
    const copy = path.join(folder, 'damaged.rdx')
    const outcomes = {answer: 0, sentence: 0}
    for (let round = 0; round < 80; round++) {
      const damaged = Buffer.from(bytes)
      const at = random(damaged.length)
      switch (round % 4) {
        case 0:
          damaged.fill(random(256), at, Math.min(damaged.length, at + 1 + random(64)))
          break
        case 1:
          for (let flip = 0; flip < 8; flip++) damaged[random(damaged.length)]! ^= 1 << random(8)
          break
        case 2:
          damaged.fill(0, at, Math.min(damaged.length, at + 4096))
          break
        default: {
          const from = random(damaged.length)
          damaged.copy(damaged, at, from, from + 512)
        }
      }
      writeFileSync(copy, damaged)
      try {
        traceAll(copy)
        outcomes.answer++
      } catch (error) {
        expect(error, `round ${round}: ${String(error)}`).toBeInstanceOf(IndexError)
        expect((error as Error).message).toMatch(
          /^\S+: not a resdiff index$|is damaged \(or stale\)|older resdiff|another version/u,
        )
        outcomes.sentence++
      }
    }
    // Most damage is caught; the rest lands on pages these passages never read.
    expect(outcomes.sentence).toBeGreaterThan(20)
  })
})
