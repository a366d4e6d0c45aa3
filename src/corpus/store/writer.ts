import path from 'node:path'
import type {Lang} from '../../tree/types.js'
import type {DocumentDigest} from '../digest.js'
import {parserFingerprint} from '../fingerprint.js'
import {seedSetOf, seedSize, wordSpans} from '../words.js'
import {documentCrc, paragraphCrc, seedCrc, textCrc} from './checksum.js'
import {removeDeadTexts, type Compaction} from './compact.js'
import {createPending, mergePending, pendingTable} from './merge.js'
import {encodePostings} from './posting-codec.js'
import {chunkBitsFor, updateDirectory, writeDirectory} from './directory.js'
import {updateTextPlaces, writeTextPlaces} from './text-places.js'
import {recordFolderStamps} from './folders.js'
import {unreadableFiles} from './unreadable.js'
import type {FolderStamp} from '../walk.js'
import {
  applicationId,
  indexSchema,
  newnessOf,
  paragraphId,
  positionsPerDocument,
  schemaSql,
  textKey,
  userVersion,
  type DB,
  type FileStamp,
} from './format.js'

/** Pairs (seed, text) held in memory before they are written as a segment: bounds build memory. */
const flushPairs = 4_000_000

export interface WriterOptions {
  /** Pairs held in memory before a segment is written (default 4 million; a test writes many small segments). */
  flushPairs?: number
}
/**
 * Writes documents into an index database. Paragraph texts are stored once per distinct
 * text; a new text's seeds are held in memory and written as a segment every few million
 * pairs, so memory stays bounded however large the corpus.
 */
export class IndexWriter {
  private readonly db: DB
  private readonly statements
  private segment: number
  private segmentBase: number
  private nextText: number
  private seedBuffer = new Uint32Array(1 << 16)
  private idBuffer = new Uint32Array(1 << 16)
  private pairs = 0
  /** Texts of documents removed or replaced: dead once no paragraph holds them. */
  private readonly orphans = new Set<number>()
  /** What the last `finish` removed. */
  compaction: Compaction = {texts: 0, postings: 0}
  /** A new index: its seed directory is written whole at the end, from the table. */
  private readonly fresh: boolean
  /** A fresh build's segments wait in a temporary table, to be merged into one row per seed (store/merge.ts). */
  private pending = false
  /** Posting rows written by this writer. */
  private rowsWritten = 0
  /** An `--add`'s changes to the seed directory: seed → rows added (negative: removed). */
  private readonly directoryChanges = new Map<number, number>()
  /** An `--add`'s changes to the texts' counts of places: text → paragraphs added (negative: removed). */
  private readonly placeChanges = new Map<number, number>()

  private readonly flushPairs: number

