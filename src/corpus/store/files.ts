import {readdirSync, renameSync, rmSync} from 'node:fs'
import path from 'node:path'
import {openDatabase, sqlite, translateSqliteError, tune, type DB} from './format.js'
import {reclaimFreePages} from './compact.js'
import {IndexWriter, type WriterOptions} from './writer.js'
import {isRunning} from '../../temporaries.js'

/** A new, empty index database in memory (for `trace --corpus`). */
export function memoryDatabase(): DB {
  const db = sqlite(':memory:')
  tune(db, 0)
  IndexWriter.initialise(db)
  return db
}

/**
 * Build a whole index into a temporary file beside `file` and rename it into place at the
 * end, so a killed or failed build never leaves a half-written index, and a reader sees
 * either the old index or the new one.
 */
export async function buildIndexFile(
  file: string,
  fill: (writer: IndexWriter) => Promise<void>,
  options: WriterOptions = {},
): Promise<void> {
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
    db = sqlite(temporary)
    tune(db, 0)
    // A killed build leaves only the temporary file: no journal is needed until it is renamed.
    db.pragma('journal_mode = OFF')
    db.pragma('synchronous = OFF')
    db.pragma('cache_size = -65536')
    // Before the first table: lets a later --add give free pages back without rewriting the file.
    db.pragma('auto_vacuum = INCREMENTAL')
    IndexWriter.initialise(db)
    const writer = new IndexWriter(db, options)
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
    const translated = translateSqliteError(error, file, temporary)
    rmSync(temporary, {force: true})
    throw translated
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
    // Texts the --add replaced are gone from the tables; their pages go back to the disk once they are many.
    reclaimFreePages(db)
  } catch (error) {
    throw translateSqliteError(error, file)
  } finally {
    db.close()
  }
}
