import type Database from 'better-sqlite3'
import type {Lang} from '../../tree/types.js'
import type {DocumentSummary} from '../digest.js'
import {seedsOf, seedSize, wordSpans, type WordSpans} from '../words.js'
import {
  damaged,
  indexSchema,
  IndexError,
  openDatabase,
  translateSqliteError,
  type DB,
  type IndexHeader,
  type Occurrence,
  type TextRecord,
} from './format.js'
import {documentCrc, textCrc} from './checksum.js'
import {openedAs, type IndexFile} from './prefetch.js'
import {PostingLists} from './posting-lists.js'
import {joinPostings, mmapBytes, postingCap, postingStatements, readPostingRows} from './postings.js'
import {recordedBits, SeedDirectory} from './directory.js'
import {PlaceCounts} from './text-places.js'
import {fileState} from './fresh.js'
import {shownPath} from './stale-note.js'
import {placeParameters, placeRowIntact, placesSql, type PlaceFilter, type PlaceRow} from './places.js'

type Statement = Database.Statement

export {postingCap} from './postings.js'

/** Places of a text a trace reads (the newest is the match, ten more are `alsoIn`); statements for this limit are prepared at open. */
export const newestPlacesRead = 11

/** An index opened for tracing. */
export class CorpusIndex {
  readonly name: string
  readonly header: IndexHeader
  private readonly db: DB
  private readonly directory: SeedDirectory
  private readonly placeCounts: PlaceCounts
  private readonly ownsDb: boolean
  private readonly statements
  private readonly documentCache = new Map<number, DocumentSummary & {path: string; size: number; mtimeMs: number}>()
  private readonly textCache = new Map<number, TextRecord>()
  private readonly lists: PostingLists
  private readonly checked = new Set<number>()
  /** Check the files behind the matches: an edited corpus file makes the index stale. */
  checkFiles = true

