import {statSync} from 'node:fs'
import path from 'node:path'
import {folderStamp, type FolderStamp} from '../walk.js'
import type {DB} from './format.js'

/*
 * Folder stamps (`meta.folderStamps`): for every folder an index's files were found in, its time
 * of last change as it was before the build or `--add` read its listing, or null when that
 * time cannot vouch for the folder (too recent, or a file the index holds there was already
 * gone). A folder whose time is still its stamp has had no file created, removed or renamed in
 * it since: its files need not be looked at one by one for the stale-file check (fresh.ts).
 * Files edited in place do not change their folder's time; a trace checks those it quotes.
 */

const key = 'folderStamps'

/** The stamps an index recorded, or undefined when it recorded none (an older index) or they do not read. */
export function readFolderStamps(db: DB): Map<string, number | null> | undefined {
  const recorded = db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key)
  if (typeof recorded !== 'string') return undefined
  try {
    const parsed: unknown = JSON.parse(recorded)
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return undefined
    const stamps = new Map<string, number | null>()
    for (const [folder, stamp] of Object.entries(parsed as Record<string, unknown>)) {
      if (stamp !== null && typeof stamp !== 'number') return undefined
      stamps.set(folder, stamp)
    }
    return stamps
  } catch {
    return undefined
  }
}

/** The bounds of the paths under a folder, for a range query on the index of paths: [prefix, after every path under it). */
export function pathsUnder(folder: string): [string, string] {
  const prefix = folder.endsWith(path.sep) ? folder : folder + path.sep
  return [prefix, prefix.slice(0, -1) + String.fromCharCode(path.sep.charCodeAt(0) + 1)]
}

/**
 * Record the stamps of the folders a build or `--add` looked at. A folder walked is stamped anew
 * when every file the index holds in it is still there (a file gone stays to be named, so its
 * folder keeps an older stamp, or none); the folder of a file named alone is stamped only if it
 * had no stamp (its listing was not read: files added to it must still show).
 */
export function recordFolderStamps(db: DB, stamps: ReadonlyMap<string, FolderStamp>): void {
  const recorded = readFolderStamps(db) ?? new Map<string, number | null>()
  const inFolder = db.prepare('SELECT DISTINCT path FROM documents WHERE path >= ? AND path < ?').pluck()
  for (const [folder, stamp] of stamps) {
    if (!stamp.walked && recorded.has(folder)) continue
    const present = (inFolder.all(...pathsUnder(folder)) as string[])
      .filter((file) => path.dirname(file) === folder)
      .every((file) => statSync(file, {throwIfNoEntry: false})?.isFile() === true)
    if (present) recorded.set(folder, stamp.mtimeMs)
    else if (!recorded.has(folder)) recorded.set(folder, null)
  }
  db.prepare('INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(Object.fromEntries([...recorded].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))),
  )
}

/** The folders of some files, each stamped now (the library's builds, when not given a walk's stamps: before the files are read). */
export function parentStamps(files: readonly string[], now = Date.now()): Map<string, FolderStamp> {
  const stamps = new Map<string, FolderStamp>()
  for (const file of files) {
    const folder = path.dirname(path.resolve(file))
    if (stamps.has(folder)) continue
    const info = statSync(folder, {throwIfNoEntry: false})
    stamps.set(folder, info ? folderStamp(info.mtimeMs, false, now) : {mtimeMs: null, walked: false})
  }
  return stamps
}

/** A document row as the stale-file check compares it with its file. */
export type StampRow = [path: string, size: number, mtimeMs: number]

/**
 * The stamped folders against the disk: those changed since (or without a stamp) with the
 * document rows stored directly in them, and how many rows the stamped folders hold in all
 * (when that is every row of the index, the folders unchanged need no further look).
 */
export function changedFolders(
  db: DB,
  stamps: ReadonlyMap<string, number | null>,
): {changed: Array<{folder: string; rows: StampRow[]}>; rows: number} {
  // Rows directly in the folder (no separator after its prefix), counted by SQLite from the index of paths.
  const count = db
    .prepare(
      'SELECT count(*) FROM documents WHERE path >= :from AND path < :to AND instr(substr(path, length(:from) + 1), :sep) = 0',
    )
    .pluck()
  const rowsOf = db.prepare('SELECT path, size, mtime_ms FROM documents WHERE path >= ? AND path < ?').raw()
  const changed: Array<{folder: string; rows: StampRow[]}> = []
  let rows = 0
  for (const [folder, stamp] of stamps) {
    const [from, to] = pathsUnder(folder)
    const info = statSync(folder, {throwIfNoEntry: false})
    if (stamp !== null && info?.isDirectory() && info.mtimeMs === stamp) {
      rows += count.get({from, to, sep: path.sep}) as number
      continue
    }
    const direct = (rowsOf.all(from, to) as StampRow[]).filter(([file]) => path.dirname(file) === folder)
    rows += direct.length
    changed.push({folder, rows: direct})
  }
  return {changed, rows}
}
