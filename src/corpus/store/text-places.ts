import {crc32} from 'node:zlib'
import {damaged, type DB} from './format.js'
import type {PlaceCheckQueue} from './place-checks.js'

/*
 * How many paragraphs hold each text (`text_places`, docs/index.md, "Damage"): one row per
 * text, with a checksum of its id and count. A trace finds a text's places through SQLite's
 * index on (text, date); a damaged page of that index (entries garbled or copied over) makes
 * places vanish without an error, and a text whose earlier places vanished drops out of the
 * answers. A trace compares what the index holds for a text with this count wherever a lost
 * place would change its answer: a candidate with no earlier place, and every match it reports.
 */

export function placesCrc(text: number, places: number): number {
  return crc32(`${text};${places};`)
}

/** Texts counted per query while a build writes the table (a range of ids at a time, so the connection stays free for writes). */
const idsPerQuery = 65_536

/** Write every text's count from the paragraphs (a build, in its own transaction: the table is as this writer wrote it). */
export function writeTextPlaces(db: DB): void {
  db.exec('DELETE FROM text_places')
  const last = (db.prepare('SELECT max(id) FROM texts').pluck().get() as number | null) ?? 0
  const counts = db.prepare('SELECT text, count(*) FROM paragraphs WHERE text >= ? AND text < ? GROUP BY text').raw()
  const insert = db.prepare('INSERT INTO text_places(text, places, crc) VALUES (?, ?, ?)')
  for (let from = 0; from <= last; from += idsPerQuery)
    for (const [text, places] of counts.all(from, from + idsPerQuery) as Array<[number, number]>)
      insert.run(text, places, placesCrc(text, places))
}

/**
 * Apply an `--add`'s changes (text → paragraphs added, negative for removed): each row read and
 * checked, changed, and deleted when no paragraph holds the text any more (compaction removed it).
 */
export function updateTextPlaces(db: DB, name: string, changes: ReadonlyMap<number, number>): void {
  const read = db.prepare('SELECT places, crc FROM text_places WHERE text = ?').raw()
  const write = db.prepare(
    'INSERT INTO text_places(text, places, crc) VALUES (?, ?, ?) ON CONFLICT(text) DO UPDATE SET places = excluded.places, crc = excluded.crc',
  )
  const remove = db.prepare('DELETE FROM text_places WHERE text = ?')
  for (const [text, change] of changes) {
    if (change === 0) continue
    const row = read.get(text) as [number, number] | undefined
    if (row && placesCrc(text, row[0]) !== row[1]) throw damaged(name)
    const places = (row?.[0] ?? 0) + change
    if (places < 0) throw damaged(name)
    if (places === 0) remove.run(text)
    else write.run(text, places, placesCrc(text, places))
  }
}

/**
 * The counts as a trace reads them, against the index SQLite searches. A trace notes each text
 * whose places must all be found (`note`); the counts are compared when its read ends (`settle`),
 * by the worker reading its postings ahead when there is one (place-checks.ts).
 */
export class PlaceCounts {
  private readonly stored
  private readonly indexed
  private readonly noted = new Set<number>()
  private pending: number[] = []
  private queue: PlaceCheckQueue | undefined

  constructor(
    db: DB,
    private readonly name: string,
  ) {
    this.stored = db.prepare('SELECT places, crc FROM text_places WHERE text = ?').raw()
    // Counted from the index on (text, newness, document) alone: the index a trace's place queries search.
    this.indexed = db.prepare('SELECT count(*) FROM paragraphs INDEXED BY paragraphs_by_text WHERE text = ?').pluck()
  }

  /** Are all of a text's places where the index finds them: as many entries as its checked count? */
  intact(text: number): boolean {
    const row = this.stored.get(text) as [number, number] | undefined
    // Every text has its row: one SQLite cannot find is damage too.
    return row !== undefined && placesCrc(text, row[0]) === row[1] && this.indexed.get(text) === row[0]
  }

  /** A text whose places the answer relies on: compared by the end of the read (settle). */
  note(text: number): void {
    if (this.noted.has(text)) return
    this.noted.add(text)
    if (!this.queue?.add(text)) this.pending.push(text)
  }

  /** Have a worker compare the texts noted from now on (until the next settle). */
  share(queue: PlaceCheckQueue): void {
    this.queue = queue
  }

  /** Every text noted compared (by the worker, or here): damage is an error, and the texts noted are noted anew after it. */
  settle(): void {
    const queue = this.queue
    this.queue = undefined
    let left = this.pending
    this.pending = []
    try {
      if (queue) {
        const shared = queue.close((text) => this.intact(text))
        if (shared.damaged) throw damaged(this.name)
        left = [...shared.left, ...left]
      }
      for (const text of left) if (!this.intact(text)) throw damaged(this.name)
    } catch (error) {
      this.noted.clear()
      throw error
    }
  }
}

/** Check the whole table against the paragraphs (`index --check`). */
export function checkTextPlaces(db: DB, name: string): void {
  const counts = new Map<number, number>()
  for (const [text, places] of db
    .prepare('SELECT text, count(*) FROM paragraphs NOT INDEXED GROUP BY text')
    .raw()
    .all() as Array<[number, number]>)
    counts.set(text, places)
  let rows = 0
  for (const [text, places, crc] of db.prepare('SELECT text, places, crc FROM text_places').raw().all() as Array<
    [number, number, number]
  >) {
    if (placesCrc(text, places) !== crc || counts.get(text) !== places) throw damaged(name)
    rows++
  }
  if (rows !== counts.size) throw damaged(name)
}