  constructor(db: DB, options: WriterOptions = {}) {
    this.db = db
    this.flushPairs = options.flushPairs ?? flushPairs
    this.statements = {
      documentByPath: db.prepare('SELECT id, sha256 FROM documents WHERE path = ?'),
      insertDocument: db.prepare(
        'INSERT INTO documents(id, file, path, resolution, sha256, size, mtime_ms, lang, symbol, number, session, date, body, stage, title, paragraphs, crc) VALUES (:id, :file, :path, :resolution, :sha256, :size, :mtime_ms, :lang, :symbol, :number, :session, :date, :body, :stage, :title, :paragraphs, :crc)',
      ),
      lastDocument: db.prepare('SELECT max(id) FROM documents').pluck(),
      deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
      deleteParagraphs: db.prepare('DELETE FROM paragraphs WHERE id >= ? AND id < ?'),
      textsOf: db.prepare('SELECT DISTINCT text FROM paragraphs WHERE id >= ? AND id < ?').pluck(),
      paragraphTexts: db.prepare('SELECT text FROM paragraphs WHERE id >= ? AND id < ?').pluck(),
      textsByKey: db.prepare('SELECT id, lang, text FROM texts WHERE key = ?'),
      insertText: db.prepare('INSERT INTO texts(id, lang, key, text, crc) VALUES (?,?,?,?,?)'),
      insertPhrase: db.prepare('INSERT INTO phrases(rowid, words) VALUES (?, ?)'),
      insertParagraph: db.prepare(
        'INSERT INTO paragraphs(id, document, position, eid, label, section, leading_phrase, text, newness, crc) VALUES (:id, :document, :position, :eid, :label, :section, :leading_phrase, :text, :newness, :crc)',
      ),
      insertSeeds: db.prepare('INSERT INTO seeds(seed, segment, texts, crc) VALUES (?,?,?,?)'),
      // Prepared once the table exists.
      insertPending: lazy(() => db.prepare(`INSERT INTO ${pendingTable}(seed, segment, texts) VALUES (?,?,?)`)),
      setMeta: db.prepare(
        'INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
    }
    this.segment = ((db.prepare('SELECT max(segment) FROM seeds').pluck().get() as number | null) ?? 0) + 1
    this.nextText = ((db.prepare('SELECT max(id) FROM texts').pluck().get() as number | null) ?? 0) + 1
    this.segmentBase = this.nextText
    this.fresh = db.prepare('SELECT count(*) FROM seed_rows').pluck().get() === 0
  }

  private changePlaces(text: number, change: number): void {
    if (!this.fresh) this.placeChanges.set(text, (this.placeChanges.get(text) ?? 0) + change)
  }

  private changeDirectory(seed: number, change: number): void {
    if (!this.fresh) this.directoryChanges.set(seed, (this.directoryChanges.get(seed) ?? 0) + change)
  }

  /** Create the tables of an empty index. */
  static initialise(db: DB): void {
    db.pragma(`application_id = ${applicationId}`)
    db.pragma(`user_version = ${userVersion}`)
    db.exec(schemaSql)
    const setMeta = db.prepare('INSERT INTO meta(key, value) VALUES (?, ?)')
    setMeta.run('schema', indexSchema)
    setMeta.run('parser', parserFingerprint())
    setMeta.run('seedSize', String(seedSize))
    setMeta.run('seedHash', 'fnv1a-32 of the words joined by one space')
  }

  /**
   * Remember the folders a build or `--add` walked (absolute; with those already recorded), so a
   * later trace can name files added to them since.
   */
  addFolders(folders: readonly string[]): void {
    const recorded = this.db.prepare("SELECT value FROM meta WHERE key = 'folders'").pluck().get()
    let known: string[] = []
    try {
      const parsed: unknown = typeof recorded === 'string' ? JSON.parse(recorded) : []
      if (Array.isArray(parsed)) known = parsed.filter((folder): folder is string => typeof folder === 'string')
    } catch {
      // An unreadable list is replaced.
    }
    const all = [...new Set([...known, ...folders.map((folder) => path.resolve(folder))])].sort()
    this.statements.setMeta.run('folders', JSON.stringify(all))
  }

  /** Remember the times of the folders this build or `--add` looked at (store/folders.ts). */
  recordFolderStamps(stamps: ReadonlyMap<string, FolderStamp>): void {
    recordFolderStamps(this.db, stamps)
  }

  /**
   * Remember the files of this build or `--add` that could not be read as a resolution (absolute
   * path, size and time), with those recorded before that are not `indexed` now, so a trace does
   * not name them as files added to the folders since: they are, until their bytes change.
   */
  recordUnreadable(failed: readonly FileStamp[], indexed: readonly string[]): void {
    const known = unreadableFiles(this.db.prepare("SELECT value FROM meta WHERE key = 'unreadable'").pluck().get())
    for (const file of indexed) known.delete(file)
    for (const stamp of failed) known.set(stamp.path, [stamp.size, stamp.mtimeMs])
    this.statements.setMeta.run('unreadable', JSON.stringify(Object.fromEntries([...known].sort())))
  }

  /** A document stored for this path, if any (a printed volume is stored as one document per resolution). */
  known(filePath: string): {id: number; sha256: string} | undefined {
    return this.statements.documentByPath.get(filePath) as {id: number; sha256: string} | undefined
  }

  remove(documentId: number): void {
    const range = [paragraphId(documentId, 0), paragraphId(documentId + 1, 0)]
    for (const id of this.statements.textsOf.all(...range) as number[]) this.orphans.add(id)
    if (!this.fresh)
      for (const id of this.statements.paragraphTexts.all(...range) as number[]) this.changePlaces(id, -1)
    this.statements.deleteParagraphs.run(...range)
    this.statements.deleteDocument.run(documentId)
  }

  add(digest: DocumentDigest, stamp: FileStamp): void {
    this.addFile([digest], stamp)
  }

  /**
   * Store what one file holds: one digest, or one per resolution of a printed volume (each
   * names its `resolution`). Whatever the index held for the path before is replaced.
   */
  addFile(digests: readonly DocumentDigest[], stamp: FileStamp): void {
    for (const previous of this.statements.documentByPath.all(stamp.path) as Array<{id: number}>)
      this.remove(previous.id)
    for (const digest of digests) this.insert(digest, stamp)
  }

  private insert(digest: DocumentDigest, stamp: FileStamp): void {
    const {document} = digest
    const documentId = ((this.statements.lastDocument.get() as number | null) ?? 0) + 1
    const row = {
      id: documentId,
      file: document.file,
      path: stamp.path,
      resolution: document.resolution ?? null,
      sha256: document.sha256,
      size: stamp.size,
      mtime_ms: stamp.mtimeMs,
      lang: document.lang,
      symbol: document.symbol ?? null,
      number: document.number ?? null,
      session: document.session ?? null,
      date: document.date ?? null,
      body: document.body ?? null,
      stage: document.stage,
      title: document.title ?? null,
      paragraphs: digest.paragraphs.length,
    }
    this.statements.insertDocument.run({...row, crc: documentCrc(row)})
    const newness = newnessOf(document)
    if (digest.paragraphs.length >= positionsPerDocument)
      throw new Error(`${document.file}: more than ${positionsPerDocument - 1} paragraphs`)
    digest.paragraphs.forEach((paragraph, position) => {
      const paragraphRow = {
        document: documentId,
        position,
        eid: paragraph.eId,
        label: paragraph.label,
        section: paragraph.section,
        leading_phrase: paragraph.leadingPhrase ?? null,
        text: this.textId(document.lang, paragraph.text),
        newness,
      }
      this.changePlaces(paragraphRow.text, 1)
      this.statements.insertParagraph.run({
        ...paragraphRow,
        id: paragraphId(documentId, position),
        crc: paragraphCrc(paragraphRow),
      })
    })
  }

  private textId(lang: Lang, text: string): number {
    const key = textKey(lang, text)
    for (const row of this.statements.textsByKey.all(key) as Array<{id: number; lang: string; text: string}>) {
      if (row.lang === lang && row.text === text) return row.id
    }
    const id = this.nextText++
    const {words} = wordSpans(text, lang)
    this.statements.insertText.run(id, lang, key, text, textCrc(id, lang, text))
    this.statements.insertPhrase.run(id, words.join(' '))
    this.post(seedSetOf(words), id)
    return id
  }

  private post(seeds: Set<number>, id: number): void {
    if (this.pairs + seeds.size > this.seedBuffer.length) {
      const grown = Math.max(this.seedBuffer.length * 2, this.pairs + seeds.size)
      const seedBuffer = new Uint32Array(grown)
      seedBuffer.set(this.seedBuffer.subarray(0, this.pairs))
      this.seedBuffer = seedBuffer
      const idBuffer = new Uint32Array(grown)
      idBuffer.set(this.idBuffer.subarray(0, this.pairs))
      this.idBuffer = idBuffer
    }
    for (const seed of seeds) {
      this.seedBuffer[this.pairs] = seed
      this.idBuffer[this.pairs] = id
      this.pairs++
    }
    // Seed and text share one float64 while sorting: the text's offset in the segment must fit 21 bits.
    if (this.pairs >= this.flushPairs || this.nextText - this.segmentBase >= (1 << 21) - 1) this.flush(false)
  }

  /**
   * Write the postings held in memory as one segment: into `seeds` (ids coded as posting-codec.ts
   * says), or, in a fresh build that is not done (`last` false) or has written segments before,
   * into the pending table that `finish` merges into one row per seed (store/merge.ts).
   */
  private flush(last: boolean): void {
    if (this.pairs === 0) return
    const pending = this.fresh && (!last || this.pending)
    if (pending && !this.pending) {
      createPending(this.db)
      this.pending = true
    }
    const insert = pending ? this.statements.insertPending() : this.statements.insertSeeds
    const scale = 2 ** 21
    const keys = new Float64Array(this.pairs)
    for (let index = 0; index < this.pairs; index++)
      keys[index] = this.seedBuffer[index]! * scale + (this.idBuffer[index]! - this.segmentBase)
    keys.sort()
    let from = 0
    const ids = new Uint32Array(this.pairs)
    for (let index = 0; index < keys.length; index++) ids[index] = (keys[index]! % scale) + this.segmentBase
    while (from < keys.length) {
      const seed = Math.floor(keys[from]! / scale)
      let to = from + 1
      while (to < keys.length && Math.floor(keys[to]! / scale) === seed) to++
      if (pending) insert.run(seed, this.segment, Buffer.from(ids.buffer, from * 4, (to - from) * 4))
      else {
        const blob = encodePostings(ids.subarray(from, to))
        insert.run(seed, this.segment, blob, seedCrc(seed, this.segment, blob))
        this.rowsWritten++
        this.changeDirectory(seed, 1)
      }
      from = to
    }
    this.segment++
    this.segmentBase = this.nextText
    this.pairs = 0
    if (this.seedBuffer.length > this.flushPairs * 2) {
      this.seedBuffer = new Uint32Array(1 << 16)
      this.idBuffer = new Uint32Array(1 << 16)
    }
  }

  /** Flush, remove the texts no document holds any more (with their postings and phrases), and record the counts. */
  finish(): void {
    this.flush(true)
    if (this.pending) {
      mergePending(this.db, () => this.rowsWritten++)
      this.pending = false
    }
    this.compaction = removeDeadTexts(this.db, this.orphans, (seed) => this.changeDirectory(seed, -1))
    this.orphans.clear()
    if (this.fresh) writeDirectory(this.db, chunkBitsFor(this.rowsWritten))
    else updateDirectory(this.db, this.db.name, this.directoryChanges)
    this.directoryChanges.clear()
    if (this.fresh) writeTextPlaces(this.db)
    else updateTextPlaces(this.db, this.db.name, this.placeChanges)
    this.placeChanges.clear()
    const count = (sql: string): string => String(this.db.prepare(sql).pluck().get())
    this.statements.setMeta.run('documents', count('SELECT count(*) FROM documents'))
    this.statements.setMeta.run('paragraphs', count('SELECT count(*) FROM paragraphs'))
    this.statements.setMeta.run('texts', count('SELECT count(DISTINCT text) FROM paragraphs'))
    // An --add re-parses only files whose bytes changed: the other documents are still the
    // parser's that built the index, whose fingerprint stays (a trace then says to rebuild).
    if (this.fresh) this.statements.setMeta.run('parser', parserFingerprint())
  }
}

function lazy<T>(make: () => T): () => T {
  let made: T | undefined
  return () => (made ??= make())
}
