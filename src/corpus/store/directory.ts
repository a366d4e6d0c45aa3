import {crc32} from 'node:zlib'
import {damaged, type DB} from './format.js'

/*
 * The seed directory (docs/index.md, "Damage"): for every seed, how many posting rows the
 * `seeds` table holds for it, kept in chunks of a dense range of keys (chunk = the seed's top
 * `bits` bits; every chunk is stored, an empty one too), each with a checksum of its key, the
 * bits and its bytes. SQLite finds nothing wrong when a damaged b-tree page (a page copied over
 * another, a garbled pointer) leaves posting rows unreachable: a look-up simply finds fewer rows.
 * The directory says how many there are, so a look-up that finds fewer (none at all included) is
 * damage; and a chunk row that is itself unreachable is missing from a range where every key
 * exists, which is damage too. A build writes the directory from the table it has just written;
 * `--add` changes only the chunks of the seeds whose rows it adds or removes.
 */

/** Chunk rows are few and small: about this many seeds each at a build. */
const seedsPerChunk = 256

/** The bits of a seed that name its chunk, for an index of about `rows` posting rows (each seed has one or more). */
export function chunkBitsFor(rows: number): number {
  return Math.min(16, Math.max(4, Math.ceil(Math.log2(Math.max(1, rows / seedsPerChunk)))))
}

const chunkOf = (seed: number, bits: number): number => seed >>> (32 - bits)

/** A chunk's checksum: its key and the bits (a damaged `seedChunkBits` reads every chunk as another), then its entries. */
export function chunkCrc(chunk: number, bits: number, entries: Uint8Array): number {
  return crc32(entries, crc32(`${chunk};${bits};`))
}

/** Entries as stored: (seed, rows) pairs of little-endian uint32, ascending by seed. */
function encode(entries: ReadonlyArray<readonly [number, number]>): Buffer {
  const values = new Uint32Array(entries.length * 2)
  entries.forEach(([seed, rows], at) => {
    values[at * 2] = seed
    values[at * 2 + 1] = rows
  })
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength)
}

function decode(blob: Buffer): Uint32Array {
  const copy = new Uint32Array(blob.length / 4)
  new Uint8Array(copy.buffer).set(blob)
  return copy
}

/**
 * Write the whole directory from the `seeds` table (a build, in its own transaction: the table is
 * as this writer wrote it). Streams the table's keys in order, one chunk in memory at a time.
 */
export function writeDirectory(db: DB, bits: number): void {
  db.exec('DELETE FROM seed_rows')
  db.prepare(
    "INSERT INTO meta(key, value) VALUES ('seedChunkBits', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
  ).run(String(bits))
  const insert = db.prepare('INSERT INTO seed_rows(chunk, entries, crc) VALUES (?, ?, ?)')
  const write = (chunk: number, entries: Array<[number, number]>): void => {
    const blob = encode(entries)
    insert.run(chunk, blob, chunkCrc(chunk, bits, blob))
  }
  const counts = countsByChunk(db, bits)
  for (let chunk = 0; chunk < 2 ** bits; chunk++) write(chunk, counts(chunk))
}

/**
 * The posting rows of each seed of a chunk, as the `seeds` table holds them (a query per chunk:
 * one chunk in memory at a time, and the connection free between them for writes).
 */
function countsByChunk(db: DB, bits: number): (chunk: number) => Array<[number, number]> {
  const statement = db
    .prepare('SELECT seed, count(*) FROM seeds WHERE seed >= ? AND seed < ? GROUP BY seed ORDER BY seed')
    .raw()
  const width = 2 ** (32 - bits)
  return (chunk) => statement.all(chunk * width, (chunk + 1) * width) as Array<[number, number]>
}

/** The chunk bits an index records (checked by every chunk's checksum). */
export function recordedBits(db: DB, name: string): number {
  const bits = Number(db.prepare("SELECT value FROM meta WHERE key = 'seedChunkBits'").pluck().get())
  if (!Number.isInteger(bits) || bits < 1 || bits > 24) throw damaged(name)
  return bits
}

