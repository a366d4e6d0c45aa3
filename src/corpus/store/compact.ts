import type {Lang} from '../../tree/types.js'
import {seedSetOf, wordSpans} from '../words.js'
import {seedCrc} from './checksum.js'
import {damaged, type DB} from './format.js'
import {decodeRow, encodePostings} from './posting-codec.js'

/** What a compaction removed. */
export interface Compaction {
  /** Distinct texts no document held any more. */
  texts: number
  /** Postings (seed, text) removed with them. */
  postings: number
}

/**
 * Free pages, as a share of the file, above which `--add` gives them back to the file
 * system. Below it they are left for the next `--add` to fill (SQLite reuses them).
 */
export const freeShareToReclaim = 0.2

/**
 * Remove the texts among `candidates` that no paragraph holds any more (their documents
 * were replaced or removed): the text, its phrase row, and its id in every posting of its
 * seeds (a posting row left empty is deleted, and `onRowRemoved` told its seed). Without this, an
 * index that re-adds changed files keeps every old wording and its postings forever. Runs inside
 * the writer's transaction.
 */
export function removeDeadTexts(
  db: DB,
  candidates: ReadonlySet<number>,
  onRowRemoved: (seed: number) => void = () => {},
): Compaction {
  if (candidates.size === 0) return {texts: 0, postings: 0}
  const held = db.prepare('SELECT 1 FROM paragraphs WHERE text = ? LIMIT 1').pluck()
  const textOf = db.prepare('SELECT lang, text FROM texts WHERE id = ?')
  const deleteText = db.prepare('DELETE FROM texts WHERE id = ?')
  const deletePhrase = db.prepare('DELETE FROM phrases WHERE rowid = ?')
  const dead = new Set<number>()
  const seeds = new Set<number>()
  for (const id of [...candidates].sort((a, b) => a - b)) {
    if (held.get(id) !== undefined) continue
    const row = textOf.get(id) as {lang: Lang; text: string} | undefined
    if (!row) continue
    dead.add(id)
    for (const seed of seedSetOf(wordSpans(row.text, row.lang).words)) seeds.add(seed)
    deleteText.run(id)
    deletePhrase.run(id)
  }
  if (dead.size === 0) return {texts: 0, postings: 0}
  const rowsOf = db.prepare('SELECT segment, texts FROM seeds WHERE seed = ?').raw()
  const update = db.prepare('UPDATE seeds SET texts = ?, crc = ? WHERE seed = ? AND segment = ?')
  const remove = db.prepare('DELETE FROM seeds WHERE seed = ? AND segment = ?')
  let postings = 0
  for (const seed of [...seeds].sort((a, b) => a - b)) {
    for (const [segment, blob] of rowsOf.all(seed) as Array<[number, Buffer]>) {
      const ids = decodeRow(blob)
      // A row that does not decode is damage: the transaction is rolled back and the index left as it was.
      if (!ids) throw damaged(db.name)
      const kept = ids.filter((id) => !dead.has(id))
      if (kept.length === ids.length) continue
      postings += ids.length - kept.length
      if (kept.length === 0) {
        remove.run(seed, segment)
        onRowRemoved(seed)
      } else {
        const bytes = encodePostings(kept)
        update.run(bytes, seedCrc(seed, segment, bytes), seed, segment)
      }
    }
  }
  return {texts: dead.size, postings}
}

/**
 * After an `--add` has committed: when free pages pass `freeShareToReclaim` of the file,
 * give them back (an incremental vacuum, which moves pages from the end of the file into
 * the free ones and truncates it). Returns the pages given back.
 */
export function reclaimFreePages(db: DB): number {
  const pages = db.pragma('page_count', {simple: true}) as number
  const free = db.pragma('freelist_count', {simple: true}) as number
  if (pages === 0 || free / pages <= freeShareToReclaim) return 0
  if ((db.pragma('auto_vacuum', {simple: true}) as number) === 2) db.pragma('incremental_vacuum')
  else db.exec('VACUUM')
  return free
}
