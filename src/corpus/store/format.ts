import {createHash} from 'node:crypto'
import {closeSync, openSync, readSync, statSync} from 'node:fs'
import Database from 'better-sqlite3'
import type {Lang} from '../../tree/types.js'
import type {DocumentSummary} from '../digest.js'
import {probeWriteCause} from '../../write-errors.js'

export type DB = Database.Database

/**
 * The index is one SQLite database (see docs/index.md for its tables, readable by any
 * SQLite tool). Seeds (hashed word 3-grams) post to the distinct paragraph texts holding
 * them, in segments: each build or `--add` writes its own rows, so an index grows without
 * rewriting what it holds; `seed_rows` says how many rows each seed has (store/directory.ts),
 * `text_places` how many paragraphs hold each text (store/text-places.ts).
 */
export const indexSchema = 'resdiff/index@7'
/** `PRAGMA application_id`: 'RDX2', so `file` and other tools can tell a resdiff index. */
export const applicationId = 0x52445832
export const userVersion = 7

export class IndexError extends Error {
  override name = 'IndexError'
}

/**
 * A SQLite connection. better-sqlite3 is a native module: when its install script did not run
 * (npm 12 blocks dependency install scripts unless allowed) or it was built for another Node,
 * say so in one sentence instead of a loader's stack.
 */
export function sqlite(file: string, options?: Database.Options): DB {
  try {
    return new Database(file, options)
  } catch (error) {
    if (missingBinding(error))
      throw new IndexError(
        'the SQLite module resdiff uses for indexes (better-sqlite3) has no working native build: its install script was blocked or it was built for another Node.js; reinstall resdiff allowing it (npm install --allow-scripts=better-sqlite3, or npm rebuild better-sqlite3)',
      )
    throw error
  }
}

function missingBinding(error: unknown): boolean {
  const message = error instanceof Error ? error.message : ''
  return (
    (error as {code?: unknown} | undefined)?.code === 'ERR_DLOPEN_FAILED' ||
    /Could not locate the bindings file|better_sqlite3\.node|NODE_MODULE_VERSION/u.test(message)
  )
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

export const schemaSql = `
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
  title TEXT,
  paragraphs INTEGER NOT NULL,
  crc INTEGER NOT NULL
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
  id INTEGER PRIMARY KEY,
  document INTEGER NOT NULL,
  position INTEGER NOT NULL,
  eid TEXT NOT NULL,
  label TEXT NOT NULL,
  section TEXT NOT NULL,
  leading_phrase TEXT,
  text INTEGER NOT NULL,
  newness TEXT NOT NULL,
  crc INTEGER NOT NULL
);
CREATE INDEX paragraphs_by_text ON paragraphs(text, newness, document);
CREATE TABLE seeds(
  seed INTEGER NOT NULL,
  segment INTEGER NOT NULL,
  texts BLOB NOT NULL,
  crc INTEGER NOT NULL,
  PRIMARY KEY(seed, segment)
) WITHOUT ROWID;
CREATE TABLE seed_rows(chunk INTEGER PRIMARY KEY, entries BLOB NOT NULL, crc INTEGER NOT NULL);
CREATE TABLE text_places(text INTEGER PRIMARY KEY, places INTEGER NOT NULL, crc INTEGER NOT NULL);
CREATE VIRTUAL TABLE phrases USING fts5(words, content='', contentless_delete=1, tokenize='unicode61 remove_diacritics 0');
`

/**
 * A paragraph row's id: its document and its position in it. The table is keyed by it (a
 * rowid table, not WITHOUT ROWID, so an index entry whose row is lost is an error SQLite
 * reports, not a row it skips), and a document's paragraphs are one range of ids.
 */
export const positionsPerDocument = 2 ** 24
/** 52 bits of SHA-256 of a text: finds an identical text already stored (the text itself is compared). */
export function textKey(lang: Lang, text: string): number {
  const digest = createHash('sha256').update(`${lang}\u0000${text}`).digest()
  return digest.readUIntBE(0, 6) * 16 + (digest[6]! >> 4)
}

export function paragraphId(document: number, position: number): number {
  return document * positionsPerDocument + position
}

/** The first bytes of every SQLite database file. */
const sqliteMagic = 'SQLite format 3\u0000'
/** The first bytes of the index format resdiff wrote before SQLite. */
const oldMagic = 'RESDIFFX'
/** What went wrong with an index, as one sentence. */
export function damaged(name: string): IndexError {
  return new IndexError(`${name} is damaged (or stale); rebuild it with resdiff index`)
}

/** SQLite's codes for a write that failed; the system's reason is found with probeWriteCause. */
const failedWrite = /^SQLITE_(?:FULL|IOERR_(?:WRITE|FSYNC|DIR_FSYNC|TRUNCATE|CLOSE|DIR_CLOSE|DELETE))$/u

/**
 * SQLite's own words for a damaged file, mapped to ours; anything else passes through. A write
 * that failed names its cause (a full disk, a quota, a size limit, a read-only disk), found by
 * writing beside `written` (the file being written, when it is not `name` itself).
 */
export function translateSqliteError(error: unknown, name: string, written = name): unknown {
  const code = (error as {code?: string} | undefined)?.code
  if (typeof code !== 'string') return error
  if (
    code.startsWith('SQLITE_CORRUPT') ||
    code.startsWith('SQLITE_NOTADB') ||
    code === 'SQLITE_FORMAT' ||
    code === 'SQLITE_MISMATCH'
  )
    return damaged(name)
  // A new index that cannot even be created (a read-only or foreign folder) is a failed write too.
  if (failedWrite.test(code) || (code === 'SQLITE_CANTOPEN' && written !== name)) {
    const cause = code === 'SQLITE_FULL' ? 'the disk is full' : probeWriteCause(written)
    if (cause !== undefined) return new IndexError(`${name}: ${cause}; the index was left as it was`)
  }
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

export function tune(db: DB, busyMs: number): void {
  db.pragma(`busy_timeout = ${busyMs}`)
  db.pragma('foreign_keys = OFF')
}

/** Open an index file and check it is one of ours, of the version this resdiff reads, whole. */
export function openDatabase(file: string, readonly: boolean, busyMs: number): DB {
  const kind = sniff(file)
  if (kind === 'old') throw new IndexError(`${file} was written by an older resdiff; rebuild it with resdiff index`)
  if (kind === 'other') throw new IndexError(`${file}: not a resdiff index`)
  let db: DB
  try {
    db = sqlite(file, {fileMustExist: true})
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

/**
 * A key that sorts documents oldest to newest as text: the date (ISO), then the session;
 * undated documents (a space for the date) sort before dated ones, by session. Kept on each
 * paragraph, so the places of a much-repeated text are read newest (or oldest) first
 * straight from an index, and "dated on or before" is a range of it.
 */
export function newnessOf(document: Pick<DocumentSummary, 'date' | 'session'>): string {
  return `${document.date ?? ' '}|${String(document.session ?? 0).padStart(6, '0')}`
}
