import {createHash} from 'node:crypto'
import {closeSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync} from 'node:fs'
import path from 'node:path'
import {crc32} from 'node:zlib'
import Database from 'better-sqlite3'
import type {Lang} from '../tree/types.js'
import type {DocumentDigest, DocumentSummary} from './digest.js'
import {parserFingerprint} from './fingerprint.js'
import {hashWords, seedsOf, seedSize, wordSpans, type WordSpans} from './words.js'

type DB = Database.Database

/**
 * The index is one SQLite database (see docs/index.md for its tables, readable by any
 * SQLite tool). Seeds (hashed word 3-grams) post to the distinct paragraph texts holding
 * them, in segments: each build or `--add` writes its own rows, so an index grows without
 * rewriting what it holds.
 */
export const indexSchema = 'resdiff/index@4'
/** `PRAGMA application_id`: 'RDX2', so `file` and other tools can tell a resdiff index. */
export const applicationId = 0x52445832
export const userVersion = 4

/** Pairs (seed, text) held in memory before they are written as a segment: bounds build memory. */
const flushPairs = 4_000_000

export class IndexError extends Error {
  override name = 'IndexError'
}

/** Counts an index reports, kept in its `meta` table. */
export interface IndexHeader {
  schema: typeof indexSchema
  /** Fingerprint of the parser that read the corpus. */
  parser: string
  seedSize: number
  documents: number
  /** Paragraph occurrences (every paragraph of every document). */
  paragraphs: number
  /** Distinct paragraph texts. */
  texts: number
}

/** Where a distinct text occurs. */
export interface Occurrence {
  document: number
  eId: string
  /** `PP 3`, `OP 5`: how drafters cite the paragraph. */
  label: string
  section: 'preamble' | 'operative'
  leadingPhrase?: string
}

export interface TextRecord {
  id: number
  lang: Lang
  text: string
}

/** A file as the index knows it: where it was read, and its bytes' fingerprint. */
export interface FileStamp {
  path: string
  size: number
  mtimeMs: number
}

const schemaSql = `
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE documents(
  id INTEGER PRIMARY KEY,
  file TEXT NOT NULL,
  path TEXT NOT NULL,
  resolution TEXT,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  mtime_ms REAL NOT NULL,
  lang TEXT NOT NULL,
  symbol TEXT, number TEXT, session INTEGER, date TEXT, body TEXT,
  stage TEXT NOT NULL,
  title TEXT
);
CREATE UNIQUE INDEX documents_by_path ON documents(path, resolution);
CREATE TABLE texts(
  id INTEGER PRIMARY KEY,
  lang TEXT NOT NULL,
  key INTEGER NOT NULL,
  text TEXT NOT NULL,
  crc INTEGER NOT NULL
);
CREATE INDEX texts_by_key ON texts(key);
CREATE TABLE paragraphs(
  document INTEGER NOT NULL,
  position INTEGER NOT NULL,
  eid TEXT NOT NULL,
  label TEXT NOT NULL,
  section TEXT NOT NULL,
  leading_phrase TEXT,
  text INTEGER NOT NULL,
  newness TEXT NOT NULL,
  PRIMARY KEY(document, position)
) WITHOUT ROWID;
CREATE INDEX paragraphs_by_text ON paragraphs(text, newness, document);
CREATE TABLE seeds(
  seed INTEGER NOT NULL,
  segment INTEGER NOT NULL,
  texts BLOB NOT NULL,
  crc INTEGER NOT NULL,
  PRIMARY KEY(seed, segment)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE phrases USING fts5(words, content='', tokenize='unicode61 remove_diacritics 0');
`

/** The first bytes of every SQLite database file. */
const sqliteMagic = 'SQLite format 3\u0000'
/** The first bytes of the index format resdiff wrote before SQLite. */
const oldMagic = 'RESDIFFX'

/** 52 bits of SHA-256 of a text: finds an identical text already stored (the text itself is compared). */
function textKey(lang: Lang, text: string): number {
  const digest = createHash('sha256').update(`${lang}\u0000${text}`).digest()
  return digest.readUIntBE(0, 6) * 16 + (digest[6]! >> 4)
}

