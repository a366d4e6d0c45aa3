import type Database from 'better-sqlite3'
import {seedCrc} from './checksum.js'
import type {SeedDirectory} from './directory.js'
import {damaged, type DB} from './format.js'

/** Postings read per seed at most: a seed held by more texts is boilerplate, and its first texts (in index order) stand for the rest. */
export const postingCap = 50_000

/** Bytes of an index read through a memory map (the rest, if any, through read(2)): a trace reads many postings. */
export const mmapBytes = 2 ** 31

/** The statements reading a seed's posting rows (in order of segment) and counting its segments. */
export function postingStatements(db: DB): {rows: Database.Statement; segments: Database.Statement} {
  return {
    rows: db.prepare('SELECT texts, crc, segment FROM seeds WHERE seed = ? ORDER BY segment').raw(),
    segments: db.prepare('SELECT count(DISTINCT segment) FROM seeds WHERE seed = ?').pluck(),
  }
}

/**
 * A seed's posting rows (blob, checksum, segment), segments in order and no further than `cap`
 * postings (a boilerplate seed's later segments are never read), checked against the seed
 * directory: as many rows as it says (a seed read only up to the cap has its segments counted),
 * in strictly ascending order of segment. Fewer rows (none included) are rows SQLite can no
 * longer reach; rows out of order, a damaged b-tree repeating them.
 */
export function readPostingRows(
  seed: number,
  rowsOf: Database.Statement,
  segmentsOf: Database.Statement,
  directory: SeedDirectory,
  cap: number,
  name: string,
): Array<[Buffer, number, number]> {
  const read: Array<[Buffer, number, number]> = []
  let count = 0
  let capped = false
  for (const row of rowsOf.iterate(seed) as IterableIterator<[Buffer, number, number]>) {
    if (!Buffer.isBuffer(row[0])) throw damaged(name)
    if (read.length > 0 && row[2] <= read[read.length - 1]![2]) throw damaged(name)
    read.push(row)
    count += row[0].length / 4
    if (count >= cap) {
      capped = true
      break
    }
  }
  const found = capped ? (segmentsOf.get(seed) as number) : read.length
  if (found !== directory.rowsOf(seed)) throw damaged(name)
  return read
}

/**
 * A seed's posting rows (blob, checksum, segment; segments in order) as one list of text ids,
 * cut at `cap`: each row checked against its checksum, every id below `textLimit` (a posting to
 * a text past the table's last one means the texts table lost rows), and whether the list is in
 * strictly ascending order, as the index writes it (within a row the checksum vouches for it).
 */
export function joinPostings(
  seed: number,
  rows: ReadonlyArray<[Buffer, number, number]>,
  cap: number,
  textLimit: number,
  name: string,
): {ids: Uint32Array; ascending: boolean} {
  let total = 0
  for (const [blob, crc, segment] of rows) {
    if (blob.length % 4 !== 0 || seedCrc(seed, segment, blob) !== crc) throw damaged(name)
    total += blob.length / 4
  }
  let ids: Uint32Array
  const [first] = rows
  if (rows.length === 1 && total <= cap && first![0].byteOffset % 4 === 0)
    // One segment, aligned: its bytes are the list (no second copy for the collector).
    ids = new Uint32Array(first![0].buffer, first![0].byteOffset, total)
  else {
    ids = new Uint32Array(Math.min(total, cap))
    const bytes = new Uint8Array(ids.buffer)
    let at = 0
    for (const [blob] of rows) {
      if (at >= ids.length) break
      const take = Math.min(blob.length / 4, ids.length - at)
      bytes.set(blob.subarray(0, take * 4), at * 4)
      at += take
    }
  }
  // A row that passed its checksum is as the writer wrote it, in strictly ascending order, and a
  // later segment holds only texts stored after an earlier one's: the order is checked where the
  // rows meet, and the last id against the table (a posting past its last text means the texts
  // table lost rows). Only a list that is not in order is read id by id.
  let ascending = true
  let at = 0
  for (const [blob] of rows) {
    if (at >= ids.length) break
    if (at > 0 && ids[at]! <= ids[at - 1]!) ascending = false
    at += blob.length / 4
  }
  if (ascending) {
    if (ids.length > 0 && ids[ids.length - 1]! >= textLimit) throw damaged(name)
  } else
    for (let at = 0; at < ids.length; at++) {
      if (ids[at]! >= textLimit) throw damaged(name)
    }
  return {ids, ascending}
}
