import {createHash} from 'node:crypto'
import {existsSync, readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {Worker} from 'node:worker_threads'
import Database from 'better-sqlite3'
import {documentColumns, rowCrc, type RowValue} from './checksum.js'
import {unreadableFiles} from './unreadable.js'
import {changedFolders, readFolderStamps} from './folders.js'
import {findAdded, findAddedIn} from './added.js'
import {readAheadGate} from './read-ahead-gate.js'

/** Indexed files that no longer hold what the index holds of them. */
export interface StaleFiles {
  /** Indexed files looked at. */
  checked: number
  /** Files whose bytes changed since they were indexed (absolute paths, as the index stores them). */
  changed: string[]
  /** Files no longer there (the index keeps their text; absolute paths). */
  gone: string[]
  /** Resolution files in the folders the index was built from that it does not hold (added since). */
  added: string[]
  /** Those folders. */
  folders: string[]
  /** A document row failed its checksum, or rows are missing: the index is damaged. */
  damaged?: boolean
  /**
   * Files not looked at, in folders unchanged since their stamps (store/folders.ts): no file was
   * added, removed or renamed there, but one edited in place is found only if a trace quotes it.
   */
  unchanged?: number
}

interface DocumentRow {
  /** The file as the index names it (read when reported, if not given). */
  file?: string
  path: string
  size: number
  mtime_ms: number
  /** The file's SHA-256 as indexed (when not given, read by `hashOf`: only a file whose time moved but not its size needs it). */
  sha256?: string
}

/**
 * Compare every indexed file with its stamp: a stat each (size and time), and a SHA-256
 * only of a file whose size is the same but whose time moved (touched, or edited in place
 * to the same length). A file whose size changed has changed.
 */
export function staleFilesOf(
  rows: readonly DocumentRow[],
  nameOf: (path: string) => string = (where) => where,
  hashOf: (path: string) => string | undefined = () => undefined,
): Omit<StaleFiles, 'added' | 'folders' | 'damaged'> {
  const stale: Omit<StaleFiles, 'added' | 'folders' | 'damaged'> = {checked: 0, changed: [], gone: []}
  for (const row of rows) compareFile(row, stale, nameOf, hashOf)
  return stale
}

/** One indexed file against its stamp, counted and, if changed or gone, named in `stale`. */
/** Compare a documents row read as path, size and time with its file, the hash read from the index when needed. */
function compareIndexed(
  where: string,
  size: number,
  mtime: number,
  stale: Omit<StaleFiles, 'added' | 'folders' | 'damaged'>,
  hashOf: {get: (path: string) => unknown},
): void {
  compareFile(
    {path: where, size, mtime_ms: mtime},
    stale,
    (path) => path,
    (path) => hashOf.get(path) as string | undefined,
  )
}

function compareFile(
  row: DocumentRow,
  stale: Omit<StaleFiles, 'added' | 'folders' | 'damaged'>,
  nameOf: (path: string) => string,
  hashOf: (path: string) => string | undefined,
): void {
  stale.checked++
  const state = fileState(row.path, row.size, row.mtime_ms, row.sha256 ?? (() => hashOf(row.path)))
  if (state === 'gone') stale.gone.push(row.file ?? nameOf(row.path))
  else if (state !== 'same') stale.changed.push(row.file ?? nameOf(row.path))
}

/**
 * One indexed file against the disk: the same size and time is taken as unchanged; otherwise a
 * file of the same size is hashed (touched, or edited in place to the same length); a file
 * whose size changed has changed. `unreadable`: there, but its bytes could not be read.
 */
export function fileState(
  file: string,
  size: number,
  mtimeMs: number,
  sha256: string | (() => string | undefined),
): 'same' | 'changed' | 'gone' | 'unreadable' {
  const info = statSync(file, {throwIfNoEntry: false})
  if (!info || !info.isFile()) return 'gone'
  if (info.size === size && info.mtimeMs === mtimeMs) return 'same'
  if (info.size !== size) return 'changed'
  let hashed: string
  try {
    hashed = createHash('sha256').update(readFileSync(file)).digest('hex')
  } catch {
    return 'unreadable'
  }
  return hashed === (typeof sha256 === 'string' ? sha256 : sha256()) ? 'same' : 'changed'
}

/**
 * The documents a trace's filter leaves out of its answers (store/places.ts): the draft's own
 * file, its symbol, later sessions of its body. Passed to the check beside the trace, which reads
 * those document rows against their checksums.
 */
export interface LeftOut {
  exclude?: readonly string[]
  excludeResolution?: string
  excludeSymbol?: string
  session?: {body: string; session: number}
}

/** Document rows read per query by the check: a page's rows are compared and let go before the next is read. */
const rowsPerPage = 4096

/**
 * Every indexed file against its stamp (staleFilesOf), and the folders walked to find them, read from an index file on its own
 * connection in one read transaction: the documents table page by page (the three columns a
 * stat needs, and whether a trace's filter leaves the row out, computed by SQLite), each page's
 * files compared before the next is read, so the rows of an index of 100,000 documents and more
 * never pile up in memory (the rest of a row is read only for a file whose time moved). Rows are
 * counted against the index's count, and the rows `leftOut` names are read whole and checked
 * against their checksums: a trace leaves them out of its answers in SQL, so a damaged symbol,
 * session, body or SHA-256 would otherwise drop a document silently (the rows a trace reads, it
 * checks itself).
 */
export function documentStamps(
  file: string,
  leftOut: LeftOut = {},
): {
  stale: ReturnType<typeof staleFilesOf>
  damaged: boolean
  folders: string[]
  /** Every file the index holds, when it recorded folders (to find files added to them). */
  paths: ReadonlySet<string>
  /** Files of those folders the build could not read as a resolution: path → [size, mtime]. */
  unreadable: ReadonlyMap<string, [number, number]>
  /** With folder stamps: the folders changed since they were stamped (only their files were looked at), and every folder stamped. */
  stamped?: {changed: string[]; known: ReadonlySet<string>}
  /** With folder stamps: the files of the folders unchanged, not looked at. */
  unchanged?: number
} {
  const db = new Database(file, {readonly: true, fileMustExist: true})
  try {
    db.pragma('busy_timeout = 10000')
    // One snapshot: the rows counted are the rows compared.
    db.exec('BEGIN')
    const {condition, parameters} = leftOutCondition(leftOut)
    const page = db
      .prepare(
        `SELECT id, path, size, mtime_ms, ${condition === undefined ? 'NULL' : `CASE WHEN ${condition} THEN 1 END`}
         FROM documents WHERE id > ? ORDER BY id LIMIT ${rowsPerPage}`,
      )
      .raw()
    const count = Number(db.prepare("SELECT value FROM meta WHERE key = 'documents'").pluck().get())
    const hashOf = db.prepare('SELECT sha256 FROM documents WHERE path = ? LIMIT 1').pluck()
    const recorded = db.prepare("SELECT value FROM meta WHERE key = 'folders'").pluck().get()
    const unreadable = unreadableFiles(db.prepare("SELECT value FROM meta WHERE key = 'unreadable'").pluck().get())
    let folders: string[] = []
    try {
      const parsed: unknown = typeof recorded === 'string' ? JSON.parse(recorded) : []
      if (Array.isArray(parsed)) folders = parsed.filter((folder): folder is string => typeof folder === 'string')
    } catch {
      // Not ours to judge here: a folder list that does not read is no list.
    }
    const stamps = readFolderStamps(db)
    if (stamps !== undefined) {
      const byFolder = stampedCheck(db, stamps, count, condition, parameters, hashOf)
      if (byFolder !== undefined) {
        db.exec('COMMIT')
        const {changedFolders: changed, ...rest} = byFolder
        return {...rest, folders, unreadable, stamped: {changed, known: new Set(stamps.keys())}}
      }
    }
    // A printed volume is one file stored as one document per resolution: each file is looked at
    // once. SQLite names the files held more than once (from its index on paths), and only those
    // are remembered as the rows pass, unless every path is needed to find files added to the folders.
    const repeated = new Set(
      db.prepare('SELECT path FROM documents GROUP BY path HAVING count(*) > 1').pluck().all() as string[],
    )
    const every = folders.length > 0
    const seen = new Set<string>()
    const leftOutRows: number[] = []
    // Compared while the connection is open: a file touched but not resized has its hash read.
    // Files are named by their absolute paths (shown relative to the current folder: stale-note.ts).
    const stale: ReturnType<typeof staleFilesOf> = {checked: 0, changed: [], gone: []}
    let read = 0
    for (let after = Number.MIN_SAFE_INTEGER; ;) {
      // The filter's parameters come first: its condition stands before the page's in the statement.
      const rows = page.all(...parameters, after) as Array<[number, string, number, number, 1 | null]>
      if (rows.length === 0) break
      read += rows.length
      after = rows[rows.length - 1]![0]
      for (const [id, where, size, mtime, left] of rows) {
        if (left !== null) leftOutRows.push(id)
        if (every || repeated.has(where)) {
          if (seen.has(where)) continue
          seen.add(where)
        }
        compareIndexed(where, size, mtime, stale, hashOf)
      }
    }
    const damaged = read !== count || !rowsIntact(db, leftOutRows)
    db.exec('COMMIT')
    return {stale, damaged, folders, paths: seen, unreadable}
  } finally {
    db.close()
  }
}

/**
 * The check of an index that recorded its folders' stamps (folders.ts): only the files of folders
 * changed since are looked at, one stat each; the rows are counted (SQLite walks the table, not
 * an index) and the rows a trace leaves out are found by SQLite and read whole. Undefined when
 * some rows lie outside every stamped folder (an index grown by a build of another version):
 * then every file is looked at, as before stamps.
 */
function stampedCheck(
  db: Database.Database,
  stamps: ReadonlyMap<string, number | null>,
  count: number,
  condition: string | undefined,
  parameters: ReadonlyArray<string | number>,
  hashOf: Database.Statement,
):
  | {
      stale: ReturnType<typeof staleFilesOf>
      damaged: boolean
      paths: ReadonlySet<string>
      changedFolders: string[]
      unchanged: number
    }
  | undefined {
  // One walk of the table (not an index): its rows counted, and the ids of those the trace leaves out.
  const [total, ids] = db
    .prepare(
      `SELECT count(*), ${condition === undefined ? "''" : `group_concat(CASE WHEN ${condition} THEN id END)`} FROM documents NOT INDEXED`,
    )
    .raw()
    .get(...parameters) as [number, string | null]
  const {changed, rows} = changedFolders(db, stamps)
  if (rows !== total) return undefined
  const leftOut = ids ? ids.split(',').map(Number) : []
  const stale: ReturnType<typeof staleFilesOf> = {checked: 0, changed: [], gone: []}
  const seen = new Set<string>()
  for (const folder of changed)
    for (const [where, size, mtime] of folder.rows) {
      if (seen.has(where)) continue
      seen.add(where)
      compareIndexed(where, size, mtime, stale, hashOf)
    }
  return {
    stale,
    damaged: total !== count || !rowsIntact(db, leftOut),
    paths: seen,
    changedFolders: changed.map((folder) => folder.folder),
    // Counted only when a folder changed (nothing can be stale otherwise, and nothing is said).
    unchanged:
      changed.length === 0
        ? 0
        : (db.prepare('SELECT count(DISTINCT path) FROM documents').pluck().get() as number) - seen.size,
  }
}

/** The SQL condition matching every document row that `leftOut` names (by the values stored, damaged or not), if it names any. */
function leftOutCondition(leftOut: LeftOut): {condition?: string; parameters: Array<string | number>} {
  const exclude = leftOut.exclude ?? []
  const conditions: string[] = []
  const parameters: Array<string | number> = []
  if (exclude.length > 0) {
    conditions.push(`sha256 IN (${exclude.map(() => '?').join(', ')})`)
    parameters.push(...exclude)
  }
  if (leftOut.excludeSymbol !== undefined) {
    conditions.push('symbol = ?')
    parameters.push(leftOut.excludeSymbol)
  }
  if (leftOut.session !== undefined) {
    conditions.push('(body = ? AND session > ?)')
    parameters.push(leftOut.session.body, leftOut.session.session)
  }
  return conditions.length === 0 ? {parameters} : {condition: conditions.join(' OR '), parameters}
}

/** Document rows, read whole by id, against their checksums. */
function rowsIntact(db: Database.Database, ids: readonly number[]): boolean {
  if (ids.length === 0) return true
  const width = documentColumns.length
  const statement = db.prepare(`SELECT ${documentColumns.join(', ')}, crc FROM documents WHERE id = ?`).raw()
  for (const id of ids) {
    const row = statement.get(id) as RowValue[] | undefined
    if (!row || rowCrc(row.slice(0, width)) !== row[width]) return false
  }
  return true
}

/**
 * Every file of an index against the disk (changed, gone), its folders (files added since), its
 * count of document rows, and the rows a trace leaves out (`leftOut`) against their checksums.
 */
export async function checkIndexDocuments(file: string, leftOut: LeftOut = {}): Promise<StaleFiles> {
  const {stale, damaged, folders, paths: indexed, unreadable, stamped, unchanged} = documentStamps(file, leftOut)
  const added: string[] = []
  if (stamped === undefined) for (const folder of folders) await findAdded(folder, indexed, added, unreadable)
  else
    for (const folder of stamped.changed)
      if (folders.some((root) => folder === root || folder.startsWith(root + path.sep)))
        await findAddedIn(file, folder, indexed, stamped.known, added, unreadable)
  return {...stale, damaged, added, folders, ...(unchanged === undefined ? {} : {unchanged})}
}

const workerScript = new URL('./fresh-worker.js', import.meta.url)

/**
 * Check every file of an index against the disk, on a worker thread, so the stats of a
 * large corpus run beside the trace rather than before it. Resolves to undefined when the
 * check could not be made (the index is then checked as it is used, match by match).
 */
export function checkIndexFiles(file: string, leftOut: LeftOut = {}): Promise<StaleFiles | undefined> {
  // Running from the TypeScript sources (tests) there is no compiled worker: check here.
  if (!existsSync(fileURLToPath(workerScript))) return checkIndexDocuments(file, leftOut).catch(() => undefined)
  return new Promise((resolve) => {
    // The check waits while postings are read ahead (read-ahead-gate.ts): its answer is wanted only at the end.
    const worker = new Worker(workerScript, {workerData: {file, leftOut, gate: readAheadGate}})
    worker.once('message', (message: StaleFiles | undefined) => {
      resolve(message)
      void worker.terminate()
    })
    worker.once('error', () => resolve(undefined))
    worker.once('exit', () => resolve(undefined))
  })
}