  private constructor(db: DB, name: string, ownsDb: boolean) {
    this.db = db
    this.name = name
    this.ownsDb = ownsDb
    try {
      const postings = postingStatements(db)
      this.statements = {
        seeds: postings.rows,
        segments: postings.segments,
        meta: db.prepare('SELECT 1 FROM meta LIMIT 1').pluck(),
        text: db.prepare('SELECT id, lang, text, crc FROM texts WHERE id = ?'),
        document: db.prepare('SELECT * FROM documents WHERE id = ?'),
        phrase: db.prepare('SELECT rowid FROM phrases WHERE phrases MATCH ? ORDER BY rowid LIMIT ?').pluck(),
      }
      // The statements a trace uses (the rest are prepared when first asked for): a damaged schema shows here, at open.
      for (const before of [false, true]) {
        this.placeStatement(undefined, before, 1)
        this.placeStatement('DESC', before, newestPlacesRead)
        this.placeStatement('ASC', before, 1)
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
      this.directory = new SeedDirectory(db, name, recordedBits(db, name))
      this.lists = new PostingLists(name, (seed) =>
        joinPostings(
          seed,
          this.guard(() =>
            readPostingRows(seed, this.statements.seeds, this.statements.segments, this.directory, postingCap, name),
          ),
          postingCap,
          this.textLimit,
          name,
        ),
      )
      this.placeCounts = new PlaceCounts(db, name)
      if (this.header.seedSize !== seedSize)
        throw new IndexError(
          `${name} cuts seeds of ${this.header.seedSize} words, not ${seedSize}; rebuild it with resdiff index`,
        )
    } catch (error) {
      if (ownsDb) db.close()
      // Our own statements on our own schema: an error preparing them means a damaged schema.
      if ((error as {code?: string}).code === 'SQLITE_ERROR') throw damaged(name)
      throw translateSqliteError(error, name)
    }
  }

  private readonly placeStatements = new Map<string, Statement>()

  /** The statement reading at most `limit` places of a text, in an order (or any order: undefined). */
  private placeStatement(
    direction: 'ASC' | 'DESC' | undefined,
    before: boolean,
    limit: number,
    columns: 'rows' | 'documents' = 'rows',
  ): Statement {
    const key = `${direction ?? 'any'} ${before} ${limit} ${columns}`
    let statement = this.placeStatements.get(key)
    if (!statement) {
      statement = this.db.prepare(placesSql(direction, before, limit, columns)).raw()
      this.placeStatements.set(key, statement)
    }
    return statement
  }

  static open(file: string): CorpusIndex {
    const {opened: index, named} = openedAs(file, () => {
      const db = openDatabase(file, true, 10_000)
      // Pages are read through a memory map rather than copied by read(2): a trace reads many postings.
      db.pragma(`mmap_size = ${mmapBytes}`)
      return new CorpusIndex(db, file, true)
    })
    index.file = named
    return index
  }

  /** The index file, when opened from one and known to be the one read (a worker can read it too). */
  private file: IndexFile | undefined

  /** A worker reads the postings of `seeds` ahead, in order (store/prefetch.ts), under this read lock (taken first): returns what stops it. */
  prefetch(seeds: Uint32Array): () => void {
    if (this.file === undefined || !this.db.inTransaction) return () => {}
    this.guard(() => this.statements.meta.get())
    const stop = this.lists.prefetch(this.file, seeds, this.textLimit)
    // Once it has read the postings, the worker compares the counts of places the trace notes.
    const queue = this.lists.placeChecks
    if (queue === undefined) return stop
    this.placeCounts.share(queue)
    return () => {
      try {
        this.guard(() => this.placeCounts.settle())
      } finally {
        stop()
      }
    }
  }

  /** Lists of postings a worker read ahead for the traces of this index. */
  get readAhead(): number {
    return this.lists.readAhead
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

  /**
   * Run a task's reads in one read transaction. Outside one, SQLite takes and drops its file
   * lock and checks the schema for every statement (several microseconds each, more than an
   * indexed look-up); a trace runs thousands. The lock is held only while the task runs, so a
   * writer waits at most that long.
   */
  reading<T>(task: () => T): T {
    if (this.db.inTransaction) return task()
    this.guard(() => this.db.exec('BEGIN'))
    let result: T
    try {
      result = task()
      // The counts of places the task relied on (text-places.ts), compared before its answer is given.
      this.guard(() => this.placeCounts.settle())
    } catch (error) {
      // The task's own error is the one to report (a damaged page may fail the ending too), unless a
      // count of places shows damage: answers read from a damaged index can fail in any way.
      let reported = error
      try {
        this.placeCounts.settle()
      } catch (found) {
        if (found instanceof IndexError) reported = found
      }
      try {
        if (this.db.inTransaction) this.db.exec('ROLLBACK')
      } catch {
        // Nothing was written: the connection's lock goes when it closes.
      }
      throw reported
    }
    this.guard(() => {
      if (this.db.inTransaction) this.db.exec('COMMIT')
    })
    return result
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
    return this.lists.get(seed)
  }

  /** Is a list from `postings` in strictly ascending order (as the index writes postings)? */
  inOrder(ids: Uint32Array): boolean {
    return this.lists.inOrder(ids)
  }

  text(id: number): TextRecord {
    const known = this.textCache.get(id)
    if (known) return known
    const row = this.guard(
      () => this.statements.text.get(id) as {id: number; lang: Lang; text: string; crc: number} | undefined,
    )
    if (!row || typeof row.text !== 'string' || textCrc(id, row.lang, row.text) !== row.crc) throw damaged(this.name)
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
      if ((filter.exclude?.size ?? 0) > 1) known = this.places(id, filter, 1).length > 0
      else {
        const statement = this.placeStatement(undefined, filter.before !== undefined, 1)
        const row = this.guard(() => statement.get(placeParameters(id, filter)) as PlaceRow | undefined)
        if (row) this.checkPlace(id, row)
        known = row !== undefined
        // No earlier place: its places are all where the index finds them, or the text would drop out silently.
        if (!known) this.notePlaces(id)
      }
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
    const others = [...(filter.exclude ?? [])].slice(1)
    const read = (count: number): PlaceRow[] =>
      this.guard(
        () =>
          this.placeStatement(oldest ? 'ASC' : 'DESC', filter.before !== undefined, count).all(
            placeParameters(id, filter),
          ) as PlaceRow[],
      )
    this.notePlaces(id)
    let rows = read(others.length ? limit + 1000 : limit)
    for (const row of rows) this.checkPlace(id, row)
    if (others.length) rows = rows.filter((row) => !others.includes(this.document(row[1]).sha256)).slice(0, limit)
    return rows.map(([, document, , eId, label, section, leadingPhrase]): Occurrence => ({
      document,
      eId,
      label,
      section,
      ...(leadingPhrase === null ? {} : {leadingPhrase}),
    }))
  }

  /**
   * The documents of the newest `limit` places of a text (as `places` reads them, without the
   * paragraph rows: the index on text and date answers), to rank equal matches by date; a
   * document row that is lost is damage, as in `places`.
   */
  newestDocuments(id: number, filter: PlaceFilter, limit: number): DocumentSummary[] {
    const others = [...(filter.exclude ?? [])].slice(1)
    const statement = this.placeStatement(
      'DESC',
      filter.before !== undefined,
      others.length ? limit + 1000 : limit,
      'documents',
    )
    this.notePlaces(id)
    const rows = this.guard(() => statement.raw().all(placeParameters(id, filter)) as Array<[number, number | null]>)
    let documents = rows.map(([document, found]) => {
      if (found !== document) throw damaged(this.name)
      return this.document(document)
    })
    if (others.length) documents = documents.filter((document) => !others.includes(document.sha256)).slice(0, limit)
    return documents
  }

  /** A text whose places an answer relies on: its count compared when the read ends (at once outside one). */
  private notePlaces(id: number): void {
    this.placeCounts.note(id)
    if (!this.db.inTransaction) this.guard(() => this.placeCounts.settle())
  }

  /** Paragraph rows already checked, and the text each was read as a place of (a text's places are read more than once). */
  private readonly checkedPlaces = new Map<number, number>()

  /** A place row checked (places.ts); its document row is checked when read, and every one by `checkIndexFiles`. */
  private checkPlace(id: number, row: PlaceRow): void {
    if (this.checkedPlaces.get(row[0]) === id) return
    if (!placeRowIntact(id, row)) throw damaged(this.name)
    this.checkedPlaces.set(row[0], id)
  }

  document(id: number): DocumentSummary {
    const known = this.documentCache.get(id)
    if (known) return known
    const row = this.guard(() => this.statements.document.get(id) as Record<string, string | number | null> | undefined)
    if (!row || documentCrc({...row, id}) !== row['crc']) throw damaged(this.name)
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
    // A file that is gone or cannot be read is not stale: the index keeps its text.
    if (fileState(document.path, document.size, document.mtimeMs, document.sha256) === 'changed') {
      const file = shownPath(document.path)
      throw new IndexError(
        `${this.name} is stale (${file} changed since it was indexed); rebuild it with resdiff index, or resdiff index --add ${file} -o ${this.name}`,
      )
    }
  }

  /** This index's database, for the store's own read-only queries (store/copies.ts), inside `reading`. */
  get database(): DB {
    return this.db
  }

  /** Texts holding a phrase (FTS5 over the texts' words), for passages shorter than a seed. */
  phrase(words: readonly string[], limit: number): number[] {
    if (words.length === 0) return []
    const query = words.map((word) => `"${word.replace(/"/g, '""')}"`).join(' + ')
    return this.guard(() => this.statements.phrase.all(query, limit) as number[])
  }

  private limit: number | undefined

  /** Every text id is below this (the last text's row is read, so a damaged end of the table is found here). */
  get textLimit(): number {
    if (this.limit === undefined) {
      const last = this.guard(() => this.db.prepare('SELECT max(id) FROM texts').pluck().get() as number | null) ?? 0
      if (!Number.isSafeInteger(last) || last < 0) throw damaged(this.name)
      if (last > 0) this.text(last)
      this.limit = last + 1
    }
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
      this.lists.checkPosted(id, known.seeds)
      this.wordCache.set(id, known)
    }
    return known
  }
}