/** What went wrong with an index, as one sentence. */
export function damaged(name: string): IndexError {
  return new IndexError(`${name} is damaged (or stale); rebuild it with resdiff index`)
}

/** SQLite's own words for a damaged file, mapped to ours; anything else passes through. */
export function translateSqliteError(error: unknown, name: string): unknown {
  const code = (error as {code?: string} | undefined)?.code
  if (typeof code !== 'string') return error
  if (
    code.startsWith('SQLITE_CORRUPT') ||
    code.startsWith('SQLITE_NOTADB') ||
    code === 'SQLITE_FORMAT' ||
    code === 'SQLITE_MISMATCH'
  )
    return damaged(name)
  if (code === 'SQLITE_FULL') return new IndexError(`${name}: the disk is full; the index was left as it was`)
  if (code.startsWith('SQLITE_BUSY'))
    return new IndexError(`${name}: another resdiff is writing this index; try again when it is done`)
  if (code.startsWith('SQLITE_READONLY')) return new IndexError(`${name}: cannot be written (read-only)`)
  if (code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR'))
    return new IndexError(`${name}: cannot be read or written (${code})`)
  return error
}

/** Tell a SQLite file, an old resdiff index and anything else apart by the first bytes. */
function sniff(file: string): 'sqlite' | 'old' | 'other' {
  const fd = openSync(file, 'r')
  try {
    const head = Buffer.alloc(16)
    const got = readSync(fd, head, 0, 16, 0)
    const text = head.subarray(0, got).toString('latin1')
    if (text === sqliteMagic) return 'sqlite'
    if (text.startsWith(oldMagic)) return 'old'
    return 'other'
  } finally {
    closeSync(fd)
  }
}

function tune(db: DB, busyMs: number): void {
  db.pragma(`busy_timeout = ${busyMs}`)
  db.pragma('foreign_keys = OFF')
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

  constructor(db: DB) {
    this.db = db
    this.statements = {
      documentByPath: db.prepare('SELECT id, sha256 FROM documents WHERE path = ?'),
      insertDocument: db.prepare(
        'INSERT INTO documents(file, path, resolution, sha256, size, mtime_ms, lang, symbol, number, session, date, body, stage, title) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)',
      ),
      deleteDocument: db.prepare('DELETE FROM documents WHERE id = ?'),
      deleteParagraphs: db.prepare('DELETE FROM paragraphs WHERE document = ?'),
      textsByKey: db.prepare('SELECT id, lang, text FROM texts WHERE key = ?'),
      insertText: db.prepare('INSERT INTO texts(id, lang, key, text, crc) VALUES (?,?,?,?,?)'),
      insertPhrase: db.prepare('INSERT INTO phrases(rowid, words) VALUES (?, ?)'),
      insertParagraph: db.prepare(
        'INSERT INTO paragraphs(document, position, eid, label, section, leading_phrase, text, newness) VALUES (?,?,?,?,?,?,?,?)',
      ),
      insertSeeds: db.prepare('INSERT INTO seeds(seed, segment, texts, crc) VALUES (?,?,?,?)'),
      setMeta: db.prepare(
        'INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
      ),
    }
    this.segment = ((db.prepare('SELECT max(segment) FROM seeds').pluck().get() as number | null) ?? 0) + 1
    this.nextText = ((db.prepare('SELECT max(id) FROM texts').pluck().get() as number | null) ?? 0) + 1
    this.segmentBase = this.nextText
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

  /** A document stored for this path, if any (a printed volume is stored as one document per resolution). */
  known(filePath: string): {id: number; sha256: string} | undefined {
    return this.statements.documentByPath.get(filePath) as {id: number; sha256: string} | undefined
  }

  remove(documentId: number): void {
    this.statements.deleteParagraphs.run(documentId)
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
    const result = this.statements.insertDocument.run(
      document.file,
      stamp.path,
      document.resolution ?? null,
      document.sha256,
      stamp.size,
      stamp.mtimeMs,
      document.lang,
      document.symbol ?? null,
      document.number ?? null,
      document.session ?? null,
      document.date ?? null,
      document.body ?? null,
      document.stage,
      document.title ?? null,
    )
    const documentId = Number(result.lastInsertRowid)
    const newness = newnessOf(document)
    digest.paragraphs.forEach((paragraph, position) => {
      const textId = this.textId(document.lang, paragraph.text)
      this.statements.insertParagraph.run(
        documentId,
        position,
        paragraph.eId,
        paragraph.label,
        paragraph.section,
        paragraph.leadingPhrase ?? null,
        textId,
        newness,
      )
    })
  }

  private textId(lang: Lang, text: string): number {
    const key = textKey(lang, text)
    for (const row of this.statements.textsByKey.all(key) as Array<{id: number; lang: string; text: string}>) {
      if (row.lang === lang && row.text === text) return row.id
    }
    const id = this.nextText++
    const {words} = wordSpans(text, lang)
    this.statements.insertText.run(id, lang, key, text, crc32(text))
    this.statements.insertPhrase.run(id, words.join(' '))
    const seeds = new Set<number>()
    if (words.length <= seedSize) seeds.add(hashWords(words, 0, words.length))
    else for (let index = 0; index + seedSize <= words.length; index++) seeds.add(hashWords(words, index, seedSize))
    this.post(seeds, id)
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
    if (this.pairs >= flushPairs || this.nextText - this.segmentBase >= (1 << 21) - 1) this.flush()
  }

  /** Write the postings held in memory as one segment. */
  flush(): void {
    if (this.pairs === 0) return
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
      const blob = Buffer.from(ids.buffer, from * 4, (to - from) * 4)
      this.statements.insertSeeds.run(seed, this.segment, blob, crc32(blob))
      from = to
    }
    this.segment++
    this.segmentBase = this.nextText
    this.pairs = 0
    if (this.seedBuffer.length > flushPairs * 2) {
      this.seedBuffer = new Uint32Array(1 << 16)
      this.idBuffer = new Uint32Array(1 << 16)
    }
  }

  /** Flush and record the counts. */
  finish(): void {
    this.flush()
    const count = (sql: string): string => String(this.db.prepare(sql).pluck().get())
    this.statements.setMeta.run('documents', count('SELECT count(*) FROM documents'))
    this.statements.setMeta.run('paragraphs', count('SELECT count(*) FROM paragraphs'))
    this.statements.setMeta.run('texts', count('SELECT count(DISTINCT text) FROM paragraphs'))
    this.statements.setMeta.run('parser', parserFingerprint())
  }
}

/**
 * A key that sorts documents oldest to newest as text: the date (ISO), then the session;
 * undated documents (a space for the date) sort before dated ones, by session. Kept on each
 * paragraph, so the places of a much-repeated text are read newest (or oldest) first
 * straight from an index, and "dated on or before" is a range of it.
 */
export function newnessOf(document: Pick<DocumentSummary, 'date' | 'session'>): string {
  return `${document.date ?? ' '}|${String(document.session ?? 0).padStart(6, '0')}`
}

/** A new, empty index database in memory (for `trace --corpus`). */
export function memoryDatabase(): DB {
  const db = new Database(':memory:')
  tune(db, 0)
  IndexWriter.initialise(db)
  return db
}

/**
 * Build a whole index into a temporary file beside `file` and rename it into place at the
 * end, so a killed or failed build never leaves a half-written index, and a reader sees
 * either the old index or the new one.
 */
export async function buildIndexFile(file: string, fill: (writer: IndexWriter) => Promise<void>): Promise<void> {
  removeAbandoned(file)
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`)
  // Interrupted (Ctrl-C, kill), the build removes its temporary file and dies of the same signal.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
  const onSignal = (signal: NodeJS.Signals): void => {
    rmSync(temporary, {force: true})
    rmSync(`${temporary}-journal`, {force: true})
    for (const other of signals) process.removeListener(other, onSignal)
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal)
  }
  for (const signal of signals) process.once(signal, onSignal)
  let db: DB | undefined
  try {
    db = new Database(temporary)
    tune(db, 0)
    // A killed build leaves only the temporary file: no journal is needed until it is renamed.
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    db.pragma('cache_size = -65536')
    IndexWriter.initialise(db)
    const writer = new IndexWriter(db)
    db.exec('BEGIN')
    await fill(writer)
    writer.finish()
    db.exec('COMMIT')
    db.pragma('journal_mode = DELETE')
    db.pragma('synchronous = FULL')
    db.exec('PRAGMA optimize')
    db.close()
    db = undefined
    renameSync(temporary, file)
  } catch (error) {
    try {
      db?.close()
    } catch {
      // Closing after a failure: the file goes anyway.
    }
    rmSync(temporary, {force: true})
    throw translateSqliteError(error, file)
  } finally {
    for (const signal of signals) process.removeListener(signal, onSignal)
  }
}

/** Temporary files of builds that were killed (their process is gone): nobody else will remove them. */
function removeAbandoned(file: string): void {
  const prefix = `.${path.basename(file)}.`
  let names: string[]
  try {
    names = readdirSync(path.dirname(file))
  } catch {
    return
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue
    const pid = /^(\d+)\.\d+\.tmp(?:-journal)?$/.exec(name.slice(prefix.length))?.[1]
    if (pid === undefined || isRunning(Number(pid))) continue
    rmSync(path.join(path.dirname(file), name), {force: true})
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Open an existing index for writing more files into it, in one transaction: a killed
 * `--add` is rolled back by SQLite's journal the next time the index is opened; a second
 * writer waits for the first (up to `busyMs`).
 */
export async function updateIndexFile(
  file: string,
  fill: (writer: IndexWriter) => Promise<void>,
  busyMs = 60_000,
): Promise<void> {
  const db = openDatabase(file, false, busyMs)
  try {
    db.pragma('journal_mode = DELETE')
    db.exec('BEGIN IMMEDIATE')
    try {
      const writer = new IndexWriter(db)
      await fill(writer)
      writer.finish()
      db.exec('COMMIT')
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK')
      throw error
    }
  } catch (error) {
    throw translateSqliteError(error, file)
  } finally {
    db.close()
  }
}

/** Open an index file and check it is one of ours, of the version this resdiff reads, whole. */
function openDatabase(file: string, readonly: boolean, busyMs: number): DB {
  const kind = sniff(file)
  if (kind === 'old') throw new IndexError(`${file} was written by an older resdiff; rebuild it with resdiff index`)
  if (kind === 'other') throw new IndexError(`${file}: not a resdiff index`)
  let db: DB
  try {
    db = new Database(file, {fileMustExist: true})
  } catch (error) {
    throw translateSqliteError(error, file)
  }
  try {
    tune(db, busyMs)
    if (readonly) db.pragma('query_only = ON')
    if (db.pragma('application_id', {simple: true}) !== applicationId)
      throw new IndexError(`${file}: not a resdiff index`)
    const version = db.pragma('user_version', {simple: true}) as number
    if (version !== userVersion)
      throw new IndexError(
        `${file} was written by another version of resdiff (index version ${version}); rebuild it with resdiff index`,
      )
    // A file cut short is caught here rather than as wrong answers later: SQLite's header says how long it is.
    const pageSize = db.pragma('page_size', {simple: true}) as number
    const pages = db.pragma('page_count', {simple: true}) as number
    if (statSync(file).size < pageSize * pages) throw damaged(file)
    const schema = db.prepare("SELECT value FROM meta WHERE key = 'schema'").pluck().get()
    if (schema !== indexSchema) throw damaged(file)
    return db
  } catch (error) {
    db.close()
    throw translateSqliteError(error, file)
  }
}

/** What makes a document earlier than the draft (see TraceOptions). */
export interface PlaceFilter {
  before?: string
  exclude?: ReadonlySet<string>
  excludeSymbol?: string
  session?: {body: string; session: number}
}

function placeParameters(id: number, filter: PlaceFilter, limit: number): Record<string, string | number | null> {
  return {
    text: id,
    // Every key of a document dated that day or earlier, or undated, is at most this.
    ...(filter.before === undefined ? {} : {before: `${filter.before}|~`}),
    // One file left out in SQL (the draft); any others are left out by the caller's check.
    exclude: [...(filter.exclude ?? [])][0] ?? null,
    symbol: filter.excludeSymbol ?? null,
    body: filter.session?.body ?? null,
    session: filter.session?.session ?? null,
    limit,
  }
}

function placesSql(direction: 'ASC' | 'DESC' | undefined, before: boolean): string {
  return `SELECT ${direction ? 'p.document, p.eid, p.label, p.section, p.leading_phrase' : '1'}
    FROM paragraphs p JOIN documents d ON d.id = p.document
    WHERE p.text = :text
      ${before ? 'AND p.newness <= :before' : ''}
      AND (:exclude IS NULL OR d.sha256 <> :exclude)
      AND (:symbol IS NULL OR d.symbol IS NULL OR d.symbol <> :symbol)
      AND (:body IS NULL OR d.body IS NOT :body OR d.session IS NULL OR d.session <= :session)
    ${direction ? `ORDER BY p.newness ${direction}, p.document ${direction}` : ''}
    LIMIT :limit`
}

/** Postings read per seed at most: a seed held by more texts is boilerplate, and its first texts (in index order) stand for the rest. */
export const postingCap = 50_000

/** An index opened for tracing. */
export class CorpusIndex {
  readonly name: string
  readonly header: IndexHeader
  private readonly db: DB
  private readonly ownsDb: boolean
  private readonly statements
  private readonly documentCache = new Map<number, DocumentSummary & {path: string; size: number; mtimeMs: number}>()
  private readonly textCache = new Map<number, TextRecord>()
  private readonly postingCache = new Map<number, Uint32Array>()
  private readonly checked = new Set<number>()
  /** Check the files behind the matches: an edited corpus file makes the index stale. */
  checkFiles = true

  private constructor(db: DB, name: string, ownsDb: boolean) {
    this.db = db
    this.name = name
    this.ownsDb = ownsDb
    try {
      this.statements = {
        seeds: db.prepare('SELECT texts, crc FROM seeds WHERE seed = ? ORDER BY segment').raw(),
        text: db.prepare('SELECT id, lang, text, crc FROM texts WHERE id = ?'),
        newestPlaces: db.prepare(placesSql('DESC', false)),
        anyPlace: db.prepare(placesSql(undefined, false)).pluck(),
        oldestPlaces: db.prepare(placesSql('ASC', false)),
        newestPlacesBefore: db.prepare(placesSql('DESC', true)),
        anyPlaceBefore: db.prepare(placesSql(undefined, true)).pluck(),
        oldestPlacesBefore: db.prepare(placesSql('ASC', true)),
        document: db.prepare('SELECT * FROM documents WHERE id = ?'),
        phrase: db.prepare('SELECT rowid FROM phrases WHERE phrases MATCH ? ORDER BY rowid LIMIT ?').pluck(),
      }
      const meta = new Map(
        (db.prepare('SELECT key, value FROM meta').raw().all() as Array<[string, string]>).map(([key, value]) => [
          key,
          value,
        ]),
      )
      const number = (key: string): number => {
        const value = Number(meta.get(key))
        if (!Number.isInteger(value) || value < 0) throw damaged(name)
        return value
      }
      this.header = {
        schema: indexSchema,
        parser: meta.get('parser') ?? '',
        seedSize: number('seedSize'),
        documents: number('documents'),
        paragraphs: number('paragraphs'),
        texts: number('texts'),
      }
      if (this.header.seedSize !== seedSize)
        throw new IndexError(
          `${name} cuts seeds of ${this.header.seedSize} words, not ${seedSize}; rebuild it with resdiff index`,
        )
    } catch (error) {
      if (ownsDb) db.close()
      throw translateSqliteError(error, name)
    }
  }

  static open(file: string): CorpusIndex {
    return new CorpusIndex(openDatabase(file, true, 10_000), file, true)
  }

  /** An index in memory (from `memoryDatabase`, filled by an IndexWriter). */
  static fromDatabase(db: DB, name = 'the index'): CorpusIndex {
    const index = new CorpusIndex(db, name, true)
    index.checkFiles = false
    return index
  }

  close(): void {
    if (this.ownsDb) this.db.close()
  }

  /** Run a read, turning SQLite's damage reports into one sentence. */
  private guard<T>(read: () => T): T {
    try {
      return read()
    } catch (error) {
      throw translateSqliteError(error, this.name)
    }
  }

  /** Ids of the distinct texts holding a seed, in index order, at most `postingCap`. */
  postings(seed: number): Uint32Array {
    const known = this.postingCache.get(seed)
    if (known) return known
    const rows = this.guard(() => this.statements.seeds.all(seed) as Array<[Buffer, number]>)
    let total = 0
    for (const [blob, crc] of rows) {
      if (blob.length % 4 !== 0 || crc32(blob) !== crc) throw damaged(this.name)
      total += blob.length / 4
    }
    const ids = new Uint32Array(Math.min(total, postingCap))
    const bytes = new Uint8Array(ids.buffer)
    let at = 0
    for (const [blob] of rows) {
      if (at >= ids.length) break
      const take = Math.min(blob.length / 4, ids.length - at)
      bytes.set(blob.subarray(0, take * 4), at * 4)
      at += take
    }
    this.postingCache.set(seed, ids)
    return ids
  }

  text(id: number): TextRecord {
    const known = this.textCache.get(id)
    if (known) return known
    const row = this.guard(
      () => this.statements.text.get(id) as {id: number; lang: Lang; text: string; crc: number} | undefined,
    )
    if (!row || crc32(row.text) !== row.crc) throw damaged(this.name)
    const record: TextRecord = {id: row.id, lang: row.lang, text: row.text}
    this.textCache.set(id, record)
    return record
  }

  /** Answers about places, per filter object (one trace passes the same one for every paragraph). */
  private readonly placeCache = new WeakMap<PlaceFilter, Map<string, boolean | Occurrence[]>>()

  private placeAnswers(filter: PlaceFilter): Map<string, boolean | Occurrence[]> {
    let answers = this.placeCache.get(filter)
    if (!answers) {
      answers = new Map()
      this.placeCache.set(filter, answers)
    }
    return answers
  }

  /** Does a text occur in some document that counts as earlier? (Remembered per filter while the index is open.) */
  hasPlace(id: number, filter: PlaceFilter): boolean {
    const answers = this.placeAnswers(filter)
    const key = String(id)
    let known = answers.get(key) as boolean | undefined
    if (known === undefined) {
      known =
        (filter.exclude?.size ?? 0) > 1
          ? this.places(id, filter, 1).length > 0
          : this.guard(
              () =>
                (filter.before === undefined ? this.statements.anyPlace : this.statements.anyPlaceBefore).get(
                  placeParameters(id, filter, 1),
                ) !== undefined,
            )
      answers.set(key, known)
    }
    return known
  }

  /**
   * Where a text occurs among the documents that count as earlier, newest first (by date,
   * then session, then the order indexed), at most `limit` places; `oldest` turns the order
   * round. The filter and the order run in SQLite, so a text repeated in thousands of
   * resolutions costs one query.
   */
  places(id: number, filter: PlaceFilter, limit: number, oldest = false): Occurrence[] {
    const answers = this.placeAnswers(filter)
    const key = `${id} ${limit} ${oldest ? 'oldest' : 'newest'}`
    const known = answers.get(key) as Occurrence[] | undefined
    if (known) return known
    const found = this.readPlaces(id, filter, limit, oldest)
    answers.set(key, found)
    return found
  }

  private readPlaces(id: number, filter: PlaceFilter, limit: number, oldest: boolean): Occurrence[] {
    const dated = filter.before !== undefined
    const statement = oldest
      ? dated
        ? this.statements.oldestPlacesBefore
        : this.statements.oldestPlaces
      : dated
        ? this.statements.newestPlacesBefore
        : this.statements.newestPlaces
    const others = [...(filter.exclude ?? [])].slice(1)
    const read = (
      count: number,
    ): Array<{
      document: number
      eid: string
      label: string
      section: 'preamble' | 'operative'
      leading_phrase: string | null
    }> =>
      this.guard(
        () =>
          statement.all(placeParameters(id, filter, count)) as Array<{
            document: number
            eid: string
            label: string
            section: 'preamble' | 'operative'
            leading_phrase: string | null
          }>,
      )
    let rows = read(others.length ? limit + 1000 : limit)
    if (others.length) rows = rows.filter((row) => !others.includes(this.document(row.document).sha256)).slice(0, limit)
    return rows.map((row): Occurrence => ({
      document: row.document,
      eId: row.eid,
      label: row.label,
      section: row.section,
      ...(row.leading_phrase === null ? {} : {leadingPhrase: row.leading_phrase}),
    }))
  }

  document(id: number): DocumentSummary {
    const known = this.documentCache.get(id)
    if (known) return known
    const row = this.guard(() => this.statements.document.get(id) as Record<string, string | number | null> | undefined)
    if (!row) throw damaged(this.name)
    const document: DocumentSummary & {path: string; size: number; mtimeMs: number} = {
      file: row['file'] as string,
      sha256: row['sha256'] as string,
      lang: row['lang'] as Lang,
      stage: row['stage'] as 'draft' | 'adopted',
      path: row['path'] as string,
      size: row['size'] as number,
      mtimeMs: row['mtime_ms'] as number,
    }
    for (const key of ['symbol', 'number', 'date', 'body', 'title', 'resolution'] as const)
      if (row[key] !== null) document[key] = row[key] as string
    if (row['session'] !== null) document.session = row['session'] as number
    this.documentCache.set(id, document)
    return document
  }

  /**
   * Refuse to answer from a document whose file changed since it was indexed: the index
   * would quote wording the file no longer holds. A file that is gone is not checked (the
   * index keeps its text); one whose size and time are unchanged is taken as unchanged.
   */
  checkFresh(id: number): void {
    if (!this.checkFiles || this.checked.has(id)) return
    this.checked.add(id)
    const document = this.document(id) as DocumentSummary & {path: string; size: number; mtimeMs: number}
    let info
    try {
      info = statSync(document.path)
    } catch {
      return
    }
    if (info.size === document.size && info.mtimeMs === document.mtimeMs) return
    let sha256
    try {
      sha256 = createHash('sha256').update(readFileSync(document.path)).digest('hex')
    } catch {
      return
    }
    if (sha256 !== document.sha256) {
      throw new IndexError(
        `${this.name} is stale (${document.file} changed since it was indexed); rebuild it with resdiff index, or resdiff index --add ${document.file} -o ${this.name}`,
      )
    }
  }

  /** Texts holding a phrase (FTS5 over the texts' words), for passages shorter than a seed. */
  phrase(words: readonly string[], limit: number): number[] {
    if (words.length === 0) return []
    const query = words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' + ')
    return this.guard(() => this.statements.phrase.all(query, limit) as number[])
  }

  private limit: number | undefined

  /** Every text id is below this. */
  get textLimit(): number {
    this.limit ??= this.guard(
      () => ((this.db.prepare('SELECT max(id) FROM texts').pluck().get() as number | null) ?? 0) + 1,
    )
    return this.limit
  }

  private readonly wordCache = new Map<number, {spans: WordSpans; seeds: Uint32Array}>()

  /** A text's words and positional seeds, computed once per open index. */
  wordsOf(id: number): {spans: WordSpans; seeds: Uint32Array} {
    let known = this.wordCache.get(id)
    if (!known) {
      const record = this.text(id)
      const spans = wordSpans(record.text, record.lang)
      known = {spans, seeds: seedsOf(spans.words)}
      this.wordCache.set(id, known)
    }
    return known
  }
}