/**
 * Apply an `--add`'s changes (seed → rows added, negative for rows removed) to the chunks they
 * fall in: each chunk is read and checked, changed and written back. A chunk that is missing or
 * fails its checksum, or a count that would fall below zero, is damage.
 */
export function updateDirectory(db: DB, name: string, changes: ReadonlyMap<number, number>): void {
  if (changes.size === 0) return
  const bits = recordedBits(db, name)
  const read = db.prepare('SELECT entries, crc FROM seed_rows WHERE chunk = ?').raw()
  const update = db.prepare('UPDATE seed_rows SET entries = ?, crc = ? WHERE chunk = ?')
  const byChunk = new Map<number, Array<[number, number]>>()
  for (const [seed, change] of changes) {
    const chunk = chunkOf(seed, bits)
    let list = byChunk.get(chunk)
    if (!list) byChunk.set(chunk, (list = []))
    list.push([seed, change])
  }
  for (const [chunk, list] of byChunk) {
    const row = read.get(chunk) as [Buffer, number] | undefined
    if (!row || !Buffer.isBuffer(row[0]) || row[0].length % 8 !== 0 || chunkCrc(chunk, bits, row[0]) !== row[1])
      throw damaged(name)
    const values = decode(row[0])
    const counts = new Map<number, number>()
    for (let at = 0; at < values.length; at += 2) counts.set(values[at]!, values[at + 1]!)
    for (const [seed, change] of list) {
      const rows = (counts.get(seed) ?? 0) + change
      if (rows < 0) throw damaged(name)
      if (rows === 0) counts.delete(seed)
      else counts.set(seed, rows)
    }
    const blob = encode([...counts].sort((a, b) => a[0] - b[0]))
    update.run(blob, chunkCrc(chunk, bits, blob), chunk)
  }
}

/** The directory as a trace reads it: a chunk when first needed, checked, then kept. */
export class SeedDirectory {
  private readonly chunks = new Map<number, Uint32Array>()
  private readonly statement

  constructor(
    db: DB,
    private readonly name: string,
    private readonly bits: number,
  ) {
    this.statement = db.prepare('SELECT entries, crc FROM seed_rows WHERE chunk = ?').raw()
  }

  /** How many posting rows the index holds for a seed (0: none). */
  rowsOf(seed: number): number {
    const chunk = chunkOf(seed, this.bits)
    let values = this.chunks.get(chunk)
    if (!values) {
      const row = this.statement.get(chunk) as [Buffer, number] | undefined
      // Every chunk is stored: one SQLite cannot find is a damaged b-tree.
      if (!row || !Buffer.isBuffer(row[0]) || row[0].length % 8 !== 0 || chunkCrc(chunk, this.bits, row[0]) !== row[1])
        throw damaged(this.name)
      values = decode(row[0])
      this.chunks.set(chunk, values)
    }
    let low = 0
    let high = values.length / 2
    while (low < high) {
      const middle = (low + high) >>> 1
      if (values[middle * 2]! < seed) low = middle + 1
      else high = middle
    }
    return low < values.length / 2 && values[low * 2] === seed ? values[low * 2 + 1]! : 0
  }
}

/** Check the whole directory against the `seeds` table (`index --check`): every chunk there and intact, every count right. */
export function checkDirectory(db: DB, name: string): void {
  const bits = recordedBits(db, name)
  const read = db.prepare('SELECT entries, crc FROM seed_rows WHERE chunk = ?').raw()
  const counts = countsByChunk(db, bits)
  for (let chunk = 0; chunk < 2 ** bits; chunk++) {
    const row = read.get(chunk) as [Buffer, number] | undefined
    if (!row || !Buffer.isBuffer(row[0]) || row[0].length % 8 !== 0 || chunkCrc(chunk, bits, row[0]) !== row[1])
      throw damaged(name)
    const values = decode(row[0])
    const held = counts(chunk)
    if (held.length * 2 !== values.length) throw damaged(name)
    held.forEach(([seed, rows], at) => {
      if (values[at * 2] !== seed || values[at * 2 + 1] !== rows) throw damaged(name)
    })
  }
  // No chunk past the range.
  if ((db.prepare('SELECT count(*) FROM seed_rows').pluck().get() as number) !== 2 ** bits) throw damaged(name)
}
