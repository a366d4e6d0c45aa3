import {seedCrc} from './checksum.js'
import type {DB} from './format.js'
import {encodePostings} from './posting-codec.js'

/*
 * A build's postings, one row per seed (docs/index.md, "The index file"). A build holds a few
 * million (seed, text) pairs in memory at a time and writes them out sorted, a segment at a time;
 * a seed then has a row in every segment (16 at 100,000 resolutions), and a trace pays SQLite's
 * cost of a row (about 3 µs, more than reading its bytes) sixteen times per seed. So a fresh build
 * with more than one segment keeps them in a temporary table (SQLite's temporary file, gone when
 * the connection closes, even after a kill) and, at the end, writes each seed's ids as one list
 * into `seeds`: in rows of at most `idsPerRow` ids (a boilerplate seed's first row then holds
 * every id a trace reads of it), numbered 1, 2, … as segments.
 */

/** Ids in one posting row written by a build's merge: more than a trace reads of a seed (postings.ts). */
export const idsPerRow = 65_536

/** Seeds merged per query: the seed space is walked in this many ranges, one range in memory at a time. */
const ranges = 2 ** 12

/** The temporary table holding a build's segments until they are merged. */
export const pendingTable = 'temp.pending_seeds'

export function createPending(db: DB): void {
  db.exec(
    `CREATE TABLE IF NOT EXISTS ${pendingTable}(seed INTEGER NOT NULL, segment INTEGER NOT NULL, texts BLOB NOT NULL, PRIMARY KEY(seed, segment)) WITHOUT ROWID`,
  )
}

/**
 * Write every seed of the pending segments (ids as little-endian uint32, ascending, later
 * segments holding later texts) into `seeds` as one list each, and drop the pending table.
 * Calls `onRow` for every row written. Runs inside the build's transaction.
 */
export function mergePending(db: DB, onRow: (seed: number) => void): void {
  const select = db
    .prepare(`SELECT seed, texts FROM ${pendingTable} WHERE seed >= ? AND seed < ? ORDER BY seed, segment`)
    .raw()
  const insert = db.prepare('INSERT INTO seeds(seed, segment, texts, crc) VALUES (?,?,?,?)')
  const width = 2 ** 32 / ranges
  const write = (seed: number, parts: Buffer[]): void => {
    const ids = joinParts(parts)
    for (let from = 0, segment = 1; from < ids.length; from += idsPerRow, segment++) {
      const blob = encodePostings(ids.subarray(from, from + idsPerRow))
      insert.run(seed, segment, blob, seedCrc(seed, segment, blob))
      onRow(seed)
    }
  }
  for (let range = 0; range < ranges; range++) {
    const rows = select.all(range * width, (range + 1) * width) as Array<[number, Buffer]>
    let from = 0
    while (from < rows.length) {
      const seed = rows[from]![0]
      let to = from + 1
      while (to < rows.length && rows[to]![0] === seed) to++
      write(
        seed,
        rows.slice(from, to).map((row) => row[1]),
      )
      from = to
    }
  }
  db.exec(`DROP TABLE ${pendingTable}`)
}

function joinParts(parts: readonly Buffer[]): Uint32Array {
  let total = 0
  for (const part of parts) total += part.length / 4
  const ids = new Uint32Array(total)
  const bytes = new Uint8Array(ids.buffer)
  let at = 0
  for (const part of parts) {
    bytes.set(part, at)
    at += part.length
  }
  return ids
}
