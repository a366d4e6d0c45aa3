import type Database from 'better-sqlite3'
import {seedCrc} from './checksum.js'
import {decodePostings, postingCount} from './posting-codec.js'
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
 * postings (a boilerplate seed's later rows are never read), checked against the seed
 * directory: as many rows as it says (a seed read only up to the cap has its rows counted),
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
    // The count a row begins with (its checksum, checked when the ids are decoded, vouches for it).
    count += Math.max(0, postingCount(row[0]))
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
 * cut at `cap`: each row checked against its checksum and decoded (posting-codec.ts) no further
 * than the cap, every id strictly above the one before (within a row and where rows meet: a
 * later segment holds only texts stored after an earlier one's) and below `textLimit` (a
 * posting to a text past the table's last one means the texts table lost rows). The ids go into
 * `allocate(length)` (a new array by default; the worker reading ahead gives shared memory).
 */
export function joinPostings(
  seed: number,
  rows: ReadonlyArray<[Buffer, number, number]>,
  cap: number,
  textLimit: number,
  name: string,
  allocate: (length: number) => Uint32Array = (length) => new Uint32Array(length),
): {ids: Uint32Array; ascending: boolean} {
  let total = 0
  for (const [blob, crc, segment] of rows) {
    const count = postingCount(blob)
    if (count < 1 || count > blob.length || seedCrc(seed, segment, blob) !== crc) throw damaged(name)
    total += count
  }
  const ids = allocate(Math.min(total, cap))
  let at = 0
  let last = 0
  for (const [blob] of rows) {
    if (at >= ids.length) break
    const take = Math.min(postingCount(blob), ids.length - at)
    last = decodePostings(blob, ids, at, take, last)
    if (last < 0) throw damaged(name)
    at += take
  }
  if (last >= textLimit) throw damaged(name)
  return {ids, ascending: true}
}
