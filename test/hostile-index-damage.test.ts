// Issue 15: a damaged index. Copies of a real index are damaged at random (a run of bytes
// overwritten, bits flipped, a page zeroed, a block copied over another), then opened and
// traced with the tenth-session draft. Each must give the undamaged index's answer or throw
// IndexError with one sentence: never a different answer without an error, never another error
// (a TypeError from a missing column, SQLite's own words, which the CLI prints as "internal
// error"). Rows changed through SQL (a document, a paragraph, a lost text) must be found too:
// every row a trace reads carries a checksum of its values and key (docs/index.md, "Damage").
import {spawnSync} from 'node:child_process'
import {readFileSync, rmSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {
  checkIndexFile,
  CorpusIndex,
  IndexError,
  seedsOf,
  traceResolution,
  traceText,
  wordSpans,
} from '../src/corpus/index.js'
import {paragraphs} from '../src/tree/access.js'
import {parseResolution} from '../src/parse/index.js'
import {buildSeedIndex, readDocument, root} from './helpers.js'

let folder = ''
let index = ''
beforeAll(() => {
  ;({folder, index} = buildSeedIndex('resdiff-damage-'))
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

  /** A copy of the index with SQL run on it, as a damaged disk could leave it (checksums not updated). */
  function edited(name: string, sql: string): string {
    const file = path.join(folder, `${name}.rdx`)
    writeFileSync(file, readFileSync(index))
    const db = new Database(file)
    expect(db.prepare(sql).run().changes, sql).toBeGreaterThan(0)
    db.close()
    return file
  }

  it('a changed or lost document row is damage, not a different answer', () => {
    for (const [name, sql] of [
      ['document-number', "UPDATE documents SET number = '9/9' WHERE number = '8/3'"],
      ['document-date', "UPDATE documents SET date = '2030-01-01' WHERE number = '8/3'"],
      ['document-lost', "DELETE FROM documents WHERE number = '8/3'"],
      ['document-blob', "UPDATE documents SET number = CAST(number AS BLOB) WHERE number = '8/3'"],
    ] as const) {
      const file = edited(name, sql)
      expect(() => traceDraft(file), name).toThrow(sentence(file))
    }
  })

  it('a changed paragraph row is damage, not a different answer', () => {
    for (const [name, sql] of [
      ['paragraph-label', "UPDATE paragraphs SET label = 'OP 99' WHERE label = 'PP 1'"],
      ['paragraph-text', 'UPDATE paragraphs SET text = text + 1 WHERE position = 3'],
      // A text become a blob of the same bytes (as one flipped bit in a record's header makes it).
      ['paragraph-blob', "UPDATE paragraphs SET section = CAST(section AS BLOB) WHERE section = 'operative'"],
    ] as const) {
      const file = edited(name, sql)
      expect(() => traceDraft(file), name).toThrow(sentence(file))
    }
  })

  it('a text table that lost its last rows, or a posting row read under another seed, is damage', () => {
    const lost = edited('texts-lost', 'DELETE FROM texts WHERE id > (SELECT max(id) - 20 FROM texts)')
    expect(() => traceDraft(lost)).toThrow(sentence(lost))
    // A posting row read under a seed of the draft that the index does not hold (its key damaged).
    const db = new Database(index, {readonly: true})
    const held = new Set(db.prepare('SELECT seed FROM seeds').pluck().all() as number[])
    db.close()
    const wanted = paragraphs(draft)
      .flatMap((paragraph) => [...seedsOf(wordSpans(paragraph.text, 'en').words)])
      .find((seed) => !held.has(seed))
    expect(wanted).toBeDefined()
    const moved = edited('seeds-moved', `UPDATE seeds SET seed = ${wanted} WHERE seed = (SELECT min(seed) FROM seeds)`)
    expect(() => traceDraft(moved)).toThrow(sentence(moved))
  })

  it('posting rows SQLite can no longer reach (a page of the seeds b-tree copied over another) are damage, not fewer votes', () => {
    // The pages of the seeds table's b-tree that hold rows (leaves), by SQLite's own map of the file.
    let db = new Database(index, {readonly: true})
    const pageSize = db.pragma('page_size', {simple: true}) as number
    const leaves = db
      .prepare("SELECT pageno FROM dbstat WHERE name = 'seeds' AND pagetype = 'leaf' ORDER BY pageno")
      .pluck()
      .all() as number[]
    db.close()
    expect(leaves.length).toBeGreaterThan(3)
    const bytes = readFileSync(index)
    const expected = traceSome(index)
    let refused = 0
    // Each leaf in turn overwritten by a copy of the first: its rows are there on disk, but no search reaches them.
    for (const leaf of leaves.slice(1)) {
      const file = path.join(folder, `seeds-page-${leaf}.rdx`)
      const damaged = Buffer.from(bytes)
      bytes.copy(damaged, (leaf - 1) * pageSize, (leaves[0]! - 1) * pageSize, leaves[0]! * pageSize)
      writeFileSync(file, damaged)
      let answer: string
      try {
        answer = traceSome(file)
      } catch (error) {
        expect(String(error)).toBe(`IndexError: ${sentence(file)}`)
        refused++
        continue
      }
      // A leaf none of whose seeds the draft holds changes nothing the trace reads.
      expect(answer === expected, `page ${leaf}: a different answer with no error`).toBe(true)
    }
    // The draft shares seeds with most of the corpus: most leaves hold some of them.
    expect(refused).toBeGreaterThan(leaves.length / 2)

    // The same loss made through SQL: every row of one seed of the draft, then one row of a seed with two.
    const held = new Set(paragraphs(draft).flatMap((paragraph) => [...seedsOf(wordSpans(paragraph.text, 'en').words)]))
    db = new Database(index, {readonly: true})
    const rare = (db.prepare('SELECT seed FROM seeds ORDER BY length(texts), seed').pluck().all() as number[]).find(
      (seed) => held.has(seed),
    )
    db.close()
    const lost = edited('seed-rows-lost', `DELETE FROM seeds WHERE seed = ${rare}`)
    expect(() => traceDraft(lost)).toThrow(sentence(lost))
    expect(() => checkIndexFile(lost)).toThrow(sentence(lost))
  })

  it("places SQLite's index can no longer find (its page garbled by a copy) are damage, not a text left out", () => {
    let db = new Database(index, {readonly: true})
    const pages = db.prepare('SELECT pageno FROM dbstat').pluck().all() as number[]
    const leaves = db
      .prepare("SELECT pageno FROM dbstat WHERE name = 'paragraphs_by_text' AND pagetype = 'leaf'")
      .pluck()
      .all() as number[]
    const pageSize = db.pragma('page_size', {simple: true}) as number
    db.close()
    expect(leaves.length).toBeGreaterThan(0)
    const bytes = readFileSync(index)
    const expected = traceDraft(index)
    const file = path.join(folder, 'places-garbled.rdx')
    let refused = 0
    // 512 bytes of every other page copied over two places in the index's leaves (as bench/hostile-damage.bench.js damages).
    for (const leaf of leaves)
      for (const from of pages.filter((page) => page !== leaf))
        for (const offset of [1024, 3072]) {
          const damaged = Buffer.from(bytes)
          const source = (from - 1) * pageSize + offset
          bytes.copy(damaged, (leaf - 1) * pageSize + offset, source, source + 512)
          writeFileSync(file, damaged)
          try {
            expect(traceDraft(file) === expected, `page ${from} at ${offset}: a different answer with no error`).toBe(
              true,
            )
          } catch (error) {
            if (!(error instanceof IndexError)) throw error
            expect(error.message).toBe(sentence(file))
            refused++
          }
        }
    expect(refused).toBeGreaterThan(10)

    // A text's count of places changed, or its row lost: damage for the trace and for index --check.
    for (const [name, sql] of [
      ['places-count', 'UPDATE text_places SET places = places + 1'],
      ['places-lost', 'DELETE FROM text_places'],
    ] as const) {
      const changed = edited(name, sql)
      expect(() => traceDraft(changed), name).toThrow(sentence(changed))
      expect(() => checkIndexFile(changed), name).toThrow(sentence(changed))
    }
    db = new Database(index, {readonly: true})
    expect(db.prepare('SELECT count(*) FROM text_places').pluck().get()).toBe(79)
    db.close()
  })

  it('a seed directory chunk SQLite cannot find, or one changed under its checksum, is damage', () => {
    const db = new Database(index, {readonly: true})
    const bits = Number(db.prepare("SELECT value FROM meta WHERE key = 'seedChunkBits'").pluck().get())
    db.close()
    expect(bits).toBeGreaterThanOrEqual(4)
    for (const [name, sql] of [
      ['chunks-lost', 'DELETE FROM seed_rows'],
      ['chunk-count', 'UPDATE seed_rows SET entries = substr(entries, 9) WHERE length(entries) > 8'],
      ['chunk-bits', "UPDATE meta SET value = CAST(value + 1 AS TEXT) WHERE key = 'seedChunkBits'"],
    ] as const) {
      const file = edited(name, sql)
      expect(() => traceDraft(file), name).toThrow(sentence(file))
      expect(() => checkIndexFile(file), name).toThrow(sentence(file))
    }
  })

  it('index --check reads the whole index: what a trace cannot see (rows lost with their index entries, postings moved) is found', () => {
    expect(checkIndexFile(index)).toEqual({documents: 2, paragraphs: 81, texts: 79, postingRows: expect.any(Number)})
    for (const [name, sql] of [
      ['check-paragraph-lost', 'DELETE FROM paragraphs WHERE position = 5'],
      ['check-seeds-moved', 'UPDATE seeds SET seed = seed + 1'],
      ['check-text-lost', 'DELETE FROM texts WHERE id = 7'],
      ['check-count', "UPDATE meta SET value = '3' WHERE key = 'documents'"],
    ] as const) {
      const file = edited(name, sql)
      expect(() => checkIndexFile(file), name).toThrow(sentence(file))
    }
    // The command: a sentence on stderr, exit 0 for a whole index and 2 for a damaged one.
    const cli = (file: string) =>
      spawnSync(process.execPath, [path.join(root, 'bin/resdiff.js'), 'index', '--check', file], {encoding: 'utf8'})
    const whole = cli(index)
    expect(whole.status, whole.stderr).toBe(0)
    expect(whole.stderr).toMatch(
      /^resdiff: \S+ is whole: 2 resolutions, 81 paragraphs, 79 texts and \d+ posting rows checked in [\d.]+ s\n$/u,
    )
    const lost = path.join(folder, 'check-paragraph-lost.rdx')
    expect(cli(lost)).toMatchObject({status: 2, stdout: '', stderr: `resdiff: ${sentence(lost)}\n`})
  })

  it('gives the same answer or one sentence, never a different answer or another error', () => {
    let seed = 15
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648
      return seed % n
    }
    const bytes = readFileSync(index)
    const expected = traceSome(index)
    const copy = path.join(folder, 'damaged.rdx')
    const outcomes = {same: 0, sentence: 0}
    for (let round = 0; round < 40; round++) {
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
      let answer: string
      try {
        answer = traceSome(copy)
      } catch (error) {
        expect(error, `round ${round}: ${String(error)}`).toBeInstanceOf(IndexError)
        expect((error as Error).message).toMatch(
          /^\S+: not a resdiff index$|is damaged \(or stale\)|older resdiff|another version/u,
        )
        outcomes.sentence++
        continue
      }
      expect(answer === expected, `round ${round}: a different answer with no error`).toBe(true)
      outcomes.same++
    }
    // Most damage is caught; the rest lands on bytes these passages never read (free space, other texts).
    expect(outcomes.sentence).toBeGreaterThan(15)
  })
})

const draft = parseResolution(readDocument('cop10draft'))
const before = draft.meta.adoptionDate ?? draft.meta.date!

/** Every fourth paragraph of the draft (a quarter of the time of the whole, for many rounds; bench/hostile-damage.bench.js traces the whole draft). */
function traceSome(file: string): string {
  const opened = CorpusIndex.open(file)
  try {
    const texts = paragraphs(draft)
      .filter((_, at) => at % 4 === 0)
      .map((paragraph) => traceText(opened, paragraph.text, 'en', {before}))
    return JSON.stringify(texts)
  } finally {
    opened.close()
  }
}

/** The tenth-session draft traced as the CLI traces it (only earlier documents count). */
function traceDraft(file: string): string {
  const opened = CorpusIndex.open(file)
  try {
    return JSON.stringify(traceResolution(opened, draft, {before}))
  } finally {
    opened.close()
  }
}
