import {documentCrc, paragraphCrc, seedCrc, textCrc} from './checksum.js'
import {checkDirectory} from './directory.js'
import {decodeRow} from './posting-codec.js'
import {checkTextPlaces} from './text-places.js'
import {damaged, openDatabase, paragraphId, translateSqliteError} from './format.js'

/** What `resdiff index --check` looked at. */
export interface IndexCheck {
  documents: number
  paragraphs: number
  texts: number
  postingRows: number
}

/**
 * Check a whole index (`resdiff index --check`): SQLite's `PRAGMA integrity_check` (every
 * page, every b-tree's order, every index against its table), then every row against its
 * checksum, every document's paragraph count, every posting against the texts, the seed
 * directory against the posting rows, every text's count of places, and the counts in `meta`. Reads the whole file, so it costs about a second per 100 MB; a trace checks only
 * the rows it reads (docs/index.md, "Damage"). Throws the one sentence of a damaged index.
 */
export function checkIndexFile(file: string): IndexCheck {
  const db = openDatabase(file, true, 10_000)
  try {
    const problems = db.pragma('integrity_check') as Array<{integrity_check: string}>
    if (problems.length !== 1 || problems[0]!.integrity_check !== 'ok') throw damaged(file)
    const meta = new Map(db.prepare('SELECT key, value FROM meta').raw().all() as Array<[string, string]>)

    const counts = new Map<number, number>()
    let paragraphs = 0
    const held = new Set<number>()
    for (const row of db.prepare('SELECT * FROM paragraphs').iterate() as IterableIterator<Record<string, unknown>>) {
      const document = row['document'] as number
      if (paragraphCrc(row) !== row['crc'] || row['id'] !== paragraphId(document, row['position'] as number))
        throw damaged(file)
      counts.set(document, (counts.get(document) ?? 0) + 1)
      held.add(row['text'] as number)
      paragraphs++
    }
    let documents = 0
    for (const row of db.prepare('SELECT * FROM documents').iterate() as IterableIterator<Record<string, unknown>>) {
      if (documentCrc(row) !== row['crc'] || counts.get(row['id'] as number) !== row['paragraphs']) throw damaged(file)
      counts.delete(row['id'] as number)
      documents++
    }
    // Paragraphs of a document that is not there.
    if (counts.size > 0) throw damaged(file)

    const texts = new Set<number>()
    for (const [id, lang, text, crc] of db
      .prepare('SELECT id, lang, text, crc FROM texts')
      .raw()
      .iterate() as IterableIterator<[number, string, string, number]>) {
      if (typeof text !== 'string' || textCrc(id, lang, text) !== crc) throw damaged(file)
      texts.add(id)
    }
    for (const id of held) if (!texts.has(id)) throw damaged(file)

    let postingRows = 0
    for (const [seed, segment, blob, crc] of db
      .prepare('SELECT seed, segment, texts, crc FROM seeds')
      .raw()
      .iterate() as IterableIterator<[number, number, Buffer, number]>) {
      if (!Buffer.isBuffer(blob) || seedCrc(seed, segment, blob) !== crc) throw damaged(file)
      const ids = decodeRow(blob)
      if (!ids || ids.length === 0) throw damaged(file)
      for (let at = 0; at < ids.length; at++)
        if (!texts.has(ids[at]!) || (at > 0 && ids[at]! <= ids[at - 1]!)) throw damaged(file)
      postingRows++
    }
    checkDirectory(db, file)
    checkTextPlaces(db, file)

    if (
      Number(meta.get('documents')) !== documents ||
      Number(meta.get('paragraphs')) !== paragraphs ||
      Number(meta.get('texts')) !== held.size
    )
      throw damaged(file)
    return {documents, paragraphs, texts: texts.size, postingRows}
  } catch (error) {
    throw translateSqliteError(error, file)
  } finally {
    db.close()
  }
}
