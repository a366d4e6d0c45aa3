import {createHash} from 'node:crypto'
import {readFileSync, statSync} from 'node:fs'
import path from 'node:path'
import type {Lang} from '../tree/types.js'
import {outcomeParts, type ParseJob} from './digest.js'
import {buildIndexFile, CorpusIndex, IndexWriter, memoryDatabase, updateIndexFile, type FileStamp} from './store.js'
import {parseFiles, type PoolOptions} from './workers.js'
import {parentStamps} from './store/folders.js'
import type {FolderStamp} from './walk.js'

export interface IndexFilesOptions {
  lang?: Lang
  /** Cache folder for parsed trees, or undefined for none. */
  cacheDir?: string
  threads?: number
  onProgress?: (done: number) => void
  /** The folders walked to find `files`: recorded in the index, so a trace can name files added to them later. */
  folders?: readonly string[]
  /**
   * The folders looked at to find `files`, with their times before their listings were read
   * (`walkCorpus(…).folders`); without them, the files' own folders are stamped before the
   * files are read. Recorded in the index, so a trace looks only in folders changed since.
   */
  folderStamps?: ReadonlyMap<string, FolderStamp>
}

export interface FileFailure {
  file: string
  reason: string
}

export interface IndexOutcome {
  failures: FileFailure[]
  /** Files parsed and written into the index (a printed volume is one file, one document per resolution). */
  indexed: number
  /** Files the index already held with the same bytes (only with `--add`). */
  unchanged: number
  /** Printed volumes some of whose resolutions gave no paragraphs to index: which ones. */
  unread: Array<{file: string; resolutions: string[]}>
}

function stampOf(file: string): FileStamp | undefined {
  try {
    const info = statSync(file)
    return {path: path.resolve(file), size: info.size, mtimeMs: info.mtimeMs}
  } catch {
    return undefined
  }
}

/**
 * Parse files on every core (through the cache) and write every paragraph of those that
 * parse. With `onlyChanged`, a file the index holds with the same SHA-256 is not parsed again.
 */
export async function fillIndex(
  writer: IndexWriter,
  files: readonly string[],
  options: IndexFilesOptions & {onlyChanged?: boolean} = {},
): Promise<IndexOutcome> {
  const failures: FileFailure[] = []
  let unchanged = 0
  // Taken before any file is read: a change after this shows as a newer time.
  const stamps = options.folderStamps ?? parentStamps(files)
  const todo: string[] = []
  for (const file of files) {
    if (options.onlyChanged) {
      const stamp = stampOf(file)
      const known = stamp && writer.known(stamp.path)
      if (known) {
        let sha256: string | undefined
        try {
          sha256 = createHash('sha256').update(readFileSync(file)).digest('hex')
        } catch {
          sha256 = undefined
        }
        if (sha256 === known.sha256) {
          unchanged++
          options.onProgress?.(unchanged)
          continue
        }
      }
    }
    todo.push(file)
  }
  const jobs = todo.map((file): ParseJob => ({
    file,
    want: 'digest',
    ...(options.lang ? {lang: options.lang} : {}),
    ...(options.cacheDir === undefined ? {} : {cacheDir: options.cacheDir}),
  }))
  const pool: PoolOptions = {}
  if (options.threads !== undefined) pool.threads = options.threads
  if (options.onProgress) {
    const progress = options.onProgress
    pool.onProgress = (done) => progress(unchanged + done)
  }
  let indexed = 0
  const unread: IndexOutcome['unread'] = []
  const indexedPaths: string[] = []
  const unreadable: FileStamp[] = []
  for await (const outcome of parseFiles(jobs, pool)) {
    const stamp = stampOf(outcome.file)
    if (outcome.ok && stamp) {
      // A printed volume is stored as one document per resolution, never as one merged text.
      const digests = outcomeParts(outcome).map((part) => part.digest!)
      writer.addFile(digests, stamp)
      indexed++
      indexedPaths.push(stamp.path)
      if (outcome.unread) unread.push({file: outcome.file, resolutions: outcome.unread})
    } else {
      failures.push({file: outcome.file, reason: outcome.ok ? 'cannot be read' : outcome.reason})
      if (stamp) unreadable.push(stamp)
    }
  }
  writer.recordUnreadable(unreadable, indexedPaths)
  writer.recordFolderStamps(stamps)
  return {failures, indexed, unchanged, unread}
}

/**
 * Build an index file from scratch (written whole, then renamed into place). `accept` sees
 * the outcome before the index replaces the file; throwing there leaves the old file alone.
 */
export async function writeIndex(
  file: string,
  files: readonly string[],
  options: IndexFilesOptions = {},
  accept?: (outcome: IndexOutcome) => void,
): Promise<IndexOutcome> {
  let outcome: IndexOutcome | undefined
  await buildIndexFile(file, async (writer) => {
    outcome = await fillIndex(writer, files, options)
    accept?.(outcome)
    if (options.folders?.length) writer.addFolders(options.folders)
  })
  return outcome!
}

/** Add files to an index (or replace those whose bytes changed), in one transaction; `accept` as for writeIndex. */
export async function addToIndex(
  file: string,
  files: readonly string[],
  options: IndexFilesOptions = {},
  accept?: (outcome: IndexOutcome) => void,
): Promise<IndexOutcome> {
  let outcome: IndexOutcome | undefined
  await updateIndexFile(file, async (writer) => {
    outcome = await fillIndex(writer, files, {...options, onlyChanged: true})
    accept?.(outcome)
    if (options.folders?.length) writer.addFolders(options.folders)
  })
  return outcome!
}

/** An index held in memory, for `trace --corpus` and the library. */
export async function indexFiles(
  files: readonly string[],
  options: IndexFilesOptions = {},
): Promise<{index: CorpusIndex} & IndexOutcome> {
  const db = memoryDatabase()
  const writer = new IndexWriter(db)
  db.exec('BEGIN')
  // An index in memory is never checked against the disk: no folder is stamped.
  const outcome = await fillIndex(writer, files, {...options, folderStamps: new Map()})
  writer.finish()
  db.exec('COMMIT')
  return {index: CorpusIndex.fromDatabase(db), ...outcome}
}
